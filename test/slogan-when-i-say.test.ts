// Slogan rule `slogan-when-i-say`: a speaker drilling a chant ("When I say hold, you say the line!") and the crowd's
// shouted halves right after it. Sentences written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';
import { ruleCases } from './helpers/rule-cases.js';

ruleCases('slogan-when-i-say', 'slogan', {
  positives: [
    ['the setup on its own', 'When I say union, you say strong!'],
    ['the setup after a colon', 'So let me hear it: when I say fair pay, you say no delay!'],
  ],
  negatives: [
    ['an argument about words', 'When I say that the harbour needs dredging, you say that the council has no money.'],
    ['a longer sentence going on after the answer', 'When I say union, you say strong, and the newspapers say we are a mob.'],
  ],
  negativesGet: 'not this rule',
});

/** The quoted sentences flagged by `slogan-when-i-say` in `text`. */
const drilled = (text: string): string[] =>
  analyze(text, { devices: ['slogan'] })
    .findings.filter((f) => f.rule === 'slogan-when-i-say')
    .map((f) => f.quote);

test('the halves shouted right after the setup are the chant too', (t) => {
  const quotes = drilled('We stay until the ferry runs. When I say open, you say the gates! Open! The gates! Open! The gates!');
  t.deepEqual(quotes, ['When I say open, you say the gates!', 'Open!', 'The gates!', 'Open!', 'The gates!']);
});

test('the chant ends at the first sentence that is not one of its halves', (t) => {
  const quotes = drilled('When I say open, you say the gates! Open! The gates! Thank you all for coming. Open!');
  t.deepEqual(quotes, ['When I say open, you say the gates!', 'Open!', 'The gates!']);
});

test('halves that are not exclaimed are not chanted', (t) => {
  t.deepEqual(drilled('When I say open, you say the gates! Open. The gates.'), ['When I say open, you say the gates!']);
});
