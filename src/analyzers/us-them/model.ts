// What the passes hand each other: the scan of each sentence, and the state the document-wide pass leaves for the sections.

import type { Features } from '../../learn/logistic.js';
import type { Span } from '../../text/model.js';
import type { RawFinding } from '../types.js';
import type { Cue } from './cues.js';
import type { SentenceScan } from './features.js';
import type { Mention } from './mentions.js';

/** What the document-wide pass leaves for the sections: every sentence's findings, and the out-groups learned from the text. */
export interface UsThemState {
  bySentence: Map<number, RawFinding[]>;
  /** Labels the text keeps naming with hostile words, with how many of their mentions were hostile and how many there were. */
  learned: Map<string, { hostile: number; total: number; adversary: boolean }>;
  /** Each sentence's mentions and hostile cues, kept for the learned model's features. */
  scans: readonly SentenceScan[];
  /** The features of every sentence, computed on first use (only when the learned model is present, or for training). */
  features?: Features[];
}

export interface Scan {
  mentions: Mention[];
  cues: Cue[];
  entities: Mention[] | null;
  /** Where "is the enemy" is said of a thing ("Complacency is the enemy of progress"): no out-group there. */
  enemyAsThing?: Span;
}
