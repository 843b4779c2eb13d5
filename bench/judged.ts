// Judged precision (npm run bench:judged): sentences of unlabelled corpus texts that engineers calibrated on the
// annotators' dev labels judged one by one (bench/judged/*.tsv; bench/judged/README.md says how). For a set of
// sentences the analyzer flagged when they were judged, how many it still flags and how many of those are right; for a
// set it left unflagged, how many it flags now and how many of those are right. Only spans and verdicts are stored.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/index.js';
import { yearOptionOf } from '../src/corpus/manifest.js';
import type { BinaryDevice } from '../src/eval/gold.js';
import { SHARED, tableRow as row } from './table.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Each judged set: its file, device, whether its sentences were flagged when judged (`note`, when given, says what was
 * judged instead, in the table's first column), and lexicon folders to add.
 */
const SETS: { file: string; device: BinaryDevice; judgedFlagged: boolean; note?: string; lexicons?: string[]; rule?: string }[] = [
  { file: 'judged/ha-rules.tsv', device: 'historical_analogy', judgedFlagged: true },
  { file: 'judged/ha-modern.tsv', device: 'historical_analogy', judgedFlagged: true },
  { file: 'judged/ha-listed.tsv', device: 'historical_analogy', judgedFlagged: false },
  { file: 'judged/ha-learned-model.tsv', device: 'historical_analogy', judgedFlagged: true, lexicons: [here('models/')], rule: 'history-learned' },
  { file: 'judged/ut-rules.tsv', device: 'us_them', judgedFlagged: true },
  { file: 'judged/ut-modern.tsv', device: 'us_them', judgedFlagged: true },
  { file: 'judged/ut-listed.tsv', device: 'us_them', judgedFlagged: false },
  { file: 'judged/ha-sample-2.tsv', device: 'historical_analogy', judgedFlagged: true },
  { file: 'judged/ut-sample-2.tsv', device: 'us_them', judgedFlagged: true },
  { file: 'judged/ha-near-2.tsv', device: 'historical_analogy', judgedFlagged: false },
  { file: 'judged/ut-near-2.tsv', device: 'us_them', judgedFlagged: false },
  { file: 'judged/slogan-rules.tsv', device: 'slogan', judgedFlagged: true },
  { file: 'judged/ut-learned-retrain.tsv', device: 'us_them', judgedFlagged: true, note: ' (flagged by one of two learned models)' },
];

interface Judged {
  doc: string;
  start: number;
  end: number;
  right: boolean;
}

function readJudged(file: string): Judged[] {
  return readFileSync(here(file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [doc, start, end, judged] = line.split('\t');
      return { doc, start: Number(start), end: Number(end), right: judged === '1' };
    });
}

process.stdout.write(row(['set', 'judged', 'right', 'flagged now', 'right of flagged now', 'precision now']) + row(['---', '---:', '---:', '---:', '---:', '---:']));
for (const set of SETS) {
  const judged = readJudged(set.file);
  const byDoc = new Map<string, Judged[]>();
  for (const j of judged) byDoc.set(j.doc, [...(byDoc.get(j.doc) ?? []), j]);
  let flagged = 0;
  let flaggedRight = 0;
  for (const [doc, list] of byDoc) {
    const path = `${SHARED}${doc}`;
    const findings = analyze(readFileSync(path, 'utf8'), { devices: [set.device], ...yearOptionOf(path), ...(set.lexicons ? { lexicons: set.lexicons } : {}) }).findings.filter(
      (f) => f.device === set.device && f.scored && (set.rule === undefined || f.rule === set.rule),
    );
    for (const j of list) {
      if (!findings.some((f) => f.start < j.end && f.end > j.start)) continue;
      flagged++;
      if (j.right) flaggedRight++;
    }
  }
  const right = judged.filter((j) => j.right).length;
  const precision = flagged > 0 ? (flaggedRight / flagged).toFixed(3) : '–';
  process.stdout.write(row([`${set.file}${set.note ?? (set.judgedFlagged ? '' : ' (unflagged when judged)')}`, judged.length, right, flagged, flaggedRight, precision]));
}
