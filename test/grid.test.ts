// Coverage of the grid rounds (test/fixtures/grid/README.md): sentences written for these tests, one kind of subject
// crossed with one kind of frame each, in the register of modern speeches, op-eds and columns, and near-misses that
// share their words but not the device. The rules were widened on them, so they are floors against losing that
// coverage, not a measure of accuracy on unseen text.

import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type DeviceId } from '../src/index.js';

const GRID = (name: string): string => fileURLToPath(new URL(`fixtures/grid/${name}`, import.meta.url));

/** Each line of a grid file analyzed as one text (one paragraph a line, a modern text's year), and whether the device flags it. */
function flagged(file: string, device: DeviceId): { line: string; flagged: boolean }[] {
  const lines = readFileSync(GRID(file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const text = lines.join('\n\n');
  const findings = analyze(text, { devices: [device], year: 2024 }).findings.filter((f) => f.device === device && f.scored);
  let at = 0;
  return lines.map((line) => {
    const start = text.indexOf(line, at);
    at = start + line.length;
    return { line, flagged: findings.some((f) => f.start < start + line.length && f.end > start) };
  });
}

const cases: { device: DeviceId; name: string; minFound: number; maxNearMisses: number }[] = [
  { device: 'call_to_action', name: 'call-to-action', minFound: 0.9, maxNearMisses: 0.12 },
  { device: 'us_them', name: 'us-them', minFound: 0.9, maxNearMisses: 0.12 },
  { device: 'slogan', name: 'slogan', minFound: 0.9, maxNearMisses: 0.1 },
];

for (const { device, name, minFound, maxNearMisses } of cases) {
  test(`${name} grid: at least ${minFound * 100}% of its sentences are flagged`, (t) => {
    const rows = flagged(`${name}-positives.txt`, device);
    const missed = rows.filter((r) => !r.flagged);
    t.true(rows.length >= 50, 'the grid file is there and full');
    t.true(1 - missed.length / rows.length >= minFound, `missed ${missed.length} of ${rows.length}:\n${missed.map((r) => r.line).join('\n')}`);
  });

  test(`${name} grid: at most ${maxNearMisses * 100}% of its near-misses are flagged`, (t) => {
    const rows = flagged(`${name}-near-misses.txt`, device);
    const wrong = rows.filter((r) => r.flagged);
    t.true(rows.length >= 30, 'the near-miss file is there and full');
    t.true(wrong.length / rows.length <= maxNearMisses, `flagged ${wrong.length} of ${rows.length}:\n${wrong.map((r) => r.line).join('\n')}`);
  });
}
