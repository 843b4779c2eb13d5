// Titles, bylines and datelines: a line whose words are all capitalized names a topic, it does not command.

import type { Sentence, Token } from '../../text/model.js';

/** A heading with every word capitalized ("Campaign Finance Reform") is a title, not a command. */
export function isTitleCase(sentence: Sentence): boolean {
  return allCapitalized(titleWords(sentence, false));
}
/**
 * A line with no closing stop whose words are all capitalized ("*Editorial, The Lesk Courier, 14 March 2026*") is a byline,
 * dateline or title, even where the parser does not mark it as a heading: it names, it does not command.
 */
export function isTitleLine(sentence: Sentence): boolean {
  return !/[.!?]\W*$/u.test(sentence.text) && allCapitalized(titleWords(sentence, true));
}
/** The words of a sentence that a title capitalizes: all but the minor ones, and with `lettersOnly` no numbers ("14 March 2026"). */
function titleWords(sentence: Sentence, lettersOnly: boolean): Token[] {
  return sentence.tokens.filter((t) => t.kind === 'word' && (!lettersOnly || /^\p{L}/u.test(t.text)) && !MINOR_TITLE_WORDS.has(t.lower));
}
function allCapitalized(words: readonly Token[]): boolean {
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w.text));
}
const MINOR_TITLE_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'and', 'or', 'to', 'with', 'at', 'by']);
