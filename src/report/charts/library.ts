// The chart library (d3-node, which loads d3 and jsdom): from the one-file bundle `npm run build` makes of it, when that
// bundle was made from the packages installed now, else imported from node_modules as usual (same code, same charts).
//
// Importing d3-node finds, reads and compiles several hundred files of jsdom one by one: loading the chart kit took a
// median 365 ms of CPU on this machine (7 runs), the largest single step of `rhetoric analyze` on the op-ed after the
// analysis itself; the same code bundled into one file (with esbuild, as the startup snapshot's CLI is) loads in 226 ms.
// The bundle lives beside the snapshot in dist/snapshot/, left out of the package: an installed package imports d3-node
// from node_modules.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type D3NodeModule = typeof import('d3-node');

/** The package's root folder (this file is src/report/charts/library.ts or dist/report/charts/library.js). */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHART_LIBRARY_BUNDLE = join(ROOT, 'dist', 'snapshot', 'chart-library.cjs');
/** What the bundle was made from: `{ "installed": installedPackages() }`, written after the bundle. */
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

/**
 * d3-node from the bundle, or undefined when there is none, it was made from other installed packages than these (an
 * npm install since the build), or it cannot be loaded: then the caller imports d3-node itself.
 */
export function bundledChartLibrary(installed = installedPackages()): D3NodeModule | undefined {
  try {
    if (installed === '' || !existsSync(CHART_LIBRARY_STAMP)) return undefined;
    const stamp = JSON.parse(readFileSync(CHART_LIBRARY_STAMP, 'utf8')) as { installed?: unknown };
    if (stamp.installed !== installed) return undefined;
    return createRequire(import.meta.url)(CHART_LIBRARY_BUNDLE) as D3NodeModule;
  } catch {
    return undefined;
  }
}
