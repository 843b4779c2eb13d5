// The comparison model: several analysis results side by side (scores, strongest evidence, sentiment arcs, keyness, largest differences).

import type { Finding } from '../analyzers/types.js';
import { checkLexiconSet, type LexiconSet } from '../lexicon/load.js';
import { checkResult, type AnalysisResult, type DeviceInfo } from '../result.js';
import { findSkippedSpans, maskSpans } from '../text/parse.js';
import { checkOptionsObject, isPlainObject, shownValue, UsageError, wrongShape } from '../util/errors.js';
import { checkKeynessOptions, checkStopWords, countTerms, isTextFrequencies, keynessOfEachAgainstRest, KEYNESS_DEFAULTS, type KeynessOptions, type KeyTerm, type TextFrequencies } from './keyness.js';
import { ALL_COLLECTIONS, BUILT_IN_NORMS, resultDigest, type NormsFile } from './norms.js';

/** The strongest finding of a device in a text, as evidence. */
export interface Evidence {
  quote: string;
  /** The sentence that holds the quote, split around it (before, quote, after), for showing it in context. */
  context: { before: string; after: string };
  line: number;
  rule: string;
  strength: number;
  explanation: string;
}

/** One point of a sentiment arc: a sentence's middle as a share of the text's words (0…100), and its sentiment. */
export interface ArcPoint {
  position: number;
  value: number;
}

/** One text of a comparison: its identity, document scores, strongest evidence, sentiment arc and key terms. */
export interface ComparedText {
  /** The file name (made unique with a number when two texts share one). */
  name: string;
  /** Its title: from a MANIFEST.tsv (the `metadata` option), else the text's own heading, else the file name. */
  title: string;
  /** Its author or speaker, from a MANIFEST.tsv (the `metadata` option), or null when unknown. */
  author: string | null;
  /** The year the text is dated to (from a MANIFEST.tsv or its file name), or null. */
  year: number | null;
  /** SHA-256 of the text as read: which version of it was compared. */
  sha256: string;
  words: number;
  sentences: number;
  /** Whole-document score per device (each analyzer's score is already comparable across lengths). */
  scores: Record<string, number>;
  /** Per device, its strongest scored finding in the text, or null when it has none. */
  strongest: Record<string, Evidence | null>;
  /** Sentiment of each non-heading sentence at its position in the text. */
  arc: ArcPoint[];
  /** Key words and key word pairs of this text against all the other texts together. */
  keyWords: KeyTerm[];
  keyPairs: KeyTerm[];
  /**
   * The words and the adjacent word pairs keyness counted in this text: what its `per1000` and G² are reckoned on. Only words
   * with a letter count (numbers and years do not), so `words` here can be fewer than the text's `words` above.
   */
  keynessTotals: { words: number; pairs: number };
  /**
   * What the keyness `limit` (--top) left out of `keyWords` and `keyPairs`: how many more terms passed the thresholds, and how
   * many of those tie with the last one listed (the same G² and log ratio), which only the alphabetical order of ties kept out.
   */
  keynessCut: { words: KeynessCut; pairs: KeynessCut };
}

/** Terms that passed the keyness thresholds but were cut off by the limit (see ComparedText.keynessCut). */
export interface KeynessCut {
  /** Terms past the limit. */
  more: number;
  /** Of those, the terms that tie with the last one listed. */
  tied: number;
}

/** The first `limit` of a ranked list of key terms, and what the cut left out. */
function cutKeyTerms(ranked: readonly KeyTerm[], limit: number): { listed: KeyTerm[]; cut: KeynessCut } {
  const listed = ranked.slice(0, limit);
  const last = listed[listed.length - 1];
  const rest = ranked.slice(listed.length);
  return { listed, cut: { more: rest.length, tied: last ? rest.filter((k) => k.g2 === last.g2 && k.logRatio === last.logRatio).length : 0 } };
}

/** How far apart the texts are on one device. */
export interface DeviceDifference {
  device: string;
  title: string;
  /** Index of the text with the highest and the lowest score. */
  highest: number;
  lowest: number;
  /** Highest minus lowest score. */
  spread: number;
  /**
   * The spread on a common scale: in standard deviations of the device's score over all documents of the reference corpus
   * (lexicons/norms.json) when there are norms, else as a share of the largest absolute score among the texts.
   */
  relative: number;
  /** What `relative` was divided by. */
  scale: 'reference-sd' | 'largest-score';
  /** The divisor itself: the reference corpus's standard deviation of the score, or the largest absolute score (0: nothing to scale by). */
  divisor: number;
}

