// Questions: a sentence that asks is no call, but one that states a demand before listing its questions keeps it.

import type { Sentence } from '../../text/model.js';

export function isQuestion(sentence: Sentence): boolean {
  return /\?\W*$/.test(sentence.text);
}

/** Rules whose verb of request ("I ask you …") before a listed question asks that question rather than urging an act. */
export const ASKING_RULES = new Set(['cta-i-urge', 'cta-i-have-asked', 'cta-i-issue-a-call']);

/** Words that open a direct question, or that are skipped before its opener ("And how …"). */
const QUESTION_OPENER = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'shall', 'should', 'must', 'may', 'might', 'have', 'has', 'had', 'dare', 'need', 'ought']);
const QUESTION_LEAD = new Set(['and', 'but', 'so', 'or', 'then', 'now', 'yet']);

/**
 * The offset where a sentence that ends in a question mark stops declaring and starts asking: "We must answer here three
 * questions: First, how do we …?" states its demand before the colon and only lists questions after it. Undefined when the
 * sentence asks from its start ("What must we do: wait?") or has no colon.
 */
export function declaredPartEnd(sentence: Sentence): number | undefined {
  const colon = sentence.tokens.findIndex((t) => t.text === ':');
  if (colon < 0) return undefined;
  const before = sentence.tokens.slice(0, colon);
  if (before.some((t) => t.text === '?')) return undefined;
  const words = before.filter((t) => t.kind === 'word');
  let i = 0;
  while (i < words.length && QUESTION_LEAD.has(words[i].lower)) i++;
  if (words.length - i < 2 || QUESTION_OPENER.has(words[i].lower)) return undefined;
  return sentence.tokens[colon].start;
}
