// One rule's cases as tests: sentences it must flag and look-alikes it must leave alone, each a test of its own.

import test from 'ava';
import { analyze } from '../../src/index.js';
import type { DeviceId } from '../../src/analyzers/types.js';

/** The rules of the scored findings of `device` in `text`. */
export const scoredRules = (text: string, device: DeviceId): string[] =>
  analyze(text, { devices: [device], format: 'markdown' }).findings.filter((f) => f.device === device && f.scored).map((f) => f.rule);

/**
 * Registers a test per case: each positive [what, sentence] must be flagged by `rule`; each negative must not be, or, with
 * `negatives: 'no finding'`, must get no scored finding of the device at all.
 */
export function ruleCases(
  rule: string,
  device: DeviceId,
  cases: { positives: [string, string][]; negatives: [string, string][]; negativesGet?: 'no finding' | 'not this rule' },
): void {
  for (const [what, sentence] of cases.positives) {
    test(`${rule} counts: ${what}`, (t) => {
      const rules = scoredRules(sentence, device);
      t.true(rules.includes(rule), JSON.stringify(rules));
    });
  }
  for (const [what, sentence] of cases.negatives) {
    test(`${rule} leaves alone: ${what}`, (t) => {
      const rules = scoredRules(sentence, device);
      if (cases.negativesGet === 'no finding') t.deepEqual(rules, []);
      else t.false(rules.includes(rule), JSON.stringify(rules));
    });
  }
}