/** Where a comparison's figures come from, so that a reader can say which tool, settings and reference produced them. */
export interface ComparisonProvenance {
  tool: { name: string; version: string };
  /** Analysis settings the texts were analyzed with, as the caller reports them (the CLI: section words, devices, rules, lexicon folders). */
  settings?: Record<string, unknown>;
  /** The norms whose standard deviations scale the differences (collection "all"), or null when there were none. */
  reference: { file: string; collection: string; documents: number; corpus: string; generated: string; tool: string } | null;
}

/**
 * What compareResults() returns: the texts side by side and where they differ most. renderCompareMarkdown, compareSvg
 * and sentimentArcsSvg render it; `rhetoric compare` writes it as compare.json.
 */
export interface Comparison {
  devices: DeviceInfo[];
  texts: ComparedText[];
  /** Devices from the largest relative difference to the smallest. */
  differences: DeviceDifference[];
  /** The keyness settings used: thresholds, the number of stop words left out, and what each text was compared with ("the other text" of two, else "all the other texts together"). */
  keyness: Required<Omit<KeynessOptions, 'stopWords'>> & { stopWords: number; reference: string };
  /** Plain-words paragraph on where the texts differ most. */
  summary: string;
  provenance: ComparisonProvenance;
}

/** What every function that reads a comparison asks for, as its messages say it. */
const COMPARISON_SHAPE = 'a comparison (an object with devices, texts and differences, as compareResults() returns)';

/** A JavaScript caller's comparison, checked: the lists every renderer reads, and each text's name, scores and arc. */
export function checkComparison(c: unknown, fn: string): asserts c is Comparison {
  const got = wrongShape(c, { devices: 'list', texts: 'list', differences: 'list' });
  if (got !== undefined) throw new UsageError(`${fn}() takes ${COMPARISON_SHAPE}, not ${got}`);
  const texts = (c as { texts: unknown[] }).texts;
  const i = texts.findIndex((t) => wrongShape(t, { name: 'string', scores: 'object', arc: 'list' }) !== undefined);
  if (i >= 0) throw new UsageError(`${fn}(): the comparison's texts[${i}] must be a compared text (with name, scores and arc), not ${shownValue(texts[i])}`);
}

/** The stop-word set from lexicons/stopwords.json (empty when the lexicon is missing), built once per lexicon set. */
export function stopWordsFrom(lexicons: LexiconSet): ReadonlySet<string> {
  checkLexiconSet(lexicons, 'stopWordsFrom');
  return lexicons.derived('stopwords', () => {
    const lex = lexicons.find('stopwords', 'wordlist');
    const out = new Set<string>();
    for (const e of lex?.entries ?? []) for (const w of e.words) out.add(w.toLowerCase().replace(/’/g, "'"));
    return out;
  });
}

/** The scored finding with the greatest strength (the earliest among equals) in its sentence, or null. */
export function strongestFinding(result: Pick<AnalysisResult, 'findings' | 'sentences' | 'text'>, device: string): Evidence | null {
  let best: Finding | undefined;
  for (const f of result.findings) {
    if (f.device !== device || !f.scored) continue;
    if (!best || f.strength > best.strength) best = f;
  }
  if (!best) return null;
  const s = result.sentences[best.sentence];
  const from = s ? Math.min(s.start, best.start) : best.start;
  const to = s ? Math.max(s.end, best.end) : best.end;
  return {
    quote: best.quote,
    context: { before: result.text.slice(from, best.start), after: result.text.slice(best.end, to) },
    line: best.line,
    rule: best.rule,
    strength: best.strength,
    explanation: best.explanation,
  };
}

/** The sentiment of each non-heading sentence at its position in the text. */
export function sentimentArc(result: AnalysisResult, device = 'sentiment'): ArcPoint[] {
  const total = result.sentences.reduce((n, s) => n + s.words, 0);
  if (total === 0) return [];
  const out: ArcPoint[] = [];
  let before = 0;
  for (const s of result.sentences) {
    const value = s.values[device];
    if (!s.heading && value !== undefined) out.push({ position: Math.round(((before + s.words / 2) / total) * 100000) / 1000, value });
    before += s.words;
  }
  return out;
}

