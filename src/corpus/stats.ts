// Corpus-wide figures from summary rows: each device's distribution, its highest and lowest documents, and the most extreme ones.

import { describeScores, type DeviceNorm } from '../compare/norms.js';
import type { SummaryRow } from './summary.js';

/** The rows that were analyzed (bad input left out). */
export function analyzedRows(rows: readonly SummaryRow[]): SummaryRow[] {
  return rows.filter((r) => !r.error);
}

/** The distribution of a device's score over the analyzed rows. */
export function deviceDistribution(rows: readonly SummaryRow[], device: string): DeviceNorm {
  return describeScores(analyzedRows(rows).map((r) => r.scores[device] ?? 0));
}

/** Rows ordered by a device's score, highest first (`lowestFirst`: lowest first); ties in input order either way. */
export function rankedBy(rows: readonly SummaryRow[], device: string, lowestFirst = false): SummaryRow[] {
  const sign = lowestFirst ? -1 : 1;
  return analyzedRows(rows)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => sign * ((b.r.scores[device] ?? 0) - (a.r.scores[device] ?? 0)) || a.i - b.i)
    .map((x) => x.r);
}

/** The `n` documents farthest from the device's median (either side), farthest first; ties in input order. Documents at the median are never picked. */
export function mostExtreme(rows: readonly SummaryRow[], device: string, n = 5): SummaryRow[] {
  const analyzed = analyzedRows(rows);
  const median = deviceDistribution(analyzed, device).p50;
  return analyzed
    .map((r, i) => ({ r, i, d: Math.abs((r.scores[device] ?? 0) - median) }))
    .filter((x) => x.d > 0)
    .sort((a, b) => b.d - a.d || a.i - b.i)
    .slice(0, n)
    .map((x) => x.r);
}

/** The short name of a document for labels: its file name without folder and extension. */
export function shortName(row: SummaryRow): string {
  return row.file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}
