// Us/them: `them-established-enemy-named`, an adversary the text has cast (or is at war with by its date) named in a plain
// sentence no other established-enemy rule takes, and the sentences it leaves: a partner, talks, a description, a done deed,
// a place, a denial, a quotation, evidence reported, a demand, a former state. All sentences here were written for these tests.

import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, parse } from '../src/index.js';
import { analyzeDocument, sectionFeatures } from '../src/analyzers/us-them/document.js';
import { documentFeatures } from '../src/analyzers/us-them/features.js';
import { BUILTIN_LEXICON_DIR, loadLexicons } from '../src/lexicon/load.js';
import { Tagger } from '../src/nlp/tagger.js';
import type { Finding } from '../src/analyzers/types.js';
import { castGermany } from './helpers/cast-germany.js';

/** The rule findings (not the learned model's) of the sentence that starts with `opening`, in a text of `year` (or undated). */
const inSentence = (text: string, opening: string, year?: number): Finding[] => {
  const r = analyze(text, { devices: ['us_them'], format: 'markdown', ...(year !== undefined ? { year } : {}) });
  const at = text.indexOf(opening);
  const s = r.sentences.find((x) => x.start <= at && at < x.end)!;
  return r.findings.filter((f) => f.device === 'us_them' && f.scored && f.sentence === s.index && f.rule !== 'us-them-learned');
};
const rulesIn = (text: string, opening: string, year?: number): string[] => inSentence(text, opening, year).map((f) => f.rule);
const peaceful = 'The harvest was good this year. The new roads are open in three states. ';

test('an established enemy named in a plain sentence is flagged; the same sentences with a partner, talks or a description are not', (t) => {
  for (const sentence of [
    'Our armies drove deep into Germany.',
    'The prisoners held by the Germans will be the first concern of the commission of inquiry.',
    'A letter from the Germans reached the valley on Sunday.',
  ]) t.deepEqual(rulesIn(`${castGermany} ${sentence}`, sentence), ['them-established-enemy-named'], sentence);
  // By the text's date alone, with the war in its explanation.
  const dated = inSentence(peaceful + 'The promises made by Japan last spring were never kept.', 'The promises made', 1943);
  t.deepEqual(dated.map((f) => [f.rule, f.label]), [['them-established-enemy-named', 'Japan']]);
  t.regex(dated[0].explanation, /Japan was at war with the United States in 1941–1945, and this text is from 1943, so Japan is its enemy/u);
  for (const sentence of [
    'Germany signed the treaty of peace.',
    'Our envoys met the German delegates to settle the exchange of letters.',
    'Germany is a large country.',
    'Germany was defeated at last.',
    'Our soldiers are resting in Germany this week.',
    'We seek no quarrel with the Germans after the war is over.',
    'The minister said, "Germany will always be our neighbour."',
    'Our officers concluded that the maps of the Germans were out of date.',
    'It is up to Germany to choose the road of peace.',
    'The former German state is now a part of the republic.',
  ]) t.deepEqual(rulesIn(`${castGermany} ${sentence}`, sentence), [], sentence);
  // A state the text never cast, in a year of peace, is a neighbour like any other.
  t.deepEqual(rulesIn(peaceful + 'Our armies drove deep into Germany.', 'Our armies drove', 1935), []);
});

test('its findings stay out of the learned model\'s features, which were trained without the rule', (t) => {
  const text = `${castGermany} Our armies drove deep into Germany. The valley rang with the news.`;
  const context = { document: parse(text, { format: 'markdown' }), lexicons: loadLexicons(), tagger: new Tagger() };
  const state = analyzeDocument(context);
  const named = [...state.bySentence.values()].flat().filter((f) => f.rule === 'them-established-enemy-named');
  t.is(named.length, 1);
  const withoutRule = new Map([...state.bySentence].map(([i, list]) => [i, list.filter((f) => f.rule !== 'them-established-enemy-named')]));
  const features = sectionFeatures(context.document.sections[0], context, state);
  const input = { document: context.document, lexicons: context.lexicons, scans: state.scans, learnedLabels: state.learned.keys() };
  // The features are those the rules without it give, and would not be if its findings were read.
  t.deepEqual(features, documentFeatures({ ...input, findings: withoutRule }));
  t.notDeepEqual(features, documentFeatures({ ...input, findings: state.bySentence, learnedLabels: state.learned.keys() }));
});

/** A lexicon folder with the built-in rules, the fields `fields` of `them-established-enemy-named` replaced (a field set to undefined is left out). */
function namedRulesWith(fields: Record<string, string | undefined>): string {
  const dir = mkdtempSync(join(tmpdir(), 'us-them-named-'));
  const rules = JSON.parse(readFileSync(join(BUILTIN_LEXICON_DIR, 'us-them-rules.json'), 'utf8')) as { entries: Record<string, unknown>[] };
  const entry = rules.entries.find((e) => e.id === 'them-established-enemy-named')!;
  for (const [k, value] of Object.entries(fields)) {
    if (value === undefined) delete entry[k];
    else entry[k] = value;
  }
  writeFileSync(join(dir, 'us-them-rules.json'), JSON.stringify(rules));
  return dir;
}

test('its guards are read from its lexicon entry: a folder whose guard patterns never match flags the sentences they leave alone', (t) => {
  const never = '\\bnever-written-phrase\\b';
  const dir = namedRulesWith({ reportedBeforePattern: never, demandBeforePattern: never, describedAfterPattern: never, placeBeforePattern: never });
  const rulesWith = (sentence: string, lexicons?: string[]): string[] => {
    const text = `${castGermany} ${sentence}`;
    const r = analyze(text, { devices: ['us_them'], format: 'markdown', ...(lexicons ? { lexicons } : {}) });
    const at = text.indexOf(sentence);
    const s = r.sentences.find((x) => x.start <= at && at < x.end)!;
    return r.findings.filter((f) => f.device === 'us_them' && f.scored && f.sentence === s.index && f.rule !== 'us-them-learned').map((f) => f.rule);
  };
  for (const sentence of [
    'Germany is a large country.',
    'Our soldiers are resting in Germany this week.',
    'Our officers concluded that the maps of the Germans were out of date.',
    'It is up to Germany to choose the road of peace.',
  ]) {
    t.deepEqual(rulesWith(sentence), [], `built-in guards: ${sentence}`);
    t.deepEqual(rulesWith(sentence, [dir]), ['them-established-enemy-named'], `guards that never match: ${sentence}`);
  }
});

test('a rules lexicon whose named entry lacks a guard pattern is refused with a one-line error naming the field', (t) => {
  const dir = namedRulesWith({ describedAfterPattern: undefined });
  const err = t.throws(() => analyze('Germany invaded Poland.', { devices: ['us_them'], lexicons: [dir] }));
  t.regex(err!.message, /them-established-enemy-named.*describedAfterPattern/u);
  t.notRegex(err!.message, /\n/u);
});

test('evidence reported about an established enemy is not set against us by any established-enemy rule, though its act is', (t) => {
  // Its act, told by the text itself: flagged.
  const act = 'The Germans have moved their heavy guns to the river.';
  t.deepEqual(rulesIn(`${castGermany} ${act}`, act), ['them-established-enemy']);
  // The same act as what someone found out: evidence reported, not the text casting the enemy.
  for (const sentence of ['Our engineers learned that the Germans have moved their heavy guns to the river.', 'The inspectors confirmed that the Germans have moved their heavy guns to the river.']) {
    t.deepEqual(rulesIn(`${castGermany} ${sentence}`, sentence), [], sentence);
  }
});
