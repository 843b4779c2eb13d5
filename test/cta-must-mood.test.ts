// A "must" that urges nothing: one coordinated after a negated past or supposed modal ("could levy no tolls …, but must remain
// idle") and one of feeling ("must always rejoice"). All sentences written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';

/** The sentence in a neutral frame, so the first line is not taken for a title. */
const frame = (sentence: string) => `The meeting went on for hours.\n\n${sentence}\n\nThen everyone went home.`;
const calls = (sentence: string) =>
  analyze(frame(sentence), { devices: ['call_to_action'] })
    .findings.filter((f) => f.device === 'call_to_action')
    .map((f) => f.rule);

const notCalls: [string, string][] = [
  ['Were we to wall off the valley, we could levy no tolls upon the millers, or press them in any way, but must remain idle and await the flood.', 'what would have to be, after "could … no"'],
  ['In the old charter a toll could never be the whim of one man, but must be voted by the whole guild.', 'what had to be, after "could never"'],
  ['We can never be indifferent to the fate of the river towns, and must always rejoice in their good harvests.', 'a feeling, coordinated'],
  ['We must deeply deplore the burning of the granary.', 'a feeling, with "we must"'],
];

for (const [sentence, why] of notCalls) {
  test(`no call: ${why}`, (t) => {
    t.deepEqual(calls(sentence), [], sentence);
  });
}

const stillCalls: [string, string[]][] = [
  ['We cannot stop the river, but must mend the levee now.', ['cta-must-act']],
  ['We could wait for the river to rise, but must mend the levee now.', ['cta-must-act']],
  ['We must mend the levee before the rains.', ['cta-we-must']],
];

for (const [sentence, rules] of stillCalls) {
  test(`still a call: ${sentence}`, (t) => {
    t.deepEqual(calls(sentence), rules);
  });
}
