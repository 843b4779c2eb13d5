// Whether a text reads as English: the analyzers' rules and word lists are written for English, and score other languages as noise.

import { shownValue, UsageError } from '../util/errors.js';

/** Fewest letters before the script of a text is judged. */
const MIN_LETTERS = 20;
/** Fewest words before the share of English function words is judged (a line or two of slogans may have none). */
const MIN_WORDS = 15;
/** English prose has 40–60% function words ("the", "of", "and", "we" …); a text in another language has next to none. */
const MIN_FUNCTION_WORD_SHARE = 0.05;
/**
 * Below this many words, only the English function words of three letters or more count ("the", "and", "that", "will"):
 * the shorter ones ("a", "no", "me", "he", "i", "do") are words of Spanish, Portuguese, French or Italian too, and a
 * paragraph of two or three sentences has too few words to outweigh them ("No nos van a callar" has two of five).
 */
const SHORT_TEXT_WORDS = 50;
/**
 * Share of such longer function words under which a short text is flagged. Three-sentence stretches of the English
 * corpus (4,730 of 15 to 49 words) have 13% or more in 99 of 100; the 16 under 7% are lists of names, dates and
 * figures. Short invented Spanish, French and Portuguese paragraphs have none.
 */
const MIN_SHORT_TEXT_SHARE = 0.07;

const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-‑][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Why `text` does not look like English, in a few words ("it is written mostly in a script other than Latin", "few of its
 * words are English function words"), or undefined when it may well be English. `functionWords` are lower-case English
 * function words (lexicons/stopwords.json). Texts too short to judge are never flagged.
 */
export function notEnglishReason(text: string, functionWords: ReadonlySet<string>): string | undefined {
  if (typeof text !== 'string') throw new UsageError(`notEnglishReason() takes the text as a string, not ${shownValue(text)}`);
  if (!((functionWords as unknown) instanceof Set)) throw new UsageError(`notEnglishReason(): functionWords must be a Set of lower-case words (stopWordsFrom() gives one), not ${shownValue(functionWords)}`);
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters >= MIN_LETTERS && (text.match(LATIN_LETTER)?.length ?? 0) < letters / 2) return 'it is written mostly in a script other than Latin';
  const words = text.match(WORD) ?? [];
  if (words.length < MIN_WORDS || functionWords.size === 0) return undefined;
  const short = words.length < SHORT_TEXT_WORDS;
  let found = 0;
  for (const w of words) if ((!short || [...w].length >= 3) && functionWords.has(w.toLowerCase().replace(/’/g, "'"))) found++;
  if (short) {
    return found / words.length < MIN_SHORT_TEXT_SHARE
      ? `only ${found} of its ${words.length} words are English function words of three letters or more, such as "the", "and" or "that"`
      : undefined;
  }
  return found / words.length < MIN_FUNCTION_WORD_SHARE ? `only ${found} of its ${words.length} words are English function words such as "the", "of" or "and"` : undefined;
}
