// summary.csv and summary.json of a corpus run: one row per document (file, title, year, words, sections, every device score).

import { stringify } from 'csv-stringify/sync';
import { PERCENTILE_DEFINITION } from '../../compare/norms.js';
import { TOOL } from '../../analyze.js';
import type { SummaryRow } from '../../corpus/summary.js';
import type { DeviceInfo } from '../../result.js';
import { spreadsheetSafe as safeCell } from '../../util/escape.js';


/**
 * summary.csv: a header row, then one row per document in input order. Scores are written as numbers with the device's
 * digits + 2. `withPercentiles` (a run with --against) adds the `<device>_percentile` columns, empty for a document that
 * could not be read, even when none could. `bom` starts the text with a UTF-8 byte order mark, as the report folder's
 * file has it: without one, Excel reads a CSV file in the system's legacy code page and garbles every non-ASCII title.
 */
export function renderSummaryCsv(rows: readonly SummaryRow[], devices: readonly DeviceInfo[], withPercentiles = rows.some((r) => r.percentiles), bom = false): string {
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
  return stringify([header, ...body], { record_delimiter: '\n', bom });
}

/**
 * summary.json: the tool and version, the device definitions (each score's unit is its `label`), with --against the collection the
 * percentiles are ranks in and how they are defined, and the rows.
 */
export function renderSummaryJson(corpus: string, rows: readonly SummaryRow[], devices: readonly DeviceInfo[], against?: { collection: string; label: string }): string {
  const percentiles = against
    ? { against: { collection: against.collection, label: against.label, percentileDefinition: `${PERCENTILE_DEFINITION} ${LEFT_OUT_NOTE}` } }
    : {};
  return `${JSON.stringify({ corpus, tool: { ...TOOL }, documents: rows.length, devices: devices.map((d) => ({ id: d.id, title: d.title, score: d.score })), ...percentiles, rows }, null, 2)}\n`;
}

/** How a document of the collection itself is ranked (said wherever percentiles of a corpus run are explained). */
export const LEFT_OUT_NOTE = 'A document whose text is one of the collection\'s own (the same SHA-256) is ranked among the others, never against itself.';
