// Scores analyzer findings against gold sentences: a sentence is predicted positive when a scored finding overlaps it.

import { analyze, type AnalyzeOptions } from '../analyze.js';
import type { Finding } from '../analyzers/types.js';
import type { AnalysisResult } from '../result.js';
import { yearOptionOf } from '../corpus/manifest.js';
import { formatOption, loadFile, type LoadOptions } from '../text/load.js';
import { checkOptionsObject, InputError, shownValue, UsageError, wrongShape } from '../util/errors.js';
import { BINARY_DEVICES, checkGoldDocument, goldPlace, spanText, type BinaryDevice, type GoldDocument, type GoldSentence } from './gold.js';
import { countOutcome, pearson, prf, spearman, sumCounts, type Counts, type PRF } from './stats.js';

/** One sentence where the toolkit and the annotators disagree on a device. */
export interface Disagreement {
  doc: string;
  device: BinaryDevice;
  kind: 'fp' | 'fn';
  start: number;
  end: number;
  text: string;
  /** Rules of the findings that overlap the sentence (for a false positive, the rules that fired). */
  rules: string[];
}

/**
 * How the gold sentences one rule's findings overlap fare against the annotators' labels: a rule's precision on the
 * gold file, and how many sentences depend on it alone. Rules that only list something for the reader (not scored) are
 * tallied apart: their figures say what scoring them would add.
 */
export interface RuleTally {
  device: BinaryDevice;
  rule: string;
  scored: boolean;
  /** Gold sentences its findings overlap, and how many of them the annotators marked for the device. */
  sentences: number;
  positive: number;
  /** Of those, the sentences no other scored rule flags (for a rule not scored: no scored rule at all). */
  alone: number;
  alonePositive: number;
}

/** One gold sentence's outcome: for each binary device whether we flag it and whether the annotators did. */
export interface SentenceOutcome {
  /** The gold file's `doc` of the sentence. */
  doc: string;
  predicted: Record<BinaryDevice, boolean>;
  gold: Record<BinaryDevice, boolean>;
  /** The gold rating and our sentence score, when we have one. */
  sentiment?: { gold: number; predicted: number };
}

/**
 * What evaluateGold() returns: how the toolkit's findings agree with the gold labels, overall, per document, per rule
 * and per sentence. Precision, recall, F1 and correlations are rounded to four places.
 */
export interface EvalReport {
  /** Precision, recall and F1 of each binary device over all gold sentences. */
  devices: Record<BinaryDevice, PRF>;
  /** The same, micro-averaged over the four binary devices. */
  micro: PRF;
  /** Correlation of our sentence sentiment with the gold ratings, over the `n` gold sentences we give a value. */
  sentiment: { pearson: number; spearman: number; n: number };
  /** Gold sentences in all. */
  sentences: number;
  /**
   * Per-document figures, for a generalization estimate across texts: one entry per document file (the lines of a document
   * annotated in parts are added up), named as its first line names it, in the order documents first appear.
   */
  documents: { doc: string; sentences: number; devices: Record<BinaryDevice, PRF>; sentiment: { pearson: number; n: number } }[];
  disagreements: Disagreement[];
  /** Every rule that fired on a gold sentence, by device (see RuleTally). */
  rules: RuleTally[];
  /** Every gold sentence's outcome, in file order (what bootstrap intervals resample). */
  outcomes: SentenceOutcome[];
}

