// One check for every labelled set kept as a regression floor: the set still has its sentences, and precision and F1
// (of one device, or micro over the four) stay at or above the floor.

import type { ExecutionContext } from 'ava';
import type { BinaryDevice, GoldDocument } from '../../src/eval/gold.js';
import { evaluateGold } from '../../src/eval/score.js';

export interface Floor {
  /** The exact number of gold sentences, or a minimum. */
  sentences: number | { atLeast: number };
  precision: number;
  f1: number;
}

/** Scores `gold` with the bundled lexicons only and asserts the floor for `device` ("micro": the four devices pooled). */
export function holdsFloor(t: ExecutionContext, gold: readonly GoldDocument[], device: BinaryDevice | 'micro', floor: Floor): void {
  const count = gold.reduce((n, g) => n + g.sentences.length, 0);
  if (typeof floor.sentences === 'number') t.is(count, floor.sentences);
  else t.true(count >= floor.sentences.atLeast);
  const report = evaluateGold(gold, { lexicons: [] });
  const { precision, f1 } = device === 'micro' ? report.micro : report.devices[device];
  t.true(precision >= floor.precision, `precision ${precision.toFixed(3)}`);
  t.true(f1 >= floor.f1, `F1 ${f1.toFixed(3)}`);
}
