// Us/them: one adversary under its several names (lexicons/us-them-adversary-names.json), and `them-established-enemy`,
// the plain acts of an adversary the text has already cast. All sentences here were written for these tests.

import test from 'ava';
import { analyze, parse } from '../src/index.js';
import type { Finding } from '../src/analyzers/types.js';
import { analyzeDocument } from '../src/analyzers/us-them/document.js';
import { adversaryOf, vocabulary } from '../src/analyzers/us-them/vocabulary.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { Tagger } from '../src/nlp/tagger.js';
import { castGermany } from './helpers/cast-germany.js';

const scored = (text: string): Finding[] =>
  analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.device === 'us_them' && f.scored);
/** The rule findings (not the learned model's) of the sentence that starts with `opening`. */
const inSentence = (text: string, opening: string): Finding[] => {
  const at = text.indexOf(opening);
  return scored(text).filter((f) => f.start >= at && f.start < at + opening.length + 80 && f.rule !== 'us-them-learned');
};

const plainAct = 'Last night German submarines sank two merchant ships off the coast.';

test('the names of one adversary lead to it: state, people, forces and regime', (t) => {
  const v = vocabulary(loadLexicons());
  for (const name of ['Germany', 'the Germans', 'German forces', 'Nazi regime', "Germany's"]) t.is(adversaryOf(v, name)?.id, 'adversary-germany', name);
  t.is(adversaryOf(v, 'the Soviets')?.id, 'adversary-soviet-union');
  t.is(adversaryOf(v, 'Kremlin leaders')?.id, 'adversary-soviet-union');
  t.is(adversaryOf(v, 'the German people'), undefined);
  t.is(adversaryOf(v, 'Ruritania'), undefined);
});

test("an established enemy's plain act of war is flagged, under another of its names", (t) => {
  const text = `${castGermany} ${plainAct}`;
  const found = inSentence(text, plainAct);
  t.deepEqual(found.map((f) => [f.rule, f.quote, f.label]), [['them-established-enemy', 'German submarines', 'Germany']]);
  // The agent after "by" counts too.
  const passive = `${castGermany} Two merchant ships were sunk last night by the Germans.`;
  t.deepEqual(inSentence(passive, 'Two merchant ships').map((f) => f.rule), ['them-established-enemy']);
});

test('the same plain act is not flagged when the text never cast its agent, or cast it only once', (t) => {
  t.deepEqual(inSentence(`The harvest was good this year. ${plainAct}`, plainAct), []);
  t.deepEqual(inSentence(`Germany invaded Poland, in violation of every treaty. The harvest was good this year. ${plainAct}`, plainAct), []);
});

test('an established enemy acted upon, described, or agreeing as a partner is not flagged', (t) => {
  // (An enemy named as the in-group's objective, "Our armies drove deep into Germany.", is flagged since session 32 by
  // `them-established-enemy-named`: see test/us-them-enemy-named.test.ts.)
  for (const sentence of ['Germany was defeated at last.', 'Germany is a large country.', 'Germany signed the treaty of peace.']) {
    t.deepEqual(inSentence(`${castGermany} ${sentence}`, sentence), [], sentence);
  }
});

test('an ally under its several names is not flagged, though it is named beside the enemy', (t) => {
  const text =
    'We and the British stand together against the treacherous Nazis. Our allies, the British, fight on against the brutal Nazi regime. ' +
    'Together with Britain we will destroy the Nazi tyranny. The harvest was good this year. British forces attacked the port at dawn. The British fleet sailed on Monday.';
  t.deepEqual(inSentence(text, 'British forces attacked'), []);
  t.deepEqual(inSentence(text, 'The British fleet sailed'), []);
});

test('a state the text cast and then names as our ally, more often than it cast it, is no established enemy', (t) => {
  const cast = 'Italy invaded Ethiopia, in violation of every treaty. Italy bombed the villages without warning. The harvest was good this year. ';
  const act = 'Italian forces attacked the port at dawn.';
  t.deepEqual(inSentence(cast + act, act).map((f) => f.rule), ['them-established-enemy']);
  const allied = cast + 'Italy is now our ally. Our allies, the Italians, fight at our side. Together with Italy we hold the line. ' + act;
  t.deepEqual(inSentence(allied, act), []);
});

test('the document pass counts the names of one adversary together: hostile mentions under two names make it an adversary', (t) => {
  const learnedOf = (text: string) => analyzeDocument({ document: parse(text), lexicons: loadLexicons(), tagger: new Tagger() }).learned;
  const text =
    'Germany invaded Poland, in violation of every treaty. The weather was mild. The Germans invaded Norway, in violation of every treaty. ' +
    'The river rose in spring. Germany invaded Denmark without warning. Germany held elections in March. The harvest was late. The Germans held a census in May.';
  // Germany is hostile in two sentences, the Germans in one: three together, as one adversary.
  const learned = learnedOf(text);
  t.deepEqual(learned.get('Germany'), { hostile: 3, total: 5, adversary: true });
  t.is(learned.get('the Germans')?.adversary, true);
  // So a plain later mention under either name counts.
  t.true(inSentence(text, 'The Germans held a census').some((f) => f.rule === 'them-learned-adversary'));
  // Without the third hostile sentence there is no adversary (the same sentences with Denmark's invasion left out).
  const fewer = text.replace('Germany invaded Denmark without warning. ', '');
  t.not(learnedOf(fewer).get('Germany')?.adversary, true);
});
