// Where the subject stands: a name as the subject of an active verb, a finding before the sentence's first verb.

import type { Sentence, Span } from '../../text/model.js';
import type { AnalysisContext, RawFinding } from '../types.js';

/** Words between a subject and its verb that say nothing about who acts ("has", "will", "not", "now"). */
const AUXILIARIES = /^(?:has|have|had|will|would|shall|should|may|might|can|could|must|ought|did|does|do|not|also|still|now|again|already|then|thus|soon|never|always|just|even|once)$/iu;
const BE = /^(?:is|are|was|were|be|been|being)$/iu;

/** Whether a name is the subject of an active verb right after it ("Japan attacked", "the Nazis have now seized", not "Germany was defeated"). */
export function subjectOfVerb(context: AnalysisContext, s: Sentence, n: Span): boolean {
  return verbAfter(context, s, n) === 'active';
}

/** Whether a passive comes right after a name ("Germany was defeated at last", "has been cut off"). */
export function passiveAfter(context: AnalysisContext, s: Sentence, n: Span): boolean {
  return verbAfter(context, s, n) === 'passive';
}

/**
 * The voice of the first verb after a name, past auxiliaries and adverbs: active, or a passive ("was defeated"); undefined
 * when something else comes first (a copula, a noun) or no verb within five words.
 */
function verbAfter(context: AnalysisContext, s: Sentence, n: Span): 'active' | 'passive' | undefined {
  const after = context.tagger.terms(s).filter((t) => t.start >= n.end);
  let be = false;
  let previous = '';
  for (const t of after.slice(0, 5)) {
    const word = t.text.replace(/[^\p{L}'’-]/gu, '');
    // "ought to be governed": "to" after "ought" belongs to the auxiliary.
    const auxiliary = AUXILIARIES.test(word) || (/^to$/iu.test(word) && /^ought$/iu.test(previous));
    previous = word;
    if (auxiliary || (t.tags.has('Adverb') && !t.tags.has('Verb'))) continue;
    if (BE.test(word)) {
      be = true;
      continue;
    }
    if (!t.tags.has('Verb') || t.tags.has('Copula')) return undefined;
    // "was defeated", "has been cut off": after a form of "be", any verb but one in -ing is a passive, which names the one acted upon.
    return !be || t.tags.has('Gerund') || /ing$/iu.test(word) ? 'active' : 'passive';
  }
  return undefined;
}

/** Whether a finding stands before the sentence's first verb, where the subject usually is ("Powerful gangsters have banded together"). */
export function beforeFirstVerb(context: AnalysisContext, s: Sentence, f: RawFinding): boolean {
  // "There are pests who swarm through the lobbies …": after an existential opener the group named next is the subject.
  const existential = EXISTENTIAL_OPENER.exec(s.text);
  if (existential && f.start - s.start <= existential[0].length) return true;
  const verb = context.tagger.terms(s).find((t) => t.tags.has('Verb'));
  return verb === undefined || f.start < verb.start;
}

/** "There are", "But there were always": an opener after which the noun phrase is the sentence's logical subject. */
const EXISTENTIAL_OPENER = /^\W*(?:(?:but|and|yet|now|still|today|unfortunately|however)\W+)?there\s+(?:(?:are|were|is|was|have\s+been|has\s+been|will\s+be|still|always|also|even|now)\s+){1,2}(?:(?:some|many|a\s+few|certain|also|still)\s+)?(?:(?:of\s+)?(?:the|those|these|a|an)\s+)?/iu;
