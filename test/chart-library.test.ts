// The chart library bundled by `npm run build` (src/report/charts/library.ts): used when it fits the installed packages.

import test from 'ava';
import { createRequire } from 'node:module';
import { loadChartKit } from '../src/report/charts/kit.js';
import { bundledChartLibrary, CHART_LIBRARY_BUNDLE, installedPackages } from '../src/report/charts/library.js';

test('npm run build bundles the chart library, and the chart kit loads it instead of d3-node from node_modules', async (t) => {
  t.not(installedPackages(), '', 'npm records the installed packages in node_modules/.package-lock.json');
  t.is(typeof bundledChartLibrary()?.D3Node, 'function', 'dist/snapshot/chart-library.cjs is built from the installed packages (npm run build)');
  const kit = await loadChartKit();
  t.truthy(createRequire(import.meta.url).cache[CHART_LIBRARY_BUNDLE], 'loadChartKit loaded the bundle');
  // The same charts either way: test/example.test.ts compares every chart of the example report with the committed one.
  t.regex(kit.canvas(40, 20, 'probe', 'A title', 'A description').finish(), /^<svg[^>]* viewBox="0 0 40 20"/);
});

test('a bundle made from other installed packages than these (an npm install since the build) is not used', (t) => {
  t.is(bundledChartLibrary('123865 bytes, modified 2020-01-01T00:00:00.000Z'), undefined);
  t.is(bundledChartLibrary(''), undefined, 'nor one whose packages npm did not install');
});
