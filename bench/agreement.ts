// Agreement between two labellings of the same sentences (npm run bench:agreement -- A.jsonl B.jsonl): for each device
// both label, B is read as the reference and A as the reading under test, sentence by sentence (a sentence of A is
// matched to the sentence of B with the same span, or else to those it overlaps). Prints P / R / F1 per document and
// pooled, which is how the engineers' labels that our checks use are compared with the human annotators' dev labels.

import { readGold, BINARY_DEVICES, type BinaryDevice, type GoldSentence } from '../src/eval/gold.js';
import { countOutcome, prf, sumCounts, type Counts } from '../src/eval/stats.js';
import { fixed3 as fmt, SHARED, tableRow as row } from './table.js';

const [fileA, fileB, ...rest] = process.argv.slice(2);
if (!fileA || !fileB) {
  process.stderr.write('usage: npm run bench:agreement -- <labels A.jsonl> <reference B.jsonl> [--device D …]\n');
  process.exit(2);
}
const picked = rest.filter((_, i) => rest[i - 1] === '--device') as BinaryDevice[];
const a = readGold(fileA, SHARED);
const b = new Map(readGold(fileB, SHARED).map((d) => [d.doc, d]));
// Devices A labels (a sample file writes 0 placeholders for the others: a device with no positive in A is left out).
const devices = (picked.length > 0 ? picked : BINARY_DEVICES).filter((d) => a.some((doc) => doc.sentences.some((s) => s[d] === 1)));

/** B's label for a sentence of A: the same span, or else 1 when any sentence of B it overlaps is 1. */
function referenceLabel(s: GoldSentence, sentences: readonly GoldSentence[], device: BinaryDevice): 0 | 1 | undefined {
  const same = sentences.find((r) => r.start === s.start && r.end === s.end);
  if (same) return same[device];
  const overlapping = sentences.filter((r) => r.start < s.end && r.end > s.start);
  return overlapping.length === 0 ? undefined : overlapping.some((r) => r[device] === 1) ? 1 : 0;
}

process.stdout.write(row(['document', 'device', 'P', 'R', 'F1', 'tp / fp / fn']) + row(['---', '---', '---:', '---:', '---:', '---:']));
for (const device of devices) {
  const all: Counts[] = [];
  for (const doc of a) {
    const ref = b.get(doc.doc);
    if (!ref) continue;
    const counts = { tp: 0, fp: 0, fn: 0 };
    for (const s of doc.sentences) {
      const r = referenceLabel(s, ref.sentences, device);
      if (r === undefined) continue;
      countOutcome(counts, s[device] === 1, r === 1);
    }
    all.push(counts);
    const d = prf(counts);
    process.stdout.write(row([doc.doc, device, fmt(d.precision), fmt(d.recall), fmt(d.f1), `${d.tp} / ${d.fp} / ${d.fn}`]));
  }
  const d = prf(sumCounts(all));
  process.stdout.write(row(['**pooled**', device, fmt(d.precision), fmt(d.recall), `**${fmt(d.f1)}**`, `${d.tp} / ${d.fp} / ${d.fn}`]));
}
