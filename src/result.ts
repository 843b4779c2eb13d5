// The one result model: produced by analyze(), read by every renderer (JSON is its machine contract).

import type { DeviceId, Finding, Metrics, ScoreDefinition } from './analyzers/types.js';
import type { SectionKind } from './text/model.js';
import { UsageError, wrongShape } from './util/errors.js';

/** The version of the result model's shape, written as `schemaVersion` in every result and report.json. */
export const RESULT_SCHEMA_VERSION = 1;

/** A device as described in results. */
export interface DeviceInfo {
  id: DeviceId;
  title: string;
  description: string;
  score: ScoreDefinition;
}

/** A device's score over a span, with the metrics it comes from and tallies of its findings' labels. */
export interface DeviceScore {
  score: number;
  metrics: Metrics;
  /** Counts of scored findings by category then label ({"them": {"the oligarchy": 4}}). */
  tallies: Record<string, Record<string, number>>;
}

/** One section of the text (a Markdown heading's part, or a part of about `sectionWords` words) and its score per device. */
export interface SectionResult {
  index: number;
  kind: SectionKind;
  title: string;
  subtitle?: string;
  start: number;
  end: number;
  /** 1-based line of the section start. */
  line: number;
  words: number;
  /** Index of the first sentence and number of sentences. */
  firstSentence: number;
  sentenceCount: number;
  scores: Record<string, DeviceScore>;
}

/** One sentence: its span in `text`, its section, and its own value per device where there is one. */
export interface SentenceResult {
  index: number;
  section: number;
  start: number;
  end: number;
  line: number;
  words: number;
  heading: boolean;
  /** Per-sentence values by device, where a device has one (sentiment). */
  values: Record<string, number>;
}

/**
 * What analyze() returns and every renderer reads; `renderJson` writes it as report.json. Offsets (`start`, `end`) are
 * UTF-16 indexes into `text`, as JavaScript strings count, so `text.slice(f.start, f.end) === f.quote` for every finding.
 */
export interface AnalysisResult {
  schemaVersion: number;
  tool: { name: string; version: string };
  /**
   * `year`: the text's own year, when it was given (analyze()'s `year` option). `sha256`: the SHA-256 (hex) of `text`
   * encoded as UTF-8, which tells which version of a text the result is for (for a UTF-8 file without a byte-order mark,
   * the file's own SHA-256, as `sha256sum` gives it).
   */
  source: { name: string; format: 'text' | 'markdown'; characters: number; words: number; sentences: number; lines: number; year?: number; sha256: string };
  /** Document title, or the source name when the text has none. */
  title: string;
  devices: DeviceInfo[];
  /** Whole-document scores by device. */
  document: Record<string, DeviceScore>;
  sections: SectionResult[];
  sentences: SentenceResult[];
  /** All findings, ordered by start offset, then device order, then rule. */
  findings: Finding[];
  /** The analyzed text exactly as decoded: every offset indexes into it. */
  text: string;
}

/** What every function that reads a result asks for, as its messages say it. */
const RESULT_SHAPE = 'an analysis result (an object with schemaVersion, source, title, devices, document, sections, sentences, findings and text, as analyze() returns)';

/**
 * A JavaScript caller's analysis result, checked: an object with every top-level field of AnalysisResult, as analyze()
 * returns and report.json holds. Anything else is a UsageError naming the function (and `name`, the argument, when given),
 * never a TypeError from deep inside a renderer nor a report of nothing ("x" rendered as JSON was {"0": "x"}).
 */
export function checkResult(result: unknown, fn: string, name?: string): asserts result is AnalysisResult {
  const got = wrongShape(result, {
    schemaVersion: 'number',
    source: 'object',
    title: 'string',
    devices: 'list',
    document: 'object',
    sections: 'list',
    sentences: 'list',
    findings: 'list',
    text: 'string',
  });
  if (got !== undefined) throw new UsageError(name ? `${fn}(): ${name} must be ${RESULT_SHAPE}, not ${got}` : `${fn}() takes ${RESULT_SHAPE}, not ${got}`);
}
