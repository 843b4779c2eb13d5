// Us/them: the enemy a dated text is at war with. A text dated in (or a year after) one of an adversary's wars with the
// United States (the `wars` of lexicons/us-them-adversary-names.json) has it as its enemy from the first sentence, so
// `them-established-enemy` and its target and pronoun forms apply to it without the text casting it first. All sentences
// here were written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';
import type { Finding } from '../src/analyzers/types.js';
import { atWarIn, warYears } from '../src/analyzers/us-them/adversary-names.js';
import { adversaryOf, vocabulary } from '../src/analyzers/us-them/vocabulary.js';
import { loadLexicons } from '../src/lexicon/load.js';

/** The rule findings (not the learned model's) of the sentence that starts with `opening`, in a text of `year` (or undated). */
const inSentence = (text: string, opening: string, year?: number): Finding[] => {
  const at = text.indexOf(opening);
  return analyze(text, { devices: ['us_them'], format: 'markdown', ...(year !== undefined ? { year } : {}) })
    .findings.filter((f) => f.device === 'us_them' && f.scored && f.rule !== 'us-them-learned' && f.start >= at && f.start < at + opening.length);
};

// A text that never casts Japan by a hostile word, then reports what it does and what is done to it.
const opening = 'The harvest was good this year. The new roads are open in three states. ';
const act = 'Japanese forces moved south along the coast last week.';
const target = 'Our fleets are closing in on Japan from the east and the south.';

test('the war periods are read and matched with a year and a year after', (t) => {
  const v = vocabulary(loadLexicons());
  const germany = adversaryOf(v, 'Germany')!;
  t.is(warYears(germany.wars), '1917–1918 and 1941–1945');
  t.is(atWarIn(germany, 1943, 1).length, 1);
  t.is(atWarIn(germany, 1946, 1).length, 1);
  t.is(atWarIn(germany, 1947, 1).length, 0);
  t.is(atWarIn(germany, 1930, 1).length, 0);
  t.is(atWarIn(germany, undefined, 1).length, 0);
  // A war still going on has no end year, and its years read as English after "in" ("in 2001 onwards" did not).
  t.is(atWarIn(adversaryOf(v, 'al Qaeda')!, 2030, 1).length, 1);
  t.is(warYears(adversaryOf(v, 'al Qaeda')!.wars), '2001 and the years after');
  t.is(warYears(adversaryOf(v, 'Spain')!.wars), '1898');
  // Iran and Cuba were never at war with the United States.
  t.deepEqual(adversaryOf(v, 'Iran')!.wars, []);
});

test("in a text of the war years the enemy's plain act is flagged from the start, with the war in its explanation", (t) => {
  const found = inSentence(opening + act, act, 1943);
  t.deepEqual(found.map((f) => [f.rule, f.quote, f.label]), [['them-established-enemy', 'Japanese forces', 'Japan']]);
  t.regex(found[0].explanation, /Japan was at war with the United States in 1941–1945, and this text is from 1943, so Japan is its enemy from the first sentence/u);
  // A year after the war's end still counts (an annual message looking back on it).
  t.is(inSentence(opening + act, act, 1946).length, 1);
});

test('the same sentence in a text of peace, two years after the war, or undated is not flagged', (t) => {
  for (const year of [1935, 1947, undefined]) t.deepEqual(inSentence(opening + act, act, year), [], String(year));
});

test('the enemy of history as the target of a hostile act, and only in the war years', (t) => {
  t.deepEqual(inSentence(opening + target, target, 1944).map((f) => [f.rule, f.quote]), [['them-established-enemy-target', 'Japan']]);
  t.deepEqual(inSentence(opening + target, target, 1950), []);
  t.deepEqual(inSentence(opening + target, target), []);
});

test('a place, a people as victims, a partner, a demand and a passive are not flagged even in the war years', (t) => {
  for (const sentence of [
    'Our soldiers landed in Japan and in Korea.',
    'The German people have suffered greatly under the bombing.',
    'Germany signed the armistice at dawn.',
    'Germany must accept the terms we have set.',
    'Germany was defeated at last.',
  ]) {
    t.deepEqual(inSentence(opening + sentence, sentence, 1945), [], sentence);
  }
});

test('the agent after "by" counts only of a hostile act', (t) => {
  const attack = 'The port was bombed again by Japan on Sunday.';
  t.deepEqual(inSentence(opening + attack, attack, 1942).map((f) => f.rule), ['them-established-enemy']);
  const payment = 'The sum was paid in full by Japan on Sunday.';
  t.deepEqual(inSentence(opening + payment, payment, 1942), []);
});

test('a sentence that tells of a time long before the text is about the enemy of then', (t) => {
  const then = 'Thirty years ago the German Government received many letters from its friends here.';
  t.deepEqual(inSentence(opening + then, then, 1942), []);
  // The same sentence without the look back is about the enemy of now.
  const now = 'The German Government received many letters from its friends here.';
  t.deepEqual(inSentence(opening + now, now, 1942).map((f) => f.rule), ['them-established-enemy']);
});

test('a state of the past ("the former Soviet Union") is no enemy of the year after', (t) => {
  const sentence = 'The former Soviet Union has cut its forces by half.';
  t.deepEqual(inSentence(opening + sentence, sentence, 1992), []);
  const cold = 'The Soviet Union has doubled its forces in the north.';
  t.deepEqual(inSentence(opening + cold, cold, 1962).map((f) => f.rule), ['them-established-enemy']);
});

test('the Cold War adversary is named as such in the explanation, not as a state at war', (t) => {
  const cold = 'The Soviet Union has doubled its forces in the north.';
  const [found] = inSentence(opening + cold, cold, 1962);
  t.regex(found.explanation, /the Soviet Union was the declared adversary of the United States \(the Cold War\) in 1947–1991, and this text is from 1962/u);
});

test('in a text of the Cold War the Communists are the declared adversary; in a text of today they are not', (t) => {
  const act = 'The Communists have closed every road into the valley and ring it with their guns.';
  t.true(inSentence(opening + act, act, 1955).some((f) => f.rule === 'them-established-enemy' && f.label === 'the Communist bloc'));
  t.deepEqual(inSentence(opening + act, act, 2006), []);
});
