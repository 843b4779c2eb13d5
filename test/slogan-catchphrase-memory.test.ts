// The catchphrase pass keeps the occurrences of an n-gram only when it may stand twice where it is emphatic: keeping every
// n-gram of a text held most of the memory of a whole analysis at its peak. Counted as map entries the slogan pass makes.

import test from 'ava';
import { analyze, parse } from '../src/analyze.js';
import { slogan } from '../src/analyzers/slogan.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { Tagger } from '../src/nlp/tagger.js';

/** How many entries under a string key `run` puts into maps (Map.prototype.set), and what it returns. */
function stringKeyedSets<T>(run: () => T): { sets: number; value: T } {
  const set = Map.prototype.set;
  let sets = 0;
  Map.prototype.set = function (this: Map<unknown, unknown>, key: unknown, value: unknown) {
    if (typeof key === 'string') sets++;
    return set.call(this, key, value);
  };
  try {
    const value = run();
    return { sets, value };
  } finally {
    Map.prototype.set = set;
  }
}

/** The slogan pass over the whole text (prepare), with the map entries it makes counted. */
function sloganPass(text: string) {
  const context = { document: parse(text), lexicons: loadLexicons(), tagger: new Tagger(), findingsOf: () => [] };
  slogan.prepare!(context);
  return stringKeyedSets(() => slogan.prepare!(context));
}

test('long plain sentences, none of them emphatic, leave the catchphrase pass nothing to keep', (t) => {
  const plain = Array.from({ length: 200 }, (_, i) => `The committee of district number ${i + 1} reviewed the annual budget report and approved the new school lunch program after a long debate.`).join(' ');
  // Their n-grams a motto could be made of, all kept, were 2,223 map entries.
  const { sets } = sloganPass(plain);
  t.true(sets < 100, `${sets} map entries`);
});

test('a motto said twice where it is emphatic is kept with its plain occurrence, which makes the third', (t) => {
  const text =
    '# Speech\n\n## Jobs\n\nWe will win the future.\n\nFactories are reopening.\n\n## Schools\n\nEducation is how we win the future.\n\n## Roads\n\n' +
    'And in the long years ahead of us, with the work of every town and every school and every road, that is how we will win the future, as our parents did.';
  const found = analyze(text, { devices: ['slogan'] }).findings.filter((f) => f.rule === 'slogan-repeated-catchphrase');
  // The two short sentences carry the motto; the long one, where it is not emphatic, is the third sentence it needs.
  t.deepEqual(found.map((f) => [f.quote, f.sentence]), [['win the future', 2], ['win the future', 5]]);
  t.deepEqual(analyze(text.slice(0, text.indexOf('And in the long')), { devices: ['slogan'] }).findings.filter((f) => f.rule === 'slogan-repeated-catchphrase'), []);
});
