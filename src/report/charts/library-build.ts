// Builds the chart library's bundle (src/report/charts/library.ts) for `npm run build`: d3-node with d3 and jsdom in one
// CommonJS file, V8's code cache of it, then the stamp that says which installed packages they were made from.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderCharts } from './index.js';
import { chartKitOf } from './kit.js';
import { CHART_LIBRARY_BUNDLE, CHART_LIBRARY_CODE_CACHE, CHART_LIBRARY_STAMP, evaluateBundle, installedPackages } from './library.js';
import { warmUpResult } from './warm-up.js';

/**
 * jsdom finds the script of its synchronous XMLHttpRequest beside its own file (`require.resolve("./xhr-sync-worker.js")`,
 * run when it loads); in the bundle that name is given as the installed file's path. Charts never make a request.
 */
const XHR_IMPL = /[\\/]jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]xhr[\\/]XMLHttpRequest-impl\.js$/;
const XHR_WORKER = 'require.resolve("./xhr-sync-worker.js")';

/** Marks the resolution of psl that finds the module itself, not the loader in its place. */
const PSL_ITSELF = Symbol('psl itself');

/** This file as compiled (dist/report/charts/library-build.js), which the code cache is made by. */
const COMPILED = join(fileURLToPath(new URL('../../../', import.meta.url)), 'dist', 'report', 'charts', 'library-build.js');

/**
 * Bundles d3-node into dist/snapshot/chart-library.cjs, has a Node started with `runFlags` (the V8 flags of the runs that
 * will load it) make its code cache, and writes the stamp. With no record of the installed packages, removes them all.
 * Returns a note when the code cache could not be made (the bundle is used without it).
 */
export async function buildChartLibrary(runFlags: readonly string[]): Promise<string | undefined> {
  rmSync(CHART_LIBRARY_STAMP, { force: true });
  rmSync(CHART_LIBRARY_CODE_CACHE, { force: true });
  const installed = installedPackages();
  if (installed === '') {
    rmSync(CHART_LIBRARY_BUNDLE, { force: true });
    throw new Error('node_modules/.package-lock.json is missing (packages not installed by npm), so a bundle could not be told stale');
  }
  const esbuild = await import('esbuild');
  const root = dirname(createRequire(import.meta.url).resolve('d3-node/package.json'));
  mkdirSync(dirname(CHART_LIBRARY_BUNDLE), { recursive: true });
  const partial = `${CHART_LIBRARY_BUNDLE}.partial`;
  await esbuild.build({
    stdin: { contents: "export * from 'd3-node';", resolveDir: root, loader: 'js' },
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // The code as written: it runs on the Node that imports d3-node, so nothing needs lowering.
    target: 'esnext',
    // An optional dependency of jsdom, found at run time if it is installed, as jsdom itself would.
    external: ['canvas'],
    // Without white space and comments (names kept): a third less to read, and the kit loads about 20 ms sooner.
    minifyWhitespace: true,
    logLevel: 'error',
    plugins: [
      {
        // psl parses the whole public suffix list when it loads (about 30 ms); jsdom's cookie jar (tough-cookie) asks it
        // for a cookie's domain only, which charts never set. tough-cookie gets an object that loads psl on first use.
        name: 'psl-on-first-use',
        setup(build) {
          build.onResolve({ filter: /^psl$/ }, async (args) => {
            if (args.pluginData === PSL_ITSELF) return undefined;
            const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: PSL_ITSELF });
            return found.errors.length > 0 ? { errors: found.errors } : { path: found.path, namespace: 'psl-on-first-use' };
          });
          build.onLoad({ filter: /.*/, namespace: 'psl-on-first-use' }, (args) => ({
            contents: `let psl;\nmodule.exports = new Proxy({}, { get: (_, key) => (psl ??= require(${JSON.stringify(args.path)}))[key] });\n`,
            loader: 'js',
            resolveDir: dirname(args.path),
          }));
        },
      },
      {
        name: 'jsdom-xhr-worker-path',
        setup(build) {
          build.onLoad({ filter: XHR_IMPL }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            if (!source.includes(XHR_WORKER)) throw new Error(`${args.path} no longer names ./xhr-sync-worker.js as expected`);
            return { contents: source.replace(XHR_WORKER, JSON.stringify(join(dirname(args.path), 'xhr-sync-worker.js'))), loader: 'js' };
          });
        },
      },
    ],
  });
  renameSync(partial, CHART_LIBRARY_BUNDLE);
  const made = spawnSync(process.execPath, [...runFlags, '--input-type=module', '-e', `await (await import(${JSON.stringify(pathToFileURL(COMPILED).href)})).writeChartLibraryCodeCache();`], { encoding: 'utf8' });
  writeFileSync(CHART_LIBRARY_STAMP, `${JSON.stringify({ installed }, null, 2)}\n`);
  return made.status === 0 ? undefined : `no code cache of the chart library: ${made.stderr.trim().split('\n')[0] || `exit ${made.status}`}`;
}

/**
 * Loads the bundle, draws the charts of a made-up result (so that the functions drawing runs are compiled too), and
 * writes V8's compiled code of the bundle. Run by buildChartLibrary in a Node started with the runs' V8 flags.
 */
export async function writeChartLibraryCodeCache(): Promise<void> {
  const { library, script } = evaluateBundle();
  await renderCharts(warmUpResult(), chartKitOf(library));
  const partial = `${CHART_LIBRARY_CODE_CACHE}.partial`;
  writeFileSync(partial, script.createCachedData());
  renameSync(partial, CHART_LIBRARY_CODE_CACHE);
}
