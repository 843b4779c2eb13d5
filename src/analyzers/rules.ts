// Shared helpers for analyzers built from pattern and term lexicons: compiled once per lexicon, matched per sentence or span.

import type { PatternEntry, TermsEntry } from '../lexicon/schema.js';
import { compilePatterns, matchPatterns, PhraseMatcher, type CompiledPattern } from '../lexicon/match.js';
import type { LexiconSet } from '../lexicon/load.js';
import type { Span } from '../text/model.js';
import type { RegnalNames } from '../text/numerals.js';
import { countWords } from '../text/tokens.js';
import type { RawFinding } from './types.js';

/** A pattern entry with the optional fields rule lexicons use. */
export interface RuleEntry extends PatternEntry {
  /** The rule only fires when the matched sentence (or quotation) has at most this many words. */
  maxWords?: number;
  /** The rule finds a request put as a question ("Will you join me?"), so it also fires in a sentence that asks. */
  asks?: boolean;
}

/** The compiled patterns of lexicon `name` (compiled once per loaded lexicon). */
export function patternRules(lexicons: LexiconSet, name: string): CompiledPattern<RuleEntry>[] {
  return lexicons.derived(`rules:patterns:${name}`, () => compilePatterns(lexicons.get(name, 'patterns').entries as RuleEntry[]));
}

/** The entry `id` of terms lexicon `name`; throws when it is missing, since the analyzer depends on it. */
export function termsEntry(lexicons: LexiconSet, name: string, id: string): TermsEntry {
  const entry = lexicons.get(name, 'terms').entries.find((e) => e.id === id);
  if (!entry) throw new Error(`lexicon "${name}" has no entry "${id}"`);
  return entry;
}

/** A phrase matcher over one entry of a terms lexicon (built once per loaded lexicon). */
export function termsMatcher(lexicons: LexiconSet, name: string, id: string): PhraseMatcher<TermsEntry> {
  return lexicons.derived(`rules:terms:${name}:${id}`, () => new PhraseMatcher([termsEntry(lexicons, name, id)]));
}

/** The lower-cased given names of monarchs (lexicons/regnal-names.json), for telling a regnal numeral "I" from the pronoun. */
export function regnalNames(lexicons: LexiconSet): RegnalNames {
  return lexicons.derived('rules:regnal-names', () => new Set(lexicons.get('regnal-names', 'wordlist').entries.flatMap((e) => e.words.map((w) => w.toLowerCase()))));
}

/** The lower-cased single words of a terms entry, as a set. */
export function wordSet(entry: TermsEntry): Set<string> {
  return new Set(entry.terms.map((t) => t.toLowerCase().replace(/’/g, "'")));
}



/** One match of a compiled rule inside `text.slice(span.start, span.end)`, with document offsets. */
export interface RuleHit extends Span {
  entry: RuleEntry;
}

/** Every match of the rules in a span of the text, honouring each rule's `maxWords`. */
export function matchRules(rules: readonly CompiledPattern<RuleEntry>[], text: string, span: Span, words = countWords(text.slice(span.start, span.end))): RuleHit[] {
  const fits = (r: CompiledPattern<RuleEntry>): boolean => r.entry.maxWords === undefined || words <= r.entry.maxWords;
  return matchPatterns(rules, text, span, fits).map(({ entry, start, end }) => ({ entry, start, end }));
}

/** Trims spaces (and, when asked, surrounding punctuation) from both ends of a span so findings quote only words. */
export function trimSpan(text: string, span: Span, punctuation = false): Span {
  let { start, end } = span;
  const skip = punctuation ? /[\s"“”‘’'«»„()[\]—–\-:;,.]/u : /\s/u;
  while (start < end && skip.test(text[start])) start++;
  while (end > start && skip.test(text[end - 1])) end--;
  return end > start ? { start, end } : span;
}

/** A finding from a rule hit. */
export function findingOf(hit: Span & { entry: { id: string; note: string; strength?: number } }, sentence: number, strength = hit.entry.strength ?? 1): RawFinding {
  return { rule: hit.entry.id, start: hit.start, end: hit.end, strength, explanation: hit.entry.note, sentence };
}
