// Bootstrap intervals for `rhetoric eval --ci`: how far the figures of a gold file could move with another sample like
// it. The sentences (or, with `by: 'document'`, whole documents) are resampled with replacement and every figure is
// computed again on each resample; the interval is the middle 95% (by default) of those figures (the percentile
// bootstrap). Sentences of one document are not independent, so resampling sentences understates the uncertainty of a
// file of few documents; resampling documents shows how much the figures hang on which texts were annotated.

import { checkOptionsObject, shownValue, UsageError, wrongShape } from '../util/errors.js';
import { seededRandom } from '../util/random.js';
import { BINARY_DEVICES, type BinaryDevice } from './gold.js';
import type { SentenceOutcome } from './score.js';
import { countOutcome, pearson, prf, sumCounts, type Counts } from './stats.js';

/** A figure's interval: its lower and upper bound. */
export type Interval = [number, number];

/** What bootstrapIntervals() returns: an interval for each figure, and the `resamples`, `level` and `by` used. */
export interface BootstrapIntervals {
  /** F1 of each binary device. */
  devices: Record<BinaryDevice, Interval>;
  /** Micro-averaged F1 over the four binary devices. */
  micro: Interval;
  /** Pearson r of sentiment. */
  sentiment: Interval;
  resamples: number;
  level: number;
  by: 'sentence' | 'document';
}

/** Options of bootstrapIntervals(). */
export interface BootstrapOptions {
  /** How many resamples (default 1000). */
  resamples?: number;
  /** The share of resampled figures inside the interval (default 0.95). */
  level?: number;
  /** Seed of the resampling, so that a run repeats exactly (default 1). */
  seed?: number | string;
  /** What is resampled: sentences (default) or whole documents. */
  by?: 'sentence' | 'document';
}

/**
 * Percentile bootstrap intervals of every figure `rhetoric eval` prints, over the gold sentences' outcomes. A figure's interval
 * is taken over the resamples where it is defined ([0, 0] when it is defined in none, as its point figure then prints 0).
 */
export function bootstrapIntervals(outcomes: readonly SentenceOutcome[], options: BootstrapOptions = {}): BootstrapIntervals {
  checkOutcomes(outcomes);
  checkOptionsObject(options, 'bootstrapIntervals');
  const { resamples: r, level: l, seed: s, by: b } = options;
  if (r !== undefined && !(typeof r === 'number' && Number.isInteger(r) && r >= 1)) throw new UsageError(`bootstrapIntervals(): resamples must be a whole number of 1 or more, not ${shownValue(r)}`);
  if (l !== undefined && !(typeof l === 'number' && l > 0 && l <= 1)) throw new UsageError(`bootstrapIntervals(): level must be a number above 0 and at most 1 (0.95 for 95%), not ${shownValue(l)}`);
  if (s !== undefined && typeof s !== 'number' && typeof s !== 'string') throw new UsageError(`bootstrapIntervals(): seed must be a number or a string, not ${shownValue(s)}`);
  if (b !== undefined && b !== 'sentence' && b !== 'document') throw new UsageError(`bootstrapIntervals(): by must be "sentence" or "document", not ${shownValue(b)}`);
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  const random = seededRandom(options.seed ?? 1);
  const f1s = Object.fromEntries(BINARY_DEVICES.map((d) => [d, [] as number[]])) as Record<BinaryDevice, number[]>;
  const micro: number[] = [];
  const rs: number[] = [];
  const by = options.by ?? 'sentence';
  // The units drawn: one sentence each, or all the sentences of one document.
  const units: SentenceOutcome[][] = [];
  const unitOf = new Map<string, SentenceOutcome[]>();
  for (const o of outcomes) {
    if (by === 'sentence') units.push([o]);
    else if (unitOf.has(o.doc)) unitOf.get(o.doc)!.push(o);
    else units.push(unitOf.set(o.doc, [o]).get(o.doc)!);
  }
  const n = units.length;
  for (let b = 0; b < resamples && n > 0; b++) {
    const counts = Object.fromEntries(BINARY_DEVICES.map((d) => [d, { tp: 0, fp: 0, fn: 0 }])) as Record<BinaryDevice, Counts>;
    const gold: number[] = [];
    const predicted: number[] = [];
    for (let i = 0; i < n; i++) {
      for (const o of units[Math.floor(random() * n)]) {
        for (const d of BINARY_DEVICES) countOutcome(counts[d], o.predicted[d], o.gold[d]);
        if (o.sentiment) {
          gold.push(o.sentiment.gold);
          predicted.push(o.sentiment.predicted);
        }
      }
    }
    // A resample where a figure is undefined gives it no value (the point figure prints such a figure as 0, but in a
    // resample it would say the analyzer failed where there was nothing to find): a device nobody marked and nothing
    // flagged has no F1, and ratings or scores that never vary have no correlation. Of four documents, one in three
    // resamples by document left out the only one with slogans, and the slogan interval ran down to 0.
    for (const d of BINARY_DEVICES) if (decided(counts[d])) f1s[d].push(prf(counts[d]).f1);
    const all = sumCounts(BINARY_DEVICES.map((d) => counts[d]));
    if (decided(all)) micro.push(prf(all).f1);
    if (varies(gold) && varies(predicted)) rs.push(pearson(gold, predicted));
  }
  const interval = (xs: number[]): Interval => percentileInterval(xs, level);
  return {
    devices: Object.fromEntries(BINARY_DEVICES.map((d) => [d, interval(f1s[d])])) as Record<BinaryDevice, Interval>,
    micro: interval(micro),
    sentiment: interval(rs),
    resamples,
    level,
    by,
  };
}

/** Whether counts define an F1: something was marked or flagged. */
function decided(c: Counts): boolean {
  return c.tp + c.fp + c.fn > 0;
}

/** Whether a series has two or more values that are not all the same (so a correlation with it is defined). */
function varies(xs: readonly number[]): boolean {
  return xs.some((x) => x !== xs[0]);
}

/** A JavaScript caller's outcomes, checked: a list of what evaluateGold() returns as `outcomes`, each with its doc and both label sets. */
function checkOutcomes(outcomes: unknown): asserts outcomes is readonly SentenceOutcome[] {
  if (!Array.isArray(outcomes)) throw new UsageError(`bootstrapIntervals() takes a list of sentence outcomes (an EvalReport's outcomes, as evaluateGold() returns it), not ${shownValue(outcomes)}`);
  outcomes.forEach((o: unknown, i) => {
    if (wrongShape(o, { doc: 'string', predicted: 'object', gold: 'object' }) !== undefined) {
      throw new UsageError(`bootstrapIntervals(): outcomes[${i}] must be a sentence outcome (with doc, predicted and gold), not ${shownValue(o)}`);
    }
  });
}

/** The middle `level` share of the values: the (1 − level)/2 and (1 + level)/2 quantiles, rounded to four places. */
export function percentileInterval(values: readonly number[], level: number): Interval {
  if (values.length === 0) return [0, 0];
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => {
    const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
    return Math.round(sorted[i] * 1e4) / 1e4;
  };
  return [at((1 - level) / 2), at((1 + level) / 2)];
}