/** Reads, analyzes and scores every gold document; `load` says how each is read (encoding, size limit), as loadFile takes it. */
export function evaluateGold(gold: readonly GoldDocument[], options: AnalyzeOptions & { load?: LoadOptions } = {}): EvalReport {
  if (!Array.isArray(gold as unknown)) throw new UsageError(`evaluateGold() takes a list of gold documents as readGold() returns them, not ${shownValue(gold)}`);
  gold.forEach((g, i) => checkGoldDocument(g, 'evaluateGold', `gold[${i}]`, true));
  checkOptionsObject(options, 'evaluateGold');
  if (options.load !== undefined) checkOptionsObject(options.load, 'evaluateGold', 'options.load');
  const { load, ...analysis } = options;
  const total = emptyCounts();
  const gs: number[] = [];
  const ps: number[] = [];
  // Lines of one document (by its resolved path) are added up into one entry.
  const byPath = new Map<string, { doc: string; sentences: number; counts: Record<BinaryDevice, Counts>; gold: number[]; predicted: number[] }>();
  const disagreements: Disagreement[] = [];
  const rules = new Map<string, RuleTally>();
  const outcomes: SentenceOutcome[] = [];
  let sentences = 0;
  for (const g of gold) {
    const loaded = loadFile(g.path, load);
    const { text, name } = loaded;
    // Spans past the text would score as sentences of nothing (and quietly miss every finding near the end).
    g.sentences.forEach((s, i) => {
      if (s.end > text.length) {
        throw new InputError(`${goldPlace(g)}: gold sentence ${i + 1} (${spanText(s)}) ends past the end of ${g.doc} (${text.length} characters): is this the annotated version of the file?`);
      }
    });
    // Each document is analyzed as `rhetoric analyze` would: with its year from the corpus manifest or its file name.
    const result = analyze(text, { ...formatOption(loaded), ...analysis, name, ...yearOptionOf(g.path) });
    const scored = scoreDocument(g, result);
    for (const d of BINARY_DEVICES) addCounts(total[d], scored.counts[d]);
    gs.push(...scored.gold);
    ps.push(...scored.predicted);
    sentences += g.sentences.length;
    disagreements.push(...scored.disagreements);
    let entry = byPath.get(g.path);
    if (!entry) byPath.set(g.path, (entry = { doc: g.doc, sentences: 0, counts: emptyCounts(), gold: [], predicted: [] }));
    // A document's outcomes carry the one name it is listed under, so resampling by document keeps its parts together.
    outcomes.push(...scored.outcomes.map((o) => ({ ...o, doc: entry.doc })));
    for (const r of scored.rules) {
      const key = ruleKey(r);
      const into = rules.get(key);
      if (!into) rules.set(key, { ...r });
      else for (const k of ['sentences', 'positive', 'alone', 'alonePositive'] as const) into[k] += r[k];
    }
    entry.sentences += g.sentences.length;
    for (const d of BINARY_DEVICES) addCounts(entry.counts[d], scored.counts[d]);
    entry.gold.push(...scored.gold);
    entry.predicted.push(...scored.predicted);
  }
  const documents: EvalReport['documents'] = [...byPath.values()].map((d) => ({
    doc: d.doc,
    sentences: d.sentences,
    devices: mapDevices((k) => prf(d.counts[k])),
    sentiment: { pearson: round(pearson(d.gold, d.predicted)), n: d.gold.length },
  }));
  const micro = sumCounts(BINARY_DEVICES.map((d) => total[d]));
  return {
    devices: mapDevices((d) => roundPrf(prf(total[d]))),
    micro: roundPrf(prf(micro)),
    sentiment: { pearson: round(pearson(gs, ps)), spearman: round(spearman(gs, ps)), n: gs.length },
    sentences,
    documents: documents.map((d) => ({ ...d, devices: mapDevices((k) => roundPrf(d.devices[k])) })),
    disagreements,
    outcomes,
    rules: [...rules.values()].sort(
      (a, b) => BINARY_DEVICES.indexOf(a.device) - BINARY_DEVICES.indexOf(b.device) || Number(b.scored) - Number(a.scored) || b.sentences - a.sentences || a.rule.localeCompare(b.rule),
    ),
  };
}