/** Names for the texts: file names, numbered where two are the same. */
function uniqueNames(names: readonly string[]): string[] {
  return names.map((n, i) => (names.filter((m) => m === n).length > 1 ? `${n} (${names.slice(0, i + 1).filter((m) => m === n).length})` : n));
}

/**
 * What a comparison reads of one analysis result, and nothing more: the text's identity, its scores, the strongest finding of
 * each device, its sentiment arc and the counts of its words and word pairs for keyness. The result itself (the whole text,
 * its sentences, tokens and findings) can be let go once this is made: `rhetoric compare` keeps one of these per text, not
 * the results, and a worker thread sends it back instead of a result.
 */
export interface ComparisonInput {
  /** The result's `source.name` (compareInputs() numbers two texts of one name). */
  name: string;
  /** The result's title (a MANIFEST.tsv's title, the `metadata` option, comes before it). */
  title: string;
  year: number | null;
  sha256: string;
  words: number;
  sentences: number;
  /** The devices the scores and the strongest findings are given for. */
  devices: DeviceInfo[];
  tool: AnalysisResult['tool'];
  scores: Record<string, number>;
  strongest: Record<string, Evidence | null>;
  arc: ArcPoint[];
  /** Words and adjacent word pairs of the text the analysis read (comments, code fences, front matter and web addresses left out). */
  terms: TextFrequencies;
}

/** What compareResults() reads of a result: its scores and evidence for `devices` (default its own). */
export function comparisonInputOf(result: AnalysisResult, devices: readonly DeviceInfo[] = result?.devices): ComparisonInput {
  checkResult(result, 'comparisonInputOf');
  const scores: Record<string, number> = {};
  const strongest: Record<string, Evidence | null> = {};
  for (const d of devices) {
    scores[d.id] = result.document[d.id]?.score ?? 0;
    strongest[d.id] = strongestFinding(result, d.id);
  }
  return {
    name: result.source.name,
    title: result.title,
    year: result.source.year ?? null,
    sha256: resultDigest(result),
    words: result.source.words,
    sentences: result.source.sentences,
    devices: [...devices],
    tool: result.tool,
    scores,
    strongest,
    arc: sentimentArc(result),
    // Words the analysis never read (comments, code fences, front matter, web addresses) are no words of the text.
    terms: countTerms(maskSpans(result.text, findSkippedSpans(result.text, { format: 'text' })), result.sentences),
  };
}

/** compareResults()'s options. */
export interface CompareOptions {
  stopWords?: ReadonlySet<string>;
  keyness?: Omit<KeynessOptions, 'stopWords'>;
  norms?: NormsFile;
  /** Which file the norms were read from, for the provenance (default lexicons/norms.json). */
  normsFile?: string;
  /** The analysis settings, recorded as given in the provenance. */
  settings?: Record<string, unknown>;
  /**
   * What is known of each text besides its words, in the order of `results` (undefined where nothing is): a title and an
   * author or speaker, as `documentMetadata(path)` reads them from a MANIFEST.tsv. A text without a title keeps its own.
   */
  metadata?: readonly ({ title?: string; author?: string } | undefined)[];
}

/** Builds the comparison of two or more analysis results. */
export function compareResults(results: readonly AnalysisResult[], options: CompareOptions = {}): Comparison {
  if (!Array.isArray(results as unknown)) throw new UsageError(`compareResults() takes a list of analysis results, not ${shownValue(results)}`);
  if (results.length === 0) throw new UsageError('compareResults() takes a list of one or more analysis results, not an empty list');
  results.forEach((r, i) => checkResult(r, 'compareResults', `results[${i}]`));
  const comparison = startComparison(options, 'compareResults');
  checkMetadata(options.metadata, results.length, 'compareResults');
  // Every text is compared on the first one's devices.
  for (const r of results) comparison.add(comparisonInputOf(r, results[0].devices));
  return comparison.finish();
}

/** The comparison of texts given as comparisonInputOf() makes them (each compared on the first one's devices). */
export function compareInputs(inputs: readonly ComparisonInput[], options: CompareOptions = {}): Comparison {
  if (!Array.isArray(inputs as unknown)) throw new UsageError(`compareInputs() takes a list of texts as comparisonInputOf() makes them, not ${shownValue(inputs)}`);
  if (inputs.length === 0) throw new UsageError('compareInputs() takes a list of one or more texts as comparisonInputOf() makes them, not an empty list');
  const comparison = startComparison(options, 'compareInputs');
  checkMetadata(options.metadata, inputs.length, 'compareInputs');
  for (const input of inputs) comparison.add(input);
  return comparison.finish();
}

