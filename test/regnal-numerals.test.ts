// A Roman numeral "I" after a monarch's given name (lexicons/regnal-names.json) is the numeral even before a verb ("George I
// declared …", "Charles I was beheaded"), where a verb after "I" otherwise keeps the pronoun. All sentences written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';
import { parse } from '../src/analyze.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { regnalNames } from '../src/analyzers/rules.js';
import { isRomanNumeralI } from '../src/text/numerals.js';
import { scoredAnalogies } from './helpers/history-findings.js';

const names = regnalNames(loadLexicons());
/** For each "I" of the first sentence of `text`: whether it reads as a numeral. */
const numerals = (text: string): boolean[] => {
  const [sentence] = parse(text).sentences;
  return sentence.tokens.flatMap((tok, k) => (tok.text === 'I' ? [isRomanNumeralI(sentence.tokens, k, names)] : []));
};

test('after a monarch’s given name, "I" is the numeral before a verb too', (t) => {
  t.deepEqual(numerals('George I declared war on the river towns.'), [true]);
  t.deepEqual(numerals('In that year Charles I was beheaded before the palace.'), [true]);
  t.deepEqual(numerals('The ministers of Frederick I raised the salt tax twice.'), [true]);
});

test('after another capitalized word, or before a verb of the speaker’s now, "I" is still the pronoun', (t) => {
  t.deepEqual(numerals('To Paul I say thank you for the years at the mill.'), [false]);
  t.deepEqual(numerals('As a Christian I believe in the dignity of work.'), [false]);
  t.deepEqual(numerals('On Tuesday I declared my candidacy.'), [false]);
  t.deepEqual(numerals('All the reports of the Secretary of War I regard as sound.'), [false]);
});

test('a king’s declaration is reported, not the speaker’s call', (t) => {
  const text = 'The meeting went on for hours.\n\nGeorge I declared that the colonies must pay the new tax.\n\nThen everyone went home.';
  t.deepEqual(
    analyze(text, { devices: ['call_to_action'] }).findings.filter((f) => f.device === 'call_to_action').map((f) => f.rule),
    [],
  );
});

test('a king’s deed of the remote past is a past case, not the speaker’s own life', (t) => {
  const found = scoredAnalogies('Written in 2020. In 1720 George I taxed the valley towns without mercy. Today the governor taxes us the same way.');
  t.true(found.some((f) => f.sentence.startsWith('In 1720 George I')));
});
