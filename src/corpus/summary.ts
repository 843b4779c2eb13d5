// One document of a corpus run: path → summary row. Plain data in, plain data out, so a worker pool can call it unchanged.

import { basename } from 'node:path';
import { analyze, requireProse, selectAnalyzers, type AnalyzeOptions } from '../analyze.js';
import { stopWordsFrom } from '../compare/model.js';
import { loadLexicons } from '../lexicon/load.js';
import type { AnalysisResult, DeviceInfo } from '../result.js';
import { notEnglishReason } from '../text/language.js';
import { formatOption, loadFile, type LoadOptions } from '../text/load.js';
import { resultDigest } from '../compare/norms.js';
import { checkOptionsObject, InputError, shownValue, UsageError } from '../util/errors.js';
import { yearOption } from './manifest.js';

/** What to summarize: a file and what the corpus already knows about it (from the manifest or the file name). */
export interface SummaryJob {
  /** Absolute path. */
  path: string;
  /** The name shown in rows: the path relative to the corpus root, or the absolute path a MANIFEST.tsv gives for a file outside it. */
  file: string;
  title?: string;
  author?: string;
  year?: number;
}

/** Analysis options a summary run passes on: structured-cloneable, for worker threads. */
export type SummaryOptions = Pick<AnalyzeOptions, 'sectionWords' | 'lexicons' | 'devices' | 'rules' | 'format'> & {
  /** How each file is read (encoding, size limit). */
  load?: LoadOptions;
};

/** One row of summary.csv / summary.json. */
export interface SummaryRow {
  file: string;
  title: string;
  /** Author or speaker from the manifest; null when unknown. */
  author: string | null;
  /** Year from the manifest or the file name; null when unknown. */
  year: number | null;
  words: number;
  sections: number;
  sentences: number;
  /** SHA-256 of the text as read (after decoding): which version of the document the figures are for. Absent when it could not be read. */
  sha256?: string;
  /** Whole-document score of every device, by device id. */
  scores: Record<string, number>;
  /** With --against: each device score's percentile rank in the norms collection (0…100, one decimal). */
  percentiles?: Record<string, number>;
  /** Why the document could not be analyzed (bad input); its figures are then 0. */
  error?: string;
  /** Why the text does not look like English, when it does not (its scores then say little): as a single-file run warns. */
  notEnglish?: string;
}

/** The row of an analysis result. */
export function summaryRowOf(job: SummaryJob, result: AnalysisResult): SummaryRow {
  const scores: Record<string, number> = {};
  for (const d of result.devices) scores[d.id] = result.document[d.id]?.score ?? 0;
  return {
    file: job.file,
    title: job.title ?? result.title,
    author: job.author ?? null,
    year: job.year ?? null,
    words: result.source.words,
    sections: result.sections.length,
    sentences: result.source.sentences,
    sha256: resultDigest(result),
    scores,
  };
}

/**
 * Reads, analyzes and summarizes one document; the analysis result is dropped when this returns, so a corpus run holds only rows.
 * Bad input (unreadable, binary, empty) gives a row with `error` instead of throwing; a bug still throws.
 */
export function summarizeFile(job: SummaryJob, options: SummaryOptions = {}): SummaryRow {
  if (job === null || typeof job !== 'object' || Array.isArray(job)) throw new UsageError(`summarizeFile() takes a job such as {path: "/corpus/a.txt", file: "a.txt"}, not ${shownValue(job)}`);
  if (typeof job.path !== 'string' || job.path === '') throw new UsageError(`summarizeFile(): job.path must be a file path as a string, not ${shownValue(job.path)}`);
  if (typeof job.file !== 'string') throw new UsageError(`summarizeFile(): job.file must be the path shown in rows, as a string, not ${shownValue(job.file)}`);
  checkOptionsObject(options, 'summarizeFile');
  try {
    const { load, ...analysis } = options;
    const loaded = loadFile(job.path, load);
    const row = summaryRowOf(job, requireProse(analyze(loaded.text, { ...formatOption(loaded), ...analysis, name: loaded.name, ...yearOption(job.year) })));
    return withLanguage(row, loaded.text, analysis.lexicons);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { file: job.file, title: job.title ?? job.file, author: job.author ?? null, year: job.year ?? null, words: 0, sections: 0, sentences: 0, scores: {}, error: withoutSubject(err.message, job.path) };
  }
}

/**
 * A document's error as its row gives it: without the path or file name the message starts with, since the row (and the
 * "skipped …" line, the overview's list) names the file already ("/corpus/bin.txt looks like a binary file …" becomes
 * "looks like a binary file …", "/corpus/gone.txt: no such file" becomes "no such file").
 */
function withoutSubject(message: string, path: string): string {
  for (const subject of [path, basename(path)]) {
    if (message.startsWith(`${subject}: `)) return message.slice(subject.length + 2);
    if (message.startsWith(`${subject} `)) return message.slice(subject.length + 1);
  }
  return message;
}

/** The row, with `notEnglish` when its text does not look like English: judged where the text is (on a worker, in a pool). */
export function withLanguage<R extends SummaryRow>(row: R, text: string, lexiconDirs?: readonly string[]): R {
  const reason = notEnglishReason(text, stopWordsFrom(loadLexicons(lexiconDirs)));
  return reason ? { ...row, notEnglish: reason } : row;
}

/** The device descriptions of a run (the same for every document), for column headers and report notes. */
export function deviceInfoOf(options: SummaryOptions = {}): DeviceInfo[] {
  return selectAnalyzers(options.devices).map((a) => ({ id: a.id, title: a.title, description: a.description, score: a.score }));
}
