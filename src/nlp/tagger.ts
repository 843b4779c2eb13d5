// Lazy part-of-speech tagging with compromise: only the sentences an analyzer asks about are parsed, each once.

import { createRequire } from 'node:module';
import type { Sentence } from '../text/model.js';

// The single-file CommonJS build loads about twice as fast as the ESM source tree. Its second level ('compromise/two':
// tokenizer, lexicon and tagger, without the phrase chunker and views of the full build) gives the same text, normal
// forms, tags and offsets (checked on 10,463 corpus sentences) and tags about 15% faster.
type Nlp = typeof import('compromise').default;
const require = createRequire(import.meta.url);
let nlpModule: Nlp | undefined;

/** Where a run started from the startup snapshot (src/cli/snapshot.ts) finds compromise loaded. */
const FROM_SNAPSHOT = Symbol.for('rhetoric-lens.compromise');

/** Whether this process started from the startup snapshot, with compromise loaded (for --timing). */
export function compromiseFromSnapshot(): boolean {
  return FROM_SNAPSHOT in globalThis;
}

/** The compromise function, loaded on first use (or found loaded, in a run started from the startup snapshot). */
export function compromise(): Nlp {
  nlpModule ??= ((globalThis as Record<symbol, unknown>)[FROM_SNAPSHOT] ?? require('compromise/two')) as Nlp;
  return nlpModule;
}

/** A term as compromise tags it, with offsets into the document. */
export interface TaggedTerm {
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
}

/** Sentences longer than this are not tagged (compromise slows down on them); analyzers fall back to token rules. */
export const MAX_TAGGED_CHARS = 1200;

/** Per-document tagger: tags a sentence the first time an analyzer asks, keeps the result, and counts the sentences tagged. */
export class Tagger {
  private readonly termCache = new Map<number, TaggedTerm[] | null>();
  /** Sentences parsed so far (for --timing). */
  parsed = 0;

  /** The sentence's terms with their tags and document offsets (empty when it is too long to tag safely). */
  terms(sentence: Sentence): TaggedTerm[] {
    let list = this.termCache.get(sentence.index);
    if (list === undefined) {
      list = sentence.text.length > MAX_TAGGED_CHARS ? null : this.text(sentence.text, sentence.start);
      if (list) this.parsed++;
      this.termCache.set(sentence.index, list);
    }
    return list ?? [];
  }

  /** The terms of any stretch of text that starts at document offset `base`, tagged on its own (not kept). */
  text(text: string, base: number): TaggedTerm[] {
    const json = compromise()(text).json({ offset: true, terms: { normal: true, offset: true } }) as { terms: JsonTerm[] }[];
    const out: TaggedTerm[] = [];
    for (const s of json) {
      for (const t of s.terms) {
        const start = base + (t.offset?.start ?? 0);
        out.push({ text: t.text, normal: t.normal ?? t.text.toLowerCase(), tags: new Set(t.tags ?? []), start, end: start + (t.offset?.length ?? t.text.length) });
      }
    }
    return out;
  }
}

const NO_TAGS: ReadonlySet<string> = new Set();

/** The tags of the term that starts at each document offset (none where no term starts), from terms asked for on first use. */
export function tagsAtOffset(terms: () => readonly TaggedTerm[]): (start: number) => ReadonlySet<string> {
  let byStart: Map<number, ReadonlySet<string>> | undefined;
  return (start) => {
    byStart ??= new Map(terms().map((t) => [t.start, t.tags]));
    return byStart.get(start) ?? NO_TAGS;
  };
}

interface JsonTerm {
  text: string;
  normal?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
