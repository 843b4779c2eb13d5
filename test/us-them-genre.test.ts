// Us/them, genre round: constructions of modern commentary (populist column, left op-ed, liberal editorial) that the
// speeches lacked. Every sentence here was written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';
import type { Finding } from '../src/analyzers/types.js';

/** The scored rule findings (not the learned model's) of the sentence that starts with `opening`. */
const inSentence = (text: string, opening: string): Finding[] => {
  const at = text.indexOf(opening);
  return analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter(
    (f) => f.device === 'us_them' && f.scored && f.rule !== 'us-them-learned' && f.start >= at && f.start < at + opening.length,
  );
};

const named = 'The establishment protected itself while the mills closed.';

test('"they" goes on about the out-group across one short sentence that names no group of its own', (t) => {
  const text = `${named} The word was "progress." They said it with a smile at every dinner.`;
  const found = inSentence(text, 'They said it');
  t.deepEqual(found.map((f) => f.rule), ['us-them-anaphora']);
  t.is(found[0].quote, 'They');
});

test('…but not when the sentence between names a group of its own', (t) => {
  const text = `${named} The workers of the valley stayed silent. They said it with a smile at every dinner.`;
  t.deepEqual(inSentence(text, 'They said it'), []);
});

test('…nor when the sentence between is long', (t) => {
  const text = `${named} The word that was printed on every poster in the market square that spring was "progress." They said it with a smile at every dinner.`;
  t.deepEqual(inSentence(text, 'They said it'), []);
});

test('…nor two short sentences later', (t) => {
  const text = `${named} The word was "progress." It was everywhere. They said it with a smile at every dinner.`;
  t.deepEqual(inSentence(text, 'They said it'), []);
});

test('the in-group\'s answer to the out-group keeps it as what "they" means', (t) => {
  const text = `${named} We will not be ignored any longer. We will not be bullied. They decide what is good for us.`;
  t.deepEqual(inSentence(text, 'They decide').map((f) => f.rule), ['us-them-contrast']);
});

test('…but plain sentences about "we" between do not, three sentences on', (t) => {
  const text = `${named} We met in the hall on Tuesday. We voted to strike. They decide what is good for us.`;
  t.deepEqual(inSentence(text, 'They decide'), []);
});

test('in a text spoken from the union\'s side the employer is the other side, and "they" after it means it', (t) => {
  const union = 'Brothers and sisters, thank you for coming. In March the owners sat across the table from us. They asked for a freeze. Our shop stewards said no.';
  t.deepEqual(inSentence(union, 'In March the owners sat across the table from us').map((f) => f.rule), ['us-them-contrast', 'us-them-contrast']);
  t.deepEqual(inSentence(union, 'They asked').map((f) => f.rule), ['us-them-anaphora']);
  // The explanation says why the employer is "them" here: the text speaks from the union's side.
  t.regex(inSentence(union, 'In March the owners sat across the table from us').find((f) => f.quote === 'the owners')!.explanation, /speaks from the union's side/);
});

test('…but not in a text with one mark of the union\'s side, nor where "our union" is the nation', (t) => {
  const once = 'Brothers and sisters, thank you for coming. In March the owners sat across the table from us. They asked for a freeze.';
  t.deepEqual(inSentence(once, 'In March the owners sat across the table from us'), []);
  const nation = 'The state of our union is strong. Brothers and sisters of the armed forces, we thank you. In March the owners sat across the table from us.';
  t.deepEqual(inSentence(nation, 'In March the owners sat across the table from us'), []);
});

test('"the establishment" counts as an acting subject, not as the act of establishing or an institution after a preposition', (t) => {
  t.deepEqual(inSentence(named, named).map((f) => f.rule), ['them-establishment-acts']);
  const institution = 'The officers of the establishment have kept its books in good order.';
  t.deepEqual(inSentence(institution, institution), []);
});

test('a clause-level "either …, or …" sets the in-group against an out-group; a list after "either" does not', (t) => {
  const choice = 'Either the workers hold the yards, or the bosses will sell them off.';
  t.true(inSentence(choice, choice).some((f) => f.rule === 'us-them-contrast'));
  const list = 'Either the workers or the bosses will chair the harbour board next year.';
  t.deepEqual(inSentence(list, list), []);
});

test('"imperialism" as the subject of a verb of will names an adversary; as a topic of history it does not', (t) => {
  const actor = 'Imperialism needs cheap copper and a quiet harbour.';
  t.deepEqual(inSentence(actor, actor).map((f) => f.rule), ['them-imperialism-acts']);
  const analysis = 'The age of imperialism ended with the second war.';
  t.deepEqual(inSentence(analysis, analysis), []);
});

test('a title before a name the tagger does not know opens a named actor ("Minister Stane"); a neutral mention casts nothing', (t) => {
  const cast = 'Minister Stane is a liar who betrayed the harbour towns.';
  t.deepEqual(inSentence(cast, cast).map((f) => f.rule), ['them-named-adversary']);
  const neutral = 'Minister Stane opened the new bridge over the river yesterday.';
  t.deepEqual(inSentence(neutral, neutral), []);
});

test('"They call it …. We call it …": two short sentences on the same verb set the camps side by side, both sentences counted', (t) => {
  const text = 'The council has a plan for the harbour. They call it renewal. We call it eviction.';
  t.deepEqual(inSentence(text, 'They call it').map((f) => [f.rule, f.quote, f.category]), [['us-them-they-then-we', 'They', 'them']]);
  t.deepEqual(inSentence(text, 'We call it').map((f) => [f.rule, f.quote, f.category]), [['us-them-they-then-we', 'We', 'us']]);
});

test('…not with a helper verb, different verbs, a paragraph between, or a long narrative sentence', (t) => {
  for (const text of [
    'They will meet on Monday. We will meet on Tuesday.',
    'They sailed at dawn. We followed at noon.',
    'They call it renewal.\n\nWe call it eviction.',
    'They came down the valley road at first light with carts and boats and every cousin from the coast. We came later.',
  ]) t.deepEqual(analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.scored), [], text);
});
