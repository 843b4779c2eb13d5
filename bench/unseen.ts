// Generalization estimate (npm run bench:unseen): every device scored on text it was not tuned on, the held-out set and
// the engineers' blind-labelled checks pooled, each check counting only for the devices it labels, each F1 with its 95%
// bootstrap interval.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readGold, BINARY_DEVICES, type BinaryDevice } from '../src/eval/gold.js';
import { bootstrapIntervals, type Interval } from '../src/eval/bootstrap.js';
import { evaluateGold, type SentenceOutcome } from '../src/eval/score.js';
import { prf, sumCounts, type Counts } from '../src/eval/stats.js';
import { passageGold } from './passages.js';
import { fixed3 as fmt, SHARED, tableRow as row } from './table.js';

const here = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Each set of unseen text and the devices it labels (the fixtures label one or two devices; their READMEs say which). */
const SETS: { name: string; file: string; devices: readonly BinaryDevice[]; root?: string; passages?: boolean }[] = [
  { name: 'held-out set', file: 'bench/heldout/heldout.jsonl', devices: BINARY_DEVICES },
  { name: 'analogy fresh', file: 'test/fixtures/analogy-sample/fresh.jsonl', devices: ['historical_analogy'] },
  { name: 'analogy fresh2', file: 'test/fixtures/analogy-sample/fresh2.jsonl', devices: ['historical_analogy'] },
  { name: 'analogy fresh3', file: 'test/fixtures/analogy-sample/fresh3.jsonl', devices: ['historical_analogy'] },
  { name: 'us/them fresh', file: 'test/fixtures/us-them-sample/fresh.jsonl', devices: ['us_them'] },
  { name: 'us/them fresh2', file: 'test/fixtures/us-them-sample/fresh2.jsonl', devices: ['us_them'] },
  { name: 'blind check', file: 'test/fixtures/blind/blind.jsonl', devices: ['historical_analogy', 'us_them'] },
  { name: 'blind check 2', file: 'test/fixtures/blind/blind2.jsonl', devices: ['historical_analogy', 'us_them'] },
  { name: 'blind check 3', file: 'test/fixtures/blind/blind3.jsonl', devices: ['historical_analogy', 'us_them'] },
  { name: 'blind check 4', file: 'test/fixtures/blind/blind4.jsonl', devices: ['historical_analogy', 'us_them'] },
  { name: 'blind check 5', file: 'test/fixtures/blind/blind5.jsonl', devices: ['historical_analogy', 'us_them'] },
  { name: 'blind check 6', file: 'test/fixtures/blind/blind6.jsonl', devices: ['historical_analogy', 'us_them'] },
  { name: 'blind check 7', file: 'test/fixtures/blind/blind7.jsonl', devices: ['historical_analogy', 'us_them'] },
  { name: 'blind check 8', file: 'test/fixtures/blind/blind8.jsonl', devices: ['historical_analogy', 'us_them'] },
  { name: 'blind check 9', file: 'test/fixtures/blind/blind9.jsonl', devices: ['historical_analogy', 'us_them'] },
  { name: 'call-to-action fresh2', file: 'test/fixtures/cta-slogan-sample/fresh2.jsonl', devices: ['call_to_action', 'slogan'] },
  { name: 'call-to-action fresh3', file: 'test/fixtures/cta-slogan-sample/fresh3.jsonl', devices: ['call_to_action', 'slogan'] },
  { name: 'call-to-action fresh4', file: 'test/fixtures/cta-slogan-sample/fresh4.jsonl', devices: ['call_to_action', 'slogan'] },
  { name: 'call-to-action fresh5', file: 'test/fixtures/cta-slogan-sample/fresh5.jsonl', devices: ['call_to_action', 'slogan'] },
  { name: 'call-to-action fresh6', file: 'test/fixtures/cta-slogan-sample/fresh6.jsonl', devices: ['call_to_action', 'slogan'] },
  // Original commentary texts of four genres (a union rally speech, a party manifesto, a conservative op-ed, two radical op-eds, a populist speech), kept as checks.
  { name: 'genre check: union speech', file: 'test/fixtures/genre-sample/gold/check-union-speech.jsonl', devices: BINARY_DEVICES, root: 'test/fixtures/genre-sample' },
  { name: 'genre check: manifesto', file: 'test/fixtures/genre-sample/gold/check-manifesto.jsonl', devices: BINARY_DEVICES, root: 'test/fixtures/genre-sample' },
  { name: 'genre check: conservative op-ed', file: 'test/fixtures/genre-sample/gold/check-conservative-oped.jsonl', devices: BINARY_DEVICES, root: 'test/fixtures/genre-sample' },
  { name: 'genre check: radical op-ed', file: 'test/fixtures/genre-sample/gold/check-oped-radical.jsonl', devices: BINARY_DEVICES, root: 'test/fixtures/genre-sample' },
  { name: 'genre check: radical op-ed 2', file: 'test/fixtures/genre-sample/gold/check-oped-radical-2.jsonl', devices: BINARY_DEVICES, root: 'test/fixtures/genre-sample' },
  { name: 'genre check: populist speech', file: 'test/fixtures/genre-sample/gold/check-populist-speech.jsonl', devices: BINARY_DEVICES, root: 'test/fixtures/genre-sample' },
  // Short passages of every era, each scored as a document of its own (test/fixtures/probe/README.md).
  { name: 'probe check: analogy passages', file: 'test/fixtures/probe/gold/check-ha-3.jsonl', devices: ['historical_analogy'], root: 'test/fixtures/probe', passages: true },
  { name: 'probe check: us/them passages', file: 'test/fixtures/probe/gold/check-ut-3.jsonl', devices: ['us_them'], root: 'test/fixtures/probe', passages: true },
  // Passages of real corpus documents, chosen and labelled blind (test/fixtures/real-passages/README.md).
  { name: 'real passages check: analogy', file: 'test/fixtures/real-passages/ha-check.jsonl', devices: ['historical_analogy'] },
  { name: 'real passages check: us/them', file: 'test/fixtures/real-passages/ut-check.jsonl', devices: ['us_them'] },
];

