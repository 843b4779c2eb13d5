// Us/them rule `us-them-they-set-out-to-harm-us`: "they" aiming to frighten, divide, rob or silence the in-group ("they tried
// to split us") sets an out-group against it; help, a negated aim, or harm aimed at a thing is not. Sentences written for
// these tests.

import test from 'ava';
import { analyze } from '../src/index.js';

const RULE = 'us-them-they-set-out-to-harm-us';

const rules = (text: string): string[] =>
  analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.device === 'us_them' && f.scored).map((f) => f.rule);

const positives: [string, string][] = [
  ['an attempt to divide the in-group, with a comma inside the clause', 'They have tried everything, even a bonus for the night shift, to divide us.'],
  ['an aim to frighten "our" people', 'They sent a letter from the lawyers to frighten our tenants.'],
  ['"let them" with a verb of harm', 'We will not let them silence us at the county meeting.'],
];

for (const [what, sentence] of positives) {
  test(`${RULE} counts: ${what}`, (t) => {
    t.true(rules(sentence).includes(RULE), JSON.stringify(rules(sentence)));
  });
}

const negatives: [string, string][] = [
  ['help, not harm', 'They drove all night to bring us the spare pumps.'],
  ['a negated aim', 'They never once tried to cheat us.'],
  ['harm aimed at no one of ours', 'They tried to break the old record at the county fair.'],
];

for (const [what, sentence] of negatives) {
  test(`${RULE} leaves alone: ${what}`, (t) => {
    t.deepEqual(rules(sentence), []);
  });
}
