// "little": a quantifier of scarcity negates what it counts ("little hope"); an adjective of size or affection inside a noun phrase does not.

import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { sentimentModel } from '../src/analyzers/sentiment-model.js';
import { textSentiment } from '../src/eval/sentiment-tsv.js';
import { loadLexicons } from '../src/lexicon/load.js';

const lexicons = loadLexicons();

/** The loaded-word finding on `word` in the sentence, as analyze() reports it. */
const findingOn = (sentence: string, word: string) => analyze(sentence, { devices: ['sentiment'] }).findings.find((f) => f.device === 'sentiment' && f.value !== undefined && f.quote.toLowerCase() === word);

const NEGATED: [string, string][] = [
  ['There is little hope.', 'hope'],
  ['There is little reason to cheer.', 'cheer'],
  ['We found little comfort in it.', 'comfort'],
  ['It gave her little comfort.', 'comfort'],
  ['They have precious little hope.', 'hope'],
  ['I trust that little difficulty will be encountered.', 'difficulty'],
  ['He did very little good.', 'good'],
];

for (const [sentence, word] of NEGATED) {
  test(`"little" negates "${word}" in "${sentence}"`, (t) => {
    t.is(findingOn(sentence, word)?.rule, 'sentiment-negated');
  });
}

const IN_NOUN_PHRASE: [string, string][] = [
  ['It is a cosy little oligarchy.', 'oligarchy'],
  ['She was the poor little rich girl.', 'rich'],
  ['Our little town is happy.', 'happy'],
  ['Those little victories matter.', 'victories'],
  ['It was a nice little win for the crooks.', 'win'],
  ['A grubby little war.', 'war'],
  ['Brave little souls win.', 'win'],
];

for (const [sentence, word] of IN_NOUN_PHRASE) {
  test(`"little" in a noun phrase leaves "${word}" alone in "${sentence}"`, (t) => {
    const f = findingOn(sentence, word);
    t.truthy(f, 'the word is loaded');
    t.not(f!.rule, 'sentiment-negated');
  });
}

test('the scarcity reading turns a sentence around; the adjective reading leaves its sign', (t) => {
  t.true(textSentiment(lexicons, 'There is little hope.') < 0);
  t.true(textSentiment(lexicons, 'There is little reason to cheer.') < 0);
  t.true(textSentiment(lexicons, 'It is a cosy little oligarchy.') < 0, 'the oligarchy stays negative');
  t.true(textSentiment(lexicons, 'Our little town is happy.') > 0);
  t.true(textSentiment(lexicons, 'It was a nice little win.') > 0);
  t.true(textSentiment(lexicons, 'Brave little souls win.') > 0, 'an adjective the tagger knows, with no determiner');
});

test('a user lexicon whose notAfter is not a list of words is refused with the file and entry named', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-little-'));
  const entry = { id: 'negator-little', terms: ['little'], factor: -0.5, notAfter: 'the', note: 'Broken.' };
  writeFileSync(join(dir, 'sentiment-modifiers.json'), JSON.stringify({ lexicon: 'sentiment-modifiers', kind: 'modifiers', device: 'sentiment', description: 'override', entries: [entry] }));
  const err = t.throws(() => sentimentModel(loadLexicons([dir])));
  t.regex(err?.message ?? '', /sentiment-modifiers\.json: entry "negator-little": notAfter must be a list of words$/);
});
