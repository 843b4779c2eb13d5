// Schemas for lexicons/*.json: every file names itself and its kind; every entry has an id and a note.

import type { z } from 'zod';
import { lazySchemas } from '../util/zod.js';

function buildSchemas(z: typeof import('zod').z) {
  const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are dash-case: lower-case letters, digits and dashes');
  const note = z.string().min(1);

  /**
   * Fields every entry may carry. `note` explains why the entry signals its device in plain words: it is what a finding's
   * explanation says to a reader. `detail` is for whoever maintains the entry: how the rule decides, with the names of the
   * entry's fields; `rhetoric explain <rule-id>` shows it, findings never do.
   */
  const base = {
    id,
    note,
    detail: z.string().min(1).optional(),
    source: z.string().optional(),
  };

  /** A list of words, for tokenizer and splitter data (abbreviations, stop-words). */
  const wordlistEntry = z.looseObject({ ...base, words: z.array(z.string().min(1)).min(1), onlyBeforeNumber: z.boolean().optional() });

  /** A term list: each entry a concept with one or more surface forms (aliases), matched as whole token sequences. */
  const termsEntry = z.looseObject({
    ...base,
    terms: z.array(z.string().min(1)).min(1),
    /** Match the exact letter case of the terms (proper names that are also common words). */
    caseSensitive: z.boolean().optional(),
    category: z.string().optional(),
    strength: z.number().min(0).max(1).optional(),
  });

  /** A regular-expression rule, matched against one sentence at a time. */
  const patternEntry = z.looseObject({
    ...base,
    pattern: z.string().min(1),
    flags: z.string().regex(/^[imsu]*$/, 'flags may be i, m, s and u only').optional(),
    strength: z.number().min(0).max(1).optional(),
    examples: z.array(z.string()).optional(),
    counterExamples: z.array(z.string()).optional(),
    /**
     * For whoever maintains the rule: why the expression is accepted although recheck finds (or cannot rule out) backtracking
     * that grows faster than the sentence (`npm run check:patterns`; test/pattern-complexity.test.ts asks for it).
     */
    backtrackingNote: z.string().min(1).optional(),
  });

  /** A valence rating for a word or phrase, on AFINN's −5…+5 scale. */
  const ratingEntry = z.looseObject({ ...base, term: z.string().min(1), value: z.number().min(-5).max(5) });

  /** A word that modifies the valence of what follows (negators, intensifiers, downtoners). */
  const modifierEntry = z.looseObject({ ...base, terms: z.array(z.string().min(1)).min(1), factor: z.number() });

  const entrySchemas = {
    wordlist: wordlistEntry,
    terms: termsEntry,
    patterns: patternEntry,
    ratings: ratingEntry,
    modifiers: modifierEntry,
  } as const;

  const lexiconFile = z.looseObject({
    lexicon: id,
    kind: z.enum(['wordlist', 'terms', 'patterns', 'ratings', 'modifiers', 'data']),
    /** The device this lexicon serves, when it serves one. */
    device: z.string().optional(),
    description: z.string().min(1),
    source: z.string().optional(),
    /**
     * Named parts of regular expressions shared by the entries of a pattern lexicon: `{{name}}` in a pattern stands for
     * the fragment, so a long alternation (the adversaries of a text, the people it stands with) is written once.
     */
    fragments: z.record(id, z.string().min(1)).optional(),
    entries: z.array(z.unknown()).optional(),
  });

  return { wordlistEntry, termsEntry, patternEntry, ratingEntry, modifierEntry, entrySchemas, lexiconFile };
}

/** The lexicon schemas, built on first use (a run that reads only build-checked lexicons never loads zod). */
export const lexiconSchemas = lazySchemas(buildSchemas);
type Schemas = ReturnType<typeof buildSchemas>;

export type LexiconKind = keyof Schemas['entrySchemas'] | 'data';

export type WordlistEntry = z.infer<Schemas['wordlistEntry']>;
export type TermsEntry = z.infer<Schemas['termsEntry']>;
export type PatternEntry = z.infer<Schemas['patternEntry']>;
export type RatingEntry = z.infer<Schemas['ratingEntry']>;
export type ModifierEntry = z.infer<Schemas['modifierEntry']>;

export interface EntryByKind {
  wordlist: WordlistEntry;
  terms: TermsEntry;
  patterns: PatternEntry;
  ratings: RatingEntry;
  modifiers: ModifierEntry;
}

/** A validated lexicon file. `data` files (such as norms.json) carry figures, not entries. */
export interface Lexicon<K extends keyof EntryByKind = keyof EntryByKind> {
  lexicon: string;
  kind: K;
  device?: string;
  description: string;
  source?: string;
  entries: EntryByKind[K][];
  /** Where it was read from (the last file, when a user folder overrides entries). */
  file: string;
  /** The file each entry of a user's --lexicons folder was read from, by entry id (built-in entries are not listed). */
  entryFiles?: Readonly<Record<string, string>>;
}
