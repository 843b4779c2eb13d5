import test from 'ava';
import { contributionsOf, crossValidatedProbabilities, interceptShift, logOddsOf, parseLogisticModel, probabilityOf, scoreAt, trainLogistic, type TrainingExample } from '../src/learn/logistic.js';

/** A small deterministic data set: "cue" raises the odds of a positive 4 to 1, "noise" says nothing. */
function dataset(): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (let i = 0; i < 200; i++) {
    const cue = i % 2;
    const noise = Math.floor(i / 2) % 2;
    // with the cue, 4 of 5 are positive; without it, 1 of 5
    const label = (cue === 1 ? i % 5 !== 0 : i % 5 === 0) ? 1 : 0;
    out.push({ features: cue || noise ? { ...(cue ? { cue: 1 } : {}), ...(noise ? { noise: 1 } : {}) } : {}, label, group: `doc-${i % 4}` });
  }
  return out;
}

test('training recovers a cue that raises the odds and gives no weight worth the name to noise', (t) => {
  const model = trainLogistic(dataset(), { l2: 0.01 });
  const cueRate = dataset().filter((e) => e.features.cue).reduce((s, e) => s + e.label, 0) / 100;
  const plainRate = dataset().filter((e) => !e.features.cue).reduce((s, e) => s + e.label, 0) / 100;
  // The fitted probabilities match the observed rates (the maximum-likelihood fit of a saturated model).
  t.true(Math.abs(probabilityOf(model, { cue: 1 }) - cueRate) < 0.05);
  t.true(Math.abs(probabilityOf(model, {}) - plainRate) < 0.05);
  t.true(Math.abs(model.weights.noise ?? 0) < 0.3);
  t.true(model.weights.cue > 2);
});

test('a stronger L2 penalty shrinks the weights', (t) => {
  const loose = trainLogistic(dataset(), { l2: 0.01 });
  const tight = trainLogistic(dataset(), { l2: 50 });
  t.true(Math.abs(tight.weights.cue) < Math.abs(loose.weights.cue));
});

test('example weights count: weighting the positives up raises every probability', (t) => {
  const plain = trainLogistic(dataset());
  const weighted = trainLogistic(dataset().map((e) => ({ ...e, weight: e.label === 1 ? 3 : 1 })));
  t.true(probabilityOf(weighted, {}) > probabilityOf(plain, {}));
  t.true(probabilityOf(weighted, { cue: 1 }) > probabilityOf(plain, { cue: 1 }));
});

test('contributions list present features by their share of the log-odds, largest first', (t) => {
  const model = { bias: -1, weights: { a: 2, b: -1, c: 0.5 }, threshold: 0.5 };
  const parts = contributionsOf(model, { a: 1, b: 1, c: 4, unknown: 3 });
  t.deepEqual(
    parts.map((p) => [p.feature, p.contribution]),
    [
      ['a', 2],
      ['c', 2],
      ['b', -1],
    ],
  );
});

test('cross-validation predicts each group with a model that never saw it', (t) => {
  const examples = dataset();
  const probabilities = crossValidatedProbabilities(examples);
  t.is(probabilities.length, examples.length);
  // A group whose labels contradict the rest is predicted from the others: flip one group and its predictions do not follow.
  const flipped = examples.map((e) => (e.group === 'doc-0' ? { ...e, label: (1 - e.label) as 0 | 1 } : e));
  const flippedProbabilities = crossValidatedProbabilities(flipped);
  examples.forEach((e, i) => {
    if (e.group === 'doc-0') t.true(Math.abs(flippedProbabilities[i] - probabilities[i]) < 0.1);
  });
  const score = scoreAt(probabilities, examples.map((e) => e.label), 0.5);
  t.is(score.tp + score.fn, examples.filter((e) => e.label === 1).length);
  t.true(score.f1 > 0.7);
});

test('the intercept shift recovers how much likelier positives are in new examples than the model expects', (t) => {
  const model = trainLogistic(dataset(), { l2: 0.01 });
  // The same examples: the model already fits them, so no shift.
  t.true(Math.abs(interceptShift(model, dataset())) < 0.05);
  // New examples where every sentence is three times likelier (in odds) to be positive: with the cue 12 of 13, without it
  // 3 of 7 (odds 4 → 12 and 1/4 → 3/4).
  const shifted: TrainingExample[] = [];
  for (let i = 0; i < 13; i++) shifted.push({ features: { cue: 1 }, label: i < 12 ? 1 : 0 });
  for (let i = 0; i < 7; i++) shifted.push({ features: {}, label: i < 3 ? 1 : 0 });
  const shift = interceptShift(model, shifted);
  t.true(Math.abs(shift - Math.log(3)) < 0.1, `shift ${shift}`);
  // With the shift added, the model's odds match the new rates.
  const moved = { ...model, bias: model.bias + shift };
  t.true(Math.abs(logOddsOf(moved, { cue: 1 }) - Math.log(12)) < 0.1);
  t.throws(() => interceptShift(model, [{ features: {}, label: 0 }]), { message: /both positive and negative/ });
});

test('a model file is checked, and a bad one is named in a one-line error', (t) => {
  t.deepEqual(parseLogisticModel({ bias: 0, weights: { 'past-we': 1 }, threshold: 0.5 }, 'x.json').weights, { 'past-we': 1 });
  const error = t.throws(() => parseLogisticModel({ bias: 0, weights: { 'Bad Name': 1 }, threshold: 0.5 }, 'x.json'));
  t.regex(error!.message, /^x\.json: invalid model at weights/);
  t.false(error!.message.includes('\n'));
  t.throws(() => parseLogisticModel({ bias: 0, weights: {}, threshold: 1.5 }, 'x.json'));
});
