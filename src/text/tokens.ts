// Tokenizer with offsets: words (letters/digits joined across inner apostrophes and hyphens) and single punctuation marks.

import type { Token } from './model.js';

// Linear: each alternative consumes at least one character and the inner group cannot overlap its separator.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-‑][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

/** Lower-cases a word and straightens curly apostrophes and non-breaking hyphens, for lexicon look-ups. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/‑/g, '-');
}

/** Tokens of `text.slice(start, end)`, with offsets into the whole `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const value = m[0];
    const isWord = /[\p{L}\p{N}]/u.test(value[0]) || /^[\p{M}]/u.test(value);
    tokens.push({
      text: value,
      lower: isWord ? normalizeWord(value) : value,
      kind: isWord ? 'word' : 'punct',
      start: start + m.index,
      end: start + m.index + value.length,
    });
  }
  return tokens;
}

/** Number of words in a text, counted as the reference corpus MANIFEST counts them. */
export function countWords(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (t.kind === 'word') n++;
  return n;
}
