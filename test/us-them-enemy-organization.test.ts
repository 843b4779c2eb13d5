// Us/them: `them-enemy-organization`, an armed organization at war with the United States in the text's year (al Qaeda,
// the Taliban, ISIL), named as the enemy even when it neither acts nor is a target. All sentences were written for these tests.

import test from 'ava';
import { analyze, loadLexicons } from '../src/index.js';
import type { Finding } from '../src/analyzers/types.js';
import { readAdversaryNames } from '../src/analyzers/us-them/adversary-names.js';

/** The scored rule findings (not the learned model's) of the one-sentence text, written in `year`. */
const rulesOf = (sentence: string, year: number): string[] =>
  analyze(sentence, { devices: ['us_them'], format: 'markdown', year })
    .findings.filter((f: Finding) => f.device === 'us_them' && f.scored && f.rule !== 'us-them-learned')
    .map((f) => f.rule);

test('an armed organization named in its war years is the enemy, with no word of the conflict around it', (t) => {
  for (const sentence of [
    'A valley that was once a haven for al Qaeda now sends its girls to school.',
    'Our challenges reach far beyond the Taliban.',
    'Two of the couriers placed calls to ISIL recruiters abroad.',
  ]) t.deepEqual(rulesOf(sentence, 2016), ['them-enemy-organization'], sentence);
});

test('the explanation gives a war with no end year in plain English', (t) => {
  const found = analyze('Two of the couriers placed calls to ISIL recruiters abroad.', { devices: ['us_them'], format: 'markdown', year: 2016 }).findings.find(
    (f) => f.rule === 'them-enemy-organization',
  )!;
  t.regex(found.explanation, /^Possible us\/them framing: ISIL was at war with the United States in 2014 and the years after, and this text is from 2016, so ISIL is its enemy from the first sentence\. /);
  t.notRegex(found.explanation, /onwards/);
});

test('before its war, in talks, after a denial or as a done deed in the passive, the organization is no finding of the rule', (t) => {
  t.deepEqual(rulesOf('A valley that was once a haven for al Qaeda now sends its girls to school.', 1995), [], 'no war with it yet in 1995');
  for (const sentence of [
    'The envoys will hold talks with the Taliban in the spring.',
    'We seek no quarrel with the Taliban over the river towns.',
    'The Taliban were driven from the city at last.',
  ]) t.false(rulesOf(sentence, 2016).includes('them-enemy-organization'), sentence);
});

test('a state at war is not an organization: named with no word of the conflict, it is still left alone', (t) => {
  t.deepEqual(rulesOf('A valley that once traded with Germany now sends its girls to school.', 1942), []);
});

test('the adversary lists accept "organization" only as true or false', (t) => {
  const raw = structuredClone(loadLexicons().data.get('us-them-adversary-names')) as { entries: Record<string, unknown>[] };
  raw.entries[0].organization = 'yes';
  t.throws(() => readAdversaryNames(raw), { message: /"organization" must be true or false/ });
});
