// The comparison's summary gives a ratio ("about 4.0 times as much") only while the lowest score is a fair part of the
// highest; over a lowest score near zero it says that the lowest has almost none by comparison.

import test from 'ava';
import { analyze } from '../src/analyze.js';
import { compareInputs, comparisonInputOf, type ComparisonInput } from '../src/compare/model.js';

/** Two texts as the comparison sees them, with the slogan scores given and every other device at 0. */
function slogansAt(high: number, low: number): ComparisonInput[] {
  const base = comparisonInputOf(analyze('The ferry leaves at nine. The timetable is posted at the pier.', { name: 'base.txt' }));
  const zero = Object.fromEntries(Object.keys(base.scores).map((id) => [id, 0]));
  return [
    { ...base, name: 'rally.txt', scores: { ...zero, slogan: high } },
    { ...base, name: 'minutes.txt', scores: { ...zero, slogan: low } },
  ];
}

test('the summary gives a ratio while the lowest score is a fair part of the highest, and says "almost none" below a tenth', (t) => {
  const near = compareInputs(slogansAt(4, 1)).summary;
  t.regex(near, /rally\.txt scores 4\.00 and minutes\.txt 1\.00 \(slogans per 1,000 words\)\. That is about 4\.0 times as much\./);
  // One slogan in 20,000 words against four per 1,000: "80.0 times" would say more about the one slogan than about the texts.
  const far = compareInputs(slogansAt(4, 0.05)).summary;
  t.notRegex(far, /times as much/);
  t.regex(far, /rally\.txt scores 4\.00 and minutes\.txt 0\.05 \(slogans per 1,000 words\)\. minutes\.txt has almost none by comparison: under a tenth as much\./);
  // Shown as 0.00 though above 0: almost none as well, never a ratio in the thousands.
  t.regex(compareInputs(slogansAt(4, 0.001)).summary, /minutes\.txt 0\.00 \(slogans per 1,000 words\)\. minutes\.txt has almost none by comparison/);
  t.regex(compareInputs(slogansAt(4, 0.4)).summary, /That is about 10\.0 times as much\./, 'ten times is still said');
  t.regex(compareInputs(slogansAt(4, 0)).summary, /minutes\.txt has none\./);
});
