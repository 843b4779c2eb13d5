// Renders a report folder from one AnalysisResult in memory, and writes it in one step (folder-commit.ts), removing stale files of an earlier run.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkLexiconFolders } from '../lexicon/load.js';
import { commitFiles } from './folder-commit.js';
import { MANIFEST_FILE, manifestContents, readManifestLists, REPORT_KIND } from './manifest.js';
import { checkResult, type AnalysisResult } from '../result.js';
import { checkPath, shownValue, UsageError } from '../util/errors.js';
import { ensureDir } from '../util/fs.js';
import { chartPaths, renderCharts, type ChartFile } from './charts/index.js';
import { checkChartKit, type ChartKit } from './charts/kit.js';
import type { HtmlCharts } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

/** Report formats a run can write. `md` brings the SVG charts it embeds; `html` is one self-contained page with the charts inlined. */
export type ReportFormat = 'md' | 'json' | 'html';

/** A file of a report: path relative to the report folder (forward slashes), and its contents. */
export interface ReportFile {
  path: string;
  contents: string;
}

export { MANIFEST_FILE };

/**
 * What wrote a set of report files, as the manifest records it: `analyze` (one text), `corpus` (a folder or glob),
 * `compare` or `worksheet`, or a library caller's own name (lower-case letters, digits and dashes).
 */
export type ReportKind = string;

/**
 * Files by which a manifest of an older version (one list, of whichever run wrote last) shows the kind of run that wrote
 * it: each kind always wrote one of these, and no other kind wrote any.
 */
const LEGACY_SIGNS: readonly (readonly [ReportKind, readonly string[]])[] = [
  ['analyze', ['report.md', 'report.json', 'report.html']],
  ['corpus', ['summary.csv', 'summary.json', 'overview.md']],
  ['compare', ['compare.md', 'compare.json']],
];

/** Chart files a report folder may hold from any run: `sections/NN-<slug>.svg`. */
const SECTION_CHART = /^\d{2,}-[a-z0-9-]+\.svg$/;

/** Where the charts come from: a loaded chart kit, or a renderer (such as a worker started ahead, see charts/ahead.ts). */
export type ChartSource = ChartKit | ((result: AnalysisResult) => Promise<ChartFile[]>);

/**
 * All files of a report, in memory: the same input gives the same bytes. With `md`, the charts are drawn by `charts`
 * (default: the chart library, loaded on first use). `lexicons` (extra lexicon folders, as `analyze` takes them) give
 * the HTML page the device guides of a `devices.json` among them, as `rhetoric explain` reads it.
 */
export async function renderReportFiles(result: AnalysisResult, formats: readonly ReportFormat[] = ['md', 'json'], charts?: ChartSource, lexicons: readonly string[] = []): Promise<ReportFile[]> {
  checkResult(result, 'renderReportFiles');
  // A string such as "md,json" was searched as text ("md" found in it), and lexicons that were no list ignored unless html was asked
  // for. A name in the list that is no format is left out, as before (callers pass one list of formats for several renderers).
  if (!Array.isArray(formats as unknown)) throw new UsageError(`renderReportFiles(): formats must be a list of report formats such as ["md", "json", "html"], not ${shownValue(formats)}`);
  if (charts !== undefined && typeof charts !== 'function') checkChartKit(charts, 'renderReportFiles', 'charts');
  checkLexiconFolders(lexicons, 'renderReportFiles');
  const files: ReportFile[] = [];
  const chartFiles = formats.includes('md') || formats.includes('html') ? await (typeof charts === 'function' ? charts(result) : renderCharts(result, charts)) : [];
  if (formats.includes('md')) {
    files.push({ path: 'report.md', contents: renderMarkdown(result) });
    files.push(...chartFiles);
  }
  if (formats.includes('json')) files.push({ path: 'report.json', contents: renderJson(result) });
  if (formats.includes('html')) {
    // The HTML page (and the device guides it explains findings with) loads only when asked for.
    const { renderHtml } = await import('./html.js');
    files.push({ path: 'report.html', contents: renderHtml(result, { charts: htmlCharts(result, chartFiles), lexicons }) });
  }
  return files;
}

/** The drawn charts, by the place the HTML report shows them. */
function htmlCharts(result: AnalysisResult, chartFiles: readonly ChartFile[]): HtmlCharts {
  const byPath = new Map(chartFiles.map((f) => [f.path, f.contents] as const));
  const paths = chartPaths(result);
  return { overview: byPath.get(paths.overview), arc: paths.arc ? byPath.get(paths.arc) : undefined, sections: paths.sections.map((p) => byPath.get(p)) };
}

