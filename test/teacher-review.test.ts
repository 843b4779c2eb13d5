// Findings a teacher's review of the explanations found misleading, each fixed by a general rule: a belief of then or of
// others read as a call, a quoted imperative of the past read as a call, the speaker's own "I must …, and must …", the
// listener's grandparents read as a past case, and a Roman numeral "I" read as the speaker. All sentences written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';
import { parse } from '../src/analyze.js';
import { isRomanNumeralI, textWithoutNumeralI } from '../src/text/numerals.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { regnalNames } from '../src/analyzers/rules.js';
import { scoredAnalogies } from './helpers/history-findings.js';

const calls = (text: string) => analyze(text, { devices: ['call_to_action'] }).findings.filter((f) => f.device === 'call_to_action');
/** The sentence in a neutral frame, so the first line is not taken for a title. */
const frame = (sentence: string) => `The meeting went on for hours.\n\n${sentence}\n\nThen everyone went home.`;
const references = (text: string) =>
  analyze(text, { devices: ['historical_analogy'] }).findings.filter((f) => f.device === 'historical_analogy').map((f) => f.quote.toLowerCase());

const notCalls: [string, string][] = [
  // A belief the speaker's side held then, not a demand of now.
  ['In my youth I believed that the franchise of the river counties ought to be extended.', 'the speaker’s own past belief'],
  ['We once believed that the franchise of the river counties ought to be extended.', 'the speaker’s side’s past belief'],
  // Someone else's belief, with a remark set off by commas before its "that".
  ['My grandfather believed, and said so at every meeting, that the franchise of the counties ought to be extended.', 'another’s belief, with an aside'],
  // A quoted imperative of the past: the attitude of a time, not a call on the audience.
  ['Our creed then was "Let every miller look out for himself, let every village fend for itself," while the river rose.', 'a quoted creed of the past'],
  ['"Let every miller look out for himself" was the creed of the mill owners in those years.', 'a quoted creed, the quotation first'],
  // The speaker's own "I must", carried to a second verb by "and".
  ['Being still of that mind, I must decline any share of the salary, and must accordingly ask that the estimate be kept low.', 'the speaker’s own act'],
  ['When he saw the flood he knew that he must leave the farm, and must sell the herd before winter.', 'a third party’s necessity'],
  // A Roman numeral "I" in a name is not the speaker reporting his own voice.
  ['The courtiers of Charles I, in 1629, declared that the colonies must pay the tax.', 'a report by others, after "Charles I"'],
];

for (const [sentence, why] of notCalls) {
  test(`no call: ${why}`, (t) => {
    t.deepEqual(
      calls(frame(sentence)).map((f) => f.rule),
      [],
      sentence,
    );
  });
}

const stillCalls: [string, string][] = [
  ['We have always believed that the franchise of the river counties ought to be extended.', 'cta-should-be-done'],
  ['I believe that the franchise of the river counties ought to be extended.', 'cta-should-be-done'],
  ['"Let us stand together!"', 'cta-let-us'],
  ['The river towns must mend the levee, and must do it before the rains.', 'cta-must-act'],
  ['We will build the dam, and must begin it this spring.', 'cta-must-act'],
  ['But in this hard winter each of us may and must do a share of the flood watch.', 'cta-must-act'],
];

for (const [sentence, rule] of stillCalls) {
  test(`still a call: ${sentence}`, (t) => {
    t.deepEqual(
      calls(frame(sentence)).map((f) => f.rule),
      [rule],
    );
  });
}

test('the listener’s grandparents are no past case unless what they did is told', (t) => {
  t.false(references(frame('Join us at the hall. Bring your neighbours, bring your children, bring your grandparents.')).includes('your grandparents'));
  t.false(references(frame('A town where our grandparents have a doctor nearby is a town worth keeping.')).includes('our grandparents'));
  t.true(references(frame('Our grandparents worked the river mills for a pittance.')).includes('our grandparents'));
});

test('a Roman numeral "I" after a name is not the pronoun', (t) => {
  const names = regnalNames(loadLexicons());
  const numerals = (text: string) => {
    const [sentence] = parse(text).sentences;
    return sentence.tokens.flatMap((tok, k) => (tok.text === 'I' ? [isRomanNumeralI(sentence.tokens, k, names)] : []));
  };
  t.deepEqual(numerals('The Petition of Right was granted by Charles I, in the first years of his reign.'), [true]);
  t.deepEqual(numerals('The farms did better than after World War I and its slump.'), [true]);
  t.deepEqual(numerals('All the reports of the Secretary of War I regard as sound.'), [false]);
  t.deepEqual(numerals('Today I ask you to vote.'), [false]);
  t.deepEqual(numerals('Tonight I, for one, will vote.'), [false]);
  const [sentence] = parse('Prices fell after World War I.').sentences;
  t.is(textWithoutNumeralI(sentence, names).length, sentence.text.length);
  t.false(/\bI\b/.test(textWithoutNumeralI(sentence, names)));
});

test('a sentence that names World War I is told of the past, not spoken of now', (t) => {
  // Read as the pronoun, the numeral made the lean years a sentence about now, and the comparison after it found no past case.
  const text = 'Written in 2020. The lean years after World War I taught the valley to save. Today we face another lean year.';
  t.true(scoredAnalogies(text).some((f) => f.sentence.startsWith('Today we face')));
});
