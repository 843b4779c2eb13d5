// The call-to-action learned second opinion: the named features of hand-written sentences, and a model (written here,
// with hand-set weights) that adds findings only where the rules are silent, each naming its rule and features.

import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '../src/index.js';
import { analyzerFor } from '../src/analyzers/index.js';
import { CTA_LEARNED } from '../src/analyzers/call-to-action.js';
import type { AnalysisContext, RawFinding } from '../src/analyzers/types.js';
import { trainingEvidence } from '../src/learn/learned.js';
import type { Features } from '../src/learn/logistic.js';
import { loadLexicons, type LexiconSet } from '../src/lexicon/load.js';
import { Tagger } from '../src/nlp/tagger.js';

const analyzer = analyzerFor('call_to_action')!;

/** The features of each sentence of a text, with the rules' findings, as the trainer sees them. */
function featuresOf(text: string, lexicons = loadLexicons()): { features: Features[]; ruleFindings: RawFinding[] } {
  return trainingEvidence(analyzer, parse(text), lexicons, CTA_LEARNED);
}

/** The analyzer's findings on a text with the given lexicons. */
function run(text: string, lexicons: LexiconSet): RawFinding[] {
  const document = parse(text);
  const context: AnalysisContext = { document, lexicons, tagger: new Tagger() };
  const state = analyzer.prepare?.(context);
  return document.sections.flatMap((s) => analyzer.analyzeSection(s, context, state).findings);
}

test('a demand on "we" is told apart from a third party\'s duty and from a promise', (t) => {
  const { features } = featuresOf('We must act now to mend our roads. They should have known better. We will cut the tax on savings.');
  t.is(features[0]['own-side-deontic'], 1);
  t.is(features[0]['deontic-modal'], 1);
  t.is(features[0]['urgency-word'], 1);
  t.is(features[0]['first-person-plural'], 1);
  t.is(features[1]['third-party-deontic'], 1);
  t.false('own-side-deontic' in features[1]);
  t.is(features[2]['we-promise'], 1);
  t.false('deontic-modal' in features[2]);
});

test('a request by the speaker, an opening verb, a question and a report have features of their own', (t) => {
  const { features } = featuresOf('I ask every parent to read with a child tonight. Remember the teachers who stayed late. Was the plan worth its cost? The auditor said the fund grew 4 percent.');
  t.is(features[0]['speaker-asks'], 1);
  t.is(features[0]['first-person-singular'], 1);
  t.is(features[1]['opens-with-command-verb'], 1);
  t.is(features[2]['question'], 1);
  t.is(features[2]['past-narration'], 1);
  t.is(features[3]['reported-speech'], 1);
  t.is(features[3]['figures'], 1);
  t.is(features[3]['procedure-word'], 1);
  t.false('opens-with-command-verb' in features[3]);
});

test('neighbours: a sentence between two calls knows both were flagged, and the last tenth of a text is marked', (t) => {
  const text = 'We must rebuild the harbor. A strong harbor is essential to the town. Let us begin the work this spring.';
  const { features, ruleFindings } = featuresOf(text);
  t.deepEqual([...new Set(ruleFindings.map((f) => f.sentence))].sort(), [0, 2]);
  t.is(features[1]['previous-sentence-flagged'], 1);
  t.is(features[1]['next-sentence-flagged'], 1);
  t.is(features[1]['necessity-word'], 1);
  t.is(features[1]['paragraph-call-share'], 10);
  // The last tenth of a ten-sentence text is its last sentence.
  const ten = featuresOf('The pier is old. The boats are few. '.repeat(5)).features;
  t.is(ten.length, 10);
  t.deepEqual(ten.map((f) => f['closing-tenth'] ?? 0), [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
});

test('without a cta-learned model file the analyzer is the rules alone', (t) => {
  const lexicons = loadLexicons();
  t.is(lexicons.data.get(CTA_LEARNED), undefined, 'no lexicons/cta-learned.json is shipped');
  const findings = run('We must rebuild the harbor. A strong harbor is essential to the town.', lexicons);
  t.deepEqual(findings.map((f) => f.rule), ['cta-we-must']);
});

/** A lexicon folder holding a cta-learned model with hand-set weights: a word of necessity alone makes a finding. */
function withModel(): LexiconSet {
  const dir = mkdtempSync(join(tmpdir(), 'cta-learned-'));
  const file = {
    lexicon: CTA_LEARNED,
    kind: 'data',
    device: 'call_to_action',
    description: 'A test model.',
    explanation: 'possible call to action, weighed by a test model',
    features: {
      'necessity-word': 'a word of necessity',
      'deontic-modal': 'a modal of obligation',
      'previous-sentence-flagged': 'the sentence before was found to be a call to action',
      question: 'ends in a question mark',
      figures: 'a number or a date',
    },
    requires: ['necessity-word', 'deontic-modal'],
    excludes: ['question'],
    model: { bias: -1, weights: { 'necessity-word': 2.5, 'deontic-modal': 2.5, 'previous-sentence-flagged': 0.5, figures: -0.2 }, threshold: 0.5 },
  };
  writeFileSync(join(dir, `${CTA_LEARNED}.json`), JSON.stringify(file));
  return loadLexicons([dir]);
}

test('the model adds findings only on sentences the rules leave unflagged, never on a question', (t) => {
  const text = 'We must rebuild the harbor. A strong harbor is essential to the town. Is a harbor essential? The pier is old.';
  const lexicons = withModel();
  const rules = run(text, loadLexicons());
  const findings = run(text, lexicons);
  // The rules' findings are kept as they were.
  t.deepEqual(findings.filter((f) => f.rule !== CTA_LEARNED), rules);
  const learned = findings.filter((f) => f.rule === CTA_LEARNED);
  t.deepEqual(learned.map((f) => f.sentence), [1]);
  const ruled = new Set(rules.map((f) => f.sentence));
  t.true(learned.every((f) => !ruled.has(f.sentence)));
  const sentence = parse(text).sentences[1];
  t.is(learned[0].start, sentence.start);
  t.is(learned[0].end, sentence.end);
});

test('every learned finding names its rule and the features that carried it, in the model file\'s words', (t) => {
  const findings = run('We must rebuild the harbor. A strong harbor is essential to the town.', withModel()).filter((f) => f.rule === CTA_LEARNED);
  t.is(findings.length, 1);
  const [f] = findings;
  t.is(f.rule, 'cta-learned');
  t.true(f.explanation.startsWith('possible call to action, weighed by a test model ('));
  t.true(f.explanation.includes('a word of necessity'));
  t.true(f.explanation.includes('the sentence before was found to be a call to action'));
  t.false(f.explanation.includes('a modal of obligation'), 'a feature the sentence does not hold is not named');
});
