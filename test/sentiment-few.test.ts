// "few": a quantifier of scarcity negates what it counts ("few people are wicked"); after a determiner it names a group
// ("the privileged few") and negates nothing.

import test from 'ava';
import { analyze } from '../src/analyze.js';

/** The loaded-word finding on `word` in the sentence, as analyze() reports it. */
const findingOn = (sentence: string, word: string) => analyze(sentence, { devices: ['sentiment'] }).findings.find((f) => f.device === 'sentiment' && f.value !== undefined && f.quote.toLowerCase() === word);

const NEGATED: [string, string][] = [
  ['Few people are wicked.', 'wicked'],
  ['Too few cruel men remain.', 'cruel'],
  ['Very few voters were angry.', 'angry'],
  ['Fewer families are sad this winter.', 'sad'],
];

for (const [sentence, word] of NEGATED) {
  test(`"few" negates "${word}" in "${sentence}"`, (t) => {
    t.is(findingOn(sentence, word)?.rule, 'sentiment-negated');
  });
}

const NAMES_A_GROUP: [string, string][] = [
  ['The privileged few are wicked.', 'wicked'],
  ['The few are cruel.', 'cruel'],
  ['These few cruel men remain.', 'cruel'],
  ['Our chosen few were angry.', 'angry'],
  ['The very few who came were cruel.', 'cruel'],
];

for (const [sentence, word] of NAMES_A_GROUP) {
  test(`"few" after a determiner leaves "${word}" alone in "${sentence}"`, (t) => {
    const f = findingOn(sentence, word);
    t.truthy(f, 'the word is loaded');
    t.not(f!.rule, 'sentiment-negated');
    t.true(f!.value! < 0, 'it keeps its negative rating');
  });
}
