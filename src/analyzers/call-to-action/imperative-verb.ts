// Whether the word at a slot is a base-form verb opening an imperative clause, read from compromise's tags and the words around it.

import type { TaggedTerm, Tagger } from '../../nlp/tagger.js';
import type { Sentence } from '../../text/model.js';
import type { AnalysisContext } from '../types.js';
import type { Signals } from './signals.js';
import { clauseEnd, type Slot } from './slots.js';
import { CLAUSE_BOUNDARY, COORDINATOR } from './word-classes.js';

/** Whether compromise reads the word at `slot` as a base-form verb opening an imperative clause. */
export function isImperativeVerb(sentence: Sentence, slot: Slot, context: AnalysisContext): boolean {
  // After a colon the clause is tagged on its own: inside the sentence compromise takes its capitalized first word for a name ("…rules: Buy American").
  const terms = slot.afterColon ? clauseTerms(context.tagger, sentence, slot) : context.tagger.terms(sentence);
  const k = terms.findIndex((t) => t.start <= slot.start && slot.start < t.end);
  if (k < 0) return false;
  const term = terms[k];
  const next = terms[k + 1];
  // Archaic negated imperative: "Ask not what your country can do for you", "Fear not".
  const NOT_VERB_TAGS = ['Auxiliary', 'Modal', 'Pronoun', 'Adverb', 'Adjective', 'Determiner', 'Conjunction', 'Preposition', 'ProperNoun', 'Copula'];
  const baseForm = !term.tags.has('PastTense') && (!term.tags.has('PresentTense') || term.tags.has('Infinitive'));
  if (next && next.normal === 'not' && baseForm && !NOT_VERB_TAGS.some((tag) => term.tags.has(tag))) return true;
  if (!term.tags.has('Verb')) return false;
  // "Our ancestors braved the unknown; tamed the wilderness; … laid down the railroads": after a clause that opens with a
  // past-tense verb, the clauses after the semicolons continue a list of predicates with the same subject, not commands.
  if (slot.previousClause) {
    const before = terms.find((t) => t.start <= slot.previousClause!.start && slot.previousClause!.start < t.end);
    if (before?.tags.has('PastTense')) return false;
    // "It will separate the tribes …; free them from …; enable them to …": bare verbs after a clause with a modal share its subject and modal.
    if (slot.previousModal && !slot.lead) return false;
  }
  if (term.tags.has('PastTense') || term.tags.has('Gerund') || term.tags.has('Participle') || term.tags.has('Auxiliary') || term.tags.has('Modal') || term.tags.has('Copula')) {
    // "Be" is the one copula with an imperative ("Be strong").
    if (!(term.normal === 'be' && k === 0)) return false;
  }
  if (!(term.tags.has('Imperative') || term.tags.has('Infinitive'))) return false;
  // After an introductory prepositional phrase ("With few exceptions, labor …") only a word compromise marks as imperative counts.
  // A bare verb that ends the sentence straight after the phrase's (first) comma is its whole predicate, a command ("And on the
  // nineteenth, vote."); a later comma ("… had in view one, and only one, object") ends an insertion, not the phrase.
  const soleVerbAfterLead = k === terms.length - 1 && term.tags.has('Infinitive') && slot.leadEnd !== undefined && !/\S/.test(sentence.text.slice(slot.leadEnd + 1 - sentence.start, slot.start - sentence.start));
  if (slot.lead === 'phrase' && !term.tags.has('Imperative') && !soleVerbAfterLead) return false;
  // "…; while the execution of the laws, and the employment of the common strength, … seem to comprise …": a subordinate
  // clause needs a verb of its own before its comma; without one the comma falls inside its subject, and the word after it is that subject's verb.
  if (slot.subordinateFrom !== undefined && !terms.some((t) => t.start >= slot.subordinateFrom! && t.end <= slot.start && t.tags.has('Verb'))) return false;
  // "While taxes should not be increased, amendments might be made that would, without diminishing the revenue, relieve …": a finite
  // verb between the introduction's first comma and the word shows the main clause began there; the word belongs to it.
  if (slot.leadEnd !== undefined && terms.some((t) => t.start > slot.leadEnd! && t.end <= slot.start && isFiniteVerb(t))) return false;
  // A command's verb: compromise's imperative, or at the head of the sentence its infinitive ("Tell them we are not going anywhere").
  const commandVerb = term.tags.has('Imperative') || (k === 0 && term.tags.has('Infinitive'));
  // "Tell them we are one nation", "Give me the thing the governors have": a word followed by an object pronoun or a possessive is a
  // verb with its object, never the head of a subject, so a finite verb further on belongs to a clause inside its object.
  if (commandVerb && OBJECT_AFTER_VERB.has(next?.normal ?? '')) return true;
  // "Remember they are so …", "Remember the numbers that …": at the head of the sentence, "remember" or "recall" takes a clause
  // as its object, so the finite verb further on is that clause's, not the main verb of a subject "Remember the numbers".
  if (k === 0 && commandVerb && CLAUSE_OBJECT_VERBS.has(term.normal)) return true;
  // "Make the polluters pay", "Help the miners win", "Make sure the hall is full": at the head of the sentence a causative verb
  // takes an object and a bare verb (or "sure" and a clause), so the verb after the noun is not that noun's finite verb.
  // "Make no mistake" is a formula of emphasis, not a command.
  if (k === 0 && commandVerb && CAUSATIVE_VERBS.has(term.normal) && next?.normal !== 'no') return true;
  return !readsAsSubject(terms, k, sentence) && !hasFiniteVerbInClause(terms, k, sentence);
}