/** Scores one analyzed document against its gold sentences. */
export function scoreDocument(g: GoldDocument, result: AnalysisResult) {
  checkGoldDocument(g, 'scoreDocument', 'gold');
  // Only what scoring reads is asked for (not schemaVersion, as checkResult would): a result rebuilt by hand still scores.
  if (wrongShape(result, { text: 'string', sentences: 'list', findings: 'list' }) !== undefined) {
    throw new UsageError(`scoreDocument(): result must be an analysis result (an object with text, sentences and findings, as analyze() returns), not ${shownValue(result)}`);
  }
  const counts = emptyCounts();
  const gold: number[] = [];
  const predicted: number[] = [];
  const disagreements: Disagreement[] = [];
  const rules = new Map<string, RuleTally>();
  const outcomes: SentenceOutcome[] = [];
  const byDevice = new Map<string, Finding[]>();
  for (const f of result.findings) {
    let list = byDevice.get(f.device);
    if (!list) byDevice.set(f.device, (list = []));
    list.push(f);
  }
  for (const s of g.sentences) {
    const outcome: SentenceOutcome = { doc: g.doc, predicted: mapDevices(() => false), gold: mapDevices(() => false) };
    for (const device of BINARY_DEVICES) {
      const overlapping = (byDevice.get(device) ?? []).filter((f) => overlaps(f, s));
      const isPredicted = overlapping.some((f) => f.scored);
      const isGold = s[device] === 1;
      outcome.predicted[device] = isPredicted;
      outcome.gold[device] = isGold;
      countOutcome(counts[device], isPredicted, isGold);
      tallyRules(rules, device, overlapping, isGold);
      if (isPredicted !== isGold) {
        disagreements.push({
          doc: g.doc,
          device,
          kind: isPredicted ? 'fp' : 'fn',
          start: s.start,
          end: s.end,
          text: result.text.slice(s.start, s.end),
          rules: [...new Set(overlapping.map((f) => (f.scored ? f.rule : `${f.rule} (not scored)`)))],
        });
      }
    }
    const value = sentenceValue(result, s);
    if (value !== undefined) {
      gold.push(s.sentiment);
      predicted.push(value);
      outcome.sentiment = { gold: s.sentiment, predicted: value };
    }
    outcomes.push(outcome);
  }
  return { counts, gold, predicted, disagreements, rules: [...rules.values()], outcomes };
}

/** A rule's tally is kept apart for each device and for its scored and its listed findings. */
function ruleKey(t: Pick<RuleTally, 'device' | 'rule' | 'scored'>): string {
  return `${t.device}\t${t.rule}\t${t.scored}`;
}

/** Adds one gold sentence to the tallies of the rules whose findings overlap it. */
function tallyRules(into: Map<string, RuleTally>, device: BinaryDevice, overlapping: readonly Finding[], isGold: boolean): void {
  const scoredRules = new Set(overlapping.filter((f) => f.scored).map((f) => f.rule));
  const listedRules = new Set(overlapping.filter((f) => !f.scored && !scoredRules.has(f.rule)).map((f) => f.rule));
  const add = (rule: string, scored: boolean, alone: boolean) => {
    const key = ruleKey({ device, rule, scored });
    let t = into.get(key);
    if (!t) into.set(key, (t = { device, rule, scored, sentences: 0, positive: 0, alone: 0, alonePositive: 0 }));
    t.sentences++;
    if (isGold) t.positive++;
    if (alone) {
      t.alone++;
      if (isGold) t.alonePositive++;
    }
  };
  for (const rule of scoredRules) add(rule, true, scoredRules.size === 1);
  for (const rule of listedRules) add(rule, false, scoredRules.size === 0);
}

function overlaps(f: { start: number; end: number }, s: { start: number; end: number }): boolean {
  return f.start < s.end && f.end > s.start;
}

/** Our sentiment for a gold span: the mean of our sentence values, weighted by how much of the span each covers. */
function sentenceValue(result: AnalysisResult, s: GoldSentence): number | undefined {
  let weight = 0;
  let sum = 0;
  for (const ours of result.sentences) {
    if (ours.end <= s.start) continue;
    if (ours.start >= s.end) break;
    const v = ours.values.sentiment;
    if (v === undefined) continue;
    const w = Math.min(ours.end, s.end) - Math.max(ours.start, s.start);
    weight += w;
    sum += w * v;
  }
  return weight > 0 ? sum / weight : undefined;
}

function emptyCounts(): Record<BinaryDevice, Counts> {
  return mapDevices(() => ({ tp: 0, fp: 0, fn: 0 }));
}

function mapDevices<T>(f: (d: BinaryDevice) => T): Record<BinaryDevice, T> {
  return Object.fromEntries(BINARY_DEVICES.map((d) => [d, f(d)])) as Record<BinaryDevice, T>;
}

function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function roundPrf(p: PRF): PRF {
  return { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1), tp: p.tp, fp: p.fp, fn: p.fn };
}
