// A capital "I" that is a Roman numeral after a name ("Charles I", "George I declared", "World War I"), not the pronoun of the speaker.

import type { Sentence, Token } from './model.js';

/** Lower-case words that may follow a numeral "I" but never the pronoun, which a verb or an adverb follows ("Charles I of England", "World War I and II"). */
const AFTER_NUMERAL = new Set(['and', 'or', 'nor', 'of', 'in', 'on', 'at', 'to', 'by', 'from', 'with', 'the', 'who', 'whose', 'which', 'against', 'after', 'before', 'during', 'until']);

/**
 * Words after a regnal name's "I" that are the speaker's present instead, a verb of saying, thinking or wishing or a modal of now
 * ("To Paul I say thank you", "For Robert I will always vote"): a king of the past is told in the past tense ("George I declared").
 */
const SPEAKER_NOW_AFTER_NAME = new Set(['am', "'m", '’m', 'say', 'think', 'believe', 'hope', 'know', 'want', 'wish', 'feel', 'mean', 'guess', 'suppose', 'trust', 'ask', 'thank', 'will', 'shall', 'can', 'must', 'would', 'should']);

/** Lower-case given names of monarchs (lexicons/regnal-names.json): after one, "I" is the numeral whatever verb follows. */
export type RegnalNames = ReadonlySet<string>;

/**
 * Whether the word token at `k` is the Roman numeral "I" of a name rather than the pronoun: "I" right after a capitalized word
 * (no punctuation between), with nothing after it but punctuation or a word that never follows the pronoun ("Charles I., in the
 * beginning of his reign", "World War I and World War II"), or after "World War" whatever follows. "Secretary of War I regard as
 * judicious" (a verb after it) and "Today I, for one, …" (the first word of the sentence before it) keep the pronoun. After a
 * monarch's given name (`regnalNames`) it is the numeral before a verb too, at the head of the sentence as well ("George I declared
 * war", "Charles I was beheaded"), unless the verb is one of the speaker's present ("To Paul I say …").
 */
export function isRomanNumeralI(tokens: readonly Token[], k: number, regnalNames: RegnalNames): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (t?.text !== 'I' || prev?.kind !== 'word' || !/^\p{Lu}/u.test(prev.text) || prev.text === 'I') return false;
  if (prev.lower === 'war' && tokens[k - 2]?.lower === 'world') return true;
  const next = tokens[k + 1];
  if (regnalNames.has(prev.lower) && !(next?.kind === 'word' && SPEAKER_NOW_AFTER_NAME.has(next.lower))) return true;
  const firstWord = tokens.findIndex((x) => x.kind === 'word');
  if (firstWord === k - 1) return false;
  if (!next) return true;
  if (next.kind === 'punct') return next.text !== "'" && next.text !== '’';
  return AFTER_NUMERAL.has(next.text);
}

/** Character that stands in for a numeral "I" in the text read for the speaker: U+2160 ROMAN NUMERAL ONE, one code unit like "I", never a word character. */
const NUMERAL_ONE = '\u2160';

/**
 * The sentence's text with every Roman numeral "I" (see isRomanNumeralI) replaced by the numeral sign, offset for offset, for tests
 * that look for the speaker's "I" in the text (`/\bI\b/`): "after World War I" then holds no first person. The text itself when it has none.
 */
export function textWithoutNumeralI(sentence: Pick<Sentence, 'text' | 'tokens' | 'start'>, regnalNames: RegnalNames): string {
  let text = sentence.text;
  sentence.tokens.forEach((t, k) => {
    if (t.text === 'I' && isRomanNumeralI(sentence.tokens, k, regnalNames)) {
      const at = t.start - sentence.start;
      text = `${text.slice(0, at)}${NUMERAL_ONE}${text.slice(at + 1)}`;
    }
  });
  return text;
}
