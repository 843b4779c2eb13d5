// Compiled matchers over lexicon entries: token-sequence phrase matching and per-sentence regex rules.

import type { Span, Token } from '../text/model.js';
import { flatLines } from '../text/flat.js';
import { tokenize } from '../text/tokens.js';
import { exactLiterals, foldedLiterals, holds, type LiteralScan, type LiteralTest } from './literal-index.js';
import { keyLiterals, literalLikelihood, requiredLiterals, type Literal, type Requirement } from './literals.js';
import { readingKey, recordedReadings, writeReadings, type PatternReading } from './pattern-readings.js';
import type { PatternEntry, TermsEntry } from './schema.js';

/** One match of a term entry in a token list. */
export interface TermMatch<E> extends Span {
  entry: E;
  /** The surface form that matched, as listed in the lexicon. */
  term: string;
  /** Token indexes [first, last] in the searched token list. */
  firstToken: number;
  lastToken: number;
}

interface Node<E> {
  next: Map<string, Node<E>>;
  hits: { entry: E; term: string; caseSensitive: boolean; words: string[] }[];
}

/** A trie over token sequences: matches multi-word terms in linear time, longest match first, without overlaps. */
export class PhraseMatcher<E extends Pick<TermsEntry, 'terms' | 'caseSensitive'>> {
  private readonly root: Node<E> = { next: new Map(), hits: [] };
  readonly size: number;

  constructor(entries: readonly E[]) {
    let n = 0;
    for (const entry of entries) {
      for (const term of entry.terms) {
        const words = tokenize(term).map((t) => t.text);
        if (words.length === 0) continue;
        let node = this.root;
        for (const w of words) {
          const key = w.toLowerCase().replace(/’/g, "'");
          let child = node.next.get(key);
          if (!child) {
            child = { next: new Map(), hits: [] };
            node.next.set(key, child);
          }
          node = child;
        }
        node.hits.push({ entry, term, caseSensitive: entry.caseSensitive === true, words });
        n++;
      }
    }
    this.size = n;
  }

  /** All non-overlapping matches in `tokens`, scanning left to right and taking the longest at each position. */
  match(tokens: readonly Token[]): TermMatch<E>[] {
    const out: TermMatch<E>[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: Node<E> | undefined = this.root;
      let best: { hit: Node<E>['hits'][number]; last: number } | undefined;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j].lower);
        if (!node) break;
        for (const hit of node.hits) {
          if (hit.caseSensitive && !hit.words.every((w, k) => tokens[i + k].text === w)) continue;
          best = { hit, last: j };
          break;
        }
      }
      if (best) {
        out.push({
          entry: best.hit.entry,
          term: best.hit.term,
          start: tokens[i].start,
          end: tokens[best.last].end,
          firstToken: i,
          lastToken: best.last,
        });
        i = best.last + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}

/** A pattern entry with its compiled expression. */
export interface CompiledPattern<E extends PatternEntry = PatternEntry> {
  readonly entry: E;
  readonly regex: RegExp;
  /**
   * The literal text every match contains (lower-cased for a case-insensitive pattern; see `requiredLiterals` and
   * `mayMatch`), each literal as its number in the literal index of the pattern's case mode.
   */
  readonly literalTest: LiteralTest;
  /** The numbers of literals one of which every match contains, to file the pattern under (undefined: none). */
  readonly keyIds: number[] | undefined;
  readonly ignoreCase: boolean;
  /**
   * For a case-insensitive pattern whose cased letters are all ASCII: the same expression with its capitals lower-cased
   * and without the `i` flag (`lowerCasedSource`), run on the lower-cased sentence. It finds the same matches (see
   * `PatternTarget.lower`) and compiles two to three times faster, and compiling is most of what a pattern costs on one
   * document.
   */
  readonly lowered?: RegExp;
}

/**
 * A compiled pattern whose regular expressions are made when first asked for: on one text most patterns never run (their
 * literals are missing), and making the expression of a long pattern with the `u` flag costs about 0.1 ms of a fresh
 * process. The lexicon loader has checked that every pattern compiles.
 */
class LazyPattern<E extends PatternEntry> implements CompiledPattern<E> {
  private madeRegex: RegExp | undefined;
  private madeLowered: RegExp | undefined;

