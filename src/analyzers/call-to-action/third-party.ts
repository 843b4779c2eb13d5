// A third party's necessity: "The enemy must break through …" names an adversary as the subject of "must", which the text does not urge.

import type { Sentence } from '../../text/model.js';
import { termsMatcher } from '../rules.js';
import type { AnalysisContext } from '../types.js';
import { SIGNALS } from './signals.js';
import { CLAUSE_BOUNDARY, COORDINATOR } from './word-classes.js';

/** Rules whose "must" takes the subject before it: an adversary there is a third party the text does not urge. */
export const SUBJECT_MODAL_RULES = new Set(['cta-must-act', 'cta-must-not']);
/** Words looked back from "must" for its subject. */
const SUBJECT_WINDOW = 5;

/**
 * Whether the subject just before the "must" at `start` names an adversary ("The enemy must break through our lines before …"):
 * what the enemy must do is a third party's necessity, which the text does not urge on its audience.
 */
export function hasThirdPartySubject(sentence: Sentence, start: number, context: AnalysisContext): boolean {
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => t.start >= start);
  if (at < 0) return false;
  let from = at;
  for (let words = 0; from > 0 && words < SUBJECT_WINDOW; from--) {
    const t = tokens[from - 1];
    if (t.kind !== 'word' || CLAUSE_BOUNDARY.has(t.lower) || COORDINATOR.has(t.lower)) break;
    words++;
  }
  return termsMatcher(context.lexicons, SIGNALS, 'cta-third-party-subject')
    .match(tokens)
    .some((hit) => hit.firstToken >= from && hit.lastToken < at);
}
