// Bootstrap intervals of `rhetoric eval --ci`: hand-made sentence outcomes whose intervals can be reasoned about.

import test from 'ava';
import { bootstrapIntervals, percentileInterval } from '../src/eval/bootstrap.js';
import { BINARY_DEVICES, type BinaryDevice } from '../src/eval/gold.js';
import type { SentenceOutcome } from '../src/eval/score.js';
import { prf } from '../src/eval/stats.js';

const devices = (value: (d: BinaryDevice) => boolean) => Object.fromEntries(BINARY_DEVICES.map((d) => [d, value(d)])) as Record<BinaryDevice, boolean>;

/** A sentence of `doc` where slogan is predicted `p` and marked `g`; the other devices are negative and not predicted. */
function outcome(p: boolean, g: boolean, sentiment?: [number, number], doc = 'a.txt'): SentenceOutcome {
  return {
    doc,
    predicted: devices((d) => d === 'slogan' && p),
    gold: devices((d) => d === 'slogan' && g),
    ...(sentiment ? { sentiment: { gold: sentiment[0], predicted: sentiment[1] } } : {}),
  };
}

/** tp 6, fp 2, fn 2, tn 10: slogan F1 = 0.75; sentiment follows the gold with some noise. */
function mixed(): SentenceOutcome[] {
  const out: SentenceOutcome[] = [];
  for (let i = 0; i < 6; i++) out.push(outcome(true, true, [1, 0.8 - i * 0.1]));
  for (let i = 0; i < 2; i++) out.push(outcome(true, false, [0, 0.3]));
  for (let i = 0; i < 2; i++) out.push(outcome(false, true, [1, 0.1]));
  for (let i = 0; i < 10; i++) out.push(outcome(false, false, [-1, -0.5 + (i % 3) * 0.2]));
  return out;
}

test('percentileInterval takes the middle share of the values', (t) => {
  const values = Array.from({ length: 101 }, (_, i) => i / 100);
  t.deepEqual(percentileInterval(values, 0.9), [0.05, 0.95]);
  t.deepEqual(percentileInterval([...values].reverse(), 0.5), [0.25, 0.75]);
  t.deepEqual(percentileInterval([], 0.95), [0, 0]);
});

test('a file where every sentence is right has no uncertainty about it; a device never marked nor flagged scores 0 throughout', (t) => {
  const perfect = [...Array.from({ length: 5 }, () => outcome(true, true)), ...Array.from({ length: 5 }, () => outcome(false, false))];
  const ci = bootstrapIntervals(perfect, { resamples: 200 });
  t.deepEqual(ci.devices.slogan, [1, 1]);
  t.deepEqual(ci.devices.us_them, [0, 0]);
});

test('the interval holds the figure itself, repeats for a seed, and narrows as the same sample grows', (t) => {
  const sample = mixed();
  const point = prf({ tp: 6, fp: 2, fn: 2 }).f1;
  const ci = bootstrapIntervals(sample);
  const [lo, hi] = ci.devices.slogan;
  t.true(lo < point && point < hi, `${lo} < ${point} < ${hi}`);
  t.true(ci.sentiment[0] < ci.sentiment[1]);
  t.deepEqual(bootstrapIntervals(sample), ci, 'the default seed repeats exactly');
  const [lo7, hi7] = bootstrapIntervals(sample, { seed: 7 }).devices.slogan;
  t.true(lo7 < point && point < hi7, `seed 7: ${lo7} < ${point} < ${hi7}`);
  const ten = bootstrapIntervals(Array.from({ length: 10 }, () => sample).flat());
  t.true(ten.devices.slogan[1] - ten.devices.slogan[0] < hi - lo, `${ten.devices.slogan} inside ${ci.devices.slogan}`);
  t.is(ci.resamples, 1000);
  t.is(ci.level, 0.95);
});

test('resampling documents keeps each document whole: with one document there is nothing to vary, with two unlike ones the interval spans both', (t) => {
  const one = bootstrapIntervals(mixed(), { by: 'document' });
  const point = prf({ tp: 6, fp: 2, fn: 2 }).f1;
  t.deepEqual(one.devices.slogan, [point, point]);
  t.is(one.by, 'document');
  // Document a: every flag right (F1 1); document b: every flag wrong and every positive missed (F1 0).
  const a = Array.from({ length: 4 }, () => outcome(true, true, undefined, 'a.txt'));
  const b = [...Array.from({ length: 2 }, () => outcome(true, false, undefined, 'b.txt')), ...Array.from({ length: 2 }, () => outcome(false, true, undefined, 'b.txt'))];
  const two = bootstrapIntervals([...a, ...b], { by: 'document' });
  // Drawing b twice gives 0, a twice gives 1: the interval reaches both ends, wider than resampling sentences gives.
  t.deepEqual(two.devices.slogan, [0, 1]);
  const bySentence = bootstrapIntervals([...a, ...b]).devices.slogan;
  t.true(bySentence[0] > 0 && bySentence[1] < 1, `${bySentence}`);
});

test('a resample in which a figure is undefined does not count as a 0: resampling documents where only one has slogans', (t) => {
  // Document a: two slogans, both found (F1 1). Document b: no slogan marked and none flagged, so no slogan F1 at all.
  const a = [outcome(true, true, [1, 0.5], 'a.txt'), outcome(true, true, [-1, -0.5], 'a.txt'), outcome(false, false, [0, 0.1], 'a.txt')];
  const b = Array.from({ length: 3 }, () => outcome(false, false, [0, 0], 'b.txt'));
  const ci = bootstrapIntervals([...a, ...b], { by: 'document' });
  // A quarter of the resamples draw b twice: the old intervals counted their undefined F1 as 0 and ran from 0 to 1.
  t.deepEqual(ci.devices.slogan, [1, 1]);
  t.deepEqual(ci.micro, [1, 1]);
  // b's ratings and scores never vary: drawn twice it gives no correlation, not r = 0.
  t.true(ci.sentiment[0] > 0.9, `${ci.sentiment}`);
});
