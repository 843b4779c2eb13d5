// The listed adversaries a sentence names, and the running tally of how often the text names, casts or sides with each.

import type { Sentence, Span } from '../../text/model.js';
import type { AnalysisContext, RawFinding } from '../types.js';
import { targetOfHostileAct } from './hostile-target.js';
import { withoutPossessives } from './tokens.js';
import { adversaryOf, type Vocabulary } from './vocabulary.js';

/** A listed adversary named in a sentence: its id, its label and where the name stands. */
export interface AdversaryName extends Span {
  id: string;
  label: string;
  /** A movement or armed organization, not a state (see AdversaryEntry.organization). */
  organization?: boolean;
}

/** Names of the listed adversaries in a sentence (outside quotations). */
export function adversaryNames(v: Vocabulary, s: Sentence): AdversaryName[] {
  const tokens = withoutPossessives(s.tokens);
  return v.adversaries.matcher
    .match(tokens)
    .filter((m) => !partOfPlaceName(v, s, m))
    .map((m) => ({ id: m.entry.id, label: m.entry.label, start: m.start, end: withHead(v, s, m), ...(m.entry.organization ? { organization: true } : {}) }));
}

/**
 * Where a name ends when a word for a force or a ruling body follows it: "The Japanese forces have seized …" is matched as
 * "The Japanese" (a name of its own), but the name is "Japanese forces", whose verb comes after "forces".
 */
function withHead(v: Vocabulary, s: Sentence, m: { entry: { id: string }; start: number; end: number }): number {
  const next = /^\s+([\p{L}-]+)/u.exec(s.text.slice(m.end - s.start, m.end - s.start + 40));
  if (!next) return m.end;
  const longer = adversaryOf(v, `${s.text.slice(m.start - s.start, m.end - s.start)} ${next[1]}`);
  return longer?.id === m.entry.id ? m.end + next[0].length : m.end;
}

/** Whether the name is part of another place's name ("New Mexico", "the Gulf of Mexico", "the South China Sea"): no mention of the state. */
function partOfPlaceName(v: Vocabulary, s: Sentence, m: Span): boolean {
  const { placeBefore, placeAfter } = v.adversaries;
  return placeBefore.test(s.text.slice(Math.max(0, m.start - s.start - 16), m.start - s.start)) || placeAfter.test(s.text.slice(m.end - s.start, m.end - s.start + 16));
}

/** What each listed adversary's names have met so far in the text. */
export interface AdversaryTally {
  /** Sentences that name it. */
  named: number;
  /** Sentences with a scored out-group finding (other than this rule's) about it, not on the in-group's side: the finding is the name or carries it as its label. */
  cast: number;
  /** Names joined to the in-group's side ("our allies, the Russians", "together with China", "the British and we"). */
  allied: number;
  /** The sentences counted in `cast`. */
  castAt: Set<number>;
  /** Those of them that the learning pass also found casting it (its HostileSentences), in ascending order. */
  castHostile: number[];
}

/**
 * The sentences where the learning pass found one listed adversary beside a hostile word: a set, and the same indexes in
 * ascending order, so that how many of them come before a sentence is found by a binary search instead of a walk over all.
 */
export class HostileSentences {
  private readonly set: ReadonlySet<number>;
  private readonly sorted: readonly number[];

  constructor(indexes: Iterable<number>) {
    this.set = new Set(indexes);
    this.sorted = [...this.set].sort((a, b) => a - b);
  }

  has(index: number): boolean {
    return this.set.has(index);
  }

  /** How many of the sentences come before sentence `before`. */
  countBefore(before: number): number {
    return countBelow(this.sorted, before);
  }
}

/** The learning pass's sentences by listed adversary id, made once when it is done (it fills plain sets). */
export function hostileSentences(byAdversary: ReadonlyMap<string, Iterable<number>>): Map<string, HostileSentences> {
  return new Map([...byAdversary].map(([id, indexes]) => [id, new HostileSentences(indexes)]));
}

