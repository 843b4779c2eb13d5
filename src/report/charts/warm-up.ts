// A small made-up result whose charts exercise the same drawing code as a real one: drawn to warm that code up, by the
// chart worker before the real result arrives and by the build that makes the chart library's code cache (library-build.ts).

import type { AnalysisResult, DeviceScore } from '../../result.js';

/** The made-up result: three devices (one of them sentiment, for the arc), two sections of twenty sentences. */
export function warmUpResult(): AnalysisResult {
  const devices = ['a', 'b', 'c'].map((id, i) => ({
    id,
    title: `Device ${id}`,
    description: 'warm-up',
    score: { label: 'per 1,000 words', definition: 'warm-up', min: i === 0 ? -1 : 0, max: i === 0 ? 1 : null, digits: 2 },
  }));
  devices[0].id = 'sentiment';
  const score = (x: number): DeviceScore => ({ score: x, metrics: {}, tallies: {} });
  const scores = (x: number): Record<string, DeviceScore> => Object.fromEntries(devices.map((d) => [d.id, score(d.score.min < 0 ? x - 0.5 : x)]));
  const sentences = Array.from({ length: 40 }, (_, i) => ({ index: i, section: i < 20 ? 0 : 1, start: i, end: i + 1, line: i + 1, words: 10, heading: i === 0, values: { sentiment: Math.sin(i) / 2 } }));
  const section = (index: number) => ({ index, kind: 'heading' as const, title: `Part ${index + 1}`, start: 0, end: 1, line: 1, words: 200, firstSentence: index * 20, sentenceCount: 20, scores: scores(index) });
  return {
    schemaVersion: 1,
    tool: { name: 'warm-up', version: '0' },
    source: { name: 'warm-up', format: 'text', characters: 40, words: 400, sentences: 40, lines: 40, sha256: '0'.repeat(64) },
    title: 'warm-up',
    devices,
    document: scores(0.5),
    sections: [section(0), section(1)],
    sentences,
    findings: [],
    text: 'x'.repeat(40),
  };
}
