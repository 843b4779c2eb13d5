// Logistic regression over named, interpretable features: trained offline by a script, shipped as a lexicon data file,
// applied per sentence by an analyzer that reports which features carried its decision.

import { countOutcome, prf } from '../eval/stats.js';
import { InputError } from '../util/errors.js';
import { lazySchemas } from '../util/zod.js';

/** A sentence's feature values by feature id ("past-tense-we": 1, "year-mentions": 2). Absent features are 0. */
export type Features = Readonly<Record<string, number>>;

/** A trained model: the log-odds are `bias + Σ weights[f] × features[f]`; a sentence is positive at `threshold` or above. */
export interface LogisticModel {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
  /** Probability at or above which a sentence counts as positive (chosen by cross-validation when trained). */
  readonly threshold: number;
}

/** One labelled example for training. `group` (a document) keeps folds of cross-validation apart. */
export interface TrainingExample {
  readonly features: Features;
  readonly label: 0 | 1;
  /** How much the example counts (default 1), e.g. to balance a rare positive class. */
  readonly weight?: number;
  readonly group?: string;
}

export interface TrainingOptions {
  /** L2 penalty on the weights (not the bias); larger keeps weights small and the model general. Default 1. */
  readonly l2?: number;
  /** Newton steps at most (each solves the full quadratic model; 25 is plenty). */
  readonly maxIterations?: number;
}

/** What one feature added to a sentence's log-odds: what an explanation shows. */
export interface Contribution {
  readonly feature: string;
  readonly value: number;
  readonly weight: number;
  /** weight × value. */
  readonly contribution: number;
}

/** The model's probability that a sentence with these features is positive. */
export function probabilityOf(model: Pick<LogisticModel, 'bias' | 'weights'>, features: Features): number {
  return sigmoid(logOddsOf(model, features));
}

/** The log-odds of the model for these features. */
export function logOddsOf(model: Pick<LogisticModel, 'bias' | 'weights'>, features: Features): number {
  let z = model.bias;
  for (const name in features) {
    const w = model.weights[name];
    if (w !== undefined) z += w * features[name];
  }
  return z;
}

/** Each present feature's share of the log-odds, largest first (ties by name, so explanations are stable). */
export function contributionsOf(model: Pick<LogisticModel, 'weights'>, features: Features): Contribution[] {
  const out: Contribution[] = [];
  for (const feature of Object.keys(features)) {
    const weight = model.weights[feature];
    const value = features[feature];
    if (weight === undefined || value === 0) continue;
    out.push({ feature, value, weight, contribution: weight * value });
  }
  return out.sort((a, b) => b.contribution - a.contribution || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
}

/**
 * Fits weights and bias by Newton's method (iteratively reweighted least squares) with an L2 penalty: deterministic,
 * exact to rounding, and fast for the few dozen features an interpretable model has. Features are those seen in the
 * examples, in sorted order. A feature whose weight rounds to 0 is left out of the result.
 */
export function trainLogistic(examples: readonly TrainingExample[], options: TrainingOptions = {}): Omit<LogisticModel, 'threshold'> {
  const l2 = options.l2 ?? 1;
  const maxIterations = options.maxIterations ?? 25;
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const d = names.length + 1; // index 0 is the bias
  const rows = examples.map((e) => {
    const x = new Float64Array(d);
    x[0] = 1;
    names.forEach((n, i) => (x[i + 1] = e.features[n] ?? 0));
    return x;
  });
  const beta = new Float64Array(d);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const gradient = new Float64Array(d);
    const hessian = Array.from({ length: d }, () => new Float64Array(d));
    examples.forEach((e, k) => {
      const x = rows[k];
      let z = 0;
      for (let i = 0; i < d; i++) z += beta[i] * x[i];
      const p = sigmoid(z);
      const w = e.weight ?? 1;
      const r = w * (e.label - p);
      const s = w * p * (1 - p);
      for (let i = 0; i < d; i++) {
        if (x[i] === 0) continue;
        gradient[i] += r * x[i];
        for (let j = 0; j < d; j++) if (x[j] !== 0) hessian[i][j] += s * x[i] * x[j];
      }
    });
    for (let i = 1; i < d; i++) {
      gradient[i] -= l2 * beta[i];
      hessian[i][i] += l2;
    }
    hessian[0][0] += 1e-9; // keeps the system solvable when every example has the same label
    const step = solve(hessian, gradient);
    let largest = 0;
    for (let i = 0; i < d; i++) {
      beta[i] += step[i];
      largest = Math.max(largest, Math.abs(step[i]));
    }
    if (largest < 1e-8) break;
  }
  const weights: Record<string, number> = {};
  names.forEach((n, i) => {
    const w = round(beta[i + 1]);
    if (w !== 0) weights[n] = w;
  });
  return { bias: round(beta[0]), weights };
}

