// A person of the past quoted only as an authority: no analogy, unless the sentence holds him up as a model.

import type { Sentence } from '../../text/model.js';
import type { Compiled } from './compile.js';
import type { CueRole } from './entries.js';
import type { SentenceFacts } from './model.js';

/** Cue roles that make a quoted person more than an authority: a model or lesson, a likening, an updated maxim. */
export const MODEL_ROLES: ReadonlySet<CueRole> = new Set(['lesson', 'likening', 'maxim']);

/**
 * Sentences that quote an authority: a person of the past named and then cited for his words ("Franklin Roosevelt said
 * …", "as Thomas Jefferson said, …", "Lincoln pointed out: …"), with no event, era, regime or other case named beside
 * him, and the sentences that go on with the quotation such a sentence opens. The guide counts "a historical figure
 * quoted only as an authority" as no analogy. A speech told inside a past case ("On the eve of our struggle for
 * independence … Dr. Joseph Warren … said") names the case, and is left to the other rules.
 */
export function authorityQuotes(sentences: readonly Sentence[], facts: readonly SentenceFacts[], c: Compiled): boolean[] {
  const out: boolean[] = [];
  let quoting = false;
  sentences.forEach((s, i) => {
    const f = facts[i];
    if (quoting && f.quoted && sentences[i - 1]?.paragraph === s.paragraph) {
      out.push(true);
      return;
    }
    const historical = f.references.filter((r) => r.historical);
    const cites =
      !f.heading &&
      historical.some((r) => r.category === 'person' && c.citedAfterName.test(s.text.slice(r.end - s.start))) &&
      historical.every((r) => r.category === 'person' || r.dated?.kind !== 'entry');
    out.push(cites);
    quoting = cites;
  });
  return out;
}

/** How many words in a row a sentence must take from an authority's words to be updating them. */
const UPDATED_MAXIM_WORDS = 4;

/**
 * Whether a sentence takes up a quoted authority's words to update them: the two share a run of UPDATED_MAXIM_WORDS words
 * (case and punctuation aside), as "Today no nation can be both ignorant and great" does "no nation can be both ignorant and free".
 */
export function updatesWords(sentence: string, quoted: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const runs = new Set<string>();
  const ws = words(sentence);
  for (let k = 0; k + UPDATED_MAXIM_WORDS <= ws.length; k++) runs.add(ws.slice(k, k + UPDATED_MAXIM_WORDS).join(' '));
  const wq = words(quoted);
  for (let k = 0; k + UPDATED_MAXIM_WORDS <= wq.length; k++) if (runs.has(wq.slice(k, k + UPDATED_MAXIM_WORDS).join(' '))) return true;
  return false;
}
