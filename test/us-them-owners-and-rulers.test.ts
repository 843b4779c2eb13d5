// Us/them rule `them-those-who-own-and-rule`: a group named by what it owns or rules ("the men who own the mills"), in a
// sentence that names the in-group, is the powerful few set against the rest; owners described with no in-group, operators
// of a thing, and rulers of long ago are not. Sentences written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';

const RULE = 'them-those-who-own-and-rule';

const rules = (text: string): string[] =>
  analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.device === 'us_them' && f.scored).map((f) => f.rule);

const positives: [string, string][] = [
  ['owners set against "our" town', 'The gentlemen who own the quarries have bought our county board with their dividends.'],
  ['rulers set against "us"', 'The few who rule this province have never once asked us what a loaf of bread should cost.'],
];

for (const [what, sentence] of positives) {
  test(`${RULE} counts: ${what}`, (t) => {
    t.true(rules(sentence).includes(RULE), JSON.stringify(rules(sentence)));
  });
}

const negatives: [string, string][] = [
  ['owners described with no in-group', 'The families who own the orchards hire pickers from three counties every autumn.'],
  ['"the people who own …": "the people" is no in-group of its own here', 'The people who own the orchards hire pickers from three counties every autumn.'],
  ['operators of a thing, beside "we"', 'We thanked the men who control the sluices for their long night.'],
];

for (const [what, sentence] of negatives) {
  test(`${RULE} leaves alone: ${what}`, (t) => {
    t.false(rules(sentence).includes(RULE), JSON.stringify(rules(sentence)));
  });
}
