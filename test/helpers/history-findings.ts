// The scored historical-analogy findings of a short text written for a test, for the rule tables of the analyzer's tests.

import { analyze } from '../../src/index.js';
import { parse } from '../../src/analyze.js';
import { LEARNED_RULE } from '../../src/analyzers/historical-analogy.js';

const DEVICE = 'historical_analogy';

/** The rules' scored historical-analogy findings of a text (prose, optionally dated; not the learned model's), with the text of the sentence each one is in. */
export function scoredAnalogies(text: string, year?: number): { rule: string; sentence: string }[] {
  const doc = parse(text, { format: 'markdown' });
  return analyze(text, { devices: [DEVICE], format: 'markdown', ...(year !== undefined ? { year } : {}) })
    .findings.filter((f) => f.device === DEVICE && f.scored && f.rule !== LEARNED_RULE)
    .map((f) => ({ rule: f.rule, sentence: doc.sentences[f.sentence].text }));
}

/** The rules of those findings, each once, in the order they first occur. */
export const analogyRules = (text: string, year?: number): string[] => [...new Set(scoredAnalogies(text, year).map((f) => f.rule))];
