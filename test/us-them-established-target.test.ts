// Us/them: `them-established-enemy-target` (an adversary the text has cast, made the target of a hostile act or aim) and
// `them-established-enemy-pronoun` ("It …", "They …" opening the sentence right after one that names it).
// All sentences here were written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';
import type { Finding } from '../src/analyzers/types.js';
import { castGermany } from './helpers/cast-germany.js';

const scored = (text: string): Finding[] =>
  analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.device === 'us_them' && f.scored);
/** The rule findings (not the learned model's) of the sentence that starts with `opening`. */
const inSentence = (text: string, opening: string): Finding[] => {
  const at = text.indexOf(opening);
  return scored(text).filter((f) => f.start >= at && f.start < at + opening.length + 80 && f.rule !== 'us-them-learned');
};
const rulesOf = (text: string, opening: string): string[] => inSentence(text, opening).map((f) => f.rule);


test('an established enemy as the object or target of a hostile act or aim is flagged, under any of its names', (t) => {
  for (const sentence of [
    'In the spring our armies will drive the Germans out of Italy.',
    'Our bombers are now striking at Germany night and day.',
    'The farmers of the plains grow the wheat that will help to defeat Germany.',
    'Every ton of steel is a blow against Germany.',
    'The fighting will go on until Germany is utterly destroyed.',
    'German power must be broken, and Germany must be disarmed.',
  ]) {
    const found = inSentence(`${castGermany} ${sentence}`, sentence);
    t.deepEqual(found.map((f) => [f.rule, f.label]), [['them-established-enemy-target', 'Germany']], sentence);
  }
});

test('the same acts aimed at a state the text never cast, or cast once, are not flagged by this rule', (t) => {
  const sentence = 'In the spring our armies will drive the Germans out of Italy.';
  t.false(rulesOf(`The harvest was good this year. ${sentence}`, sentence).includes('them-established-enemy-target'));
  const once = 'Germany invaded Poland, in violation of every treaty. The harvest was good this year. ';
  t.false(rulesOf(once + sentence, sentence).includes('them-established-enemy-target'));
});

test('an ally or a neutral state as the object, a denied act and a done deed in the passive are not flagged', (t) => {
  for (const sentence of [
    'We shall send more ships and planes to Britain.',
    'Our trade with Japan grew in the first half of the year.',
    'We do not seek to destroy the German people.',
    'Germany was defeated in the last war.',
    'We have no wish to crush Germany.',
  ]) {
    t.deepEqual(inSentence(`${castGermany} ${sentence}`, sentence), [], sentence);
  }
});

test('"It", "they" or "he" opening the sentence right after one naming the established enemy is flagged', (t) => {
  const it = `${castGermany} Germany has moved its armies to the east. It has set off a new race for arms.`;
  t.deepEqual(inSentence(it, 'It has set off').map((f) => [f.rule, f.quote, f.label]), [['them-established-enemy-pronoun', 'It', 'Germany']]);
  const they = `${castGermany} Our fliers struck hard at the Germans last week. They have tried to rebuild the plants.`;
  t.deepEqual(inSentence(they, 'They have tried').map((f) => [f.rule, f.label]), [['them-established-enemy-pronoun', 'Germany']]);
});

test('an impersonal "it", a copula, a pronoun two sentences on or one that does not agree is not flagged', (t) => {
  const before = `${castGermany} Germany has moved its armies to the east.`;
  t.deepEqual(inSentence(`${before} It seems that the winter will be hard.`, 'It seems'), []);
  t.deepEqual(inSentence(`${before} It is a large country with many rivers.`, 'It is a large'), []);
  t.deepEqual(inSentence(`${before} The harvest was late. It has set off a new race for arms.`, 'It has set off'), []);
  // "He" after a plural name ("the Germans"): the pronoun does not agree, it means someone else.
  t.deepEqual(inSentence(`${castGermany} Our fliers struck hard at the Germans last week. He has tried to rebuild the plants.`, 'He has tried'), []);
  // The pronoun after an ally.
  t.deepEqual(inSentence(`${castGermany} Our allies, the British, moved their fleet to the north. They have tried to rebuild the plants.`, 'They have tried'), []);
});

test('a pronoun right after reported evidence that names the established enemy as the subject of its clause is flagged', (t) => {
  // The sentence of evidence is left alone (what someone found out), but it is what the pronoun after it goes on about.
  const text = `${castGermany} The inspectors reported that Germany had built four new airfields near the border. It has hidden them under the forests.`;
  t.deepEqual(inSentence(text, 'The inspectors reported').filter((f) => f.start < text.indexOf('It has hidden')), []);
  t.deepEqual(inSentence(text, 'It has hidden').map((f) => [f.rule, f.quote, f.label]), [['them-established-enemy-pronoun', 'It', 'Germany']]);
});

test('a pronoun after a sentence that names the established enemy only after a preposition, or beside another "he", is not flagged', (t) => {
  const place = `${castGermany} The inspectors reported that the factories in Germany have been idle since May. It has hidden them under the forests.`;
  t.deepEqual(inSentence(place, 'It has hidden'), []);
  const someoneElse = `${castGermany} Our envoy reported that his talks were over and Germany had gone home. He has written a long letter since.`;
  t.deepEqual(inSentence(someoneElse, 'He has written'), []);
});

test('the established enemy\'s officials and officers acting are the enemy acting', (t) => {
  for (const sentence of ['German officials have burned the records of the occupied towns.', 'German intelligence officers are posing as refugees at the border.']) {
    t.deepEqual(inSentence(`${castGermany} ${sentence}`, sentence).map((f) => [f.rule, f.label]), [['them-established-enemy', 'Germany']], sentence);
  }
  // The officials of a state the text never cast are no one's enemy.
  const peaceful = 'German officials have burned the records of the occupied towns.';
  t.deepEqual(inSentence(`The harvest was good this year. ${peaceful}`, peaceful), []);
});

test('the established enemy\'s power or challenge is the enemy named', (t) => {
  for (const sentence of ['The shadow of German military power now lies across the whole northern coast.', 'Each spring we have met a new German challenge in the north.']) {
    const found = inSentence(`${castGermany} ${sentence}`, sentence);
    t.true(found.length > 0 && found.every((f) => f.rule.startsWith('them-established-enemy') && f.label === 'Germany'), `${sentence} ${JSON.stringify(found.map((f) => [f.rule, f.label]))}`);
  }
  const peaceful = 'The shadow of German military power now lies across the whole northern coast.';
  t.deepEqual(inSentence(`The harvest was good this year. ${peaceful}`, peaceful), []);
});