/** How many numbers of an ascending list are below `limit`. */
function countBelow(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sentences so far that cast the adversary: by a scored finding about it, or (seen by the learning pass) beside a hostile word.
 * The learning pass's sentences before `before` that no finding cast are counted as all of them before it less those a finding
 * also cast, each by a binary search: walking all of them, for every sentence that names the adversary, was quadratic.
 */
export function castSoFar(t: AdversaryTally, hostile: HostileSentences | undefined, before: number): number {
  if (hostile === undefined) return t.cast;
  return t.cast + hostile.countBefore(before) - countBelow(t.castHostile, before);
}

/** Counts, for each listed adversary this sentence names, the sentence as one that names it, casts it, or puts it on our side. */
export function countCast(v: Vocabulary, context: AnalysisContext, s: Sentence, names: readonly AdversaryName[], findings: readonly RawFinding[], tally: Map<string, AdversaryTally>, hostile: ReadonlyMap<string, HostileSentences>): void {
  const scored = findings.filter((f) => f.scored !== false && f.category === 'them' && !f.rule.startsWith('them-established-enemy'));
  const text = context.document.text;
  const named = new Set<string>();
  const allied = new Set<string>();
  const cast = new Set<string>();
  for (const n of names) {
    named.add(n.id);
    if (v.established.alliedBefore.test(text.slice(Math.max(s.start, n.start - 60), n.start)) || v.established.alliedAfter.test(text.slice(n.end, Math.min(s.end, n.end + 40)))) {
      allied.add(n.id);
      continue;
    }
    // The target of the in-group's hostile act or aim ("we shall drive the Germans out", "our war against Japan") is cast by it.
    const before = text.slice(s.start, n.start);
    if (v.established.inGroup.test(s.text) && ((before.match(/["“”]/gu) ?? []).length) % 2 === 0 && !v.established.partnerAct.test(s.text) && targetOfHostileAct(v, text, s, n, before)) {
      cast.add(n.id);
      continue;
    }
    if (scored.length === 0 || LOCATIVE.test(text.slice(Math.max(s.start, n.start - 20), n.start))) continue;
    // The finding is the name (with a word or two: "the Nazi masters") or carries the name as its label.
    const about = scored.some((f) => (f.start < n.end && f.end > n.start && f.end - f.start <= n.end - n.start + 24) || (f.label !== undefined && adversaryOf(v, f.label)?.id === n.id));
    if (about) cast.add(n.id);
  }
  for (const id of named) {
    const t = tally.get(id) ?? { named: 0, cast: 0, allied: 0, castAt: new Set<number>(), castHostile: [] };
    t.named++;
    if (allied.has(id)) t.allied++;
    else if (cast.has(id)) {
      t.cast++;
      if (!t.castAt.has(s.index) && hostile.get(id)?.has(s.index)) insertSorted(t.castHostile, s.index);
      t.castAt.add(s.index);
    }
    tally.set(id, t);
  }
}

/** Adds `n` to an ascending list where it belongs (sentences come in text order, so at the end). */
function insertSorted(list: number[], n: number): void {
  const at = countBelow(list, n);
  if (at === list.length) list.push(n);
  else list.splice(at, 0, n);
}

/** A name after a preposition of place ("terrorists in Iraq", "from Germany") names where, not whom: it casts no one. */
const LOCATIVE = /\b(?:in|into|from|across|throughout|inside|within|through|near|to)\s+(?:the\s+)?$/iu;

/** Whether the text has cast the adversary often enough before sentence `before`, in a large enough share of its mentions, and seldom put it on our side. */
export function castByTheText(v: Vocabulary, tally: ReadonlyMap<string, AdversaryTally>, hostile: ReadonlyMap<string, HostileSentences>, id: string, before: number): boolean {
  const t = tally.get(id);
  if (t === undefined) return false;
  const cast = castSoFar(t, hostile.get(id), before);
  return cast >= v.established.minCastSentences && cast >= v.established.minCastShare * t.named && t.allied * 2 < cast;
}
