// Us/them: an adversary's name that is part of another place's name ("the Gulf of Mexico", "New Mexico", "the South China
// Sea") names a body of water or a territory, not the enemy state. All sentences here were written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';

/** The us/them rule findings (not the learned model's) of the sentence that starts with `opening`, in a text of `year`. */
const rulesIn = (text: string, opening: string, year: number): string[] => {
  const r = analyze(text, { devices: ['us_them'], format: 'markdown', year });
  const at = text.indexOf(opening);
  const s = r.sentences.find((x) => x.start <= at && at < x.end)!;
  return r.findings.filter((f) => f.device === 'us_them' && f.scored && f.sentence === s.index && f.rule !== 'us-them-learned').map((f) => f.rule);
};

test('a wartime enemy named in a plain report is flagged, but not inside the name of a sea, a gulf or a territory', (t) => {
  const opening = 'The harvest was good this year. The new roads are open in three states. ';
  // The state itself, in a year of war with it: flagged.
  t.true(rulesIn(`${opening}The promises made by Mexico last spring were never kept.`, 'The promises', 1847).length > 0);
  for (const sentence of [
    'The officers of the squadron in the Gulf of Mexico earned the thanks of the nation.',
    'The settlers of New Mexico have asked for a territorial court.',
    'Our merchant ships cross the South China Sea each month.',
  ]) {
    const year = sentence.includes('China') ? 1951 : 1847;
    t.deepEqual(rulesIn(opening + sentence, sentence.slice(0, 12), year), [], sentence);
  }
});
