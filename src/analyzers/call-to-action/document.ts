// The document-wide pass: the words the text only ever writes capitalized inside sentences (names, not verbs).

import type { AnalysisContext } from '../types.js';

/** What the document-wide pass learns: words the text only ever writes capitalized inside sentences (names, not verbs). */
export interface CallState {
  properNames: Set<string>;
  /** Every word the text writes in lower case somewhere. */
  lowerWords: Set<string>;
  /** Capitalized words already looked up on their own: whether compromise reads them as a base-form verb. */
  verbWords: Map<string, boolean>;
}

/** Lower-cased words that appear capitalized after the first word of a sentence and never in lower case: proper names. */
export function wordsOf(context: AnalysisContext): CallState {
  const capitalized = new Set<string>();
  const lower = new Set<string>();
  for (const sentence of context.document.sentences) {
    const words = sentence.tokens.filter((t) => t.kind === 'word');
    // A word capitalized after a colon ("…rules: Buy American") is capitalized as a clause opener, not as a name.
    const afterColon = new Set(sentence.tokens.filter((t, k) => k > 0 && sentence.tokens[k - 1].text === ':').map((t) => t.start));
    words.forEach((w, i) => {
      if (/^\p{Ll}/u.test(w.text)) lower.add(w.lower);
      else if (i > 0 && !sentence.heading && !afterColon.has(w.start) && /^\p{Lu}\p{Ll}/u.test(w.text)) capitalized.add(w.lower);
    });
  }
  for (const w of lower) capitalized.delete(w);
  return { properNames: capitalized, lowerWords: lower, verbWords: new Map() };
}
