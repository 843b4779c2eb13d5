// What a result holds over a part of its text: for tests that check code, comments and addresses are skipped as prose.

import type { analyze } from '../../src/analyze.js';

/** A line of code that would be flagged as prose: "us" and "them", a rally cry and a call. */
export const CODE = 'let us = them; // Down with the bugs! We must refactor.';

/** The findings and sentences of the result that overlap the first occurrence of `part` in its text. */
export function touches(result: ReturnType<typeof analyze>, part: string): { findings: string[]; sentences: number } {
  const start = result.text.indexOf(part);
  const end = start + part.length;
  return {
    findings: result.findings.filter((f) => f.start < end && f.end > start).map((f) => `${f.rule}: ${f.quote}`),
    sentences: result.sentences.filter((s) => s.start < end && s.end > start).length,
  };
}
