// Percentiles of a distribution of scores, and where one score stands in it: the definitions every norms figure uses.

import { checkNumbers, shownValue, UsageError } from '../util/errors.js';

/**
 * The p-th quantile (0 ≤ p ≤ 1) of `values` by linear interpolation between order statistics (Hyndman and Fan's type 7,
 * the default of R's `quantile` and NumPy's `percentile`): with the values sorted x[0] ≤ … ≤ x[n−1] and h = (n−1)·p,
 * the quantile is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). NaN for an empty list.
 */
export function quantile(values: readonly number[], p: number): number {
  checkNumbers(values, 'quantile');
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new UsageError(`quantile(): p must be a number from 0 to 1, not ${shownValue(p)}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Where a score stands among the scores of a collection. */
export interface Standing {
  /** Share of the collection's documents (0…100) with a lower score. */
  below: number;
  /** Share with a higher score. */
  above: number;
  /** Share with the same score. */
  equal: number;
  /**
   * Percentile rank, the mean definition (SciPy's `percentileofscore(kind="mean")`): below + equal / 2, so a score tied with
   * every document stands at 50, and a score above them all at 100.
   */
  percentile: number;
  /** Number of documents in the collection. */
  count: number;
}

/** The standing of `score` among `values` (shares in percent). Scores are compared after rounding to `digits` decimals. */
export function standingOf(score: number, values: readonly number[], digits = 4): Standing {
  if (typeof score !== 'number') throw new UsageError(`standingOf(): score must be a number, not ${shownValue(score)}`);
  checkNumbers(values, 'standingOf');
  if (typeof digits !== 'number' || !Number.isInteger(digits) || digits < 0) throw new UsageError(`standingOf(): digits must be a whole number of decimals, 0 or more, not ${shownValue(digits)}`);
  const n = values.length;
  if (n === 0) return { below: 0, above: 0, equal: 0, percentile: Number.NaN, count: 0 };
  const f = 10 ** digits;
  const x = Math.round(score * f);
  let below = 0;
  let equal = 0;
  for (const v of values) {
    const r = Math.round(v * f);
    if (r < x) below++;
    else if (r === x) equal++;
  }
  const pct = (k: number) => (100 * k) / n;
  return { below: pct(below), above: pct(n - below - equal), equal: pct(equal), percentile: pct(below + equal / 2), count: n };
}

/** Arithmetic mean; NaN for an empty list. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
