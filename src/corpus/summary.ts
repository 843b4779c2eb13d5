// One document of a corpus run: path → summary row. Plain data in, plain data out, so a worker pool can call it unchanged.

import { readFileSync } from 'node:fs';
import { analyze, requireProse, selectAnalyzers, type AnalyzeOptions } from '../analyze.js';
import type { AnalysisResult, DeviceInfo } from '../result.js';
import { loadFile, type LoadOptions } from '../text/load.js';
import { textDigest } from '../compare/norms.js';
import { InputError } from '../util/errors.js';
import { yearOption } from './manifest.js';

/** What to summarize: a file and what the corpus already knows about it (from the manifest or the file name). */
export interface SummaryJob {
  /** Absolute path. */
  path: string;
  /** Path relative to the corpus root (shown in rows). */
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
    sha256: textDigest(result.text),
    scores,
  };
}

/**
 * Reads, analyzes and summarizes one document; the analysis result is dropped when this returns, so a corpus run holds only rows.
 * Bad input (unreadable, binary, empty) gives a row with `error` instead of throwing; a bug still throws.
 */
export function summarizeFile(job: SummaryJob, options: SummaryOptions = {}): SummaryRow {
  try {
    const { load, ...analysis } = options;
    const loaded = loadFile(job.path, load);
    return summaryRowOf(job, requireProse(analyze(loaded.text, { ...analysis, name: loaded.name, ...yearOption(job.year) })));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { file: job.file, title: job.title ?? job.file, author: job.author ?? null, year: job.year ?? null, words: 0, sections: 0, sentences: 0, scores: {}, error: err.message };
  }
}

/** The toolkit's name and version (from package.json), for the provenance of corpus files. */
export function toolInfo(): { name: string; version: string } {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name?: string; version?: string };
    return { name: pkg.name ?? 'rhetoric-lens', version: pkg.version ?? '0.0.0' };
  } catch {
    return { name: 'rhetoric-lens', version: '0.0.0' };
  }
}

/** The device descriptions of a run (the same for every document), for column headers and report notes. */
export function deviceInfoOf(options: SummaryOptions = {}): DeviceInfo[] {
  return selectAnalyzers(options.devices).map((a) => ({ id: a.id, title: a.title, description: a.description, score: a.score }));
}
