// Renders a report folder from one AnalysisResult in memory, and writes it atomically, removing stale files of an earlier run.

import { readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkLexiconFolders } from '../lexicon/load.js';
import { checkResult, type AnalysisResult } from '../result.js';
import { checkPath, shownValue, UsageError } from '../util/errors.js';
import { ensureDir, insideDir, writeFileAtomic, writeFilesAtomic } from '../util/fs.js';
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

/** The file in a report folder that lists what the last run wrote, so the next run can remove what it no longer writes. */
export const MANIFEST_FILE = '.rhetoric-report.json';

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

/** The manifest of a set of report files (sorted paths), as written into the folder. */
export function reportManifest(files: readonly ReportFile[]): ReportFile {
  const paths = files.map((f) => f.path).sort();
  return { path: MANIFEST_FILE, contents: `${JSON.stringify({ generator: 'rhetoric-lens', files: paths }, null, 2)}\n` };
}

/**
 * Writes the report files into `dir` (created if needed), all staged before any is renamed into place, then removes files an earlier run of this
 * report wrote that this run does not (listed in its manifest, or section charts named like ours). Nothing else in the
 * folder is touched. Returns the full paths written.
 */
export function writeReportFiles(dir: string, files: readonly ReportFile[]): string[] {
  // Checked before the folder is made: a number would otherwise be made into a folder named "5", or fail as ERR_INVALID_ARG_TYPE.
  checkPath(dir, 'writeReportFiles', 'a folder path');
  checkReportFiles(files, 'writeReportFiles');
  ensureDir(dir);
  const previous = readManifest(dir);
  const staged = files.map((f) => {
    const full = insideDir(dir, f.path);
    ensureDir(join(full, '..'));
    return { path: full, data: f.contents };
  });
  // All files are written to temp files first and renamed only when every one is written.
  writeFilesAtomic(staged);
  const written = staged.map((f) => f.path);
  const keep = new Set(files.map((f) => f.path));
  for (const stale of [...previous, ...sectionCharts(dir)]) {
    if (keep.has(stale) || stale === MANIFEST_FILE) continue;
    try {
      rmSync(insideDir(dir, stale), { force: true });
    } catch {
      // A path we cannot resolve inside the folder or cannot remove is left alone.
    }
  }
  try {
    rmdirSync(join(dir, 'sections'));
  } catch {
    // Not empty, or not there: either way nothing to do.
  }
  const manifest = reportManifest(files);
  writeFileAtomic(insideDir(dir, manifest.path), manifest.contents);
  return written;
}

/** Files the previous run listed (empty when there is no readable manifest). */
function readManifest(dir: string): string[] {
  try {
    const data = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { files?: unknown };
    return Array.isArray(data.files) ? data.files.filter((p): p is string => typeof p === 'string' && !p.includes('\\') && !p.split('/').includes('..')) : [];
  } catch {
    return [];
  }
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
