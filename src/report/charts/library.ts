// The chart library (d3-node, which loads d3 and jsdom): from the one-file bundle `npm run build` makes of it, when that
// bundle was made from the packages installed now, else imported from node_modules as usual (same code, same charts).
//
// Importing d3-node finds, reads and compiles several hundred files of jsdom one by one: loading the chart kit took a
// median 365 ms of CPU on this machine (7 runs), the largest single step of `rhetoric analyze` on the op-ed after the
// analysis itself; the same code bundled into one file (with esbuild, as the startup snapshot's CLI is) loads in 226 ms.
// The build also keeps V8's compiled code of the bundle, made under the V8 flags of a one-text analysis
// (src/cli/command-line.ts) after drawing a few charts: a run with those flags loads the bundle without compiling it
// (with the bundle written without white space and psl loaded on first use, see library-build.ts: about 92 ms).
// V8 takes that code only from the same V8 with the same flags, and compiles the bundle as usual otherwise (a library
// user's process, a corpus run). Both files live beside the snapshot in dist/snapshot/, left out of the package: an
// installed package imports d3-node from node_modules.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export type D3NodeModule = typeof import('d3-node');

/** The package's root folder (this file is src/report/charts/library.ts or dist/report/charts/library.js). */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHART_LIBRARY_BUNDLE = join(ROOT, 'dist', 'snapshot', 'chart-library.cjs');
/** V8's code cache of the bundle (see above); absent when the build could not make it. */
export const CHART_LIBRARY_CODE_CACHE = join(ROOT, 'dist', 'snapshot', 'chart-library.code-cache');
/** What the bundle was made from: `{ "installed": installedPackages() }`, written after the bundle and its code cache. */
export const CHART_LIBRARY_STAMP = join(ROOT, 'dist', 'snapshot', 'chart-library.json');
/** npm's record of the packages installed in node_modules, rewritten by every npm install, ci, update or uninstall. */
const INSTALLED = join(ROOT, 'node_modules', '.package-lock.json');

/** What identifies the installed packages: the size and time of npm's record of them; empty when there is none. */
export function installedPackages(): string {
  try {
    const { size, mtimeMs } = statSync(INSTALLED);
    return `${size} bytes, modified ${new Date(mtimeMs).toISOString()}`;
  } catch {
    return '';
  }
}

/** Whether the last bundle loaded in this thread came with compiled code V8 took (`used`), turned down, or had none. */
export let chartLibraryCodeCache: 'used' | 'rejected' | 'none' = 'none';

/**
 * d3-node from the bundle, or undefined when there is none, it was made from other installed packages than these (an
 * npm install since the build), or it cannot be loaded: then the caller imports d3-node itself.
 */
export function bundledChartLibrary(installed = installedPackages()): D3NodeModule | undefined {
  try {
    if (installed === '' || !existsSync(CHART_LIBRARY_STAMP)) return undefined;
    const stamp = JSON.parse(readFileSync(CHART_LIBRARY_STAMP, 'utf8')) as { installed?: unknown };
    if (stamp.installed !== installed) return undefined;
    const cachedData = existsSync(CHART_LIBRARY_CODE_CACHE) ? readFileSync(CHART_LIBRARY_CODE_CACHE) : undefined;
    const { library, script } = evaluateBundle(cachedData);
    chartLibraryCodeCache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
    return library;
  } catch {
    return undefined;
  }
}

/** Runs the bundle as Node runs a CommonJS file, compiled with `cachedData` when given; returns its exports and its script. */
export function evaluateBundle(cachedData?: Buffer): { library: D3NodeModule; script: Script } {
  const source = readFileSync(CHART_LIBRARY_BUNDLE, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: CHART_LIBRARY_BUNDLE, cachedData });
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(CHART_LIBRARY_BUNDLE), module, CHART_LIBRARY_BUNDLE, dirname(CHART_LIBRARY_BUNDLE));
  return { library: module.exports as D3NodeModule, script };
}
