// The groups a text names itself by ("We Communists have been reproached …"): its own side, never its out-group.

import type { Document } from '../../text/model.js';
import type { Scan } from './model.js';

/** "We" or "us" right before a group word, as in "we Communists", "us socialists", "we, the Communists,". */
const SELF_BEFORE = /\b(?:we|us)\s*,?\s*(?:the\s+)?$/iu;

/** A group mention's words without a leading article, lower-cased: "the Communists" and "Communists" are one name. */
function nameKey(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^the /i, '').toLowerCase();
}

/**
 * The names a text gives itself: rival-group words it puts right after "we" or "us" ("We Communists have been
 * reproached …"). In such a text the Communists are the speaker's side, so no mention of them is an out-group, however
 * often the lexicons list the word as a rival (as the Cold War speeches use it). Lexicon names only: "we Americans"
 * names no out-group to begin with.
 */
function selfNamedGroups(doc: Document, scans: readonly Scan[]): Set<string> {
  const own = new Set<string>();
  for (const s of doc.sentences) {
    for (const m of scans[s.index].mentions) {
      if (m.side !== 'them' || m.kind !== 'rival-group') continue;
      if (SELF_BEFORE.test(doc.text.slice(s.start, m.start))) own.add(nameKey(doc.text.slice(m.start, m.end)));
    }
  }
  return own;
}

/** Drops from the scans every out-group mention of a name the text gives itself. */
export function withoutSelfNamed(doc: Document, scans: Scan[]): void {
  const own = selfNamedGroups(doc, scans);
  if (own.size === 0) return;
  for (const scan of scans) scan.mentions = scan.mentions.filter((m) => m.side !== 'them' || !own.has(nameKey(doc.text.slice(m.start, m.end))));
}
