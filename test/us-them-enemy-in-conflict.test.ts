// Us/them: `them-established-enemy-in-conflict` (an adversary the text has cast, named while the sentence speaks of the
// conflict, though it is neither the one acting nor a target), the treaty an enemy breaks (no partner act), and
// `us-them-critics-claim` with the "they" that goes on about those critics.
// All sentences here were written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';
import type { Finding } from '../src/analyzers/types.js';
import { castGermany } from './helpers/cast-germany.js';

/** The scored rule findings (not the learned model's) of the sentence that starts with `opening`. */
const inSentence = (text: string, opening: string): Finding[] => {
  const r = analyze(text, { devices: ['us_them'], format: 'markdown' });
  const at = text.indexOf(opening);
  const s = r.sentences.find((x) => x.start <= at && at < x.end)!;
  return r.findings.filter((f) => f.device === 'us_them' && f.scored && f.sentence === s.index && f.rule !== 'us-them-learned');
};


test('an established enemy named, not acting, amid words of the conflict is flagged', (t) => {
  for (const sentence of [
    'Our cruisers came to grips at last with the main units of the German fleet.',
    'The sea power of Germany has been broken in the battle of the convoys.',
    'Millions of German troops face another hard winter on the eastern front.',
  ]) {
    const rules = inSentence(`${castGermany} ${sentence}`, sentence).map((f) => f.rule);
    t.true(rules.length > 0, sentence);
    t.true(rules.every((r) => r.startsWith('them-established-enemy')), `${sentence}: ${rules.join(', ')}`);
  }
  const fleet = 'Our cruisers came to grips at last with the main units of the German fleet.';
  t.deepEqual(inSentence(`${castGermany} ${fleet}`, fleet).map((f) => [f.rule, f.label]), [['them-established-enemy-in-conflict', 'Germany']]);
});

test('the same names in passing, in talks, in a denied act, in the passive or with no word of the conflict near them are not flagged by this rule', (t) => {
  for (const sentence of [
    'Our troops in Italy have been fighting in the mud for a month.',
    'The casualties of the war with Germany are listed in the report of the Secretary.',
    'Our envoys discussed the exchange of prisoners of war with Germany.',
    'We seek no reprisals against the German people after the war.',
    'The German poets were read in every school of the valley.',
    'Germany was defeated at last, and the war is over.',
    'The German band that played in the square last summer has come back, though the war goes on in the east.',
  ]) {
    const rules = inSentence(`${castGermany} ${sentence}`, sentence).map((f) => f.rule);
    t.false(rules.includes('them-established-enemy-in-conflict'), `${sentence}: ${rules.join(', ')}`);
  }
});

test('a state the text never cast is not flagged when it is named beside the war', (t) => {
  const sentence = 'Our cruisers came to grips at last with the main units of the German fleet.';
  t.deepEqual(inSentence(`The harvest was good this year. ${sentence}`, sentence).map((f) => f.rule), []);
});

test('an enemy that breaks a treaty acts against us: the treaty makes no partner of it', (t) => {
  const sentence = 'The outrages committed by Germany and her disregard of solemn treaties gave ample cause of war.';
  t.deepEqual(inSentence(`${castGermany} ${sentence}`, sentence).map((f) => f.rule), ['them-established-enemy']);
  const signed = 'The treaties signed by Germany last spring were published.';
  t.deepEqual(inSentence(`${castGermany} ${signed}`, signed), []);
});

test('critics who "say", "contend" or "will tell you" are a camp, and "they" after them goes on about it', (t) => {
  const text = 'The paper is ready for the council. The professional commentators will tell you this is all nostalgia. They will say the valley has moved on.';
  t.deepEqual(inSentence(text, 'The professional').map((f) => f.rule), ['us-them-critics-claim']);
  t.deepEqual(inSentence(text, 'They will say').map((f) => f.rule), ['us-them-anaphora']);
  t.deepEqual(inSentence('Its opponents contended that the bill gave too much power to the county.', 'Its opponents'), []);
});

test('coercing, subduing or repelling an established enemy makes it the target', (t) => {
  for (const sentence of ['Our blockade is the surest means of coercing Germany to accept just terms.', 'The militia was raised to repel the Germans from the coast.']) {
    t.deepEqual(inSentence(`${castGermany} ${sentence}`, sentence).map((f) => f.rule), ['them-established-enemy-target'], sentence);
  }
});
