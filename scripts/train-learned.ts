// Trains an analyzer's learned second opinion (src/learn/) on labelled gold files and reports how it generalizes.
//
// Usage:
//   npx tsx scripts/train-learned.ts --device historical_analogy --model history-learned \
//     --train ../shared/gold/dev.jsonl test/fixtures/analogy-sample/sample.jsonl … [--check FILE …] \
//     [--calibrate FILE …] [--l2 1] [--positive-weight 1] [--threshold 0.6] [--every-sentence] [--file PATH] [--write]
//
// The model sees only sentences the analyzer's rules did not flag: its job is the recall the rules miss, and a sentence
// counts as positive when the rules or the model flag it. With `--every-sentence` it is trained on every sentence, the
// ones the rules flag too, so that it learns the device rather than the rules' leftovers; it still adds findings only
// where the rules are silent. Figures are leave-one-document-out over the training files
// (each document predicted by a model trained without it). `--check` files are scored with the final model, totals
// only: they are generalization checks, not for tuning. `--calibrate` files re-fit the model's intercept on their
// sentences the rules did not flag (interceptShift): the rules were written on the training files and catch more of
// their positives there than on other text, so the unflagged training sentences hold fewer positives than unflagged
// sentences of new text, and a model trained on them alone underrates the odds (about 3.5–3.8 times, measured for both
// models in 2026-11). With `--calibrate` the threshold is 0.5 unless `--threshold` says otherwise: a sentence is flagged
// when it is more likely than not to hold the device on text the rules were not written on. `--write` stores the model
// in lexicons/<model>.json, or in the `--file` given (a model measured and not shipped lives in bench/models/); the
// analyzer's author writes that file's description, explanation, feature descriptions, requires and excludes.
// A file given as FILE@ROOT resolves its documents against ROOT instead of --root (e.g.
// test/fixtures/genre-sample/gold/oped-left.jsonl@test/fixtures/genre-sample).
// Sample files label one device only (the others are 0 placeholders); pass only files labelled for --device.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from '../src/analyze.js';
import { analyzerFor } from '../src/analyzers/index.js';
import { documentYear } from '../src/corpus/manifest.js';
import { BINARY_DEVICES, readGold, type BinaryDevice } from '../src/eval/gold.js';
import { mayFlag, trainingEvidence, type LearnedModelFile } from '../src/learn/learned.js';
import { crossValidatedProbabilities, interceptShift, probabilityOf, scoreAt, trainLogistic, type Features, type TrainingExample } from '../src/learn/logistic.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { writeFileAtomic } from '../src/util/fs.js';

interface Labelled {
  features: Features;
  label: 0 | 1;
  group: string;
  /** The rules already flag the sentence. */
  ruled: boolean;
}

function values(args: string[], name: string): string[] {
  const i = args.indexOf(name);
  if (i < 0) return [];
  const out: string[] = [];
  for (let j = i + 1; j < args.length && !args[j].startsWith('--'); j++) out.push(args[j]);
  return out;
}

function value(args: string[], name: string): string | undefined {
  return values(args, name)[0];
}

/** Every gold sentence of the files, with the features of the parsed sentence it overlaps most and whether the rules flag it. */
function labelledSentences(files: readonly string[], device: BinaryDevice, rule: string, root: string): Labelled[] {
  const analyzer = analyzerFor(device)!;
  const lexicons = loadLexicons();
  const out: Labelled[] = [];
  for (const file of files) {
    // "FILE@ROOT" resolves that file's documents against its own root (the genre samples keep their texts beside their gold).
    const at = file.lastIndexOf('@');
    for (const gold of at > 0 ? readGold(file.slice(0, at), resolve(file.slice(at + 1))) : readGold(file, root)) {
      const document = parse(readFileSync(gold.path, 'utf8'));
      // Dated as `rhetoric eval` dates it (the corpus manifest or the file name).
      const year = documentYear(gold.path);
      if (year !== undefined) document.year = year;
      const { features, ruleFindings } = trainingEvidence(analyzer, document, lexicons, rule);
      for (const s of gold.sentences) {
        let best = -1;
        let bestOverlap = 0;
        for (const ours of document.sentences) {
          const overlap = Math.min(ours.end, s.end) - Math.max(ours.start, s.start);
          if (overlap > bestOverlap) [best, bestOverlap] = [ours.index, overlap];
        }
        if (best < 0) continue;
        out.push({
          features: features[best] ?? {},
          label: s[device],
          group: `${file}#${gold.doc}`,
          ruled: ruleFindings.some((f) => f.start < s.end && f.end > s.start),
        });
      }
    }
  }
  return out;
}

