// Keyness: the words and word pairs a text uses more than its reference texts, by Dunning's log-likelihood (G²) with log ratio as effect size.

import { tokenize } from '../text/tokens.js';
import type { Span } from '../text/model.js';
import { checkOptionsObject, shownValue, UsageError, wrongShape } from '../util/errors.js';

/** How often each term occurs in a text, and how many terms of its kind the text has in all. */
export interface FrequencyTable {
  /** Counts by term, accents folded (see `foldAccents`). */
  counts: Map<string, number>;
  /** All words (for single words) or all adjacent word pairs (for pairs), stop words included. */
  total: number;
  /** For a term the text also spells with accents: how often each such spelling occurs (the rest are spelled as the key). */
  accented?: Map<string, Map<string, number>>;
}

/** Word and word-pair frequencies of one text. */
export interface TextFrequencies {
  words: FrequencyTable;
  pairs: FrequencyTable;
}

/** One key term of a text against its reference. */
export interface KeyTerm {
  term: string;
  /** "word" or "pair" (two adjacent words in the same sentence). */
  kind: 'word' | 'pair';
  /** Occurrences in the text, and in the reference. */
  count: number;
  referenceCount: number;
  /** Occurrences per 1,000 of the text's words (or pairs), and of the reference's. */
  per1000: number;
  referencePer1000: number;
  /** Dunning's log-likelihood G² (1 degree of freedom: 3.84 is p < 0.05, 6.63 is p < 0.01, 10.83 is p < 0.001). */
  g2: number;
  /** Hardie's log ratio: log2 of the ratio of relative frequencies (1 = twice as frequent); a zero count counts as 0.5. */
  logRatio: number;
}

/** Options of the keyness list. Every option is documented with its default. */
export interface KeynessOptions {
  /** Least number of occurrences in the text for a term to be listed. Default 3. */
  minFrequency?: number;
  /** Least G² for a term to be listed. Default 3.84 (p < 0.05). */
  minG2?: number;
  /** Most terms returned. Default 20. */
  limit?: number;
  /** Words left out as candidates (single words, and pairs that contain one). Default none. */
  stopWords?: ReadonlySet<string>;
}

export const KEYNESS_DEFAULTS = { minFrequency: 3, minG2: 3.84, limit: 20 } as const;

/** a·ln(a/e), with 0·ln 0 = 0. */
function term(observed: number, expected: number): number {
  return observed > 0 ? observed * Math.log(observed / expected) : 0;
}

/**
 * Dunning's log-likelihood G² for a term seen `a` times in a text of `c` units and `b` times in a reference of `d` units:
 * E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d), G² = 2(a·ln(a/E1) + b·ln(b/E2)). Always ≥ 0; it does not say which side uses the term more.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  checkCounts('logLikelihood', [a, b, c, d], 0);
  return g2Of(a, b, c, d);
}

/** Hardie's log ratio log2((a/c)/(b/d)); a zero frequency is replaced by 0.5 so the ratio stays finite. */
export function logRatio(a: number, b: number, c: number, d: number): number {
  checkCounts('logRatio', [a, b, c, d], 1);
  return ratioOf(a, b, c, d);
}

/** What each argument of logLikelihood() and logRatio() stands for, as their messages name it. */
const COUNT_ARGUMENTS = [
  ['a', "the term's count in the text"],
  ['b', "the term's count in the reference"],
  ['c', "the text's total of words or pairs"],
  ['d', "the reference's total"],
] as const;

/**
 * A JavaScript caller's counts, checked: each a finite number of 0 or more, and the two totals (c, d) above 0 where the
 * function divides by them (`minTotal` 1: logRatio; logLikelihood gives 0 for an empty text or reference).
 */
function checkCounts(fn: string, values: readonly unknown[], minTotal: 0 | 1): void {
  values.forEach((v, i) => {
    const [name, meaning] = COUNT_ARGUMENTS[i];
    const total = i >= 2 && minTotal === 1;
    if (typeof v === 'number' && Number.isFinite(v) && (total ? v > 0 : v >= 0)) return;
    throw new UsageError(`${fn}(): ${name} must be a number ${total ? 'above 0' : 'of 0 or more'} (${meaning}), not ${shownValue(v)}`);
  });
}