  constructor(
    readonly entry: E,
    /** The flags of `regex`: the entry's (by default i), with g and d. */
    private readonly flags: string,
    readonly ignoreCase: boolean,
    readonly literalTest: LiteralTest,
    readonly keyIds: number[] | undefined,
    private readonly loweredSource: string | undefined,
  ) {}

  get regex(): RegExp {
    return (this.madeRegex ??= new RegExp(this.entry.pattern, this.flags));
  }

  get lowered(): RegExp | undefined {
    if (this.loweredSource === undefined) return undefined;
    return (this.madeLowered ??= new RegExp(this.loweredSource, this.flags.replace('i', '')));
  }
}

/** A sentence prepared for `mayMatch`: its text, its lower-cased text and the literals each contains, each made once. */
export class PatternTarget {
  private lowerText: string | undefined;
  private foldedScan: LiteralScan | undefined;
  private exactScan: LiteralScan | undefined;
  constructor(readonly text: string) {}

  /**
   * The lower-cased text, or undefined when it holds a letter that case-insensitive matching folds to ASCII differently
   * (ſ, ı, K) or İ, which lower-cases to two code units and would move every offset after it.
   */
  get lower(): string | undefined {
    this.lowerText ??= /[\u017F\u0131\u212A\u0130]/u.test(this.text) ? '' : this.text.toLowerCase();
    return this.lowerText || undefined;
  }

  /**
   * Which literals of case-insensitive patterns the lower-cased text holds (`ignoreCase`), or of case-sensitive ones the
   * text as it is; undefined when the text cannot be folded safely (see `lower`). Scanned again when literals were added.
   */
  literalsFor(ignoreCase: boolean): LiteralScan | undefined {
    const text = ignoreCase ? this.lower : this.text;
    if (text === undefined) return undefined;
    const index = ignoreCase ? foldedLiterals : exactLiterals;
    const known = ignoreCase ? this.foldedScan : this.exactScan;
    if (known && known.version === index.version) return known;
    const scan = index.scan(text);
    if (ignoreCase) this.foldedScan = scan;
    else this.exactScan = scan;
    return scan;
  }
}

function numbered(requirement: Requirement, intern: (literal: Literal) => number): LiteralTest {
  return numberedWithLikelihood(requirement, intern).test;
}

function numberedWithLikelihood(requirement: Requirement, intern: (literal: Literal) => number): { test: LiteralTest; likelihood: number } {
  if ('text' in requirement) return { test: { id: intern(requirement), all: false, items: [] }, likelihood: literalLikelihood(requirement) };
  const all = 'all' in requirement;
  const items = (all ? requirement.all : requirement.any).map((r) => numberedWithLikelihood(r, intern));
  // Rarest first for all (the first missing one ends the test), likeliest first for one of (the first present one does):
  // all of several is as likely as its rarest item, one of several as their sum.
  items.sort((a, b) => (all ? a.likelihood - b.likelihood : b.likelihood - a.likelihood));
  const estimate = all ? Math.min(1, ...items.map((i) => i.likelihood)) : Math.min(1, items.reduce((sum, i) => sum + i.likelihood, 0));
  return { test: { id: -1, all, items: items.map((i) => i.test) }, likelihood: estimate };
}

/** False when `target` lacks literal text the pattern needs, so the regex cannot match there and need not run. */
export function mayMatch(pattern: CompiledPattern, target: PatternTarget): boolean {
  const test = pattern.literalTest;
  if (test.all && test.items.length === 0) return true;
  const scan = target.literalsFor(pattern.ignoreCase);
  return scan === undefined || holds(test, scan);
}

/** One match of a pattern in a sentence, with offsets into the document. */
export interface PatternMatch<E extends PatternEntry = PatternEntry> extends Span {
  entry: E;
  /** Named groups, with document offsets when the engine reports them. */
  groups: Record<string, string | undefined>;
}

/** Compiles pattern entries once (flags default to case-insensitive). */
export function compilePatterns<E extends PatternEntry>(entries: readonly E[]): CompiledPattern<E>[] {
  return entries.map((entry) => {
    const flags = new Set((entry.flags ?? 'i').split(''));
    flags.add('g');
    flags.add('d');
    const ignoreCase = flags.has('i');
    const { test, key, lowered } = readingOf(entry.pattern, ignoreCase);
    const pattern = new LazyPattern(entry, [...flags].join(''), ignoreCase, test, key, lowered);
    if (expressionsAtOnce) void [pattern.regex, pattern.lowered];
    return pattern;
  });
}

