// Hostile evaluative cues of a sentence, and whether a cue is said of a group mention.

import { matchPatterns } from '../../lexicon/match.js';
import type { Sentence, Span } from '../../text/model.js';
import type { CueEntry } from './entries.js';
import type { Mention } from './mentions.js';
import { tokenAt } from './tokens.js';
import type { Vocabulary } from './vocabulary.js';

/** A hostile evaluative word or act matched in a sentence. */
export interface Cue extends Span {
  entry: CueEntry;
  token: number;
}

/** Hostile evaluative cues of a sentence. */
export function evaluativeCues(v: Vocabulary, text: string, sentence: Sentence): Cue[] {
  return matchPatterns(v.evaluative, text, sentence).map((m) => ({ start: m.start, end: m.end, entry: m.entry, token: tokenAt(sentence, m.start) }));
}

/** Whether a cue and a group mention are close enough to be read together. */
export function near(v: Vocabulary, a: { token: number }, b: { token: number }): boolean {
  return Math.abs(a.token - b.token) <= v.learning.cueWindowTokens;
}

/**
 * Whether a hostile cue is said of a group mention: near it; a threat only when the group is its subject right before it
 * ("the bosses threaten to close the factories", not "to avoid the dangers which threaten those who follow us").
 */
export function cueOn(v: Vocabulary, c: Cue, m: Mention): boolean {
  if (c.entry.category === 'hostile-threat') return m.end <= c.start && c.token - m.token <= 3;
  return near(v, c, m);
}
