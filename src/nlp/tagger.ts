// Lazy part-of-speech tagging with compromise: only the sentences an analyzer asks about are parsed, each once.

import { createRequire } from 'node:module';
import type { Sentence } from '../text/model.js';

// The single-file CommonJS build loads about twice as fast as the ESM source tree.
type Nlp = typeof import('compromise').default;
type View = ReturnType<Nlp>;
const require = createRequire(import.meta.url);
let nlpModule: Nlp | undefined;

/** The compromise function, loaded on first use. */
export function compromise(): Nlp {
  nlpModule ??= require('compromise') as Nlp;
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

/** Per-document tagger: caches one parse per sentence and counts how many sentences it parsed. */
export class Tagger {
  private readonly views = new Map<number, View | null>();
  private readonly termCache = new Map<number, TaggedTerm[] | null>();
  /** Sentences parsed so far (for --timing). */
  parsed = 0;

  /** The compromise view of a sentence, or null when the sentence is too long to tag safely. */
  view(sentence: Sentence): View | null {
    let v = this.views.get(sentence.index);
    if (v === undefined) {
      if (sentence.text.length > MAX_TAGGED_CHARS) v = null;
      else {
        v = compromise()(sentence.text);
        this.parsed++;
      }
      this.views.set(sentence.index, v);
    }
    return v;
  }

  /** The sentence's terms with their tags and document offsets (empty when it is not tagged). */
  terms(sentence: Sentence): TaggedTerm[] {
    let list = this.termCache.get(sentence.index);
    if (list === undefined) {
      const view = this.view(sentence);
      list = view ? termsOf(view, sentence.start) : null;
      this.termCache.set(sentence.index, list);
    }
    return list ?? [];
  }
}

interface JsonTerm {
  text: string;
  normal?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

function termsOf(view: View, base: number): TaggedTerm[] {
  const json = view.json({ offset: true, terms: { normal: true, offset: true } }) as { terms: JsonTerm[] }[];
  const out: TaggedTerm[] = [];
  for (const s of json) {
    for (const t of s.terms) {
      const start = base + (t.offset?.start ?? 0);
      out.push({ text: t.text, normal: t.normal ?? t.text.toLowerCase(), tags: new Set(t.tags ?? []), start, end: start + (t.offset?.length ?? t.text.length) });
    }
  }
  return out;
}
