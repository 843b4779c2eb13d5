// The us/them document pass does work in proportion to the text: counted as the elements of sets it walks, which grew with
// the square of the text's length where a sentence walked a set of every sentence that cast a name. Counts, not timings.

import test from 'ava';
import { parse } from '../src/analyze.js';
import { analyzeDocument } from '../src/analyzers/us-them/document.js';
import { documentFeatures } from '../src/analyzers/us-them/features.js';
import type { RawFinding } from '../src/analyzers/types.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { Tagger } from '../src/nlp/tagger.js';

/** How many set elements `run` visits (by for…of, spread, values(), keys(), entries() or forEach), and what it returns. */
function setSteps<T>(run: () => T): { steps: number; value: T } {
  const proto = Set.prototype as unknown as Record<PropertyKey, unknown>;
  const names: PropertyKey[] = [Symbol.iterator, 'values', 'keys', 'entries', 'forEach'];
  const saved = names.map((n) => [n, proto[n]] as const);
  let steps = 0;
  const counted = (original: (this: Set<unknown>, ...a: unknown[]) => Iterator<unknown>) =>
    function (this: Set<unknown>, ...a: unknown[]) {
      const it = original.apply(this, a);
      return {
        next: () => {
          const r = it.next();
          if (!r.done) steps++;
          return r;
        },
        [Symbol.iterator]() {
          return this;
        },
      };
    };
  for (const n of [Symbol.iterator, 'values', 'keys', 'entries']) proto[n] = counted(proto[n] as never);
  const forEach = proto.forEach as (this: Set<unknown>, f: (...a: unknown[]) => void) => void;
  proto.forEach = function (this: Set<unknown>, f: (...a: unknown[]) => void, self?: unknown) {
    forEach.call(this, (...a: unknown[]) => {
      steps++;
      f.apply(self, a);
    });
  };
  try {
    const value = run();
    return { steps, value };
  } finally {
    for (const [n, f] of saved) proto[n] = f;
  }
}

test('setSteps counts the elements a walk over a set visits', (t) => {
  const set = new Set([1, 2, 3]);
  t.is(setSteps(() => [...set].length).steps, 3);
  t.is(setSteps(() => [...set].some((i) => i === 1)).steps, 3);
  t.is(setSteps(() => set.has(2)).steps, 0);
  t.deepEqual([...set], [1, 2, 3], 'the set is walked as before once counting ends');
});

/** The features of `n` sentences that each name a state the rules cast as an adversary in every one of them. */
function featuresOfCastName(n: number) {
  const text = Array.from({ length: n }, (_, i) => `Ruritania seized port ${i + 1}.`).join(' ');
  const document = parse(text);
  const findings = new Map<number, RawFinding[]>();
  for (const s of document.sentences) {
    findings.set(s.index, [{ rule: 'them-named-adversary', start: s.start, end: s.start + 'Ruritania'.length, strength: 0.5, explanation: 'test', sentence: s.index, category: 'them', label: 'Ruritania' }]);
  }
  const scans = document.sentences.map(() => ({ mentions: [], cues: [] }));
  return setSteps(() => documentFeatures({ document, lexicons: loadLexicons(), scans, findings, learnedLabels: [] }));
}

test('the learned model\'s features walk no set of every sentence that cast a name, once per sentence naming it', (t) => {
  const small = featuresOfCastName(200);
  const large = featuresOfCastName(400);
  // The features are as before: the name is one the text cast in another sentence.
  t.true(large.value.every((f) => f['text-adversary-named'] === 1));
  // Twice the sentences, at most a little over twice the set elements visited (it was four times: 200 × 200 against 400 × 400).
  t.true(large.steps <= 2.2 * small.steps, `${small.steps} set elements visited for 200 sentences, ${large.steps} for 400`);
});

/**
 * The document pass over `n` paragraphs that each cast Germany once (an invasion without warning) and name it twice in plain
 * reports: every plain report asks how often the text has cast Germany so far.
 */
function documentPassOfCastName(n: number) {
  const text = Array.from({ length: n }, (_, i) => `Germany invaded province ${i + 1} without warning. Germany held a census in May. Germany held a fair in June.`).join('\n\n');
  const document = parse(text);
  return setSteps(() => analyzeDocument({ document, lexicons: loadLexicons(), tagger: new Tagger(), findingsOf: () => [] }));
}

test('the document pass counts the sentences that cast an adversary so far without walking all of them for every sentence naming it', (t) => {
  documentPassOfCastName(2); // Loads the tagger and the lexicons' derived tables first, so neither counts below.
  const small = documentPassOfCastName(100);
  const large = documentPassOfCastName(200);
  // The plain reports are findings as before, once the text has cast Germany twice: all but the first paragraph's two.
  const established = (r: typeof large) => [...r.value.bySentence.values()].flat().filter((f) => f.rule === 'them-established-enemy').length;
  t.is(established(small), 198);
  t.is(established(large), 398);
  t.true(large.steps <= 2.2 * small.steps, `${small.steps} set elements visited for 100 paragraphs, ${large.steps} for 200`);
});
