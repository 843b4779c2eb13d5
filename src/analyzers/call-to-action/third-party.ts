// A third party's necessity: "The enemy must break through …" names an adversary as the subject of "must", which the text does not urge.

import type { Sentence, Token } from '../../text/model.js';
import { termsMatcher } from '../rules.js';
import type { AnalysisContext } from '../types.js';
import { SIGNALS } from './signals.js';
import { CLAUSE_BOUNDARY, COORDINATOR, MODAL } from './word-classes.js';

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

/**
 * Pronouns that, right before "must", make it no call (the rules' own look-behind leaves them alone): the speaker's own act, or
 * another's. "We", "you" and "each of us" are left out: "we will build the dam, and must begin now" still lays the duty on the
 * speaker's side, as "we must" does.
 */
const PRONOUN_SUBJECT = new Set(['i', 'he', 'she', 'it', 'they', 'one', 'who', 'which', 'that', 'this', 'what', 'there']);
/** Adverbs that may stand between a subject, a coordinator or a modal and the next word ("and must accordingly", "I then must"). */
const LINKING_ADVERB = new Set(['also', 'then', 'therefore', 'still', 'now', 'thus', 'hence', 'so', 'too']);

/**
 * Whether the "must" at `start` opens a coordinated predicate that shares the subject of the clause before, and that subject is a
 * pronoun: "I must decline any share of the salary, and must accordingly pray that …" is still the speaker's own "I must", an act of
 * their own, not a call on the audience (as "I must pray" would be, which the rule's look-behind already leaves alone).
 */
export function sharesPronounSubject(sentence: Sentence, start: number): boolean {
  const clause = clauseBeforeCoordinator(sentence, start);
  if (!clause) return false;
  const { words, modal } = clause;
  let s = modal - 1;
  while (s > 0 && isLinkingAdverb(words[s])) s--;
  return words[s].kind === 'word' && PRONOUN_SUBJECT.has(words[s].lower);
}

/** Modals of the past or of a supposition: negated, they and a "must" after them tell what had to be, or would have to be. */
const PAST_MODAL = new Set(['could', 'would', 'might']);
/** Words that negate a clause. */
const NEGATION = new Set(['not', 'never', 'no', 'nothing', 'none', 'neither']);

/**
 * Whether the "must" at `start` opens a predicate coordinated after a negated past or supposed modal ("We could levy no tolls …,
 * but must remain idle", "war could never be the will of one man, but must be …"): the "must" shares that mood, the other half
 * of what could not be, and tells what had to be, or would have to be; it urges nothing. "We cannot wait, but must act now" (a
 * present modal) and "we could wait, but must act now" (not negated) keep their call.
 */
export function sharesNegatedPastModal(sentence: Sentence, start: number): boolean {
  const clause = clauseBeforeCoordinator(sentence, start);
  if (!clause || !PAST_MODAL.has(clause.words[clause.modal].lower)) return false;
  return clause.words.slice(clause.modal + 1, clause.coordinator).some((w) => NEGATION.has(w.lower));
}

function isLinkingAdverb(t: Token): boolean {
  return LINKING_ADVERB.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly'));
}

/**
 * When the "must" at `start` follows a coordinator (over linking adverbs), the words of the sentence (with semicolons and
 * colons), the coordinator's index and the index of the modal of the clause before it, in the same stretch of the sentence.
 * Undefined when there is none, or when the modal stands right before the coordinator ("each of us may and must …": two modals
 * of one verb, not a predicate of its own).
 */
function clauseBeforeCoordinator(sentence: Sentence, start: number): { words: Token[]; coordinator: number; modal: number } | undefined {
  const words = sentence.tokens.filter((t) => t.kind === 'word' || t.text === ';' || t.text === ':');
  const at = words.findIndex((t) => t.start >= start);
  if (at < 1) return undefined;
  let k = at - 1;
  while (k >= 0 && isLinkingAdverb(words[k])) k--;
  if (k < 0 || !COORDINATOR.has(words[k].lower)) return undefined;
  // Back to the modal of the clause before, in the same stretch of the sentence (not across a semicolon or colon).
  for (let m = k - 1; m >= 1; m--) {
    const w = words[m];
    if (w.kind !== 'word') return undefined;
    if (!MODAL.has(w.lower)) continue;
    return m === k - 1 ? undefined : { words, coordinator: k, modal: m };
  }
  return undefined;
}