function format(score: ReturnType<typeof scoreAt>): string {
  const f = (x: number) => x.toFixed(3);
  return `P ${f(score.precision)} R ${f(score.recall)} F1 ${f(score.f1)} (tp ${score.tp} fp ${score.fp} fn ${score.fn})`;
}

/** Rules alone, and rules or model at `threshold`, over all sentences. */
function unionScores(rows: readonly Labelled[], probabilities: readonly number[], threshold: number) {
  const labels = rows.map((r) => r.label);
  const rules = scoreAt(rows.map((r) => (r.ruled ? 1 : 0)), labels, 0.5);
  const union = scoreAt(rows.map((r, i) => (r.ruled || probabilities[i] >= threshold ? 1 : 0)), labels, 0.5);
  return { rules, union };
}

function main(args: string[]): number {
  const device = value(args, '--device') as BinaryDevice | undefined;
  const name = value(args, '--model');
  const train = values(args, '--train');
  if (!device || !BINARY_DEVICES.includes(device) || !name || train.length === 0) {
    process.stderr.write('usage: train-learned.ts --device D --model NAME --train FILE… [--check FILE…] [--l2 X] [--positive-weight X] [--threshold X] [--write]\n');
    return 2;
  }
  const root = value(args, '--root') ?? resolve('../shared');
  const l2 = Number(value(args, '--l2') ?? 1);
  const positiveWeight = Number(value(args, '--positive-weight') ?? 1);
  const rows = labelledSentences(train, device, name, root);
  // The model file (its descriptions, requires and excludes; --write replaces its model and source). A sentence holding
  // none of the features it requires, or one it excludes, is never flagged, so it is not trained on.
  const path = resolve(value(args, '--file') ?? `lexicons/${name}.json`);
  const stored = JSON.parse(readFileSync(path, 'utf8')) as LearnedModelFile;
  const gate = { requires: stored.requires ?? [], excludes: stored.excludes ?? [] };
  const gated = gate.requires.length + gate.excludes.length > 0;
  const eligible = (r: Labelled): boolean => !r.ruled && mayFlag(gate, r.features);
  // --every-sentence: learn the device from every sentence open to the model, the ones the rules flag too, instead of
  // only the rules' leftovers. The model still adds findings only where the rules are silent.
  const everySentence = args.includes('--every-sentence');
  const candidates = rows.filter(everySentence ? (r: Labelled) => mayFlag(gate, r.features) : eligible);
  const examples: TrainingExample[] = candidates.map((r) => ({ features: r.features, label: r.label, group: r.group, weight: r.label === 1 ? positiveWeight : 1 }));
  const cv = crossValidatedProbabilities(examples, { l2 });
  const byRow = new Map<Labelled, number>(candidates.map((r, i) => [r, cv[i]]));
  const probabilities = rows.map((r) => byRow.get(r) ?? 0);

  console.log(`${rows.length} sentences (${rows.filter((r) => r.label).length} positive) in ${new Set(rows.map((r) => r.group)).size} documents; ${candidates.length} ${everySentence ? 'trained on (every sentence)' : 'not flagged by the rules'}${gated ? ' and open to the model (its requires and excludes)' : ''} (${candidates.filter((r) => r.label).length} positive)`);
  console.log(`rules alone:                 ${format(unionScores(rows, probabilities, 2).rules)}`);
  let bestThreshold = 0.5;
  let bestF1 = -1;
  for (let t = 0.3; t <= 0.951; t += 0.05) {
    const { union } = unionScores(rows, probabilities, t);
    console.log(`rules or model ≥ ${t.toFixed(2)} (cv):   ${format(union)}`);
    if (union.f1 > bestF1) [bestF1, bestThreshold] = [union.f1, Math.round(t * 100) / 100];
  }
  const calibrate = values(args, '--calibrate');
  const threshold = Number(value(args, '--threshold') ?? (calibrate.length > 0 ? 0.5 : bestThreshold));
  const fitted = trainLogistic(examples, { l2 });
  let model = { ...fitted, threshold };
  let calibration = '';
  if (calibrate.length > 0) {
    const calibrationRows = labelledSentences(calibrate, device, name, root);
    const unflagged = calibrationRows.filter(eligible);
    const shift = interceptShift(fitted, unflagged.map((r) => ({ features: r.features, label: r.label })));
    const before = unionScores(calibrationRows, calibrationRows.map((r) => (eligible(r) ? probabilityOf(fitted, r.features) : 0)), threshold).union;
    model = { ...model, bias: Math.round((fitted.bias + shift) * 1e4) / 1e4 };
    const after = unionScores(calibrationRows, calibrationRows.map((r) => (eligible(r) ? probabilityOf(model, r.features) : 0)), threshold).union;
    console.log(`\nintercept re-fitted on ${unflagged.length} unflagged sentences (${unflagged.filter((r) => r.label).length} positive) of ${calibrate.join(', ')}: ${shift >= 0 ? '+' : ''}${shift.toFixed(3)} log-odds (odds × ${Math.exp(shift).toFixed(2)})`);
    console.log(`  at ${threshold}, rules or model, before: ${format(before)}\n  after:                            ${format(after)}`);
    calibration =
      `${gated ? ', on the sentences open to it (its requires and excludes)' : ''} (before the re-fit, at its best threshold ${bestThreshold}); then the intercept re-fitted on the ${unflagged.length} such sentences the rules leave unflagged in ` +
      `${calibrate.join(', ')} (text the rules were not written on): ${shift >= 0 ? '+' : ''}${shift.toFixed(2)} log-odds; there, rules or model at ${threshold}: ` +
      `P ${after.precision.toFixed(3)} R ${after.recall.toFixed(3)} F1 ${after.f1.toFixed(3)} (rules alone F1 ${unionScores(calibrationRows, calibrationRows.map(() => 0), 2).rules.f1.toFixed(3)})`;
  }
  console.log(`\nthreshold ${threshold}; bias ${model.bias}; weights:`);
  for (const [f, w] of Object.entries(model.weights).sort((a, b) => b[1] - a[1])) console.log(`  ${w.toFixed(3).padStart(8)}  ${f}`);

  for (const file of values(args, '--check')) {
    const checkRows = labelledSentences([file], device, name, root);
    const p = checkRows.map((r) => (eligible(r) ? probabilityOf(model, r.features) : 0));
    const { rules, union } = unionScores(checkRows, p, threshold);
    console.log(`\ncheck ${file}\n  rules alone:    ${format(rules)}\n  rules or model: ${format(union)}`);
  }

  if (args.includes('--write')) {
    const cvUnion = unionScores(rows, probabilities, calibration === '' ? threshold : bestThreshold).union;
    const file: LearnedModelFile = { ...stored, model };
    file.source =
      `Trained by scripts/train-learned.ts (logistic regression, L2 ${l2}, positive weight ${positiveWeight}) on ${rows.length} labelled sentences ` +
      `of ${new Set(rows.map((r) => r.group)).size} documents (${train.join(', ')})${everySentence ? ', every sentence (--every-sentence), not only those the rules leave unflagged' : ''}; leave-one-document-out, rules or model: ` +
      `P ${cvUnion.precision.toFixed(3)} R ${cvUnion.recall.toFixed(3)} F1 ${cvUnion.f1.toFixed(3)}${calibration}.`;
    writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`\nwrote ${path}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
