// A hard-wrapped text reads as the same text unwrapped: every rule matches across a line break inside a sentence, so the
// findings (rule, span, scored) of a text and of the same text with its single line breaks turned into spaces are the
// same. The speech below was written for this test and wrapped at about forty characters.

import { readFileSync } from 'node:fs';
import test from 'ava';
import { analyze } from '../src/index.js';
import { sharedPath, sharedTest } from './helpers/shared.js';

const WRAPPED = `Fellow citizens, it is our
duty to finish the canal before the
frost. We have
to act now, for the old bridge cost
fifty times as
much as the ferries of the Civil War.
Let us not forget the men who built
the first road; we must carry on what
they began. Those who would sell our
harbour to the highest bidder are
the enemies of this town, and we will
not let them take what is ours.`;

/** The text with each single line break (not a blank line) turned into a space: the same length, the same offsets. */
const unwrap = (text: string): string => text.replace(/([^\n])\n(?=[^\n])/g, '$1 ');

/** The findings of a text as sorted keys; the speech is read as Markdown, so that its short lines are not taken for headings. */
function findingKeys(text: string, year: number, format?: 'markdown'): string[] {
  return analyze(text, { year, ...(format ? { format } : {}) })
    .findings.filter((f) => f.device !== 'sentiment')
    .map((f) => `${f.device} ${f.rule} ${f.start}-${f.end}${f.scored ? '' : ' (listed)'}`)
    .sort();
}

test('a hard-wrapped speech gives the same findings as the same speech unwrapped', (t) => {
  t.not(unwrap(WRAPPED), WRAPPED);
  const wrapped = findingKeys(WRAPPED, 1990, 'markdown');
  t.true(wrapped.some((k) => k.startsWith('call_to_action')), wrapped.join('\n'));
  t.deepEqual(wrapped, findingKeys(unwrap(WRAPPED), 1990, 'markdown'));
});

sharedTest('hard-wrapped corpus texts (annual messages, a Federalist paper) give the same findings unwrapped', (t) => {
  for (const [path, year] of [['corpus/sotu/1950-harry-s-truman.txt', 1950], ['corpus/sotu/1996-william-j-clinton.txt', 1996], ['corpus/federalist/federalist-10.txt', 1787]] as const) {
    const text = readFileSync(sharedPath(path), 'utf8');
    t.deepEqual(findingKeys(text, year), findingKeys(unwrap(text), year), path);
  }
});