if (!existsSync(SHARED)) {
  process.stderr.write(`bench:unseen: ${SHARED} is missing (the annotated texts resolve against it)\n`);
  process.exit(1);
}

/** The 95% bootstrap interval of a device's F1 over these sentences (`rhetoric eval --ci`). */
const interval = (outcomes: readonly SentenceOutcome[], device: BinaryDevice): string => {
  const [lo, hi]: Interval = bootstrapIntervals(outcomes).devices[device];
  return `${fmt(lo)}–${fmt(hi)}`;
};

const pooled = new Map<BinaryDevice, Counts[]>(BINARY_DEVICES.map((d) => [d, []]));
const pooledOutcomes = new Map<BinaryDevice, SentenceOutcome[]>(BINARY_DEVICES.map((d) => [d, []]));
process.stdout.write(row(['set', 'device', 'P', 'R', 'F1', 'F1 95% CI', 'tp / fp / fn']) + row(['---', '---', '---:', '---:', '---:', '---:', '---:']));
for (const set of SETS) {
  const root = set.root ? here(set.root) : SHARED;
  const report = evaluateGold(set.passages ? passageGold(here(set.file), root) : readGold(here(set.file), root));
  for (const device of set.devices) {
    const d = report.devices[device];
    pooled.get(device)!.push(d);
    pooledOutcomes.get(device)!.push(...report.outcomes);
    process.stdout.write(row([set.name, device, fmt(d.precision), fmt(d.recall), fmt(d.f1), interval(report.outcomes, device), `${d.tp} / ${d.fp} / ${d.fn}`]));
  }
}
for (const [device, counts] of pooled) {
  const d = prf(sumCounts(counts));
  process.stdout.write(row(['**pooled**', device, fmt(d.precision), fmt(d.recall), `**${fmt(d.f1)}**`, interval(pooledOutcomes.get(device)!, device), `${d.tp} / ${d.fp} / ${d.fn}`]));
}
process.stdout.write('\nF1 95% CI: percentile bootstrap, 1,000 seeded resamples of the sentences (`rhetoric eval --ci`).\n');
