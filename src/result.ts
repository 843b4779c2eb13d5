// The one result model: produced by analyze(), read by every renderer (JSON is its machine contract).

import type { DeviceId, Finding, Metrics, ScoreDefinition } from './analyzers/types.js';
import type { SectionKind } from './text/model.js';

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

export interface AnalysisResult {
  schemaVersion: number;
  tool: { name: string; version: string };
  /** `year`: the text's own year, when it was given (analyze()'s `year` option). */
  source: { name: string; format: 'text' | 'markdown'; characters: number; words: number; sentences: number; lines: number; year?: number };
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
