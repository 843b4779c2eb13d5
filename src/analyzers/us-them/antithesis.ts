// "They call it reform. We call it theft.": two short sentences in a row, one opening with "they" and the other with "we" on the same verb.

import type { Document } from '../../text/model.js';
import type { RawFinding } from '../types.js';
import { STRENGTH } from './strength.js';

/** The pair of sentences that set "they" against "we" (lexicons/us-them-rules.json `us-them-they-then-we`). */
export interface Antithesis {
  id: string;
  note: string;
  /** The opening of either sentence: the pronoun (group 1) and the verb after it (group 2); compiled with indices ('d'). */
  opener: RegExp;
  /** Both sentences have at most this many words: the figure is terse, a narrative of two steps runs longer. */
  maxWords: number;
}

/**
 * Adds a finding to both sentences of each antithesis: consecutive sentences of one paragraph, one opening "They <verb>" and
 * the next "We <verb>" (or the other way round) with the same verb, each short. The "they" sentence's finding names the
 * out-group, the "we" sentence's the in-group.
 */
export function addAntitheses(a: Antithesis | undefined, doc: Document, bySentence: Map<number, RawFinding[]>): void {
  if (a === undefined) return;
  const opening = doc.sentences.map((s) => (s.words <= a.maxWords ? a.opener.exec(s.text) : null));
  for (let i = 1; i < doc.sentences.length; i++) {
    const first = opening[i - 1];
    const second = opening[i];
    if (!first || !second || doc.sentences[i].paragraph !== doc.sentences[i - 1].paragraph) continue;
    if (first[1].toLowerCase() === second[1].toLowerCase() || first[2].toLowerCase() !== second[2].toLowerCase()) continue;
    for (const [k, m] of [[i - 1, first], [i, second]] as const) {
      const s = doc.sentences[k];
      const [from, to] = m.indices![1]!;
      const them = m[1].toLowerCase() === 'they';
      const finding: RawFinding = {
        rule: a.id,
        start: s.start + from,
        end: s.start + to,
        strength: STRENGTH.pattern,
        explanation: a.note,
        sentence: k,
        category: them ? 'them' : 'us',
        label: them ? 'they' : 'we',
      };
      const list = bySentence.get(k) ?? [];
      if (!list.some((f) => f.rule === a.id)) bySentence.set(k, [...list, finding]);
    }
  }
}
