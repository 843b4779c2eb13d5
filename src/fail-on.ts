// --fail-on thresholds: "call_to_action>12,us_them>0.3" checked against a result's document scores.

import type { AnalysisResult } from './result.js';
import { isPlainObject, shownValue, UsageError, wrongShape } from './util/errors.js';

/** One `--fail-on` threshold, as parseThresholds() reads it: `call_to_action>12` passes when that document score is above 12. */
export interface Threshold {
  device: string;
  op: '>' | '>=' | '<' | '<=';
  value: number;
}

/**
 * Parses a comma-separated list of `device OP number` (OP one of > >= < <=). With `runDevices`, the devices the run
 * analyzes, a threshold on a device left out of the run is refused: it could never pass, and the check would be void.
 */
export function parseThresholds(spec: string, knownDevices: readonly string[], runDevices: readonly string[] = knownDevices): Threshold[] {
  if (typeof spec !== 'string') throw new UsageError(`parseThresholds() takes the thresholds as a string such as "call_to_action>12", not ${shownValue(spec)}`);
  for (const [name, list] of [['knownDevices', knownDevices], ['runDevices', runDevices]] as const) {
    if (!Array.isArray(list) || !list.every((d) => typeof d === 'string')) throw new UsageError(`parseThresholds(): ${name} must be a list of device ids, not ${shownValue(list)}`);
  }
  const out: Threshold[] = [];
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z_]+)\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)$/.exec(part);
    if (!m) throw new UsageError(`--fail-on: cannot read "${part}" (expected e.g. call_to_action>12)`);
    if (!knownDevices.includes(m[1])) throw new UsageError(`--fail-on: unknown device "${m[1]}" (known: ${knownDevices.join(', ')})`);
    if (!runDevices.includes(m[1])) throw new UsageError(`--fail-on: ${m[1]} is not analyzed in this run (the devices setting leaves it out), so its threshold could never pass`);
    out.push({ device: m[1], op: m[2] as Threshold['op'], value: Number(m[3]) });
  }
  if (out.length === 0) throw new UsageError('--fail-on: no threshold given');
  return out;
}

/** The thresholds a result passes, each as a sentence ("call_to_action 14.2 > 12"). */
export function passedThresholds(result: Pick<AnalysisResult, 'document'>, thresholds: readonly Threshold[]): string[] {
  const got = wrongShape(result, { document: 'object' });
  if (got !== undefined) throw new UsageError(`passedThresholds(): result must be an analysis result (with document, its scores by device), not ${got}`);
  const bad = Object.entries(result.document).find(([, s]) => wrongShape(s, { score: 'number' }) !== undefined);
  if (bad) throw new UsageError(`passedThresholds(): result.document[${JSON.stringify(bad[0])}] must be a device score (with score), not ${shownValue(bad[1])}`);
  checkThresholds(thresholds, 'passedThresholds');
  return thresholdsPassedBy(Object.fromEntries(Object.entries(result.document).map(([device, s]) => [device, s.score])), thresholds);
}

/** The thresholds that document scores (by device id, as a corpus row holds them) pass, each as a sentence. */
export function thresholdsPassedBy(scores: Readonly<Record<string, number>>, thresholds: readonly Threshold[]): string[] {
  if (!isPlainObject(scores)) throw new UsageError(`thresholdsPassedBy(): scores must be document scores by device id (a summary row's scores), not ${shownValue(scores)}`);
  checkThresholds(thresholds, 'thresholdsPassedBy');
  const passed: string[] = [];
  for (const t of thresholds) {
    const score = scores[t.device];
    if (score === undefined) continue;
    const hit = t.op === '>' ? score > t.value : t.op === '>=' ? score >= t.value : t.op === '<' ? score < t.value : score <= t.value;
    if (hit) passed.push(`${t.device} ${score} ${t.op} ${t.value}`);
  }
  return passed;
}

const OPS: readonly string[] = ['>', '>=', '<', '<='];

/** A JavaScript caller's thresholds, checked: a string such as "slogan>1" was read character by character, and none passed. */
function checkThresholds(thresholds: unknown, fn: string): asserts thresholds is readonly Threshold[] {
  if (!Array.isArray(thresholds)) throw new UsageError(`${fn}(): thresholds must be a list of thresholds as parseThresholds() returns them, not ${shownValue(thresholds)}`);
  thresholds.forEach((t: unknown, i) => {
    if (wrongShape(t, { device: 'string', op: 'string', value: 'number' }) === undefined && OPS.includes((t as Threshold).op)) return;
    throw new UsageError(`${fn}(): thresholds[${i}] must be a threshold ({device, op, value} with op one of > >= < <=, as parseThresholds() returns), not ${shownValue(t)}`);
  });
}