/** A verb the tagger reads as a noun ("Email", "Text", "Boycott") followed by an object pronoun or a possessive: the command itself. */
export function verbBeforeObject(sentence: Sentence, slot: Slot, s: Signals): boolean {
  if (!s.verbsDespiteTag.has(slot.lower)) return false;
  const words = sentence.tokens.filter((t) => t.kind === 'word');
  const next = words[words.findIndex((w) => w.start === slot.start) + 1];
  return next !== undefined && OBJECT_AFTER_VERB.has(next.lower);
}

/** Whether a tagged term is a finite verb: a modal, an auxiliary, a copula, or a verb in a tense (not an infinitive, gerund or participle). */
function isFiniteVerb(t: TaggedTerm): boolean {
  if (!t.tags.has('Verb')) return false;
  if (t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula')) return true;
  if (t.tags.has('PastTense')) return !t.tags.has('Participle');
  return t.tags.has('PresentTense') && !t.tags.has('Infinitive') && !t.tags.has('Gerund') && !t.tags.has('Imperative');
}

/** The terms of the clause that starts at `slot` (after a colon), tagged on their own, with document offsets. */
function clauseTerms(tagger: Tagger, sentence: Sentence, slot: Slot): TaggedTerm[] {
  const end = clauseEnd(sentence, slot);
  return tagger.text(sentence.text.slice(slot.start - sentence.start, end - sentence.start), slot.start);
}

/** Verbs that take "of" after them in an imperative ("Think of …", "Beware of …"); any other word before "of" is a noun ("Use of power…"). */
export const VERB_OF = new Set(['think', 'beware', 'speak', 'dream', 'rid', 'dispose', 'approve', 'conceive', 'judge', 'tell', 'remind', 'ask', 'take care']);
/** Words after which an -s word is a verb taking its object ("Experience shows that…", "War entails just that"). */
const AFTER_VERB_S = new Set(['that', 'just', 'to', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'only', 'not', 'no', 'nothing', 'more', 'much', 'every', 'all', 'us', 'them', 'itself']);

/** Shapes in which the sentence-initial word compromise calls a verb is really the head of a subject noun phrase. */
function readsAsSubject(terms: readonly TaggedTerm[], k: number, sentence: Sentence): boolean {
  const term = terms[k];
  const next = terms[k + 1];
  const after = terms[k + 2];
  if (!next) return false;
  const gap = sentence.text.slice(term.end - sentence.start, next.start - sentence.start);
  // "Overhead -- vast fleets…": a word set off by a dash or colon heads no imperative clause.
  if (/[—–:]|--/.test(gap)) return true;
  if (gap.trim() !== '') return false;
  if (next.normal === 'of' && !VERB_OF.has(term.normal)) return true;
  // "Experience shows that …", "Labor sweats to create …".
  if (/[^s]s$/.test(next.normal) && !next.tags.has('Pronoun') && after && AFTER_VERB_S.has(after.normal)) return true;
  // "Position and climate and the resources …": a noun coordinated with a noun.
  if ((next.normal === 'and' || next.normal === 'or') && after && after.tags.has('Noun') && !after.tags.has('Verb') && !after.tags.has('Pronoun')) return true;
  // "Reason and experience both forbid us …": two coordinated words followed straight away by a verb are a compound subject;
  // a pair of commands goes on with an object or a complement ("Stand and fight the enemy").
  if ((next.normal === 'and' || next.normal === 'or') && after && !after.tags.has('Pronoun')) {
    let v = k + 3;
    if (terms[v] && SUBJECT_QUANTIFIER.has(terms[v].normal)) v++;
    const verb = terms[v];
    const between = verb ? sentence.text.slice(terms[v - 1].end - sentence.start, verb.start - sentence.start) : '';
    if (verb && between.trim() === '' && verb.tags.has('Verb') && !verb.tags.has('Gerund') && !verb.tags.has('Participle') && !verb.tags.has('Pronoun') && !verb.tags.has('Determiner') && !verb.tags.has('Preposition')) return true;
  }
  return false;
}

/** Words that may stand between a compound subject and its verb ("reason and experience both forbid"). */
const SUBJECT_QUANTIFIER = new Set(['both', 'alike', 'together', 'all', 'each', 'also']);

/** Object pronouns and possessives: after a verb they open its object, and no noun is followed by them. */
const OBJECT_AFTER_VERB = new Set(['them', 'us', 'me', 'him', 'your', 'our', 'my', 'their']);
/** Verbs of memory that take a clause as their object in a command ("Remember they are so …"); "consider" and "imagine" steer an argument instead. */
const CLAUSE_OBJECT_VERBS = new Set(['remember', 'recall']);
/** Causative verbs: in a command they take an object and a bare verb ("Make them pay", "Help the miners win"). */
const CAUSATIVE_VERBS = new Set(['make', 'help']);
/** Words after which a form tagged as a present-tense verb is a plural noun ("such laws", "these taxes"). */
const NOUN_AFTER = new Set(['such', 'these', 'those', 'the', 'a', 'an', 'our', 'your', 'their', 'its', 'his', 'her', 'my', 'more', 'all', 'many', 'few', 'several', 'new', 'other']);

/** Singular demonstratives: right after a command's verb, "this" or "that" before an -s word and a noun opens the verb's object ("Pass this jobs bill"). */
const DEMONSTRATIVES = new Set(['this', 'that']);

/** A term tagged only as a noun: neither a verb, a pronoun nor a determiner. */
function isPlainNoun(t: TaggedTerm | undefined): boolean {
  return t !== undefined && t.tags.has('Noun') && !t.tags.has('Verb') && !t.tags.has('Pronoun') && !t.tags.has('Determiner');
}

/** Verbs after which a past form is a participle of state or passive ("get vaccinated", "be prepared", "stay informed"). */
const LINKING_BEFORE_PARTICIPLE = new Set(['get', 'be', 'become', 'stay', 'remain', 'keep', 'feel', 'look', 'seem']);

/**
 * Whether a finite verb follows the candidate in its own clause, which shows the candidate was part of a subject
 * ("Sound national policies come to be viewed…", "Experience shows…", "Step by step we have created…").
 */
function hasFiniteVerbInClause(terms: readonly TaggedTerm[], k: number, sentence: Sentence): boolean {
  for (let j = k + 1; j < terms.length; j++) {
    const t = terms[j];
    const prev = terms[j - 1];
    const gap = sentence.text.slice(prev.end - sentence.start, t.start - sentence.start);
    if (CLAUSE_BOUNDARY.has(t.normal) || /[;:—–]|--/.test(gap) || (COORDINATOR.has(t.normal) && gap.includes(','))) return false;
    if (!t.tags.has('Verb')) continue;
    if (t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula')) return true;
    // "give to the fund set up by the journalists": a verb form followed by "by" (past its particle) is a passive participle
    // of a reduced relative clause, whatever tense compromise reads in an irregular form such as "set" or "put".
    const byAfter = terms[j + 1]?.tags.has('Particle') ? terms[j + 2] : terms[j + 1];
    if (byAfter?.normal === 'by') continue;
    // "the dismissed journalists", "our elected members": a past form after a determiner is an adjective.
    if (t.tags.has('PastTense') && NOUN_AFTER.has(prev.normal)) continue;
    const afterComma = gap.includes(',');
    // "Go get vaccinated", "be prepared", "stay involved": after a linking verb a past form is its participle, not a finite verb.
    if (t.tags.has('PastTense') && !t.tags.has('Participle') && !afterComma && !LINKING_BEFORE_PARTICIPLE.has(prev.normal)) return true;
    // "Pass this jobs bill": right after the command's "this" or "that", an -s word before a noun is that noun's modifier.
    const modifier = j === k + 2 && DEMONSTRATIVES.has(prev.normal) && /s$/.test(t.normal) && isPlainNoun(terms[j + 1]);
    if (t.tags.has('PresentTense') && !t.tags.has('Infinitive') && !t.tags.has('Gerund') && !(NOUN_AFTER.has(prev.normal) && /s$/.test(t.normal)) && !modifier) return true;
    if (t.tags.has('PresentTense') && prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !afterComma) return true;
  }
  return false;
}
