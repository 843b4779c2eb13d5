// Tokenizer with offsets: words (letters/digits joined across inner apostrophes and hyphens) and single punctuation marks.

import type { Token } from './model.js';

// A word: letters and digits with their combining marks, joined across inner apostrophes and hyphens. It starts with a
// letter or digit: a mark with no letter before it (the variation selector of an emoji such as ❤️) is no word. Linear:
// each alternative consumes at least one character and the inner group cannot overlap its separator.
const WORD_SOURCE = "[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*(?:['’\\-‑][\\p{L}\\p{N}\\p{M}]+)*";
const TOKEN = new RegExp(`${WORD_SOURCE}|[^\\s\\p{L}\\p{N}]`, 'gu');
const WORDS = new RegExp(WORD_SOURCE, 'gu');
const STARTS_WORD = /^[\p{L}\p{N}]/u;

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
    // Only the word alternative can start with a letter, digit or mark (whole code points: astral letters too).
    const isWord = STARTS_WORD.test(value);
    tokens.push({
      text: value,
      // A curly apostrophe on its own ("of ’76") is looked up as the straight one, as inside a word.
      lower: isWord ? normalizeWord(value) : value === '’' ? "'" : value,
      kind: isWord ? 'word' : 'punct',
      start: start + m.index,
      end: start + m.index + value.length,
    });
  }
  return tokens;
}

/** Number of words in a text, counted as the tokenizer counts them (and as the reference corpus MANIFEST does). */
export function countWords(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}
