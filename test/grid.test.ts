// Coverage of the grid rounds (test/fixtures/grid/README.md): sentences written for these tests, one kind of subject
// crossed with one kind of frame each, in the register of modern speeches, op-eds and columns, and near-misses that
// share their words but not the device. The rules were widened on them, so they are floors against losing that
// coverage, not a measure of accuracy on unseen text.

import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type DeviceId, type Finding } from '../src/index.js';

const GRID = (name: string): string => fileURLToPath(new URL(`fixtures/grid/${name}`, import.meta.url));

/**
 * Each line of a grid file and whether the device flags it. The lines are analyzed as one text (one paragraph a line, a
 * modern text's year), or each as a text of its own when a finding on one line may reach its neighbours (a historical
 * analogy's passage takes in the sentences that tell the case around it).
 */
function flagged(file: string, device: DeviceId, eachLineAlone = false): { line: string; flagged: boolean }[] {
  const lines = readFileSync(GRID(file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const overlaps = (start: number, end: number, findings: readonly Finding[]): boolean => findings.some((f) => f.start < end && f.end > start);
  const scored = (text: string): Finding[] => analyze(text, { devices: [device], year: 2024 }).findings.filter((f) => f.device === device && f.scored);
  if (eachLineAlone) return lines.map((line) => ({ line, flagged: overlaps(0, line.length, scored(line)) }));
  const text = lines.join('\n\n');
  const findings = scored(text);
  let at = 0;
  return lines.map((line) => {
    const start = text.indexOf(line, at);
    at = start + line.length;
    return { line, flagged: overlaps(start, start + line.length, findings) };
  });
}

const cases: { device: DeviceId; name: string; minFound: number; maxNearMisses: number; eachLineAlone?: boolean }[] = [
  { device: 'call_to_action', name: 'call-to-action', minFound: 0.9, maxNearMisses: 0.12 },
  { device: 'us_them', name: 'us-them', minFound: 0.9, maxNearMisses: 0.12 },
  { device: 'slogan', name: 'slogan', minFound: 0.9, maxNearMisses: 0.1 },
  { device: 'historical_analogy', name: 'historical-analogy', minFound: 0.9, maxNearMisses: 0.1, eachLineAlone: true },
];

for (const { device, name, minFound, maxNearMisses, eachLineAlone } of cases) {
  test(`${name} grid: at least ${minFound * 100}% of its sentences are flagged`, (t) => {
    const rows = flagged(`${name}-positives.txt`, device, eachLineAlone);
    const missed = rows.filter((r) => !r.flagged);
    t.true(rows.length >= 50, 'the grid file is there and full');
    t.true(1 - missed.length / rows.length >= minFound, `missed ${missed.length} of ${rows.length}:\n${missed.map((r) => r.line).join('\n')}`);
  });

  test(`${name} grid: at most ${maxNearMisses * 100}% of its near-misses are flagged`, (t) => {
    const rows = flagged(`${name}-near-misses.txt`, device, eachLineAlone);
    const wrong = rows.filter((r) => r.flagged);
    t.true(rows.length >= 30, 'the near-miss file is there and full');
    t.true(wrong.length / rows.length <= maxNearMisses, `flagged ${wrong.length} of ${rows.length}:\n${wrong.map((r) => r.line).join('\n')}`);
  });
}