/** Whether compilePatterns makes every pattern's expressions at once (see `makeExpressionsAtOnce`). */
let expressionsAtOnce = false;

/**
 * Has compilePatterns make every expression at once from now on: for the startup snapshot (src/cli/run.ts,
 * prepareSnapshot), which then holds them made, so that a run from it makes none of them again.
 */
export function makeExpressionsAtOnce(): void {
  expressionsAtOnce = true;
}

/** Every pattern reading made or looked up in this process, by `readingKey`; the build's record is read in at the first. */
let readings: Map<string, PatternReading> | undefined;

/** What compilePatterns reads from a pattern's source: looked up when this process or the build has read it already. */
export function readingOf(source: string, ignoreCase: boolean): PatternReading {
  readings ??= recordedReadingsNumbered();
  const key = readingKey(source, ignoreCase);
  let reading = readings.get(key);
  if (reading === undefined) {
    const requirement = requiredLiterals(source, ignoreCase);
    const index = ignoreCase ? foldedLiterals : exactLiterals;
    const intern = (literal: Literal): number => index.intern(literal);
    reading = { test: numbered(requirement, intern), key: keyLiterals(requirement)?.map(intern), lowered: ignoreCase ? lowerCasedSource(source) : undefined };
    readings.set(key, reading);
  }
  return reading;
}

/**
 * The build's record, its literals numbered first in both literal indexes, in the record's order: then its readings'
 * numbers are the indexes' own, and the built-in patterns' literals make one literal index, built once (not once for
 * every analyzer that compiles its patterns after another has scanned a sentence). An empty map when there is no record
 * (or other code made it), or when literals were numbered before (only compilePatterns numbers them, and it reads the
 * record first).
 */
function recordedReadingsNumbered(): Map<string, PatternReading> {
  const recorded = foldedLiterals.version === 0 && exactLiterals.version === 0 ? recordedReadings() : undefined;
  if (recorded === undefined) return new Map();
  for (const literal of recorded.folded) foldedLiterals.intern(literal);
  for (const literal of recorded.exact) exactLiterals.intern(literal);
  return recorded.readings;
}

/** Writes every pattern reading of this process to `file` (the build does, after preparing every analyzer). */
export function recordPatternReadings(file?: string): void {
  writeReadings(readings ?? new Map(), { folded: foldedLiterals.literals, exact: exactLiterals.literals }, file);
}

/**
 * Targets by text, oldest first: analyzers run one after another over every sentence of a document, so each sentence
 * comes back once per analyzer, and each target scans its text for literals only once. Enough for a long document.
 */
const recentTargets = new Map<string, PatternTarget>();
const RECENT_TARGETS = 4096;

function targetFor(slice: string): PatternTarget {
  let target = recentTargets.get(slice);
  if (!target) {
    if (recentTargets.size >= RECENT_TARGETS) recentTargets.delete(recentTargets.keys().next().value as string);
    recentTargets.set(slice, (target = new PatternTarget(slice)));
  }
  return target;
}

/** Every match of every pattern in `text.slice(span.start, span.end)`, with offsets into `text`; `accept` leaves patterns out. */
export function matchPatterns<E extends PatternEntry>(
  patterns: readonly CompiledPattern<E>[],
  text: string,
  span: Span,
  accept?: (pattern: CompiledPattern<E>) => boolean,
): PatternMatch<E>[] {
  // Line breaks read as spaces, so that a pattern's phrase matches across the hard wrap of a line.
  const slice = flatLines(text.slice(span.start, span.end));
  const target = targetFor(slice);
  const out: PatternMatch<E>[] = [];
  for (const i of candidates(patterns, target)) {
    const pattern = patterns[i];
    if ((accept && !accept(pattern)) || !mayMatch(pattern, target)) continue;
    const { entry } = pattern;
    const lower = pattern.lowered && target.lower;
    const regex = lower ? pattern.lowered! : pattern.regex;
    const searched = lower || slice;
    regex.lastIndex = 0;
    for (let m = regex.exec(searched); m !== null; m = regex.exec(searched)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      out.push({ entry, start: span.start + m.index, end: span.start + m.index + m[0].length, groups: lower ? groupsIn(slice, m) : { ...(m.groups ?? {}) } });
    }
  }
  return out;
}

