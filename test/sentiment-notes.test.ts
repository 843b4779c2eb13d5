// A rated word's explanation quotes the note of its entry in lexicons/sentiment-political.json: the note must be true of
// that word (many entries share a note) and the ratings it cites must be the ones the lists give.

import test from 'ava';
import { createRequire } from 'node:module';
import { analyze } from '../src/analyze.js';
import { loadLexicons } from '../src/lexicon/load.js';

const afinn = createRequire(import.meta.url)('sentiment/languages/en/labels.json') as Record<string, number>;

function explanationOf(sentence: string, word: string): string {
  const f = analyze(sentence, { devices: ['sentiment'] }).findings.find((x) => x.quote.toLowerCase() === word);
  if (!f) throw new Error(`no finding on "${word}" in: ${sentence}`);
  return f.explanation;
}

// Each word with what its explanation said of a neighbour's word or of another kind of word.
const WRONG_NOTES: [string, string, RegExp][] = [
  ['This is an important question for the council.', 'important', /support/i],
  ['Inequality between the valleys has grown.', 'inequality', /violence|coercion/i],
  ['The slums of the river towns are a disgrace.', 'slums', /hostility|deceit|threat/i],
  ['Anarchy spread through the province.', 'anarchy', /hostility|deceit|threat/i],
  ['Segregation divided the schools.', 'segregation', /hostility|deceit|threat/i],
  ['The crises of the last decade taught us much.', 'crises', /hostility|deceit|threat/i],
  ['The despair and desperation of the farmers grew.', 'desperation', /violence|coercion/i],
  ['Bribery in the customs house was exposed.', 'bribery', /violence|coercion/i],
  ['We give our gratitude to the volunteers.', 'gratitude', /core political value/i],
  ['The towns will prosper again.', 'prosper', /core political value/i],
  ['The destitution of the valley shocked the visitors.', 'destitution', /contempt/i],
  ['Imperialism divided the continent.', 'imperialism', /opponents of change/i],
  ['Starvation stalked the villages that winter.', 'starvation', /political violence/i],
  ['The charity of the townspeople kept the mill open.', 'charity', /endurance/i],
  ['Our comrades marched in the rain.', 'comrades', /political value/i],
  // Phrases (lexicons/sentiment-phrases.json).
  ['The Great Depression emptied the mills.', 'great depression', /war, repression or violence/i],
  ['The jobs of the whole valley are at stake.', 'at stake', /hostility/i],
  ['The old temple saw human sacrifice.', 'human sacrifice', /like "slaughter"/i],
];

test('the note a rated word is explained by is true of that word, not of the words it was grouped with', (t) => {
  for (const [sentence, word, wrong] of WRONG_NOTES) t.notRegex(explanationOf(sentence, word), wrong, `${word}: ${explanationOf(sentence, word)}`);
  t.regex(explanationOf('This is an important question for the council.', 'important'), /“important” is rated \+1 .*"important" marks the weight of a matter/);
});

test('a note that cites the rating of another word gives the rating AFINN-165 or this list gives it', (t) => {
  const lexicons = loadLexicons();
  const ours = new Map<string, number>();
  for (const name of ['sentiment-political', 'sentiment-phrases']) {
    for (const e of lexicons.get(name, 'ratings').entries) ours.set(e.term.toLowerCase(), e.value);
  }
  const value = (s: string): number => Number(s.replace('−', '-').replace('+', ''));
  const wrong: string[] = [];
  let cited = 0;
  for (const name of ['sentiment-political', 'sentiment-phrases']) {
    for (const e of lexicons.get(name, 'ratings').entries) {
      for (const m of e.note.matchAll(/AFINN-165 rates ((?:"[^"]+" [−+-]?\d(?:,? (?:and )?)?)+)/g)) {
        for (const [, word, n] of m[1].matchAll(/"([^"]+)" ([−+-]?\d)/g)) {
          cited++;
          if (afinn[word.toLowerCase()] !== value(n)) wrong.push(`${e.id}: AFINN-165 rates "${word}" ${afinn[word.toLowerCase()]}, not ${n}`);
        }
      }
      for (const m of e.note.matchAll(/(?:[Rr]ated like|Our list rates) "([^"]+)"(?: in this list)?,? ([−+-]?\d)( in AFINN-165)?/g)) {
        cited++;
        const [list, rating] = m[3] ? ['AFINN-165', afinn[m[1].toLowerCase()]] : ['this list', ours.get(m[1].toLowerCase())];
        if (rating !== value(m[2])) wrong.push(`${e.id}: ${list} rates "${m[1]}" ${rating}, not ${m[2]}`);
      }
    }
  }
  t.true(cited > 100, `${cited} ratings cited`);
  t.deepEqual(wrong, []);
});
