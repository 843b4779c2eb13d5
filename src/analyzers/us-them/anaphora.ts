// "They" and "he" that refer back to the out-group: sentence openers, accusations, pronouns inside a sentence, and what was named before.

import { matchPatterns } from '../../lexicon/match.js';
import type { Sentence, Span } from '../../text/model.js';
import type { AnalysisContext, RawFinding } from '../types.js';
import type { Mention } from './mentions.js';
import type { Scan } from './model.js';
import type { Vocabulary } from './vocabulary.js';

/** At most this many words in a sentence between an out-group and a "they" that still refers to it. */
const QUIET_BETWEEN_WORDS = 8;

/** Whether a sentence is short and names no group and no "they" of its own: it leaves the out-group named before it as the referent. */
export function quietBetween(scan: Scan | undefined, s: Sentence | undefined): boolean {
  if (scan === undefined || s === undefined) return false;
  return s.words <= QUIET_BETWEEN_WORDS && scan.mentions.length === 0 && !/\b(?:they|them|their|he|she|we)\b/iu.test(s.text);
}

/** Whether a finding names one person or state ("the dictator", "Saddam Hussein", "he"), not a group ("the Nazis", "they"). */
export function namesOne(text: string, f: RawFinding): boolean {
  const quote = text.slice(f.start, f.end).trim().replace(/['’]s$/u, '');
  if (/\b(?:he|she|him|his|her)$/iu.test(quote)) return true;
  if (/\b(?:they|their|them|these|those|others|all|people|men)$/iu.test(quote)) return false;
  // "The enemy", "the aggressor" stand for a whole side: a "he" after them is more often someone of ours ("captured by the enemy. But he decided …").
  if (/\b(?:enemy|foe|adversary|aggressor|invader|fire)$/iu.test(quote)) return false;
  return !/[^s]s$/iu.test(quote);
}

/** Whether a finding names a movement, a body or a class in the singular ("the counterrevolution", "the opposition"): no "he" or "she" stands for it. */
export function namesGroup(text: string, f: RawFinding, groupNoun: RegExp | undefined): boolean {
  return groupNoun !== undefined && groupNoun.test(text.slice(f.start, f.end).trim().replace(/['’]s$/u, ''));
}

/**
 * The first pronoun of the sentence that may refer back to the out-group, when the sentence says something hostile
 * ("We see through their promises"); never one inside a quotation (someone else's words) or one that has a nearer
 * referent in the sentence ("the men and their families"). ("We" beside "their" alone is no evidence: "we honor their sacrifice".)
 */
export function pronounReferringBack(v: Vocabulary, context: AnalysisContext, s: Sentence, scan: Scan): Span | undefined {
  const text = context.document.text;
  const quoteAt = s.text.search(/["“”]/u);
  const limit = quoteAt < 0 ? s.end : s.start + quoteAt;
  const pronouns = matchPatterns([v.pronounReference], text, s).filter((p) => p.end <= limit);
  const first = pronouns[0];
  // Nothing hostile said, or a group named earlier in the same sentence (the likelier referent of the pronoun): no reference.
  if (!first || scan.cues.length === 0 || scan.mentions.some((m) => m.kind !== 'pronoun' && m.end <= first.start)) return undefined;
  // A plural noun before it ("all free men … their leaders") is the likelier referent (compromise asked only here).
  const plural = context.tagger.terms(s).some((t) => t.end <= first.start && t.tags.has('Plural') && t.tags.has('Noun') && !t.tags.has('Pronoun'));
  return plural ? undefined : first;
}

/** Whether an accusation opener is a conditional about the adversary's designs: "If he thinks …", "When he strikes …". */
export function conditional(text: string, m: Span): boolean {
  return /^\W*(?:(?:and|but|yet|so|now|moreover)\W+)?(?:if|when|whenever|unless|should)\b/iu.test(text.slice(m.start, m.end));
}

/** Whether the sentence opens like an accusation of the out-group still referred to: "He has …", "For …ing …". */
export function opensAccusation(v: Vocabulary, text: string, s: Sentence): boolean {
  return matchPatterns([v.accusation], text, s).length > 0;
}

/** Whether the sentence opens with "they", "these", "others"… */
export function startsWithAnaphora(v: Vocabulary, text: string, s: Sentence): boolean {
  return matchPatterns([v.anaphora], text, s).length > 0;
}

/** Whether an anaphoric mention is a subject pronoun ("they", "their", "others"), not a determiner, a quantifier or an object ("these", "all", "them"). */
export function theyItself(text: string, m: Mention): boolean {
  return /\b(?:they|their|others)$/iu.test(text.slice(m.start, m.end));
}

/**
 * Whether an anaphoric mention is "they" (or "their") as the subject of the sentence: right after an adversary was named,
 * "They want to drive Israel out" goes on about the adversary and counts without a hostile word of its own.
 */
export function theySubject(text: string, m: Mention): boolean {
  const opener = text.slice(m.start, m.end).trim();
  if (/^(?:(?:but|and|yet|for|so|now|yes|indeed)\W+)?(?:they|their)$/iu.test(opener)) return true;
  // "Sometimes they will call it …", "But, in so doing, they are trying …": a short adverbial before "they", then its verb.
  // (No article or demonstrative before "they": "The former they would reserve …" fronts an object, not an adverbial.)
  if (/^(?:(?:but|and|yet|for|so|now|yes|indeed)\W+)?(?:(?!(?:the|a|an|this|that|these|those)\W)[a-z]+\W+){1,3}they$/iu.test(opener) && !SUBORDINATE_OPENER.test(opener) && THEY_VERB.test(text.slice(m.end, m.end + 40))) return true;
  // "These men …", "Such people …": a demonstrative with a noun for people points back just as "they" does.
  return /^(?:(?:but|and|yet|for|so|now|yes|indeed)\W+)?(?:these|those|such)$/iu.test(opener) && /^\s+(?:men|people|gentlemen|leaders|rulers|forces|nations|governments|powers)\b/iu.test(text.slice(m.end, m.end + 20));
}

/** An opener that makes "they" the subject of a clause about something else ("If they …", "Once they …", "How they …", "Which they …"). */
const SUBORDINATE_OPENER = /\b(?:if|when|whenever|unless|because|since|although|though|while|whether|as|that|what|where|until|before|after|so that|than|once|lest|till|whereas|wherever|provided|in case|how|why|who|whom|which|whatever|whoever|whichever)\W+(?:[a-z]+\W+){0,2}they$/iu;
/** What follows a subject "they": an auxiliary, an adverb or a finite verb (cheap test; the tagger is not asked). */
const THEY_VERB = /^\W*(?:(?:will|would|shall|should|can|could|may|might|must|are|were|have|had|do|did|also|still|even|always|never|now|then|often|only|actually|really|simply)\b|[a-z]+(?:s|ed)\b|(?:say|seek|want|think|know|claim|tell|call|try|hope|believe|fear|hold|insist|demand|refuse|plan|mean|wish|propose|argue|ask)\b)/iu;

/**
 * "Let them declare …", "Let them answer …": the writer's challenge to the camp named just before to account for itself.
 * Only verbs of answering, showing or proposing: "Let them cherish it", "Let them be provided for" are wishes, not challenges.
 */
const LET_THEM = /^\W*(?:(?:and|but|then|now|nay)\W+)?let\s+(them)\s+(?:(?:then|now|first|rather)\s+)?(?:declare|answer|explain|show|prove|name|propose|produce|point\s+(?:out|to)|speak\s+for\s+themselves|tell\s+us|say\s+(?:what|how|why|whether|where|which)|come\s+forward|account\s+for)\b/iu;

/** The "them" of a sentence opening with a challenge to the out-group ("Let them declare whether …"), if it opens so. */
export function letThemChallenge(s: Sentence): Span | undefined {
  const m = LET_THEM.exec(s.text);
  if (m === null) return undefined;
  return { start: s.start + m.index, end: s.start + m.index + m[0].indexOf(m[1]) + m[1].length };
}

/** Whether an accusation opener is "he" or "she" (not a "For …ing" item of a list, which needs the in-group it falls on). */
export function heSubject(text: string, m: Span): boolean {
  return /\b(?:he|she)$/iu.test(text.slice(m.start, m.end));
}

/** Whether the sentence's anaphoric word is "they", "them" or "their" (not "these", "others", "all"). */
export function startsWithTheyItself(v: Vocabulary, text: string, s: Sentence): boolean {
  const m = matchPatterns([v.anaphora], text, s)[0];
  return m !== undefined && /\b(?:they|them|their)$/iu.test(text.slice(m.start, m.end));
}

/** "They are ex-Communists, ex-Maoists …": an anaphoric "they" followed by a copula and a plural noun labels the out-group. */
export function labelsThem(context: AnalysisContext, s: Sentence, m: Mention): boolean {
  const terms = context.tagger.terms(s).filter((t) => t.start >= m.start);
  const [pronoun, verb, ...rest] = terms;
  if (!pronoun || !verb) return false;
  const copula = verb.tags.has('Copula') || /^(?:'re|are)$/i.test(verb.text);
  // The plural noun may follow an adverb or adjectives ("They are also Social Democrats").
  const label = rest.slice(0, 4).find((t) => !t.tags.has('Adverb') && !t.tags.has('Adjective') && !(t.tags.has('ProperNoun') && !/s$/u.test(t.text)));
  const plural = label !== undefined && (label.tags.has('Plural') || (label.tags.has('ProperNoun') && /s$/u.test(label.text)));
  return copula && plural && !label.tags.has('Verb');
}
