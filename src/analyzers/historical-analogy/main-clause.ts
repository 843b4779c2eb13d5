// Whether a sentence's main clause is in the past tense, read from the tagger.

import type { Tagger } from '../../nlp/tagger.js';
import type { Sentence } from '../../text/model.js';
import type { MainClauseWords } from './compile.js';

/**
 * Whether the sentence's main clause is in the past tense, read from the tagger: the first finite verb after a leading
 * subordinate clause is a past form ("Our fathers, faced with perils, drafted a charter"; not "As our fathers did, we
 * will …"). A sentence too long to tag keeps the token test already passed.
 */
export function mainClausePast(sentence: Sentence, tagger: Tagger, words: MainClauseWords): boolean {
  const terms = tagger.terms(sentence);
  if (terms.length === 0) return true;
  const after = (k: number): string => sentence.text.slice(terms[k].end - sentence.start, terms[k].end - sentence.start + 2);
  let k = 0;
  if (words.subordinators.has(terms[0].normal)) {
    while (k < terms.length && !after(k).startsWith(',')) k++;
    k++;
    // No comma: the opening word governs a phrase, not a clause ("After the last war we disarmed in haste"); read on from it.
    if (k >= terms.length) k = 1;
  }
  for (; k < terms.length; k++) {
    const t = terms[k];
    if (!t.tags.has('Verb') || t.tags.has('Gerund')) continue;
    // An infinitive, or a verb of a clause that hangs on a noun ("as called for in the Constitution", "the men who fought").
    if (k > 0 && words.clauseOpeners.has(terms[k - 1].normal)) continue;
    // A participial phrase ("the state having offended the king, endeavored …"): its participle and the verbs of its group are not finite.
    if (words.participleOpeners.has(t.normal)) {
      while (k + 1 < terms.length && (terms[k + 1].tags.has('Verb') || terms[k + 1].tags.has('Adverb'))) k++;
      continue;
    }
    if (words.pastAuxiliaries.has(t.normal) || t.tags.has('PastTense')) return true;
    return false;
  }
  return false;
}
