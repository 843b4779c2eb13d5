// Builds the chart library's bundle (src/report/charts/library.ts) for `npm run build`: d3-node with d3 and jsdom in one
// CommonJS file, then the stamp that says which installed packages it was made from.

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CHART_LIBRARY_BUNDLE, CHART_LIBRARY_STAMP, installedPackages } from './library.js';

/**
 * jsdom finds the script of its synchronous XMLHttpRequest beside its own file (`require.resolve("./xhr-sync-worker.js")`,
 * run when it loads); in the bundle that name is given as the installed file's path. Charts never make a request.
 */
const XHR_IMPL = /[\\/]jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]xhr[\\/]XMLHttpRequest-impl\.js$/;
const XHR_WORKER = 'require.resolve("./xhr-sync-worker.js")';

/** Bundles d3-node into dist/snapshot/chart-library.cjs and writes its stamp; with no record of the installed packages, removes both. */
export async function buildChartLibrary(): Promise<void> {
  rmSync(CHART_LIBRARY_STAMP, { force: true });
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
    logLevel: 'error',
    plugins: [
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
  writeFileSync(CHART_LIBRARY_STAMP, `${JSON.stringify({ installed }, null, 2)}\n`);
}
