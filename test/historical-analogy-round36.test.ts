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

/** The scored historical-analogy findings of a text, with the text of each one's sentence. */
function scoredSentences(text: string) {
  const doc = parse(text, { format: 'markdown' });
  return analyze(text, { devices: [DEVICE], format: 'markdown' })
    .findings.filter((f) => f.device === DEVICE && f.scored)
    .map((f) => ({ rule: f.rule, sentence: doc.sentences[f.sentence].text }));
}

test('a past case announced as tried, told fact by fact and closed by its conclusion is flagged from announcement to conclusion', (t) => {
  const text =
    'Written in 1790. A yearly review of the laws is often proposed. The plan has been actually tried in one of the States. A board of review met in Delaware in 1785 and 1786. First. Its members had sat in the very assembly whose acts it judged. When men judge their own acts, they seldom condemn them. The board was split into two parties from the first day. This board, therefore, proves by its example the weakness of the remedy. We should look for a better one.';
  const found = scoredSentences(text);
  const flagged = (start: string) => found.find((f) => f.sentence.startsWith(start))?.rule;
  t.is(flagged('The plan has been actually tried'), 'analogy-case-tried', JSON.stringify(found));
  t.is(flagged('A board of review met'), 'analogy-passage');
  t.is(flagged('Its members had sat'), 'analogy-passage');
  t.is(flagged('The board was split'), 'analogy-passage');
  t.is(flagged('This board, therefore, proves'), 'analogy-case-proves');
  t.is(flagged('First.'), undefined, 'a bare enumerator presents nothing');
  t.is(flagged('When men judge'), undefined, 'a general statement among the facts is a maxim');
  t.is(flagged('A yearly review'), undefined);
});

test('a State taken "for an example", with the conclusion drawn "from these observations", is a trial case too', (t) => {
  const text =
    'Written in 1790. The State which I shall take for an example is Delaware, whose council of review sat in 1785. Its council found that the assembly had broken the constitution again and again. The judges had been paid at the pleasure of the assembly. The conclusion which I am warranted in drawing from these observations is, that a paper barrier is no barrier.';
  const found = scoredSentences(text);
  t.true(found.some((f) => f.rule === 'analogy-case-tried' && f.sentence.startsWith('The State which')), JSON.stringify(found));
  t.true(found.some((f) => f.rule === 'analogy-case-proves'), JSON.stringify(found));
  t.true(found.some((f) => f.rule === 'analogy-passage' && f.sentence.startsWith('The judges had been paid')), JSON.stringify(found));
});

test('a scheme said to be tried, with no particular past case named or no conclusion drawn from it, is no trial case', (t) => {
  const noCase = 'Written in 1790. The plan has been actually tried in one of the States. Its members sat in the assembly whose acts they judged. This board, therefore, proves by its example the weakness of the remedy.';
  t.deepEqual(scoredSentences(noCase), []);
  const noClose = 'Written in 1790. The plan has been actually tried in one of the States. A board of review met in Delaware in 1785 and 1786. Its members sat in the assembly whose acts they judged. We shall soon see whether it answers.';
  t.false(scoredSentences(noClose).some((f) => f.rule === 'analogy-case-tried' || f.rule === 'analogy-case-proves'));
});
