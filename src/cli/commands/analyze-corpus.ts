// `rhetoric analyze <folder|glob>`: the corpus branch of analyze — one summary row per document, an overview and trends.

import { relative, resolve } from 'node:path';
import { addPercentiles, collectionNorms } from '../../corpus/percentiles.js';
import { defaultJobs, startSummaryPool } from '../../corpus/pool.js';
import { corpusProgress } from '../../corpus/progress.js';
import { corpusJobs, summarizeCorpus, type Summarizer } from '../../corpus/run.js';
import { jsonlLine, summarizeWithFindings, type StreamedRow } from '../../corpus/stream.js';
import { deviceInfoOf, summarizeFile, type SummaryOptions, type SummaryRow } from '../../corpus/summary.js';
import { renderCorpusFiles } from '../../report/compare/corpus-report.js';
import { writeReportFiles } from '../../report/write.js';
import { writeHoldingSignals } from '../signals.js';
import { folderSlug } from '../../util/slug.js';
import { checkCanCreateDir } from '../../util/fs.js';
import { escapeControlChars } from '../../util/escape.js';
import type { CliIO } from '../io.js';
import { warnNormsCaveats } from '../norms-warning.js';
import { counted } from '../../util/plural.js';
import { thresholdsPassedBy, type Threshold } from '../../fail-on.js';

/** What the corpus branch reads from analyze's arguments. */
export interface CorpusArgs {
  input: string;
  out: string;
  name?: string;
  /**
   * json or csv: print summary.json or summary.csv to stdout, nothing else; jsonl: one compact JSON line per document on
   * stdout as it completes (its row and findings), nothing else.
   */
  format: 'md' | 'json' | 'jsonl' | 'csv';
  quiet: boolean;
  /** Worker threads (default: one per core); 1 analyzes on this thread. */
  jobs?: number;
  /** A norms collection: adds each document's percentile rank per device. */
  against?: string;
  /** --fail-on: exit 1 when a document's score passes one of these (each such document is named on stderr). */
  thresholds?: readonly Threshold[];
  options: SummaryOptions;
}

/** How many of the documents a warning names before "and N more". */
const NAMED_NON_ENGLISH = 3;

/** One warning line on stderr naming the documents that do not look like English (the rows say why), if there are any. */
function warnOfNonEnglish(rows: readonly SummaryRow[], io: CliIO): void {
  const files = rows.filter((r) => r.notEnglish).map((r) => escapeControlChars(r.file));
  if (files.length === 0) return;
  const named = files.slice(0, NAMED_NON_ENGLISH).join(', ') + (files.length > NAMED_NON_ENGLISH ? ` and ${files.length - NAMED_NON_ENGLISH} more` : '');
  const verb = files.length === 1 ? 'does' : 'do';
  io.stderr(`rhetoric: warning: ${counted(files.length, 'document')} of ${rows.length} ${verb} not look like English (${named}; see notEnglish in summary.json); the rules and word lists are written for English, so their scores say little\n`);
}

/** Runs a corpus analysis and writes its report folder; exit code 1 when a document could not be read (the others are still reported). */
export async function runCorpusAnalysis(a: CorpusArgs, io: CliIO): Promise<number> {
  const devices = deviceInfoOf(a.options);
  const against = a.against !== undefined ? collectionNorms(a.against, a.options.lexicons, a.options.rules) : undefined;
  if (!a.quiet) warnNormsCaveats(against?.caveats, io);
  const { name, jobs } = corpusJobs(a.input, io.cwd);
  // An output folder that cannot be made is said before any document is analyzed or any JSONL line printed.
  const dir = resolve(io.cwd, a.out, folderSlug(a.name && a.name !== '' ? a.name : name));
  checkCanCreateDir(dir);
  const started = performance.now();
  const jsonl = a.format === 'jsonl';
  const threads = Math.min(a.jobs ?? defaultJobs(), jobs.length);
  const pool = threads > 1 ? startSummaryPool(threads, jsonl) : undefined;
  const summarize: Summarizer = pool ? pool.summarize : jsonl ? summarizeWithFindings : summarizeFile;
  const progress = corpusProgress(jobs.length, io.stderrIsTTY && !a.quiet);
  let rows;
  try {
    // Four jobs per worker in flight keep every worker busy while rows still come out in input order: with two, a worker
    // that finished its next few short documents sat idle until a long one before them was done (on the State of the
    // Union addresses, scheduled by their word counts: 98.5% of the ideal two-worker speed-up with two, 99.7% with four).
    rows = await summarizeCorpus(jobs, a.options, (row: StreamedRow) => {
      if (row.error) io.stderr(`rhetoric: skipped ${escapeControlChars(row.file)}: ${escapeControlChars(row.error)}\n`);
      else if (against) addPercentiles(row, against.norms);
      if (jsonl) io.stdout(jsonlLine(row));
      delete row.findings;
      progress.tick(row);
    }, summarize, pool ? pool.size * 4 : 1);
  } finally {
    progress.stop();
    await pool?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const files = await renderCorpusFiles(name, rows, devices, against ? { collection: against.name, label: against.norms.label } : undefined);
  await writeHoldingSignals(dir, () => writeReportFiles(dir, files, 'corpus'));
  if (a.format === 'json') io.stdout(files.find((f) => f.path === 'summary.json')!.contents);
  // On stdout, for a pipe, the CSV comes without the file's byte order mark.
  else if (a.format === 'csv') io.stdout(files.find((f) => f.path === 'summary.csv')!.contents.replace(/^\uFEFF/, ''));
  else if (!a.quiet && !jsonl) {
    const words = rows.reduce((n, r) => n + r.words, 0);
    const unread = rows.filter((r) => r.error).length;
    const skipped = unread ? `; ${unread} could not be read` : '';
    io.stdout(`Analyzed ${counted(rows.length - unread, 'document')}, ${counted(words, 'word')} in ${seconds.toFixed(1)} s${skipped}.\nReport: ${escapeControlChars(relative(io.cwd, dir) || '.')}/overview.md (${files.map((f) => f.path).join(', ')})\n`);
  }
  if (!a.quiet) warnOfNonEnglish(rows, io);
  let passedAny = false;
  for (const row of a.thresholds ? rows : []) {
    const passed = row.error ? [] : thresholdsPassedBy(row.scores, a.thresholds!);
    if (passed.length) io.stderr(`rhetoric: --fail-on: ${escapeControlChars(row.file)}: ${passed.join('; ')}\n`);
    passedAny ||= passed.length > 0;
  }
  return passedAny || rows.some((r) => r.error) ? 1 : 0;
}