/** A comparison built one text at a time: see startComparison(). */
export interface ComparisonInProgress {
  /** Adds the next text; its full word counts can be let go once this returns. */
  add(input: ComparisonInput): void;
  /** The comparison of the texts added, in the order they were added. */
  finish(): Comparison;
}

/**
 * Starts a comparison of texts added one at a time, in order, each as comparisonInputOf() makes it. Of each text it keeps
 * its scores, evidence, arc and the counts of the terms it could list as key terms; the counts of all words and pairs are
 * added into one table for all texts together. So memory grows with the number of texts by those summaries only.
 * compareResults() and compareInputs() are this over a list; `rhetoric compare` adds each text as a worker sends it back.
 */
export function startComparison(options: CompareOptions = {}, fn = 'startComparison'): ComparisonInProgress {
  checkOptionsObject(options, fn);
  // Named as the caller gave them, not as keyTerms(), which the caller never called, would name them.
  checkStopWords(options.stopWords, fn, 'options.stopWords');
  if (options.keyness !== undefined) checkKeynessOptions(options.keyness, fn, 'options.keyness', false);
  checkMetadataList(options.metadata, fn);
  const keyOptions = { ...KEYNESS_DEFAULTS, ...options.keyness };
  // Every term that passes the thresholds, cut to the limit at the end, so that the comparison can say what the cut left out.
  const keyness = keynessOfEachAgainstRest({ ...keyOptions, limit: Number.POSITIVE_INFINITY, stopWords: options.stopWords });
  const kept: Omit<ComparisonInput, 'terms' | 'devices' | 'tool'>[] = [];
  const totals: ComparedText['keynessTotals'][] = [];
  let first: Pick<ComparisonInput, 'devices' | 'tool'> | undefined;
  let finished = false;
  return {
    add(input) {
      if (finished) throw new UsageError(`${fn}(): add() after finish(): start another comparison`);
      checkInput(input, fn, kept.length);
      first ??= { devices: input.devices, tool: input.tool };
      const { terms, devices: _devices, tool: _tool, ...rest } = input;
      keyness.add(terms);
      kept.push(rest);
      totals.push({ words: terms.words.total, pairs: terms.pairs.total });
    },
    finish() {
      if (kept.length === 0) throw new UsageError(`${fn}(): a comparison of no texts: add one or more first`);
      checkMetadata(options.metadata, kept.length, fn);
      finished = true;
      return comparisonOf(kept, totals, keyness.rank(), first!, keyOptions, options);
    },
  };
}

/** A JavaScript caller's text for a comparison: the fields every part of the comparison reads, of the kinds it reads. */
function checkInput(input: unknown, fn: string, index: number): asserts input is ComparisonInput {
  const got = wrongShape(input, { name: 'string', scores: 'object', strongest: 'object', arc: 'list', devices: 'list' });
  if (got !== undefined || !isTextFrequencies((input as ComparisonInput).terms)) {
    throw new UsageError(`${fn}(): text ${index + 1} must be a text as comparisonInputOf() makes it (with name, scores, strongest, arc, devices and terms), not ${got ?? shownValue(input)}`);
  }
}

/** The comparison of the texts a ComparisonInProgress kept. */
function comparisonOf(
  kept: readonly Omit<ComparisonInput, 'terms' | 'devices' | 'tool'>[],
  totals: readonly ComparedText['keynessTotals'][],
  ranked: readonly { words: KeyTerm[]; pairs: KeyTerm[] }[],
  first: Pick<ComparisonInput, 'devices' | 'tool'>,
  keyOptions: Required<Omit<KeynessOptions, 'stopWords'>>,
  options: CompareOptions,
): Comparison {
  const devices = first.devices;
  const names = uniqueNames(kept.map((k) => k.name));
  const texts: ComparedText[] = kept.map((k, i) => {
    const scores: Record<string, number> = {};
    const strongest: Record<string, Evidence | null> = {};
    for (const d of devices) {
      scores[d.id] = k.scores[d.id] ?? 0;
      strongest[d.id] = k.strongest[d.id] ?? null;
    }
    const words = cutKeyTerms(ranked[i].words, keyOptions.limit);
    const pairs = cutKeyTerms(ranked[i].pairs, keyOptions.limit);
    const about = options.metadata?.[i];
    return { name: names[i], title: about?.title || k.title, author: about?.author || null, year: k.year, sha256: k.sha256, words: k.words, sentences: k.sentences, scores, strongest, arc: k.arc, keyWords: words.listed, keyPairs: pairs.listed, keynessTotals: totals[i], keynessCut: { words: words.cut, pairs: pairs.cut } };
  });
  const differences = devices.map((d) => difference(d, texts, options.norms)).sort((a, b) => b.relative - a.relative || devices.findIndex((d) => d.id === a.device) - devices.findIndex((d) => d.id === b.device));
  return {
    devices,
    texts,
    differences,
    keyness: { ...keyOptions, stopWords: options.stopWords?.size ?? 0, reference: texts.length === 2 ? 'the other text' : 'all the other texts together' },
    summary: summarize(differences, texts, devices),
    provenance: {
      tool: first.tool ?? { name: 'rhetoric-lens', version: 'unknown' },
      ...(options.settings ? { settings: options.settings } : {}),
      reference: referenceOf(options.norms, options.normsFile),
    },
  };
}

