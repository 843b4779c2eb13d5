// summary.csv and summary.json of a corpus run: one row per document (file, title, year, words, sections, every device score).

import { stringify } from 'csv-stringify/sync';
import type { SummaryRow } from '../../corpus/summary.js';
import type { DeviceInfo } from '../../result.js';
import { spreadsheetSafe as safeCell } from '../../util/escape.js';


/** summary.csv: a header row, then one row per document in input order. Scores are written as numbers with the device's digits + 2. */
export function renderSummaryCsv(rows: readonly SummaryRow[], devices: readonly DeviceInfo[]): string {
  const withPercentiles = rows.some((r) => r.percentiles);
  const percentileColumns = withPercentiles ? devices.map((d) => `${d.id}_percentile`) : [];
  const header = ['file', 'title', 'author', 'year', 'words', 'sections', 'sentences', ...devices.map((d) => d.id), ...percentileColumns, 'error'];
  const body = rows.map((r) => [
    safeCell(r.file),
    safeCell(r.title),
    safeCell(r.author ?? ''),
    r.year === null ? '' : String(r.year),
    String(r.words),
    String(r.sections),
    String(r.sentences),
    ...devices.map((d) => (r.error ? '' : (r.scores[d.id] ?? 0).toFixed(d.score.digits + 2))),
    ...(withPercentiles ? devices.map((d) => (r.percentiles?.[d.id] === undefined ? '' : r.percentiles[d.id].toFixed(1))) : []),
    safeCell(r.error ?? ''),
  ]);
  return stringify([header, ...body], { record_delimiter: '\n' });
}

/** summary.json: the device definitions and the rows. */
export function renderSummaryJson(corpus: string, rows: readonly SummaryRow[], devices: readonly DeviceInfo[]): string {
  return `${JSON.stringify({ corpus, documents: rows.length, devices: devices.map((d) => ({ id: d.id, title: d.title, score: d.score })), rows }, null, 2)}\n`;
}
