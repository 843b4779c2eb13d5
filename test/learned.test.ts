import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { explainDevices } from '../src/explain.js';
import { parse } from '../src/analyze.js';
import { flaggingRule, learnedFindings, learnedModel, trainingEvidence } from '../src/learn/learned.js';
import { usThem } from '../src/analyzers/us-them.js';
import type { Features } from '../src/learn/logistic.js';
import { LexiconSet, loadLexicons } from '../src/lexicon/load.js';

function lexiconsWith(name: string, file: unknown): LexiconSet {
  const set = new LexiconSet();
  set.data.set(name, file);
  return set;
}

const modelFile = {
  lexicon: 'test-learned',
  kind: 'data',
  device: 'historical_analogy',
  description: 'a test model',
  source: 'written for this test',
  explanation: 'possible historical analogy, weighed from learned cues',
  features: { 'past-we': 'tells what "we" did in the past', century: 'names a century', present: 'speaks of now' },
  model: { bias: -2, weights: { 'past-we': 1.5, century: 1.5, present: -1 }, threshold: 0.6 },
};

test('a model flags the sentences at or above its threshold that the rules missed, and names the features that carried it', (t) => {
  const learned = learnedModel(lexiconsWith('test-learned', modelFile), 'test-learned')!;
  const document = parse('We crossed the plains two centuries ago. We crossed the river. Today we vote. Our fathers built it in that century.');
  const features: Features[] = [{ 'past-we': 1, century: 1 }, { 'past-we': 1 }, { present: 1 }, { 'past-we': 1, century: 1, present: 1 }];
  // The rules found sentence 3 (a scored finding); on sentence 0 they only listed something, which leaves it to the model.
  const rule = (sentence: number, scored: boolean) => ({ start: document.sentences[sentence].start, end: document.sentences[sentence].end, sentence, rule: 'r', strength: 1, explanation: 'e', scored });
  const found = learnedFindings(learned, document.sentences, features, [rule(3, true), rule(0, false)]);
  // sentence 0: -2 + 3 = 1 → 73%; sentence 1: -0.5 → 38%; sentence 2: below; sentence 3 over the line but already flagged
  t.deepEqual(found.map((f) => f.sentence), [0]);
  t.is(found[0].rule, 'test-learned');
  t.is(found[0].start, document.sentences[0].start);
  t.is(found[0].end, document.sentences[0].end);
  t.regex(found[0].explanation, /^possible historical analogy, weighed from learned cues \(73% likely\): (tells what "we" did in the past; names a century|names a century; tells what "we" did in the past)\.$/);
});

test('a model flags only sentences that hold a feature it requires and none it excludes, and says so', (t) => {
  const gated = { ...modelFile, requires: ['century'], excludes: ['present'], model: { ...modelFile.model, threshold: 0.3 } };
  const learned = learnedModel(lexiconsWith('test-learned', gated), 'test-learned')!;
  const document = parse('We crossed the plains two centuries ago. We crossed the river. Today we vote. Our fathers built it in that century.');
  // Weighed alone, sentences 0, 1 and 3 pass 30% (73%, 38%, 50%); sentence 1 lacks the required feature and sentence 3
  // holds the excluded one.
  const features: Features[] = [{ 'past-we': 1, century: 1 }, { 'past-we': 1 }, { present: 1 }, { 'past-we': 1, century: 1, present: 1 }];
  t.deepEqual(learnedFindings(learned, document.sentences, features, []).map((f) => f.sentence), [0]);
  t.is(
    flaggingRule(learned),
    'It flags a sentence the rules missed when its features, weighed, make it at least 30% likely, and the sentence itself holds one of: names a century, and it is none of: speaks of now.',
  );
  // Without the conditions, the same model flags all three.
  const open = learnedModel(lexiconsWith('test-learned', { ...modelFile, model: gated.model }), 'test-learned')!;
  t.deepEqual(learnedFindings(open, document.sentences, features, []).map((f) => f.sentence), [0, 1, 3]);
  t.throws(() => learnedModel(lexiconsWith('test-learned', { ...modelFile, excludes: ['undescribed'] }), 'test-learned'), {
    message: /lexicon test-learned: "excludes" names "undescribed", which has no description in "features"/,
  });
});

test('a feature with a weight but no description, or a bad model, is a one-line error naming the lexicon', (t) => {
  const undescribed = { ...modelFile, features: { 'past-we': 'x', century: 'y' } };
  t.throws(() => learnedModel(lexiconsWith('m', undescribed), 'm'), { message: /^lexicon m: feature "present" has a weight but no description/ });
  const bad = { ...modelFile, model: { ...modelFile.model, threshold: 2 } };
  t.throws(() => learnedModel(lexiconsWith('m', bad), 'm'), { message: /^lexicon m: invalid model at threshold/ });
  t.is(learnedModel(new LexiconSet(), 'absent'), undefined);
});

test('rhetoric explain lists a learned model as a rule of its device, with its features and weights in words', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'learned-'));
  try {
    writeFileSync(join(dir, 'slogan-test-learned.json'), JSON.stringify({ ...modelFile, lexicon: 'slogan-test-learned', device: 'slogan' }));
    const [slogan] = explainDevices({ device: 'slogan', lexicons: [dir], verify: false });
    const rule = slogan.rules.find((r) => r.id === 'slogan-test-learned');
    t.truthy(rule);
    t.is(rule!.kind, 'learned model');
    t.regex(rule!.note, /at least 60% likely/);
    // Features that raise the odds come first (ties by id), with their weights.
    t.regex(rule!.note, /names a century \(\+1\.5\); tells what "we" did in the past \(\+1\.5\); speaks of now \(-1\)/);
    t.true(slogan.lexicons.some((l) => l.name === 'slogan-test-learned' && l.kind === 'learned model'));
    const [analogy] = explainDevices({ device: 'historical_analogy', lexicons: [dir], verify: false });
    t.false(analogy.rules.some((r) => r.id === 'slogan-test-learned'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the description of each pronoun feature of the us/them model names every word that sets it, as an explanation quotes it', (t) => {
  const lexicons = loadLexicons();
  const learned = learnedModel(lexicons, 'us-them-learned')!;
  const featuresOf = (text: string) => trainingEvidence(usThem, parse(text), lexicons, learned.rule).features[0];
  const cases: [string, string, string][] = [
    ['first-person-plural', 'ourselves', 'The farmers of the valley built ourselves a new granary.'],
    ['first-person-plural', 'ours', 'The granary of the valley is ours.'],
    ['third-person-plural', 'themselves', 'The farmers of the valley built themselves a new granary.'],
    ['third-person-plural', 'theirs', 'The granary of the valley is theirs.'],
  ];
  for (const [feature, word, sentence] of cases) {
    t.is(featuresOf(sentence)[feature], 1, `${feature} is set by "${word}"`);
    t.true(learned.descriptions[feature].includes(`"${word}"`), `${feature}: ${learned.descriptions[feature]}`);
  }
  // "we" and "they" stand for their classes: "our" and "their" set the feature as well, and the description says so.
  t.is(featuresOf('Our granary is older than their mill.')['we-and-they'], 1);
  t.regex(learned.descriptions['we-and-they'], /"our"/);
  t.regex(learned.descriptions['we-and-they'], /"their"/);
  // An example name is given as an example of a name's forms, not as if the text held it.
  t.notRegex(learned.descriptions['adversary-name-word'], /\("Germany", "German"\)/);
});