/** A JavaScript caller's `metadata`, before any text is added: a list. */
function checkMetadataList(metadata: unknown, fn: string): void {
  if (metadata !== undefined && !Array.isArray(metadata)) {
    throw new UsageError(`${fn}(): options.metadata must be a list of one {title, author} per result, not ${shownValue(metadata)}`);
  }
}

/** A JavaScript caller's `metadata`: a list no longer than the results, of objects whose title and author are strings. */
function checkMetadata(metadata: unknown, count: number, fn: string): void {
  if (metadata === undefined) return;
  if (!Array.isArray(metadata) || metadata.length > count) {
    throw new UsageError(`${fn}(): options.metadata must be a list of one {title, author} per result (at most ${count}), not ${shownValue(metadata)}`);
  }
  metadata.forEach((m: unknown, i) => {
    if (m === undefined) return;
    const bad = !isPlainObject(m) || ['title', 'author'].some((k) => m[k] !== undefined && typeof m[k] !== 'string');
    if (bad) throw new UsageError(`${fn}(): options.metadata[${i}] must be an object whose title and author are strings (as documentMetadata() gives), not ${shownValue(m)}`);
  });
}

function referenceOf(norms: NormsFile | undefined, file: string | undefined): ComparisonProvenance['reference'] {
  const all = norms?.collections[ALL_COLLECTIONS];
  if (!norms || !all) return null;
  return { file: file ?? BUILT_IN_NORMS, collection: ALL_COLLECTIONS, documents: all.documents, corpus: norms.corpus, generated: norms.generated, tool: norms.tool };
}

function difference(d: DeviceInfo, texts: readonly ComparedText[], norms: NormsFile | undefined): DeviceDifference {
  let highest = 0;
  let lowest = 0;
  texts.forEach((t, i) => {
    if (t.scores[d.id] > texts[highest].scores[d.id]) highest = i;
    if (t.scores[d.id] < texts[lowest].scores[d.id]) lowest = i;
  });
  const spread = texts.length ? texts[highest].scores[d.id] - texts[lowest].scores[d.id] : 0;
  const ref = norms?.collections[ALL_COLLECTIONS]?.devices[d.id];
  const sd = ref ? standardDeviation(ref.values) : 0;
  const largest = Math.max(0, ...texts.map((t) => Math.abs(t.scores[d.id])));
  const scale: DeviceDifference['scale'] = sd > 0 ? 'reference-sd' : 'largest-score';
  const divisor = sd > 0 ? sd : largest;
  return { device: d.id, title: d.title, highest, lowest, spread: round(spread, 4), relative: divisor > 0 ? round(spread / divisor, 4) : 0, scale, divisor: round(divisor, 4) };
}

/** Population standard deviation; 0 for fewer than two values. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / values.length);
}

function fmt(x: number, digits: number): string {
  return x.toFixed(digits);
}

/** A score as the reports write it: the device's digits, never "-0.00", and a sign on a signed device's positive scores ("+0.19"). */
function scoreText(x: number, d: DeviceInfo): string {
  const s = fmt(x, d.score.digits);
  const unsigned = /^-0(?:\.0+)?$/.test(s) ? s.slice(1) : s;
  return d.score.min < 0 && Number(unsigned) > 0 ? `+${unsigned}` : unsigned;
}

