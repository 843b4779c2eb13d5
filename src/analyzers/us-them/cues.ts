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
  /**
   * For a hostile act in the passive voice ("their rights are being invaded", "those who were oppressed"): the token of
   * the "by" that names its agent, or -1 when none follows. Undefined for an act in the active voice.
   */
  agentBy?: number;
}

/** Forms of "be" that make a participle after them passive ("are being invaded", "was murdered"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
/** How far after a passive act its "by" may stand ("were plundered for years by …"). */
const AGENT_BY_TOKENS = 4;

/**
 * The "by" of a hostile act in the passive voice: a participle in -ed right after a form of "be", or after a form of "be"
 * and an adverb in -ly ("were cruelly oppressed"). Undefined when the act is not passive; -1 when no "by" follows within
 * a few words.
 */
function passiveAgent(sentence: Sentence, token: number): number | undefined {
  const t = sentence.tokens;
  if (!/ed$/u.test(t[token]?.lower ?? '')) return undefined;
  const word = (i: number): string => (t[i]?.kind === 'word' ? t[i].lower : '');
  const adverb = /ly$/u.test(word(token - 1));
  if (!BE_FORMS.has(word(token - 1)) && !(adverb && BE_FORMS.has(word(token - 2)))) return undefined;
  for (let i = token + 1; i < t.length && i <= token + AGENT_BY_TOKENS; i++) if (t[i].lower === 'by') return i;
  return -1;
}

/** Hostile evaluative cues of a sentence. */
export function evaluativeCues(v: Vocabulary, text: string, sentence: Sentence): Cue[] {
  return matchPatterns(v.evaluative, text, sentence).map((m) => {
    const token = tokenAt(sentence, m.start);
    const agentBy = m.entry.category === 'hostile-act' ? passiveAgent(sentence, token) : undefined;
    return { start: m.start, end: m.end, entry: m.entry, token, ...(agentBy !== undefined ? { agentBy } : {}) };
  });
}

/** Whether a cue and a group mention are close enough to be read together. */
export function near(v: Vocabulary, a: { token: number }, b: { token: number }): boolean {
  return Math.abs(a.token - b.token) <= v.learning.cueWindowTokens;
}

/**
 * Whether a hostile cue is said of a group mention: near it; a threat only when the group is its subject right before it
 * ("the bosses threaten to close the factories", not "to avoid the dangers which threaten those who follow us"); an act in
 * the passive voice only of the agent after its "by" ("the farms were plundered by the speculators", not "those who feel
 * that their rights are being invaded").
 */
export function cueOn(v: Vocabulary, c: Cue, m: Mention): boolean {
  if (c.entry.category === 'hostile-threat') return m.end <= c.start && c.token - m.token <= 3;
  // A hostile act in the passive voice is said of its agent, named after "by", not of the group it befell.
  if (c.agentBy !== undefined) return c.agentBy >= 0 && m.token > c.agentBy && m.token - c.agentBy <= 3;
  return near(v, c, m);
}
