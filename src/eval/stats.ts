// Agreement statistics: precision/recall/F1 from counts, Pearson and Spearman correlation.

/** Decision counts of one device (or several added up): true positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 (0 where undefined), with the counts they come from. */
export interface PRF extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Adds one decision to the counts: predicted and actually positive is a tp, predicted only a fp, actual only a fn. */
export function countOutcome(counts: Counts, predicted: boolean, actual: boolean): void {
  if (predicted && actual) counts.tp++;
  else if (predicted) counts.fp++;
  else if (actual) counts.fn++;
}

/** The counts of several devices or sets added up: what micro-averaged and pooled figures are computed from. */
export function sumCounts(list: Iterable<Counts>): Counts {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const c of list) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  return sum;
}

/** Precision, recall and F1 from counts (0 where undefined). */
export function prf({ tp, fp, fn }: Counts): PRF {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

/** Pearson's r; 0 when either series is constant or shorter than 2. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Ranks with ties given their average rank (1-based). */
export function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(xs.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k][1]] = rank;
    i = j + 1;
  }
  return out;
}

/** Spearman's rho: Pearson's r of the ranks. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(ranks(xs), ranks(ys));
}