/** A JavaScript caller's report files, checked: a list of {path, contents}, each path a non-empty string and its contents text (or bytes). */
export function checkReportFiles(files: unknown, fn: string): asserts files is ReportFile[] {
  if (!Array.isArray(files)) throw new UsageError(`${fn}(): files must be a list of report files ({path, contents}, as renderReportFiles() resolves to), not ${shownValue(files)}`);
  files.forEach((f: unknown, i) => {
    const x = f as Partial<ReportFile> | null;
    if (x === null || typeof x !== 'object' || typeof x.path !== 'string' || x.path === '' || !(typeof x.contents === 'string' || (x.contents as unknown) instanceof Uint8Array)) {
      throw new UsageError(`${fn}(): files[${i}] must be a report file ({path, contents} with a relative path and text), not ${shownValue(f)}`);
    }
  });
}

/** The manifest of a set of report files (sorted paths) that one run of `kind` wrote into a folder of its own. */
export function reportManifest(files: readonly ReportFile[], kind: ReportKind = 'analyze'): ReportFile {
  return { path: MANIFEST_FILE, contents: manifestContents(new Map([[kind, files.map((f) => f.path)]])) };
}

/**
 * Writes the report files into `dir` (created if needed) in one step (see folder-commit.ts): a reader of the manifest,
 * and the next run, find either the last run's files or all of this one's, even after a crash, and two runs writing
 * into one folder at once take turns. It then removes files the last run of the same `kind` wrote there that this run
 * does not (listed in the manifest under `kind`; for `analyze`, also section charts named like ours that no other kind
 * listed). The files other kinds of run wrote, and anything else in the folder, are not touched; a file this run writes
 * over becomes this kind's. Returns the full paths written.
 */
export function writeReportFiles(dir: string, files: readonly ReportFile[], kind: ReportKind = 'analyze'): string[] {
  // Checked before the folder is made: a number would otherwise be made into a folder named "5", or fail as ERR_INVALID_ARG_TYPE.
  checkPath(dir, 'writeReportFiles', 'a folder path');
  checkReportFiles(files, 'writeReportFiles');
  if (typeof kind !== 'string' || !REPORT_KIND.test(kind)) {
    throw new UsageError(`writeReportFiles(): kind must be the name of what writes the report, such as "analyze" or "compare" (lower-case letters, digits and dashes), not ${shownValue(kind)}`);
  }
  ensureDir(dir);
  const keep = new Set(files.map((f) => f.path));
  return commitFiles(dir, files.map((f) => ({ path: f.path, data: f.contents })), () => {
    // Read holding the folder's lock: no other run changes the manifest between this and the new one.
    const byKind = readManifest(dir);
    const previous = byKind.get(kind) ?? [];
    // What the other kinds wrote is theirs to remove, except what this run writes over.
    const others = new Set<string>();
    for (const [k, paths] of byKind) {
      if (k === kind) continue;
      const still = paths.filter((p) => !keep.has(p));
      byKind.set(k, still);
      for (const p of still) others.add(p);
    }
    const stale = [...previous, ...(kind === 'analyze' ? sectionCharts(dir) : [])].filter((p) => !keep.has(p) && !others.has(p) && p !== MANIFEST_FILE);
    byKind.set(kind, [...keep]);
    return { manifest: (pending) => manifestContents(byKind, pending), remove: [...new Set(stale)], prune: kind === 'analyze' ? ['sections'] : [] };
  });
}

/**
 * The files each kind of run last wrote, by the folder's manifest (none when there is no readable manifest). A manifest
 * of an older version, one list of the files of whichever run wrote last, counts as that kind's when its files show which
 * kind it was (see LEGACY_SIGNS), and as nobody's otherwise: its files are then left alone.
 */
function readManifest(dir: string): Map<ReportKind, string[]> {
  const { byKind, legacy } = readManifestLists(dir);
  if (legacy) {
    const kinds = LEGACY_SIGNS.filter(([, signs]) => signs.some((s) => legacy.includes(s))).map(([k]) => k);
    if (kinds.length === 1) byKind.set(kinds[0], legacy);
  }
  return byKind;
}

/** Section charts now in the folder, as report-relative paths. */
function sectionCharts(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'sections'))
      .filter((name) => SECTION_CHART.test(name))
      .map((name) => `sections/${name}`);
  } catch {
    return [];
  }
}
