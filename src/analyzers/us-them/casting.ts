// Whether a hostile cue casts someone as an adversary: a named actor (agent of an act, target of a quality word), or a kind of person.

import type { Tagger } from '../../nlp/tagger.js';
import type { Sentence } from '../../text/model.js';
import type { AnalysisContext } from '../types.js';
import { near, type Cue } from './cues.js';
import type { Mention } from './mentions.js';
import type { Scan } from './model.js';
import type { Vocabulary } from './vocabulary.js';

/** The speaker's own country in this corpus's speeches: never the target of "our war against …". */
const OWN_SIDE = /^(?:the\s+)?(?:United States(?: of America)?|America|U\.\s?S\.(?:\s?A\.)?)$/u;

/** Whether a named entity is cast as an adversary by a cue: the agent of a hostile act, or the target of a hostile quality word. */
export function castsEntity(v: Vocabulary, tagger: Tagger, sentence: Sentence, cue: Cue, entity: Mention, lenient = false): boolean {
  if (!near(v, cue, entity)) return false;
  // The quality word must describe the name itself ("the treacherous Rosales", "brutal Soviet forces"), not another noun
  // the name only completes ("the criminal law of the United States", "a menacing rupture between Costa Rica and Nicaragua").
  if (cue.entry.category === 'hostile-quality') {
    // An adverb ("brutally", "treacherously") describes an act, not a name: it casts the act's doer, the subject right
    // before it ("Germany has brutally invaded …"), never the name the act falls on ("… invaded Poland") or the subject
    // of a passive ("Poland was brutally invaded").
    if (adverbAt(tagger, sentence, cue)) {
      return entity.end <= cue.start && /^(?:['’]s?)?\s+(?:(?:has|have|had|will|would|then|now|again|also|thus|so)\s+)*$/iu.test(sentence.text.slice(entity.end - sentence.start, cue.start - sentence.start));
    }
    const between = sentence.text.slice(cue.end - sentence.start, Math.max(cue.end, entity.start) - sentence.start);
    return entity.start >= cue.end && entity.token - cue.token <= 4 && !/\b(?:of|in|for|to|by|with|on|at|from|against|between|among|and|or)\b/iu.test(between);
  }
  // A barbarous deed names its doer right beside it: "the perfidy of Japan", "Hitler's lust for conquest".
  if (cue.entry.category === 'hostile-deed') {
    if (entity.start >= cue.end) return /^\s+of\s+(?:the\s+)?$/iu.test(sentence.text.slice(cue.end - sentence.start, entity.start - sentence.start));
    return /^(?:['’]s?)?\s+(?:(?:own|new|old|latest|usual)\s+)?$/iu.test(sentence.text.slice(entity.end - sentence.start, cue.start - sentence.start));
  }
  // A stance of the in-group names its target right after it: "our war against Japan", "we seek the ultimate defeat of Germany".
  // (Without "we" or "our" the stance may be anyone's: "Germany declared war against the United States".)
  if (cue.entry.category === 'hostile-stance') {
    if (entity.start < cue.end || OWN_SIDE.test(entity.label) || !/\b(?:we|our|us)\b/iu.test(sentence.text)) return false;
    // "The fight against HIV": a disease or a scourge named like an organization is no adversary.
    if (v.abstractAdversaries.match(sentence.tokens.filter((t) => t.start >= entity.start && t.end <= entity.end)).length > 0) return false;
    // "Our aims involved no war against the Chinese nation": a stance denied.
    if (/\b(?:no|not|never)\s+$/iu.test(sentence.text.slice(0, cue.start - sentence.start))) return false;
    // "The juntas win their war against the people": a stance someone else owns, of which the name is the victim.
    if (v.namedCasting?.othersStanceBefore.test(sentence.text.slice(0, cue.start - sentence.start))) return false;
    return /^\s+(?:the\s+)?$/u.test(sentence.text.slice(cue.end - sentence.start, entity.start - sentence.start));
  }
  // A threat casts the name only as its subject right before it ("Mexico has threatened to renew the war"), and not a name
  // inside a phrase ("tensions between Israel and Egypt threatened another war", "a movement in Cuba which threatened …").
  if (cue.entry.category === 'hostile-threat') {
    if (entity.end > cue.start || !activeVerb(tagger, sentence, cue, false)) return false;
    const between = sentence.text.slice(entity.end - sentence.start, cue.start - sentence.start);
    const before = sentence.text.slice(0, entity.start - sentence.start);
    return /^(?:['’]s?)?\s+(?:(?:has|have|had|will|would|could|can|may|might|now|again|openly|still|also|even|already|repeatedly|continues to|continue to)\s+)*$/iu.test(between) &&
      !/\b(?:between|of|in|with|and|or|from|to|by|for|against|on|at)\s+(?:the\s+)?$/iu.test(before);
  }
  // Only acts have an agent to blame; an attitude may be anyone's.
  if (cue.entry.category !== 'hostile-act') return false;
  // A name right after a preposition of place says where, not who ("training gunmen in Miami to murder …").
  if (/\b(?:in|at|into|near|inside|within|throughout|across)\s+(?:the\s+)?$/iu.test(sentence.text.slice(0, entity.start - sentence.start))) return false;
  // "the attack by Japan", "an attack from the navy of Spain": the agent named after the act.
  if (entity.start >= cue.end) return /^\s+(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+of\s+(?:the\s+)?)?$/iu.test(sentence.text.slice(cue.end - sentence.start, entity.start - sentence.start));
  if (entity.end > cue.start) return false;
  // The act's doer is another subject between them ("flew over Ruritania as we attacked", "the corridor through which attacks
  // were made"); a relative pronoun right after the name refers to it ("Ruritania, which invaded …").
  const c = v.namedCasting;
  const between = sentence.text.slice(entity.end - sentence.start, cue.start - sentence.start);
  if (c && c.otherSubjectBetween.test(between.replace(c.leadingRelative, ''))) return false;
  return activeVerb(tagger, sentence, cue, lenient, c?.sufferedAfter);
}

/** Whether compromise reads the cue's word as an adverb ("brutally invaded"), not an adjective ("the cowardly Rosales"). */
function adverbAt(tagger: Tagger, sentence: Sentence, cue: Cue): boolean {
  const term = tagger.terms(sentence).find((t) => t.end > cue.start);
  return term !== undefined && term.start < cue.end && term.tags.has('Adverb');
}

/**
 * Whether the cue is an active verb ("Japan invaded"), so the actor before it is its agent; not a noun ("the murder of") or a passive ("was attacked"),
 * nor a participle of loss (`sufferedAfter`: "looted of").
 * `lenient` (for learning a text's out-groups, where many mentions are summed) also accepts a noun ("involved in hatching plots").
 */
function activeVerb(tagger: Tagger, sentence: Sentence, cue: Cue, lenient: boolean, sufferedAfter?: RegExp): boolean {
  const term = tagger.terms(sentence).find((t) => t.end > cue.start);
  if (!term || term.start >= cue.end) return false;
  const before = sentence.text.slice(0, cue.start - sentence.start);
  // A noun counts when the actor launched or committed it ("the USA has launched an invasion").
  // …or chose it as its course ("the men in the Kremlin have chosen the path of aggression").
  if (!term.tags.has('Verb')) return lenient || /\b(?:launch|began|begun|begin|start|commit|perpetrat|wag|stag|unleash|mount|undert[oa]k|commenc|chose|chosen|choos|embark|pursu)\w*\s+(?:(?:up)?on\s+|to\s+)?(?:(?:an?|its|their|his|her|the)\s+)?(?:(?:path|policy|course|career|road|campaign|program|programme|war)\s+of\s+)?(?:[\w-]+\s+)?$/iu.test(before);
  if (term.tags.has('Passive')) return false;
  // A participle with its agent after it is a reduced passive: "a Nation ravaged by depression" (the name before it is no agent).
  if (/^\s+by\b/iu.test(sentence.text.slice(cue.end - sentence.start))) return false;
  // …and so is one of loss: "the farmers of Ruritania, looted of their cattle" (the name before it suffered the act).
  if (sufferedAfter?.test(sentence.text.slice(cue.end - sentence.start))) return false;
  return !/\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/iu.test(before);
}

/**
 * Whether a cue is a bare act of war ("attacked", "invaded", "bombed") in a sentence with nothing that frames it as an accusation:
 * no in-group mention, no hostile label, no other hostile word, no "without warning" or "deliberately".
 */
export function unframedAct(v: Vocabulary, s: Sentence, scan: Scan, cue: Cue): boolean {
  if (!v.actFraming.plainAct.test(s.text.slice(cue.start - s.start, cue.end - s.start))) return false;
  const framed =
    scan.mentions.some((m) => m.side === 'us' || m.kind === 'hostile-label') ||
    scan.cues.some((c) => !v.actFraming.plainAct.test(s.text.slice(c.start - s.start, c.end - s.start))) ||
    v.actFraming.framing.test(s.text);
  return !framed;
}

/** Nouns for anyone at all: "selfish men", "a dishonest person" is moralizing about people in general, not a group set apart. */
const GENERIC_PERSON = /^(?:man|men|woman|women|person|persons|people|one|ones|individual|individuals|human|humans|being|beings|sisters?|brothers?|fellows?)$/u;

/** The person noun a quality word describes: the first noun within two words after it (the quality word used as an adjective), when compromise tags it as a person or role ("executive", "officials"). */
export function personNounAfter(v: Vocabulary, context: AnalysisContext, s: Sentence, cue: Cue): Mention | undefined {
  const terms = context.tagger.terms(s);
  const word = terms.find((t) => t.end > cue.start);
  if (!word || !word.tags.has('Adjective')) return undefined;
  const following = terms.filter((t) => t.start >= cue.end);
  const after = following.slice(0, 2);
  const at = after.findIndex((t) => t.tags.has('Noun'));
  const noun = at < 0 ? undefined : after[at];
  if (!noun || !(noun.tags.has('Actor') || noun.tags.has('Person')) || noun.tags.has('Pronoun') || GENERIC_PERSON.test(noun.normal)) return undefined;
  // The quality word is put on the noun itself: only another describing word between ("criminal in our citizens", "despotic in its character" are not).
  if (at === 1 && !(after[0].tags.has('Adjective') || after[0].tags.has('Noun'))) return undefined;
  // "evil spirits", "a despicable character", "the most cruel manner": nouns that compromise may read as people but name a quality or a way.
  if (v.qualityNotPerson?.test(noun.normal)) return undefined;
  // "the so-called native government", "so-called ghost guns": the person word only describes the noun after it, which is no person.
  const next = following[at + 1];
  if (next !== undefined && next.start - noun.end <= 2 && next.tags.has('Noun') && !next.tags.has('Pronoun') && !(next.tags.has('Actor') || next.tags.has('Person'))) return undefined;
  // "the so-called Sherman Anti-trust Law": the name begins a law's title, no person.
  if (v.cutName?.after.test(context.document.text.slice(noun.end, Math.min(s.end, noun.end + 80)))) return undefined;
  const start = cue.start;
  const end = noun.end;
  const label = context.document.text.slice(start, end).toLowerCase().replace(/\s+/gu, ' ');
  return { start, end, side: 'them', kind: 'entity', label, token: cue.token };
}
