// One document of a streamed corpus run (--format jsonl): its summary row with its findings, for one line of output.

import { analyze, requireProse } from '../analyze.js';
import type { Finding } from '../analyzers/types.js';
import { formatOption, loadFile, type LoadedText } from '../text/load.js';
import { InputError } from '../util/errors.js';
import { yearOption } from './manifest.js';
import { summarizeFile, summaryRowOf, withLanguage, type SummaryJob, type SummaryOptions, type SummaryRow } from './summary.js';

/** A summary row that also carries the document's findings (dropped once its JSONL line is written). */
export interface StreamedRow extends SummaryRow {
  findings?: Finding[];
}

/** Like summarizeFile, and keeps the findings; bad input gives summarizeFile's error row. */
export function summarizeWithFindings(job: SummaryJob, options: SummaryOptions = {}): StreamedRow {
  let loaded: LoadedText;
  try {
    loaded = loadFile(job.path, options.load);
  } catch (err) {
    if (err instanceof InputError) return summarizeFile(job, options);
    throw err;
  }
  try {
    const { load: _load, ...analysis } = options;
    const result = requireProse(analyze(loaded.text, { ...formatOption(loaded), ...analysis, name: loaded.name, ...yearOption(job.year) }));
    return { ...withLanguage(summaryRowOf(job, result), loaded.text, analysis.lexicons), findings: result.findings };
  } catch (err) {
    if (err instanceof InputError) return summarizeFile(job, options);
    throw err;
  }
}

/** The JSONL line of a row: compact JSON and a newline. */
export function jsonlLine(row: StreamedRow): string {
  return `${JSON.stringify(row)}\n`;
}
