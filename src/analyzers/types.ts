// The contract every device analyzer implements, and the finding it reports.

import type { LexiconSet } from '../lexicon/load.js';
import type { Features } from '../learn/logistic.js';
import type { Tagger } from '../nlp/tagger.js';
import type { Document, Section, Sentence, Span } from '../text/model.js';

/** Device ids: the same in JSON, lexicons and gold files. */
export type DeviceId = 'sentiment' | 'slogan' | 'historical_analogy' | 'us_them' | 'call_to_action' | (string & {});

/** What an analyzer reports: a span, the rule that fired and why. The core adds device, quote, section and position. */
export interface RawFinding extends Span {
  /** Dash-case rule id: the lexicon entry or pattern that fired ("slogan-down-with"). */
  rule: string;
  /** How strongly it signals the device, 0…1 (a direct command 1, a statement of obligation less). */
  strength: number;
  /** One sentence a student can read: why these words signal the device. */
  explanation: string;
  /** Index of the sentence that holds it. */
  sentence: number;
  /** Whether it counts toward the device's score; false for context that is listed but not scored (a bare historical reference). Default true. */
  scored?: boolean;
  /** A grouping for tallies ("us", "them", "event", "person"…). */
  category?: string;
  /** A normalized label for tallies ("the masses", "Russian Revolution"). */
  label?: string;
  /** A signed value where the device has one (sentiment valence on AFINN's −5…+5 scale). */
  value?: number;
  /**
   * The span is exactly the text the rule read, punctuation at its edges included (an emoticon, ":)"): the core keeps it
   * as it is rather than trimming the separators a pattern may match at a clause's edge (", let us").
   */
  exact?: boolean;
}

/** A finding as it appears in results: evidence a reader can check, `quote === text.slice(start, end)`. */
export interface Finding extends RawFinding {
  device: DeviceId;
  quote: string;
  scored: boolean;
  section: number;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
}

/** How a device's score is defined; shown in every report. */
export interface ScoreDefinition {
  /** Short label ("mean sentence sentiment", "slogans per 1,000 words"). */
  label: string;
  /** Full definition, one or two sentences. */
  definition: string;
  /**
   * The score in plain words a student of fifteen can follow (what its range means, where it comes from, what it does not
   * say), shown before the full definition where the reports explain their scores.
   */
  plain?: string;
  /** Lowest possible value. */
  min: number;
  /** Highest possible value, or null when unbounded. */
  max: number | null;
  /** Digits to show. */
  digits: number;
}

/** What an analyzer returns for one section. */
export interface SectionAnalysis {
  findings: RawFinding[];
  /** One value per sentence of the section, where the device has a per-sentence value (sentiment). */
  sentenceValues?: number[];
}

/** Additive measurements of a span of text (section or document): summing two spans' metrics gives their union's. */
export type Metrics = Record<string, number>;

/** Everything an analyzer may read: the parsed document, lexicons and the lazy tagger, shared by all analyzers. */
export interface AnalysisContext {
  document: Document;
  lexicons: LexiconSet;
  tagger: Tagger;
  /**
   * The findings (rule options and in-text directives applied) of a device the analyzer names in `reads`, for the whole
   * document. Absent when an analyzer is run on its own, outside analyze(): read it as no findings.
   */
  findingsOf?(device: DeviceId): readonly Finding[];
  /**
   * Whether a finding of `rule` at `span` will be kept and scored: false when a rule option switches the rule off (or
   * sets its factor to 0) or an in-text directive disables it there. An analyzer whose values are built from its own
   * findings (sentiment) leaves out of them what is not counted. Absent outside analyze(): read it as true.
   */
  counts?(device: DeviceId, rule: string, span: { start: number; end: number }): boolean;
}

/** One device analyzer. A new device is a new file exporting one of these plus one registry line. */
export interface Analyzer<State = unknown> {
  id: DeviceId;
  title: string;
  /** What the device is, in a sentence (from the annotation guide). */
  description: string;
  score: ScoreDefinition;
  /**
   * Devices whose findings this analyzer reads through `context.findingsOf` (sentiment reads us/them framing and calls to
   * action). analyze() runs them first, and runs them even when they are not asked for, without reporting them.
   */
  reads?: readonly DeviceId[];
  /**
   * The rule ids the analyzer's code makes beyond its lexicon entries' ids, rule notes and learned models (sentiment's
   * `sentiment-afinn`, `sentiment-override-<id>` …): with those, every id a finding of the device can carry.
   */
  ruleIds?(lexicons: LexiconSet): Iterable<string>;
  /** Optional document-wide pass before the sections (catchphrases repeated across sections, the text's in- and out-groups). */
  prepare?(context: AnalysisContext): State;
  analyzeSection(section: Section, context: AnalysisContext, state: State): SectionAnalysis;
  /**
   * Named feature values of each sentence of the section, in order, for the analyzer's learned model (src/learn/):
   * what `scripts/train-learned.ts` trains on and what analyzeSection weighs when the model's data file is present.
   */
  sentenceFeatures?(section: Section, context: AnalysisContext, state: State): Features[];
  /**
   * Additive metrics of a span from its scored findings and sentences. The core always adds `words`, `sentences`,
   * `findings` (scored findings) and `flagged` (sentences with a scored finding).
   */
  measure?(findings: readonly Finding[], sentences: readonly Sentence[], sentenceValues: readonly number[]): Metrics;
  /** The score of a span from its (summed) metrics. */
  scoreOf(metrics: Metrics): number;
}

/** Findings per 1,000 words, the usual density score. */
export function per1000Words(count: number, words: number): number {
  return words > 0 ? (count * 1000) / words : 0;
}