/** G² without a caller's checks: keyTerms calls it once per candidate term, with counts from its frequency tables. */
function g2Of(a: number, b: number, c: number, d: number): number {
  if (c <= 0 || d <= 0 || a + b === 0) return 0;
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  return Math.max(0, 2 * (term(a, e1) + term(b, e2)));
}

/** The log ratio without a caller's checks, as g2Of. */
function ratioOf(a: number, b: number, c: number, d: number): number {
  const fa = (a === 0 ? 0.5 : a) / c;
  const fb = (b === 0 ? 0.5 : b) / d;
  return Math.log2(fa / fb);
}

/**
 * The counting key of a lower-cased word: accents and other combining marks removed, so that "chávez" and "chavez", or
 * "régime" and "regime", count as one word whichever spelling a text or its reference uses.
 */
export function foldAccents(word: string): string {
  return /[^\u0000-\u007f]/.test(word) ? word.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC') : word;
}

/** The spelling a key term is shown in: the text's most frequent one, accented when that ties with the plain one. */
export function spellingOf(table: FrequencyTable, key: string): string {
  const variants = table.accented?.get(key);
  if (!variants) return key;
  let best = key;
  let bestCount = (table.counts.get(key) ?? 0) - [...variants.values()].reduce((a, b) => a + b, 0);
  for (const [spelling, count] of variants) {
    if (count >= bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

function countSpelling(table: Map<string, Map<string, number>>, key: string, spelling: string): void {
  let variants = table.get(key);
  if (!variants) table.set(key, (variants = new Map()));
  variants.set(spelling, (variants.get(spelling) ?? 0) + 1);
}

/** Whether a token is counted as a word for keyness: it has a letter (numbers and years are left out). */
const HAS_LETTER = /\p{L}/u;

/**
 * Counts the words and adjacent word pairs of a text, sentence by sentence (a pair never spans two sentences or a punctuation mark).
 * Words are lower-cased with curly apostrophes straightened and accents folded (each accented spelling is remembered for
 * display); tokens without a letter are skipped.
 */
export function countTerms(text: string, sentences: readonly Span[]): TextFrequencies {
  if (typeof text !== 'string') throw new UsageError(`countTerms() takes the text as a string, not ${shownValue(text)}`);
  const spans = 'a list of spans ({start, end}, as a result\'s sentences are)';
  if (!Array.isArray(sentences as unknown)) throw new UsageError(`countTerms(): sentences must be ${spans}, not ${shownValue(sentences)}`);
  sentences.forEach((s: unknown, i) => {
    if (wrongShape(s, { start: 'number', end: 'number' }) !== undefined) throw new UsageError(`countTerms(): sentences[${i}] must be a span ({start, end}), not ${shownValue(s)}`);
  });
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  const accentedWords = new Map<string, Map<string, number>>();
  const accentedPairs = new Map<string, Map<string, number>>();
  let wordTotal = 0;
  let pairTotal = 0;
  for (const s of sentences) {
    let previous: { key: string; spelling: string } | undefined;
    for (const t of tokenize(text, s.start, s.end)) {
      if (t.kind !== 'word' || !HAS_LETTER.test(t.text)) {
        previous = undefined;
        continue;
      }
      const key = foldAccents(t.lower);
      words.set(key, (words.get(key) ?? 0) + 1);
      if (key !== t.lower) countSpelling(accentedWords, key, t.lower);
      wordTotal++;
      if (previous !== undefined) {
        const pair = `${previous.key} ${key}`;
        const spelling = `${previous.spelling} ${t.lower}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        if (pair !== spelling) countSpelling(accentedPairs, pair, spelling);
        pairTotal++;
      }
      previous = { key, spelling: t.lower };
    }
  }
  return {
    words: { counts: words, total: wordTotal, ...(accentedWords.size > 0 ? { accented: accentedWords } : {}) },
    pairs: { counts: pairs, total: pairTotal, ...(accentedPairs.size > 0 ? { accented: accentedPairs } : {}) },
  };
}

/** Adds frequency tables together (the reference made of several texts; only counts, since a reference's spellings are not shown). */
export function mergeTables(tables: readonly FrequencyTable[]): FrequencyTable {
  const counts = new Map<string, number>();
  let total = 0;
  for (const t of tables) {
    total += t.total;
    for (const [k, v] of t.counts) counts.set(k, (counts.get(k) ?? 0) + v);
  }
  return { counts, total };
}

function isStopped(termText: string, stopWords: ReadonlySet<string> | undefined): boolean {
  if (!stopWords) return false;
  for (const w of termText.split(' ')) if (stopWords.has(w)) return true;
  return false;
}

/**
 * The terms `target` over-uses against `reference`: relative frequency higher than the reference's, at least `minFrequency`
 * occurrences, G² at least `minG2`, stop words left out; sorted by G² (then log ratio, then the term), at most `limit`.
 */
export function keyTerms(target: FrequencyTable, reference: FrequencyTable, kind: KeyTerm['kind'], options: KeynessOptions = {}): KeyTerm[] {
  checkFrequencyTable(target, 'keyTerms', 'target');
  checkFrequencyTable(reference, 'keyTerms', 'reference');
  if (kind !== 'word' && kind !== 'pair') throw new UsageError(`keyTerms(): kind must be "word" or "pair", not ${shownValue(kind)}`);
  checkKeynessOptions(options, 'keyTerms');
  return rankKeyTerms(target, (t) => reference.counts.get(t) ?? 0, reference.total, kind, options);
}

/** keyTerms() without a caller's checks, with the reference given as a term's count in it and its total. */
function rankKeyTerms(target: FrequencyTable, referenceCount: (term: string) => number, referenceTotal: number, kind: KeyTerm['kind'], options: KeynessOptions): KeyTerm[] {
  const minFrequency = options.minFrequency ?? KEYNESS_DEFAULTS.minFrequency;
  const minG2 = options.minG2 ?? KEYNESS_DEFAULTS.minG2;
  const limit = options.limit ?? KEYNESS_DEFAULTS.limit;
  const c = target.total;
  const d = referenceTotal;
  if (c === 0 || d === 0) return [];
  const out: KeyTerm[] = [];
  for (const [t, a] of target.counts) {
    if (a < minFrequency || isStopped(t, options.stopWords)) continue;
    const b = referenceCount(t);
    if (a / c <= b / d) continue;
    const g2 = g2Of(a, b, c, d);
    if (g2 < minG2) continue;
    out.push({
      term: spellingOf(target, t),
      kind,
      count: a,
      referenceCount: b,
      per1000: round((a * 1000) / c, 3),
      referencePer1000: round((b * 1000) / d, 3),
      g2: round(g2, 3),
      logRatio: round(ratioOf(a, b, c, d), 3),
    });
  }
  out.sort((x, y) => y.g2 - x.g2 || y.logRatio - x.logRatio || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
  return out.slice(0, limit);
}

/**
 * A JavaScript caller's keyness options, checked: `name` is the path the caller knows them by ("options", or
 * "options.keyness" for compareResults(), which takes its stop words apart and passes `stopWords` false). A threshold
 * that is no number, or NaN, would let every term through (a `limit` of NaN none, and a negative one cuts terms off the end).
 */
export function checkKeynessOptions(options: unknown, fn: string, name = 'options', stopWords = true): void {
  checkOptionsObject(options, fn, name);
  const o = options as Record<string, unknown>;
  for (const field of ['minFrequency', 'minG2', 'limit'] as const) {
    const v = o[field];
    if (v !== undefined && (typeof v !== 'number' || Number.isNaN(v))) throw new UsageError(`${fn}(): ${name}.${field} must be a number, not ${shownValue(v)}`);
  }
  if (typeof o.limit === 'number' && o.limit < 0) throw new UsageError(`${fn}(): ${name}.limit must be a number of 0 or more, not ${o.limit}`);
  if (stopWords) checkStopWords(o.stopWords, fn, `${name}.stopWords`);
}

/** A JavaScript caller's stop words, checked: a Set (or left out), never a list whose `has` is missing. */
export function checkStopWords(stopWords: unknown, fn: string, name: string): void {
  if (stopWords !== undefined && !(stopWords instanceof Set)) throw new UsageError(`${fn}(): ${name} must be a Set of lower-case words (as stopWordsFrom() returns), not ${shownValue(stopWords)}`);
}

/** A JavaScript caller's frequency table, checked: `counts` a Map and `total` a number, as countTerms() returns them in `words` and `pairs`. */
function checkFrequencyTable(table: unknown, fn: string, name: string): asserts table is FrequencyTable {
  if (wrongShape(table, { counts: 'map', total: 'number' }) !== undefined) {
    throw new UsageError(`${fn}(): ${name} must be a frequency table (countTerms(…).words or .pairs), not ${shownValue(table)}`);
  }
}

/** Key words and key word pairs of each text against all the others together. */
export function keynessEachAgainstRest(texts: readonly TextFrequencies[], options: KeynessOptions = {}): { words: KeyTerm[]; pairs: KeyTerm[] }[] {
  if (!Array.isArray(texts)) throw new UsageError(`keynessEachAgainstRest() takes a list of term counts, one per text as countTerms() returns them, not ${shownValue(texts)}`);
  texts.forEach((t: unknown, i) => {
    if (!isTextFrequencies(t)) throw new UsageError(`keynessEachAgainstRest(): texts[${i}] must be term counts as countTerms() returns them, not ${shownValue(t)}`);
  });
  checkKeynessOptions(options, 'keynessEachAgainstRest');
  const keyness = keynessOfEachAgainstRest(options);
  for (const t of texts) keyness.add(t);
  return keyness.rank();
}

/** Whether a value holds term counts as countTerms() returns them (the two tables' counts, at least). */
export function isTextFrequencies(t: unknown): t is TextFrequencies {
  const f = t as Partial<TextFrequencies> | null;
  return f?.words?.counts instanceof Map && f.pairs?.counts instanceof Map;
}

/**
 * Keyness of each text against all the others together, the texts counted one at a time: `add` folds a text's counts
 * into the counts of all texts and keeps of its own only the terms it could list (at least `minFrequency` occurrences,
 * no stop word), so that a caller can let each text's full counts go once it is added; `rank` gives what
 * keynessEachAgainstRest() gives. Options are taken as they are (the caller has checked them).
 */
export function keynessOfEachAgainstRest(options: KeynessOptions): { add(text: TextFrequencies): void; rank(): { words: KeyTerm[]; pairs: KeyTerm[] }[] } {
  const minFrequency = options.minFrequency ?? KEYNESS_DEFAULTS.minFrequency;
  // All texts counted together; each text's reference is that less its own counts: the same counts as adding up the
  // others for each text, which took time in the square of the number of texts (85 s of CPU for the 235 State of the Union texts).
  const all = { words: { counts: new Map<string, number>(), total: 0 }, pairs: { counts: new Map<string, number>(), total: 0 } };
  const candidates: TextFrequencies[] = [];
  /** Adds `table` into `into`, and gives the part of it rankKeyTerms() can list: its candidates, their spellings, its total. */
  const fold = (table: FrequencyTable, into: { counts: Map<string, number>; total: number }): FrequencyTable => {
    into.total += table.total;
    const counts = new Map<string, number>();
    for (const [k, v] of table.counts) {
      into.counts.set(k, (into.counts.get(k) ?? 0) + v);
      if (v >= minFrequency && !isStopped(k, options.stopWords)) counts.set(k, v);
    }
    let accented: Map<string, Map<string, number>> | undefined;
    for (const [k, spellings] of table.accented ?? []) if (counts.has(k)) (accented ??= new Map()).set(k, spellings);
    return { counts, total: table.total, ...(accented ? { accented } : {}) };
  };
  return {
    add(text) {
      candidates.push({ words: fold(text.words, all.words), pairs: fold(text.pairs, all.pairs) });
    },
    rank() {
      const rest = (whole: FrequencyTable, own: FrequencyTable) => (term: string) => (whole.counts.get(term) ?? 0) - (own.counts.get(term) ?? 0);
      return candidates.map((t) => ({
        words: rankKeyTerms(t.words, rest(all.words, t.words), all.words.total - t.words.total, 'word', options),
        pairs: rankKeyTerms(t.pairs, rest(all.pairs, t.pairs), all.pairs.total - t.pairs.total, 'pair', options),
      }));
    },
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
