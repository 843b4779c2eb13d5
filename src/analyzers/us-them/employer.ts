// The employer as the other side of a text spoken from the union's side: in a strike speech "management" and "the company" are "them".

import type { Document } from '../../text/model.js';
import type { GroupEntry } from './entries.js';
import type { Mention } from './mentions.js';
import type { Scan } from './model.js';
import { tokenAt } from './tokens.js';
import type { Vocabulary } from './vocabulary.js';

const LABEL = 'the employer';
/** The rule id of an employer mention. */
export const EMPLOYER_ENTRY = 'them-the-employer';

/**
 * In a text whose speaker stands on the union's side (at least `minSpeakerSideMarks` marks such as "brothers and sisters", "the
 * picket line", "our shop stewards"), every name of the employer side becomes a rival-group mention: like "the bosses" anywhere, it
 * counts where the sentence sets "us" against it, and it is what a "they" after it refers to. Elsewhere (a president on
 * "management and labor") the same words name no side.
 */
export function addEmployerMentions(v: Vocabulary, doc: Document, scans: Scan[]): void {
  const e = v.employer;
  if (e === undefined) return;
  e.speakerSide.lastIndex = 0;
  let marks = 0;
  while (marks < e.minSpeakerSideMarks && e.speakerSide.exec(doc.text) !== null) marks++;
  if (marks < e.minSpeakerSideMarks) return;
  const entry: GroupEntry = { id: EMPLOYER_ENTRY, note: e.note, terms: [], category: 'rival-group', label: LABEL };
  for (const s of doc.sentences) {
    const scan = scans[s.index];
    const found: Mention[] = [];
    e.employer.lastIndex = 0;
    for (let m = e.employer.exec(s.text); m !== null; m = e.employer.exec(s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (scan.mentions.some((x) => x.start < end && x.end > start)) continue;
      found.push({ start, end, side: 'them', kind: 'rival-group', label: LABEL, entry, token: tokenAt(s, start) });
    }
    if (found.length > 0) scan.mentions = [...scan.mentions, ...found].sort((a, b) => a.start - b.start);
  }
}
