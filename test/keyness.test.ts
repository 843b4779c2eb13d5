// Keyness: Dunning's G² and log ratio against values computed by hand (the arithmetic is in the comments), counting, stop words, thresholds.

import test from 'ava';
import { countTerms, foldAccents, keyTerms, keynessEachAgainstRest, logLikelihood, logRatio, mergeTables } from '../src/compare/keyness.js';

/** Sentence spans of a text split at ". " (enough for these hand-made texts). */
function sentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '.') {
      spans.push({ start, end: i + 1 });
      start = i + 2;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

const close = (t: { true: (v: boolean, m?: string) => void }, actual: number, expected: number, eps = 1e-4) =>
  t.true(Math.abs(actual - expected) < eps, `${actual} should be ${expected}`);

test('G² of a term seen 4 times in 10 words and 2 times in 20', (t) => {
  // a=4, b=2, c=10, d=20. E1 = c(a+b)/(c+d) = 10·6/30 = 2; E2 = d(a+b)/(c+d) = 20·6/30 = 4.
  // G² = 2(a·ln(a/E1) + b·ln(b/E2)) = 2(4·ln(4/2) + 2·ln(2/4)) = 2(4·ln2 − 2·ln2) = 4·ln2 = 4 × 0.693147 = 2.772589.
  close(t, logLikelihood(4, 2, 10, 20), 2.772589);
  // Log ratio = log2((a/c)/(b/d)) = log2(0.4/0.1) = log2(4) = 2.
  close(t, logRatio(4, 2, 10, 20), 2);
});

test('G² with a zero count in the reference, and the 0.5 log-ratio correction', (t) => {
  // a=3, b=0, c=10, d=20. E1 = 10·3/30 = 1; E2 = 20·3/30 = 2. The b term is 0·ln 0 = 0.
  // G² = 2(3·ln(3/1) + 0) = 6·ln3 = 6 × 1.098612 = 6.591674.
  close(t, logLikelihood(3, 0, 10, 20), 6.591674);
  // b = 0 counts as 0.5: log2((3/10)/(0.5/20)) = log2(0.3/0.025) = log2(12) = 3.584963.
  close(t, logRatio(3, 0, 10, 20), 3.584963);
});

test('G² is symmetric in the two sides and zero when the relative frequencies are equal', (t) => {
  close(t, logLikelihood(2, 4, 10, 20), 0);
  close(t, logLikelihood(4, 2, 10, 20), logLikelihood(2, 4, 20, 10));
  t.is(logLikelihood(0, 0, 10, 20), 0);
  t.is(logLikelihood(1, 1, 0, 20), 0);
});

// Target: 10 words in one sentence: cat×4, dog, bird, fish, cow, pig, hen.
const TARGET = 'Cat cat cat cat dog bird fish cow pig hen.';
// Reference: 20 words in one sentence: cat×2, dog×4, bird×4, fish×4, cow×4, pig×2.
const REFERENCE = 'Cat cat dog dog dog dog bird bird bird bird fish fish fish fish cow cow cow cow pig pig.';

test('countTerms counts lower-cased words and adjacent pairs within a sentence', (t) => {
  const f = countTerms(TARGET, sentences(TARGET));
  t.is(f.words.total, 10);
  t.is(f.words.counts.get('cat'), 4);
  t.is(f.pairs.total, 9);
  t.is(f.pairs.counts.get('cat cat'), 3);
  const split = 'The cat. Dog 1999 days, ran.';
  const g = countTerms(split, sentences(split));
  t.is(g.pairs.counts.get('cat dog'), undefined, 'no pair across a sentence end');
  t.is(g.words.counts.get('1999'), undefined, 'numbers are not words for keyness');
  t.is(g.pairs.counts.get('dog days'), undefined, 'a number breaks a pair');
  t.is(g.pairs.counts.get('days ran'), undefined, 'a comma breaks a pair');
  t.is(g.words.total, 5);
});

test('accents are folded when counting: both spellings of a word count as one, shown as the text spells it most', (t) => {
  t.is(foldAccents('chávez'), 'chavez');
  t.is(foldAccents('régime'), 'regime');
  t.is(foldAccents('cafe\u0301'), 'cafe', 'a combining accent as well as a precomposed one');
  t.is(foldAccents('freedom'), 'freedom');
  const text = 'Chávez won. Chavez spoke. Chávez left. Viva Chávez.';
  const f = countTerms(text, sentences(text));
  t.is(f.words.counts.get('chavez'), 4);
  t.is(f.words.counts.get('chávez'), undefined);
  t.is(f.pairs.counts.get('viva chavez'), 1);
  const reference = 'Chavez and Chavez. The others spoke, and the others left; and so on and on.';
  const r = countTerms(reference, sentences(reference));
  const key = keyTerms(f.words, r.words, 'word', { minFrequency: 1, minG2: 0 });
  const chavez = key.find((k) => k.term === 'chávez');
  t.truthy(chavez, 'listed in the spelling the text uses most (3 of 4)');
  t.is(chavez?.count, 4);
  t.is(chavez?.referenceCount, 2, 'the reference spells it without the accent and still counts');
  const pairs = keyTerms(f.pairs, r.pairs, 'pair', { minFrequency: 1, minG2: 0 });
  t.truthy(pairs.find((k) => k.term === 'viva chávez'));
  const plain = 'Chavez won. Chávez left.';
  t.deepEqual(keyTerms(countTerms(plain, sentences(plain)).words, r.words, 'word', { minFrequency: 1, minG2: 0 }).map((k) => k.term).filter((w) => w.startsWith('ch')), ['chávez'], 'a tie is shown accented');
});

test('keyTerms lists only over-used terms, ordered by G², with hand-computed values', (t) => {
  const a = countTerms(TARGET, sentences(TARGET));
  const b = countTerms(REFERENCE, sentences(REFERENCE));
  const words = keyTerms(a.words, b.words, 'word', { minFrequency: 1, minG2: 0 });
  // cat: a=4, b=2, c=10, d=20 → G² = 4·ln2 = 2.772589 (first test).
  // hen: a=1, b=0 → E1 = 10·1/30 = 1/3, G² = 2·1·ln(1/(1/3)) = 2·ln3 = 2.197225; log ratio log2((1/10)/(0.5/20)) = log2(4) = 2.
  // dog, bird, fish, cow: 1/10 = 0.1 < 4/20 = 0.2 (under-used); pig: 1/10 = 2/20 (equal): none is listed.
  t.deepEqual(words.map((w) => w.term), ['cat', 'hen']);
  close(t, words[0].g2, 2.772589, 1e-3);
  close(t, words[0].logRatio, 2, 1e-3);
  t.is(words[0].per1000, 400);
  t.is(words[0].referencePer1000, 100);
  close(t, words[1].g2, 2.197225, 1e-3);
  close(t, words[1].logRatio, 2, 1e-3);
  // Pairs: "cat cat" 3 of 9 pairs in the target, 1 of 19 in the reference. E1 = 9·4/28 = 9/7, E2 = 19·4/28 = 19/7.
  // G² = 2(3·ln(3·7/9) + 1·ln(7/19)) = 2(3 × 0.847298 − 0.998529) = 2 × 1.543365 = 3.086730.
  const pairs = keyTerms(a.pairs, b.pairs, 'pair', { minFrequency: 1, minG2: 0 });
  t.is(pairs[0].term, 'cat cat');
  close(t, pairs[0].g2, 3.08673, 1e-3);
});

test('minimum frequency, G² threshold, stop words and limit filter the list', (t) => {
  const a = countTerms(TARGET, sentences(TARGET));
  const b = countTerms(REFERENCE, sentences(REFERENCE));
  t.deepEqual(keyTerms(a.words, b.words, 'word', { minFrequency: 2, minG2: 0 }).map((w) => w.term), ['cat'], 'hen occurs once');
  t.deepEqual(keyTerms(a.words, b.words, 'word', { minFrequency: 1, minG2: 2.5 }).map((w) => w.term), ['cat'], 'hen has G² 2.20 < 2.5');
  t.deepEqual(keyTerms(a.words, b.words, 'word', { minFrequency: 1, minG2: 3.84 }), [], 'nothing reaches p < 0.05');
  t.deepEqual(keyTerms(a.words, b.words, 'word', { minFrequency: 1, minG2: 0, stopWords: new Set(['cat']) }).map((w) => w.term), ['hen']);
  t.deepEqual(keyTerms(a.pairs, b.pairs, 'pair', { minFrequency: 1, minG2: 0, stopWords: new Set(['cat']) }).map((w) => w.term).includes('cat cat'), false, 'a pair with a stop word is left out');
  t.is(keyTerms(a.words, b.words, 'word', { minFrequency: 1, minG2: 0, limit: 1 }).length, 1);
});

test('each text against the rest merges the other texts into one reference', (t) => {
  const texts = [TARGET, REFERENCE, 'Hen hen hen owl owl owl owl.'].map((s) => countTerms(s, sentences(s)));
  const merged = mergeTables([texts[1].words, texts[2].words]);
  t.is(merged.total, 27);
  t.is(merged.counts.get('hen'), 3);
  const keys = keynessEachAgainstRest(texts, { minFrequency: 3, minG2: 3.84 });
  t.is(keys.length, 3);
  // owl: 4 of 7 words in the third text, 0 of 30 elsewhere. E1 = 7·4/37 = 0.756757; G² = 2·4·ln(4/0.756757) = 8 × 1.665008 = 13.320.
  t.is(keys[2].words[0].term, 'owl');
  close(t, keys[2].words[0].g2, 13.32, 1e-2);
});

/** A Map that counts how often it is read whole (iterated), as merging it into a reference does. */
class CountedMap<K, V> extends Map<K, V> {
  walks = 0;
  override [Symbol.iterator](): MapIterator<[K, V]> {
    this.walks++;
    return super[Symbol.iterator]();
  }
}

test('each text against the rest: the same key terms as merging the others for each text, with each text read a fixed number of times', (t) => {
  // Twelve invented texts over a small shared vocabulary, each leaning on a word of its own.
  const vocabulary = ['river', 'mill', 'bread', 'union', 'harbour', 'lamp', 'field', 'song', 'wheel', 'stone', 'bridge', 'market'];
  const texts = vocabulary.map((own, i) => {
    const words = Array.from({ length: 60 }, (_, k) => (k % (3 + (i % 4)) === 0 ? own : vocabulary[(k * 7 + i) % vocabulary.length]));
    const text = `${words.join(' ')}.`;
    return countTerms(text, sentences(text));
  });
  const options = { minFrequency: 2, minG2: 0, limit: 1000 };
  const expected = texts.map((own, i) => {
    const others = texts.filter((_, j) => j !== i);
    return { words: keyTerms(own.words, mergeTables(others.map((o) => o.words)), 'word', options), pairs: keyTerms(own.pairs, mergeTables(others.map((o) => o.pairs)), 'pair', options) };
  });
  t.true(expected.every((e) => e.words.length > 0 && e.pairs.length > 0));
  // The same tables, each counting how often it is walked through.
  const counted = texts.map((f) => ({ words: { ...f.words, counts: new CountedMap(f.words.counts) }, pairs: { ...f.pairs, counts: new CountedMap(f.pairs.counts) } }));
  t.deepEqual(keynessEachAgainstRest(counted, options), expected);
  // Adding up the other eleven for each text walked through every table twelve times; the time grew with the square of the texts.
  const walks = counted.flatMap((f) => [f.words.counts.walks, f.pairs.counts.walks]);
  t.true(walks.every((n) => n <= 2), `walks per table: ${walks.join(', ')}`);
});