/**
 * Leave-one-group-out cross-validation: each example's probability from a model trained without its group (document),
 * the honest estimate of how the model does on a text it has not seen. Examples without a group form one group.
 */
export function crossValidatedProbabilities(examples: readonly TrainingExample[], options: TrainingOptions = {}): number[] {
  const groups = [...new Set(examples.map((e) => e.group ?? ''))];
  const out = new Array<number>(examples.length).fill(0);
  for (const g of groups) {
    const model = trainLogistic(
      examples.filter((e) => (e.group ?? '') !== g),
      options,
    );
    examples.forEach((e, i) => {
      if ((e.group ?? '') === g) out[i] = probabilityOf(model, e.features);
    });
  }
  return out;
}

/**
 * The shift of the log-odds that best fits labelled examples a model was not trained on: the maximum-likelihood value
 * of one intercept added to the model's (Newton's method in one variable). Positive when positives are likelier among
 * the examples than the model expects, e.g. on text its companion rules were not written on, where they miss more.
 */
export function interceptShift(model: Pick<LogisticModel, 'bias' | 'weights'>, examples: readonly TrainingExample[]): number {
  if (!examples.some((e) => e.label === 1) || !examples.some((e) => e.label === 0)) {
    throw new InputError('an intercept shift needs both positive and negative examples');
  }
  const logOdds = examples.map((e) => logOddsOf(model, e.features));
  let shift = 0;
  for (let step = 0; step < 50; step++) {
    let gradient = 0;
    let curvature = 0;
    examples.forEach((e, i) => {
      const p = sigmoid(logOdds[i] + shift);
      const w = e.weight ?? 1;
      gradient += w * (e.label - p);
      curvature += w * p * (1 - p);
    });
    if (curvature < 1e-12) break;
    const move = gradient / curvature;
    shift += Math.max(-2, Math.min(2, move));
    if (Math.abs(move) < 1e-9) break;
  }
  return shift;
}

/** Precision, recall and F1 of predicting positive at `threshold`. */
export function scoreAt(
  probabilities: readonly number[],
  labels: readonly (0 | 1)[],
  threshold: number,
): { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number } {
  const counts = { tp: 0, fp: 0, fn: 0 };
  probabilities.forEach((p, i) => countOutcome(counts, p >= threshold, labels[i] === 1));
  return prf(counts);
}

const modelSchemas = lazySchemas((z) => ({
  model: z.object({
    bias: z.number().finite(),
    weights: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'feature ids are dash-case'), z.number().finite()),
    threshold: z.number().gt(0).lt(1),
  }),
}));

/** Checks a model read from a lexicon data file; throws a one-line message naming what is wrong. */
export function parseLogisticModel(raw: unknown, where: string): LogisticModel {
  const result = modelSchemas().model.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(`${where}: invalid model at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small, symmetric and positive definite here). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => {
    const r = new Float64Array(n + 1);
    r.set(row);
    r[n] = b[i];
    return r;
  });
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    const p = m[col][col];
    if (Math.abs(p) < 1e-12) continue;
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let c = r + 1; c < n; c++) s -= m[r][c] * x[c];
    x[r] = Math.abs(m[r][r]) < 1e-12 ? 0 : s / m[r][r];
  }
  return x;
}
