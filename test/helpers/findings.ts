// Results with findings made to order, for renderer tests: the renderers read only the result.

import type { Finding } from '../../src/analyzers/types.js';
import type { AnalysisResult } from '../../src/result.js';

/** A result whose findings are replaced by the given spans (each a copy of the first finding), in the order given. */
export function withFindings(result: AnalysisResult, spans: { device: string; start: number; end: number; rule?: string }[]): AnalysisResult {
  const base = result.findings[0];
  const findings: Finding[] = spans.map((s, i) => ({
    ...base,
    device: s.device,
    rule: s.rule ?? `test-rule-${i}`,
    start: s.start,
    end: s.end,
    quote: result.text.slice(s.start, s.end),
    explanation: `Explanation number ${i}.`,
    sentence: result.sentences.findIndex((x) => x.start <= s.start && s.start < x.end),
  }));
  return { ...result, findings };
}