/** The named groups of a match made in the lower-cased text, read from the original text at the same offsets. */
function groupsIn(text: string, m: RegExpExecArray): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const at = m.indices?.groups ?? {};
  for (const name of Object.keys(m.groups ?? {})) {
    const span = at[name];
    out[name] = span ? text.slice(span[0], span[1]) : undefined;
  }
  return out;
}

/**
 * A case-insensitive pattern's source rewritten to run without the `i` flag on lower-cased text and find the same
 * matches: its literal ASCII capitals lower-cased (`\bI\s+` → `\bi\s+`). Undefined when that is not sure to hold:
 * a cased letter outside ASCII, a capital at either end of a class range, a cased property class (`\p{Lu}`), or a
 * `\u`, `\x` or `\c` escape. Escapes (`\S`, `\p{L}`), group names and backreference names are left as they are.
 */
export function lowerCasedSource(source: string): string | undefined {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'u' || next === 'x' || next === 'c') return undefined;
      let end = i + 1;
      if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
        end = source.indexOf('}', i + 3);
        if (end < 0 || /^(?:L[ult]|Lowercase|Uppercase|Cased|Changes_When)/.test(source.slice(i + 3, end))) return undefined;
      } else if (next === 'k' && source[i + 2] === '<') {
        end = source.indexOf('>', i + 3);
        if (end < 0) return undefined;
      } else if (next !== undefined && /[A-Z]/.test(next) && !/[BDSW]/.test(next)) {
        return undefined;
      }
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c === '(' && source.startsWith('?<', i + 1) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      const end = source.indexOf('>', i + 3);
      if (end < 0) return undefined;
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c >= 'A' && c <= 'Z') {
      if (source[i - 1] === '-' || source[i + 1] === '-') return undefined;
      out += c.toLowerCase();
      continue;
    }
    if (c.toLowerCase() !== c.toUpperCase() && (c < 'a' || c > 'z')) return undefined;
    out += c;
  }
  return out;
}

/**
 * Which patterns of a list can match, found from the literals: each pattern is filed under a set of literals one of which
 * every match contains (`keyLiterals`), so a sentence looks only at the patterns filed under the literals it holds, and at
 * those that need none. Built once per list (lists are compiled once per lexicon set).
 */
interface CandidateIndex {
  /** Patterns with no literal to test for. */
  always: number[];
  /** By literal number, the patterns filed under it; one table for each case mode. */
  folded: number[][];
  exact: number[][];
}

const candidateIndexes = new WeakMap<readonly CompiledPattern[], CandidateIndex>();
/** Lists shorter than this are checked pattern by pattern: an index would not pay for itself. */
const INDEXED_LIST = 16;

/** The positions in `patterns` of those whose literals `target` may hold, in list order (all of them for a short list). */
function candidates(patterns: readonly CompiledPattern[], target: PatternTarget): Iterable<number> {
  if (patterns.length < INDEXED_LIST || target.lower === undefined) return patterns.keys();
  let index = candidateIndexes.get(patterns);
  if (!index) candidateIndexes.set(patterns, (index = buildCandidateIndex(patterns)));
  const found = new Set<number>(index.always);
  const add = (table: number[][], scan: LiteralScan): void => {
    for (let word = 0; word < scan.bits.length; word++) {
      let bits = scan.bits[word];
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits);
        bits &= ~(1 << bit);
        for (const i of table[word * 32 + bit] ?? []) found.add(i);
      }
    }
  };
  if (index.folded.length > 0) add(index.folded, target.literalsFor(true)!);
  if (index.exact.length > 0) add(index.exact, target.literalsFor(false)!);
  return [...found].sort((a, b) => a - b);
}

function buildCandidateIndex(patterns: readonly CompiledPattern[]): CandidateIndex {
  const index: CandidateIndex = { always: [], folded: [], exact: [] };
  patterns.forEach((pattern, i) => {
    if (pattern.keyIds === undefined) {
      index.always.push(i);
      return;
    }
    const table = pattern.ignoreCase ? index.folded : index.exact;
    for (const id of pattern.keyIds) (table[id] ??= []).push(i);
  });
  return index;
}

/**
 * The words of a word list as alternatives of a regular expression, each matched literally but for its spaces, which
 * match any run of white space (a hard line break in the text).
 */
export function wordAlternation(words: Iterable<string>): string {
  return [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+')).join('|');
}
