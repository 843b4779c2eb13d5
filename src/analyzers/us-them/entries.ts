// The lexicon entries of us/them framing: group terms (in-group, out-group, disparaged) and cue patterns (cues, evaluative) of lexicons/us-them-*.json.

import type { PatternEntry, TermsEntry } from '../../lexicon/schema.js';

/** A group entry: a terms entry with the category and tally label the us/them lexicons add. */
export interface GroupEntry extends TermsEntry {
  category?: string;
  label?: string;
  /** A rival group that counts only with a hostile word, never just for standing beside the in-group ("those who"). */
  needsCue?: boolean;
  /** Terms that are adjectives used as nouns ("the few", "the rich"): they name people only when no noun follows ("the few times", "the rich soil"). */
  headless?: string[];
  /** Words after which the terms are not the group ("the establishment of a court" is the act of establishing). */
  notBefore?: string[];
  /** Words before which the terms are not a hostile group but an office or a thing ("public functionaries", "border agents"). */
  notAfter?: string[];
}

/** A cue pattern with the fields the us/them lexicons add. */
export interface CueEntry extends PatternEntry {
  category?: string;
  /** `in-group`: the pattern counts only when the sentence also names the in-group. */
  needs?: string;
  /** Whether the match names the in-group or the out-group. */
  side?: string;
  /** The group name used in the tallies when the match names no listed group. */
  label?: string;
}
