// The chart library bundled by `npm run build` (src/report/charts/library.ts): the same charts as d3-node from
// node_modules, used when it fits the installed packages, and loaded with V8's code cache under a run's V8 flags.

import test from 'ava';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '../src/analyze.js';
import { v8Flags } from '../src/cli/command-line.js';
import { renderCharts } from '../src/report/charts/index.js';
import { chartKitOf, loadChartKit } from '../src/report/charts/kit.js';
import * as library from '../src/report/charts/library.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

test('npm run build bundles the chart library, which draws the same charts as d3-node from node_modules, and the chart kit loads it', async (t) => {
  t.not(library.installedPackages(), '', 'npm records the installed packages in node_modules/.package-lock.json');
  const bundled = library.bundledChartLibrary();
  if (bundled === undefined) {
    t.fail('dist/snapshot/chart-library.cjs is missing or made from other packages: run npm run build');
    return;
  }
  const result = analyze(readFileSync(join(ROOT, 'examples', 'example.md'), 'utf8'), { name: 'example.md', format: 'markdown' });
  const fromModules = await renderCharts(result, chartKitOf(await import('d3-node')));
  t.deepEqual(await renderCharts(result, chartKitOf(bundled)), fromModules);
  await loadChartKit();
  t.not(library.chartLibraryCodeCache, 'none', 'loadChartKit loaded the bundle (with its code cache)');
});

test('a bundle made from other installed packages than these (an npm install since the build) is not used', (t) => {
  t.is(library.bundledChartLibrary('123865 bytes, modified 2020-01-01T00:00:00.000Z'), undefined);
  t.is(library.bundledChartLibrary(''), undefined, 'nor one whose packages npm did not install');
});

test("V8 takes the bundle's compiled code in a process with the V8 flags of an analysis, and compiles it as usual in any other", (t) => {
  const load = `const m = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'report', 'charts', 'library.js')).href)}); m.bundledChartLibrary(); console.log(m.chartLibraryCodeCache);`;
  const withFlags = spawnSync(process.execPath, [...v8Flags(['analyze', 'speech.txt']), '--input-type=module', '-e', load], { encoding: 'utf8' });
  t.is(withFlags.stdout.trim(), 'used', withFlags.stderr);
  const plain = spawnSync(process.execPath, ['--input-type=module', '-e', load], { encoding: 'utf8' });
  t.is(plain.stdout.trim(), 'rejected', plain.stderr);
});
