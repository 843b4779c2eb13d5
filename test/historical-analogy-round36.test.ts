// Session 36: general rules written from the misses of blind7 (a study set since this session). Every sentence here was
// written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';
import { parse } from '../src/analyze.js';
import { mainClauseWords } from '../src/analyzers/historical-analogy/compile.js';
import { mainClausePast } from '../src/analyzers/historical-analogy/main-clause.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { Tagger } from '../src/nlp/tagger.js';

const DEVICE = 'historical_analogy';

/** All historical-analogy findings of a text (scored or not), as rule, label and the sentence's index. */
const findings = (text: string) =>
  analyze(text, { devices: [DEVICE], format: 'markdown' })
    .findings.filter((f) => f.device === DEVICE)
    .map((f) => ({ rule: f.rule, scored: f.scored, label: f.label, sentence: f.sentence }));

test('Louis XIV is dated by his own reign, not by Louis XVI\'s', (t) => {
  const found = findings('Written in 1790. Louis XIV made war on the Dutch.');
  t.true(found.some((f) => f.label === 'Louis XIV'), JSON.stringify(found));
  t.false(found.some((f) => f.label === 'Louis XVI'));
});

test('a participial phrase ("having offended …") does not hide the main clause\'s past verb', (t) => {
  const words = mainClauseWords(loadLexicons());
  const past = (s: string) => mainClausePast(parse(s, { format: 'markdown' }).sentences[0], new Tagger(), words);
  t.true(past('The city having insulted the emperor, its council begged for mercy.'));
  t.false(past('The city having insulted the emperor, its council begs for mercy.'));
});

test('a remote past case opened by a participial phrase and told in the sentences after it is an analogy with its passage', (t) => {
  const text =
    'Written in 1790. A weak league will always be scorned by its neighbours. In the year 1672, the Dutch republic having angered Louis XIV, sought to buy his favour. He demanded that they send envoys to kneel before him. They had to yield for the sake of peace. Would he have asked the same of a strong and united nation?';
  const found = findings(text).filter((f) => f.scored);
  t.true(found.some((f) => f.rule === 'analogy-remote-past'), JSON.stringify(found));
  t.true(found.filter((f) => f.rule === 'analogy-passage').length >= 2, JSON.stringify(found));
});