/** The plain-words paragraph: the largest difference with both ends named, the next ones, and the closest device. */
function summarize(differences: readonly DeviceDifference[], texts: readonly ComparedText[], devices: readonly DeviceInfo[]): string {
  if (texts.length < 2 || differences.length === 0) return 'There is only one text, so there is nothing to compare.';
  const info = new Map(devices.map((d) => [d.id, d] as const));
  // Scores are compared as the reports show them: two texts that both read 0.10 tie, whatever their unrounded shares.
  const shown = (t: ComparedText, device: string) => Number(fmt(t.scores[device], info.get(device)?.score.digits ?? 2));
  const tiedWith = (device: string, end: number) => texts.filter((t) => shown(t, device) === shown(texts[end], device)).map((t) => t.name);
  const shownSpread = (d: DeviceDifference) => shown(texts[d.highest], d.device) !== shown(texts[d.lowest], d.device);
  const differing = differences.filter((d) => d.spread > 0 && shownSpread(d));
  if (differing.length === 0) return 'The texts have the same score on every device.';
  const top = differing[0];
  const d = info.get(top.device)!;
  const hiScore = texts[top.highest].scores[top.device];
  const loScore = texts[top.lowest].scores[top.device];
  // Every text at either end is named: with two at 0, naming one would say the other has some.
  const his = tiedWith(top.device, top.highest);
  const los = tiedWith(top.device, top.lowest);
  let s = `These texts differ most in ${top.title.toLowerCase()}: ${namedOrCounted(his)} ${his.length > 1 ? 'score' : 'scores'} ${scoreText(hiScore, d)} and ${namedOrCounted(los)} ${scoreText(loScore, d)} (${d.score.label}).`;
  const lowest = `${los.length > NAMED_AT_AN_END ? `Those ${los.length}` : andList(los)} ${los.length > 1 ? 'have' : 'has'}`;
  if (d.score.min >= 0 && loScore > 0 && hiScore / loScore > MOST_TIMES_SAID) s += ` ${lowest} almost none by comparison: under a tenth as much.`;
  else if (d.score.min >= 0 && loScore > 0 && hiScore / loScore >= 1.5) s += ` That is about ${fmt(hiScore / loScore, 1)} times as much.`;
  else if (d.score.min >= 0 && loScore === 0) s += ` ${lowest} none.`;
  const next = differing.slice(1, 3);
  if (next.length) {
    // Every text at an end is counted there, as in the first sentence: "lowest in a.txt" of one text among fifteen at 0 says a.txt alone has the fewest.
    const at = (n: DeviceDifference, end: number) => namedOrCounted(tiedWith(n.device, end));
    s += ` Next ${next.length === 1 ? 'comes' : 'come'} ${next.map((n) => `${n.title.toLowerCase()} (highest in ${at(n, n.highest)}, lowest in ${at(n, n.lowest)})`).join(' and ')}.`;
  }
  const same = differences.filter((d) => d.spread === 0 || !shownSpread(d));
  const closest = differences[differences.length - 1];
  if (same.length) s += ` They score the same on ${andList(same.map((d) => d.title.toLowerCase()))}.`;
  else if (differences.length > 1 && closest.device !== top.device) {
    const cd = info.get(closest.device)!;
    s += ` ${closest.scale === 'reference-sd' ? 'For how much each device varies across the reference corpus, they' : 'They'} are closest in ${closest.title.toLowerCase()} (${scoreText(texts[closest.lowest].scores[closest.device], cd)} to ${scoreText(texts[closest.highest].scores[closest.device], cd)}).`;
  }
  s += ' Scores are densities or means, so texts of different length compare; they count cues, not intentions.';
  return s;
}

/**
 * The largest ratio the summary gives ("about 3.2 times as much"). Past it the lowest score is near zero beside the highest,
 * and the ratio says more about how few cues the lowest text has than about the texts: with a highest of 4 slogans per
 * 1,000 words, one slogan in a text of 20,000 words (0.05) would make "80.0 times as much", and a second one "40.0 times".
 * The summary then says that the lowest has almost none by comparison.
 */
const MOST_TIMES_SAID = 10;

/** Most texts the summary names at one end of a device; more are counted ("51 texts"), as the scores table lists them all. */
const NAMED_AT_AN_END = 3;

/** The texts at one end, named ("a.txt and b.txt"), or counted when there are more than NAMED_AT_AN_END ("51 texts"). */
function namedOrCounted(names: readonly string[]): string {
  return names.length > NAMED_AT_AN_END ? `${names.length} texts` : andList(names);
}

/** "a", "a and b", "a, b and c". */
function andList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
