// A "must" of feeling: "… and must always rejoice in their good fortune" voices how the speaker's side is bound to feel, not an act asked of anyone.

import type { Sentence, Span } from '../../text/model.js';
import type { Signals } from './signals.js';

/** Adverbs that may stand between "must" and its verb ("must always rejoice", "must deeply regret"), besides any word in -ly. */
const BETWEEN = new Set(['always', 'ever', 'still', 'also', 'then', 'therefore', 'surely', 'but']);

/**
 * Whether the first "must" of the rule hit `hit` has a verb of feeling for its verb (lexicons/cta-signals.json,
 * cta-must-of-feeling): "We must always rejoice in their harvests", "we must deplore the violence". A feeling the speaker's
 * side is bound to have is no act the text urges.
 */
export function isMustOfFeeling(sentence: Sentence, hit: Span, s: Signals): boolean {
  const words = sentence.tokens.filter((t) => t.kind === 'word');
  const at = words.findIndex((t) => t.start >= hit.start && t.start < hit.end && t.lower === 'must');
  if (at < 0) return false;
  let k = at + 1;
  while (k < words.length && (BETWEEN.has(words[k].lower) || (words[k].lower.length > 4 && words[k].lower.endsWith('ly')))) k++;
  return k < words.length && s.feelingVerbs.has(words[k].lower);
}
