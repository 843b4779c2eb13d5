// Property: analyze() never throws on random documents, and every result keeps its invariants (spans, quotes, sections, score ranges).

import test from 'ava';
import fc from 'fast-check';
import { analyze } from '../src/index.js';
import { assertProperty, documentArbitrary, optionsArbitrary, seedFor } from './property-generators.js';
import { resultProblems } from './property-invariants.js';

/** Analyzes and throws with every broken invariant, so fast-check shrinks to a small failing text. */
function check(text: string, options: Parameters<typeof analyze>[1] = {}): void {
  const result = analyze(text, options);
  const problems = resultProblems(text, result);
  if (problems.length) throw new Error(problems.join('\n'));
}

test('short random documents: analyze never throws and every invariant holds', (t) => {
  assertProperty(t, fc.property(documentArbitrary(60), (text) => check(text)), { numRuns: 300, seed: seedFor(1) });
});

test('random documents with random section sizes and formats', (t) => {
  assertProperty(t, fc.property(documentArbitrary(150), optionsArbitrary, (text, options) => check(text, options)), { numRuns: 250, seed: seedFor(2) });
});

test('longer random documents (many sections and findings)', (t) => {
  assertProperty(t, fc.property(documentArbitrary(800), optionsArbitrary, (text, options) => check(text, options)), { numRuns: 60, seed: seedFor(3) });
});

test('degenerate texts through the library: empty, white space only, no words', (t) => {
  for (const text of ['', ' ', '\n\n\n', '\r\r', '\u200b', '\ufeff', '!', '#', '# ', '---\n---\n', '<!--', '<!-- x -->', '|', '\u0000', '\ud800']) {
    t.notThrows(() => check(text), JSON.stringify(text));
  }
});
