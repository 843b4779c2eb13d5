// A sentence's tokens as the us/them rules read them: the token at an offset, and names in the possessive without their ending.

import type { Sentence, Token } from '../../text/model.js';

/** Index of the token of `sentence` that holds offset `at`. */
export function tokenAt(sentence: Sentence, at: number): number {
  const t = sentence.tokens;
  for (let i = 0; i < t.length; i++) if (t[i].end > at) return i;
  return Math.max(0, t.length - 1);
}

/**
 * The tokens with a possessive ending taken off ("the dictator's weapons" → "dictator", "Hitler's" → "Hitler"), so that a
 * group named in the possessive is still named. Indices stay those of the sentence's tokens.
 */
export function withoutPossessives(tokens: readonly Token[]): Token[] {
  return tokens.map((t) => {
    if (t.kind !== 'word' || t.text.length < 4 || !/['’]s$/u.test(t.text)) return t;
    const text = t.text.slice(0, -2);
    return { ...t, text, lower: t.lower.slice(0, -2), end: t.end - 2 };
  });
}
