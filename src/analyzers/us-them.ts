// Us/them framing: sentences that set an in-group against an out-group, hostile labels, and who the text's "us" and "them" are.

import { learnedFindings, learnedModel } from '../learn/learned.js';
import type { Features } from '../learn/logistic.js';
import { matchPatterns, PhraseMatcher } from '../lexicon/match.js';
import type { Document, Section, Sentence, Span } from '../text/model.js';
import type { AnalysisContext, Analyzer, RawFinding } from './types.js';
import { documentFeatures, type SentenceScan } from './us-them-features.js';
import {
  adversaryOf,
  atWarIn,
  castsEntity,
  disparagedGroups,
  disparagedVocabulary,
  entities,
  evaluativeCues,
  lexiconMentions,
  mayCastActor,
  near,
  ruleNote,
  vocabulary,
  tokenAt,
  warRelation,
  warYears,
  withoutPossessives,
  type Cue,
  type GroupEntry,
  type Mention,
  type OwnNation,
  type Vocabulary,
  type WarPeriod,
} from './us-them-mentions.js';

/** What the document-wide pass leaves for the sections: every sentence's findings, and the out-groups learned from the text. */
export interface UsThemState {
  bySentence: Map<number, RawFinding[]>;
  /** Labels the text keeps naming with hostile words, with how many of their mentions were hostile and how many there were. */
  learned: Map<string, { hostile: number; total: number; adversary: boolean }>;
  /** Each sentence's mentions and hostile cues, kept for the learned model's features. */
  scans: readonly SentenceScan[];
  /** The features of every sentence, computed on first use (only when the learned model is present, or for training). */
  features?: Features[];
}

/** The lexicon data file of the us/them learned second opinion; its findings carry this rule id. */
export const US_THEM_LEARNED = 'us-them-learned';

interface Scan {
  mentions: Mention[];
  cues: Cue[];
  entities: Mention[] | null;
  /** Where "is the enemy" is said of a thing ("Complacency is the enemy of progress"): no out-group there. */
  enemyAsThing?: Span;
}

/** How many sentences on an out-group stays the referent of "they" (within its paragraph). */
const REFERENT_SENTENCES = 2;

const STRENGTH = { label: 0.9, cue: 0.7, contrast: 0.8, contrastWord: 1, entity: 0.6, learned: 0.5, anaphora: 0.6, pattern: 0.8 } as const;

/** The rule id of a group named with contempt or censure (`disparagedGroups`). */
const DISPARAGED_GROUP = 'them-disparaged-group';

export const usThem: Analyzer<UsThemState> = {
  id: 'us_them',
  title: 'Us/them framing',
  description: 'The text divides people into an in-group and an out-group and sets them against each other, or marks a group as the enemy or as "the people".',
  score: {
    label: 'share of sentences with an us/them cue',
    definition:
      'The share of sentences (headings included) with at least one scored us/them finding: a hostile label for an out-group, a group cast as an adversary, or the in-group set against an out-group. 0 means none, 1 means every sentence.',
    min: 0,
    max: 1,
    digits: 2,
  },
  // A group named with contempt is found by the disparaged-word lexicon, whose entries explain it, under one rule id.
  ruleIds: () => [DISPARAGED_GROUP],
  prepare(context) {
    return analyzeDocument(context);
  },
  analyzeSection(section, context, state) {
    const findings: RawFinding[] = [];
    for (const s of section.sentences) findings.push(...(state.bySentence.get(s.index) ?? []));
    // A learned second opinion on the sentences the rules left unflagged, when its model file is present.
    const learned = learnedModel(context.lexicons, US_THEM_LEARNED);
    if (learned) {
      const opinions = learnedFindings(learned, section.sentences, sectionFeatures(section, context, state), findings);
      const v = vocabulary(context.lexicons);
      findings.push(...opinions.filter((f) => !foreignUprising(v, context, context.document.sentences[f.sentence])));
    }
    return { findings };
  },
  sentenceFeatures(section, context, state) {
    return sectionFeatures(section, context, state);
  },
  measure(findings) {
    const us = findings.filter((f) => f.category === 'us');
    const them = findings.filter((f) => f.category === 'them');
    const themSentences = new Set(them.map((f) => f.sentence));
    const contrast = new Set(us.map((f) => f.sentence).filter((i) => themSentences.has(i))).size;
    return { us: us.length, them: them.length, contrast };
  },
  scoreOf: (m) => (m.sentences > 0 ? m.flagged / m.sentences : 0),
};

/**
 * Whether a sentence reports an uprising abroad ("the Brazilian Government and the insurgents", "the insurrection in Cuba"): a
 * word of uprising and a foreign country or people named (compromise's Country or Demonym, not the own country). The learned
 * model's word-of-rebellion feature was learned from the Civil War's insurgents; there it only reports someone else's war.
 * Asks compromise only for sentences the model flagged that have such a word.
 */
function foreignUprising(v: Vocabulary, context: AnalysisContext, s: Sentence | undefined): boolean {
  const g = v.foreignUprising;
  if (g === undefined || s === undefined || !g.uprising.test(s.text)) return false;
  // "the Brazilian Government", "the Government of Salvador": a foreign government named, which compromise may not tag.
  if (g.foreignGovernment?.test(s.text)) return true;
  return context.tagger.terms(s).some((t) => (t.tags.has('Country') || t.tags.has('Demonym')) && !g.ownWord.test(t.text.replace(/[^\p{L}.]/gu, '')));
}

/** The whole-document pass: learns the text's out-groups, then decides sentence by sentence (so "they" can refer back). */
export function analyzeDocument(context: AnalysisContext): UsThemState {
  const v = vocabulary(context.lexicons);
  const doc = context.document;
  const scans: Scan[] = doc.sentences.map((s) => ({ mentions: lexiconMentions(v, s), cues: evaluativeCues(v, doc.text, s), entities: null }));
  for (const [i, scan] of scans.entries()) markEnemyAsThing(v, context, doc.sentences[i], scan);
  // The sentences where the learning pass found each listed adversary named beside a hostile word (evidence for `them-established-enemy`).
  const hostileByAdversary = new Map<string, Set<number>>();
  const learned = learnOutGroups(v, context, scans, hostileByAdversary);
  const learnedMatcher = new PhraseMatcher<GroupEntry>(
    [...learned.entries()]
      .filter(([label, l]) => l.adversary && !isLexiconLabel(scans, label))
      .map(([label]) => ({ id: 'learned', note: '', terms: [label], caseSensitive: true, label })),
  );
  const bySentence = new Map<number, RawFinding[]>();
  // The out-group that "they" refers to: the last one named, for a few sentences of the same paragraph.
  // `subject`: the out-group was the subject of its sentence (named before the first verb), so a "they" right after most likely means it.
  // It needs the sentence's tags, so it is found out only when a next sentence asks.
  // `one`: the out-group was named as one person or state ("the dictator", "Hitler"), so a "he" or "she" right after most likely means it.
  // `adversary`: the listed adversary the out-group is (under any of its names), for `them-established-enemy-pronoun`.
  let referent: { label: string; sentence: number; paragraph: number; section: number; subject: () => boolean; one: boolean; adversary?: string } | undefined;
  // For each listed adversary (under any of its names): how many sentences so far name it, and how many of them cast it.
  const castSentences = new Map<string, AdversaryTally>();
  for (const s of doc.sentences) {
    const scan = scans[s.index];
    // A paragraph break does not end the reference when the out-group was named in the sentence just before.
    // A "Part N" boundary (cut by length in a text without headings) is no break in the text: only a heading ends the reference.
    const sameSection = referent !== undefined && (referent.section === s.section || doc.sections[s.section]?.kind === 'part');
    const sameStretch = referent !== undefined && sameSection && (referent.paragraph === s.paragraph || referent.sentence === s.index - 1);
    const live = sameStretch && s.index - referent!.sentence <= REFERENT_SENTENCES ? referent!.label : undefined;
    // Only "they" itself reaches back more than one sentence; "others", "all", "these" need the sentence just before.
    // An accusation opener ("He has …", "For …ing us …") also reaches back: grievance lists run on for many sentences.
    const accusation = opensAccusation(v, doc.text, s);
    const reach = live !== undefined && (referent!.sentence === s.index - 1 || startsWithTheyItself(v, doc.text, s) || accusation) ? live : undefined;
    const named = referent;
    // "The establishment has a word for us. The word is "populist". They say it …": a short sentence between that names no
    // group of its own does not take the out-group's place as what a subject "they" goes on about.
    const between = (): boolean => named!.sentence === s.index - 2 && quietBetween(scans[s.index - 1], doc.sentences[s.index - 1]);
    const adjacent = (): boolean => reach !== undefined && (named!.sentence === s.index - 1 || between()) && named!.subject();
    const oneJustBefore = (): boolean => reach !== undefined && named!.sentence === s.index - 1 && named!.one;
    const findings = decide(v, context, s, scan, learned, learnedMatcher, reach, adjacent, live, oneJustBefore);
    // The listed adversaries this sentence names, found once for the two established-enemy steps below.
    const names = adversaryNames(v, s);
    if (!findings.some((f) => f.scored !== false && f.category === 'them')) {
      const act = establishedEnemyAct(v, context, s, names, castSentences, hostileByAdversary);
      // "It has set off …" right after a sentence that named the established enemy.
      const enemy = named?.adversary !== undefined ? { id: named.adversary, label: named.label } : undefined;
      const pronoun = act === undefined && sameStretch && enemy !== undefined && named!.sentence === s.index - 1 && isEstablished(v, context, castSentences, hostileByAdversary, enemy, s)
        ? establishedEnemyPronoun(v, context, s, named!.one, named!.subject, enemy, castByTheText(v, castSentences, hostileByAdversary, enemy.id, s.index)) : undefined;
      if (act ?? pronoun) findings.push((act ?? pronoun)!);
    }
    countCast(v, context, s, names, findings, castSentences);
    const them = findings.find((f) => f.scored !== false && f.category === 'them');
    if (them?.label !== undefined) referent = { label: them.label, sentence: s.index, paragraph: s.paragraph, section: s.section, subject: once(() => beforeFirstVerb(context, s, them)), one: namesOne(doc.text, them), adversary: adversaryOf(v, them.label)?.id };
    // "They" keeps referring to the same out-group while sentences go on starting with it (but a "they" that said nothing hostile
    // is no evidence that the next "they" still means the out-group: "These men do not consider themselves heroes. They …").
    else if (live !== undefined && (startsWithAnaphora(v, doc.text, s) || accusation)) referent = { label: live, sentence: s.index, paragraph: s.paragraph, section: s.section, subject: () => false, one: named!.one, adversary: named!.adversary };
    if (findings.length > 0) bySentence.set(s.index, findings);
  }
  return { bySentence, learned, scans };
}

/** At most this many words in a sentence between an out-group and a "they" that still refers to it. */
const QUIET_BETWEEN_WORDS = 8;

/** Whether a sentence is short and names no group and no "they" of its own: it leaves the out-group named before it as the referent. */
function quietBetween(scan: Scan | undefined, s: Sentence | undefined): boolean {
  if (scan === undefined || s === undefined) return false;
  return s.words <= QUIET_BETWEEN_WORDS && scan.mentions.length === 0 && !/\b(?:they|them|their|he|she|we)\b/iu.test(s.text);
}

/** A listed adversary named in a sentence: its id, its label and where the name stands. */
interface AdversaryName extends Span {
  id: string;
  label: string;
}

/** Names of the listed adversaries in a sentence (outside quotations). */
function adversaryNames(v: Vocabulary, s: Sentence): AdversaryName[] {
  const tokens = withoutPossessives(s.tokens);
  return v.adversaries.matcher
    .match(tokens)
    .filter((m) => !NAME_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 12), m.start - s.start)))
    .map((m) => ({ id: m.entry.id, label: m.entry.label, start: m.start, end: withHead(v, s, m) }));
}

/**
 * Where a name ends when a word for a force or a ruling body follows it: "The Japanese forces have seized …" is matched as
 * "The Japanese" (a name of its own), but the name is "Japanese forces", whose verb comes after "forces".
 */
function withHead(v: Vocabulary, s: Sentence, m: { entry: { id: string }; start: number; end: number }): number {
  const next = /^\s+([\p{L}-]+)/u.exec(s.text.slice(m.end - s.start, m.end - s.start + 40));
  if (!next) return m.end;
  const longer = adversaryOf(v, `${s.text.slice(m.start - s.start, m.end - s.start)} ${next[1]}`);
  return longer?.id === m.entry.id ? m.end + next[0].length : m.end;
}

/** A word that makes the name part of another place's name: "New Mexico", "New England". */
const NAME_BEFORE = /\bNew\s+$/u;

/** What each listed adversary's names have met so far in the text. */
interface AdversaryTally {
  /** Sentences that name it. */
  named: number;
  /** Sentences with a scored out-group finding (other than this rule's) about it, not on the in-group's side: the finding is the name or carries it as its label. */
  cast: number;
  /** Names joined to the in-group's side ("our allies, the Russians", "together with China", "the British and we"). */
  allied: number;
  /** The sentences counted in `cast`. */
  castAt: Set<number>;
}

/** Sentences so far that cast the adversary: by a scored finding about it, or (seen by the learning pass) beside a hostile word. */
function castSoFar(t: AdversaryTally, hostile: ReadonlySet<number> | undefined, before: number): number {
  let n = t.cast;
  for (const i of hostile ?? []) if (i < before && !t.castAt.has(i)) n++;
  return n;
}



/** Counts, for each listed adversary this sentence names, the sentence as one that names it, casts it, or puts it on our side. */
function countCast(v: Vocabulary, context: AnalysisContext, s: Sentence, names: readonly AdversaryName[], findings: readonly RawFinding[], tally: Map<string, AdversaryTally>): void {
  const scored = findings.filter((f) => f.scored !== false && f.category === 'them' && !f.rule.startsWith('them-established-enemy'));
  const text = context.document.text;
  const named = new Set<string>();
  const allied = new Set<string>();
  const cast = new Set<string>();
  for (const n of names) {
    named.add(n.id);
    if (v.established.alliedBefore.test(text.slice(Math.max(s.start, n.start - 60), n.start)) || v.established.alliedAfter.test(text.slice(n.end, Math.min(s.end, n.end + 40)))) {
      allied.add(n.id);
      continue;
    }
    // The target of the in-group's hostile act or aim ("we shall drive the Germans out", "our war against Japan") is cast by it.
    const before = text.slice(s.start, n.start);
    if (v.established.inGroup.test(s.text) && ((before.match(/["“”]/gu) ?? []).length) % 2 === 0 && !v.established.partnerAct.test(s.text) && targetOfHostileAct(v, text, s, n, before)) {
      cast.add(n.id);
      continue;
    }
    if (scored.length === 0 || LOCATIVE.test(text.slice(Math.max(s.start, n.start - 20), n.start))) continue;
    // The finding is the name (with a word or two: "the Nazi masters") or carries the name as its label.
    const about = scored.some((f) => (f.start < n.end && f.end > n.start && f.end - f.start <= n.end - n.start + 24) || (f.label !== undefined && adversaryOf(v, f.label)?.id === n.id));
    if (about) cast.add(n.id);
  }
  for (const id of named) {
    const t = tally.get(id) ?? { named: 0, cast: 0, allied: 0, castAt: new Set<number>() };
    t.named++;
    if (allied.has(id)) t.allied++;
    else if (cast.has(id)) {
      t.cast++;
      t.castAt.add(s.index);
    }
    tally.set(id, t);
  }
}

/** A name right after a preposition is its object ("our forces from Iraq would …"), not the subject of the verb after it. */
const AFTER_PREPOSITION = /\b(?:in|into|from|to|of|with|on|at|against|for|upon|over|toward|towards|about|across|throughout|inside|within|through|near|between|among|without|than)\s+(?:the\s+)?$/iu;
/** …or the last of a list after one ("the war in Sicily and Italy goes on"). */
const LISTED_AFTER_PREPOSITION = /\b(?:in|into|from|to|of|with|on|at|against|for|upon|over|toward|towards|across|throughout|through|between|among)\s+(?:(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*(?:,|,?\s*and|,?\s*or)\s+)+(?:the\s+)?$/u;
/** A name after a preposition of place ("terrorists in Iraq", "from Germany") names where, not whom: it casts no one. */
const LOCATIVE = /\b(?:in|into|from|across|throughout|inside|within|through|near|to)\s+(?:the\s+)?$/iu;

/** Words between a subject and its verb that say nothing about who acts ("has", "will", "not", "now"). */
const AUXILIARIES = /^(?:has|have|had|will|would|shall|should|may|might|can|could|must|ought|did|does|do|not|also|still|now|again|already|then|thus|soon|never|always|just|even|once)$/iu;
const BE = /^(?:is|are|was|were|be|been|being)$/iu;

/**
 * A plain act of an adversary the text has already cast at least `minCastSentences` times: its name is the subject of a verb
 * ("German submarines sank …", "the Soviet Union is increasing its armed might") or its agent after "by" ("attacks by Japan").
 * Not in a sentence about agreeing or negotiating, not a passive ("Germany was defeated"), not a copula ("Japan is an island"),
 * not inside a quotation (asks compromise only for sentences that name such an adversary).
 */
function establishedEnemyAct(v: Vocabulary, context: AnalysisContext, s: Sentence, all: readonly AdversaryName[], tally: ReadonlyMap<string, AdversaryTally>, hostile: ReadonlyMap<string, ReadonlySet<number>>): RawFinding | undefined {
  const year = context.document.year;
  const castByText = (id: string): boolean => castByTheText(v, tally, hostile, id, s.index);
  const names = all.filter((n) => isEstablished(v, context, tally, hostile, n, s));
  if (names.length === 0 || v.established.partnerAct.test(s.text)) return undefined;
  const text = context.document.text;
  for (const n of names) {
    const before = text.slice(s.start, n.start);
    const found = (rule: string, note: string, historyNote: string): RawFinding => {
      if (castByText(n.id)) return { rule, start: n.start, end: n.end, strength: STRENGTH.learned, explanation: ruleNote(v, note), sentence: s.index, category: 'them', label: n.label };
      const explanation = historyExplanation(v, historyNote, n.label, year!);
      const finding: RawFinding = { rule, start: n.start, end: n.end, strength: STRENGTH.learned, explanation, sentence: s.index, category: 'them', label: n.label };
      BY_HISTORY.add(finding);
      return finding;
    };
    if (((before.match(/["“”]/gu) ?? []).length) % 2 === 1) continue;
    // The target of a hostile act or aim ("to defeat Japan", "blows against the Nazis", "until the Nazi regime is destroyed").
    if (targetOfHostileAct(v, text, s, n, before)) return found('them-established-enemy-target', 'them-established-enemy-target', v.established.historyTargetNote);
    // "Germany and Japan are conducting …": the verb comes after the whole list of names.
    let last: Span = n;
    for (const m of all) if (m.start >= last.end && /^\s*(?:,|,?\s*and|,?\s*or)\s*$/iu.test(text.slice(last.end, m.start))) last = m;
    // A state that no longer exists: "the former Soviet Union".
    if (/\b(?:former|ex-|onetime|one-time|erstwhile)\s*(?:the\s+)?$/iu.test(before)) continue;
    // The agent after "by" counts only of a hostile act a few words before ("attacks by Japan", "an attack on the Islands by Japan",
    // "taken again by the Germans"), not of "the amount appropriated by Spain" or "the debt due by Mexico".
    const agent = /((?:[\p{L}'’-]+\s+){1,7})by\s+(?:the\s+)?$/iu.exec(before);
    const byAgent = agent !== null && agent[1].trim().split(/\s+/u).some((w) => v.established.agentAct.test(w));
    // "The Taliban must act": a demand put to it is what we ask of it, not what it does.
    if (!byAgent && v.established.demand.test(text.slice(last.end, s.end))) continue;
    if (!(byAgent || (!AFTER_PREPOSITION.test(before) && !LISTED_AFTER_PREPOSITION.test(before) && subjectOfVerb(context, s, last)))) continue;
    return found('them-established-enemy', 'them-established-enemy', v.established.historyNote);
  }
  return undefined;
}

/** Whether the text has cast the adversary often enough before sentence `before`, in a large enough share of its mentions, and seldom put it on our side. */
function castByTheText(v: Vocabulary, tally: ReadonlyMap<string, AdversaryTally>, hostile: ReadonlyMap<string, ReadonlySet<number>>, id: string, before: number): boolean {
  const t = tally.get(id);
  if (t === undefined) return false;
  const cast = castSoFar(t, hostile.get(id), before);
  return cast >= v.established.minCastSentences && cast >= v.established.minCastShare * t.named && t.allied * 2 < cast;
}

/** The adversary's wars with the United States that a text of `year` falls in (or just after). */
function warsOf(v: Vocabulary, label: string, year: number | undefined): WarPeriod[] {
  const entry = adversaryOf(v, label);
  return entry === undefined ? [] : atWarIn(entry, year, v.established.yearsAfterWar);
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, 'a few': 3,
};
const SPAN_YEARS: Record<string, number> = { year: 1, years: 1, decade: 10, decades: 10, generation: 25, generations: 25, 'quarter of a century': 25, 'half a century': 50, century: 100 };

/**
 * The years a sentence of a text of `year` tells of, when it says so: "twenty years ago" (the text's year less twenty), or
 * years written out ("in 1914"). Undefined when it names no other time (it tells of the text's own).
 */
function yearsToldOf(v: Vocabulary, text: string, year: number): number[] | undefined {
  const ago = v.established.ago.exec(text);
  if (ago) {
    const count = NUMBER_WORDS[ago[1].toLowerCase()] ?? Number(ago[1]);
    const span = SPAN_YEARS[ago[2].toLowerCase()] ?? 1;
    if (Number.isFinite(count)) return [year - count * span];
  }
  const written = [...text.matchAll(/\b(1[6-9]\d\d|20\d\d)\b/gu)].map((m) => Number(m[1])).filter((y) => y <= year);
  return written.length > 0 ? written : undefined;
}

/**
 * Whether the listed adversary is the text's enemy before sentence `before`: cast by the text, or at war with the United States
 * when the text was written (then it counts as cast twice from the start, unless the text itself keeps putting it on our side).
 */
function isEstablished(v: Vocabulary, context: AnalysisContext, tally: ReadonlyMap<string, AdversaryTally>, hostile: ReadonlyMap<string, ReadonlySet<number>>, n: { id: string; label: string }, s: Sentence): boolean {
  const before = s.index;
  if (castByTheText(v, tally, hostile, n.id, before)) return true;
  const year = context.document.year;
  if (year === undefined || warsOf(v, n.label, year).length === 0) return false;
  // A sentence that tells of another time ("a quarter of a century ago", "in 1914") is about the enemy of then, if there was one.
  const told = yearsToldOf(v, s.text, year)?.filter((y) => year - y > v.established.otherTimeYears);
  if (told !== undefined && told.length > 0 && !told.some((y) => warsOf(v, n.label, y).length > 0)) return false;
  const t = tally.get(n.id);
  const cast = (t === undefined ? 0 : castSoFar(t, hostile.get(n.id), before)) + v.established.minCastSentences;
  return (t?.allied ?? 0) * 2 < cast;
}

/**
 * Whether a name is the target of a hostile act or aim: after the act word ("to crush the Nazis", "victory over Japan", "striking
 * at Germany"), inside an act of putting out ("drive the Germans out of Italy"), or before an aim in the passive ("Japan must be
 * defeated", "until the Nazi regime is destroyed"). Not when "not", "no" or "never" stands just before the act.
 */
function targetOfHostileAct(v: Vocabulary, text: string, s: Sentence, n: Span, whole: string): boolean {
  const e = v.established;
  // The act and the words that could deny it stand within a few words of the name: the patterns need not scan the whole sentence.
  const before = whole.slice(-160);
  const after = text.slice(n.end, Math.min(s.end, n.end + 160));
  const act = e.targetBefore.exec(before) ?? (e.expelAfter.test(after) ? e.expelBefore.exec(before) : null);
  if (act) return !e.denied.test(before.slice(0, act.index));
  if (e.aimAfter.test(after)) return !e.denied.test(before);
  return /\b(?:until|till|unless)\s+(?:\S+\s+){0,2}$/iu.test(before) && e.untilAfter.test(after);
}

/**
 * "It has set off …", "They have tried …": right after a sentence that named an established adversary, a pronoun for it opening
 * the sentence as the subject of an active verb. "It", "she" and "he" only for one state or person that was the subject there.
 */
function establishedEnemyPronoun(v: Vocabulary, context: AnalysisContext, s: Sentence, one: boolean, subject: () => boolean, enemy: { id: string; label: string }, byText: boolean): RawFinding | undefined {
  const m = v.established.pronounOpener.exec(s.text);
  if (!m || v.established.partnerAct.test(s.text)) return undefined;
  const word = m[1].toLowerCase();
  if (word === 'they' ? one : !one) return undefined;
  const start = s.start + m.index + m[0].length - m[1].length;
  const span: Span = { start, end: start + m[1].length };
  const next = context.document.text.slice(span.end, s.end).trim().split(/\s+/u)[0] ?? '';
  if (word === 'it' && v.established.impersonalVerb.test(next.toLowerCase())) return undefined;
  if (word !== 'they' && !subject()) return undefined;
  if (!subjectOfVerb(context, s, span)) return undefined;
  const rule = 'them-established-enemy-pronoun';
  if (byText) return { rule, start: span.start, end: span.end, strength: STRENGTH.learned, explanation: ruleNote(v, rule), sentence: s.index, category: 'them', label: enemy.label };
  const finding: RawFinding = { rule, start: span.start, end: span.end, strength: STRENGTH.learned, explanation: historyExplanation(v, v.established.historyPronounNote, enemy.label, context.document.year!), sentence: s.index, category: 'them', label: enemy.label };
  BY_HISTORY.add(finding);
  return finding;
}

/** A finding's explanation about an enemy known from the text's date: the note with the adversary, its war years and the text's year. */
function historyExplanation(v: Vocabulary, note: string, label: string, year: number): string {
  const wars = warsOf(v, label, year);
  return note.replaceAll('{label}', label).replaceAll('{relation}', warRelation(wars)).replaceAll('{years}', warYears(wars)).replaceAll('{year}', String(year));
}

/** Findings of `them-established-enemy` about an enemy the text's date made (not the text itself): the learned model's features leave them out. */
const BY_HISTORY = new WeakSet<RawFinding>();

/** Whether a name is the subject of an active verb right after it ("Japan attacked", "the Nazis have now seized", not "Germany was defeated"). */
function subjectOfVerb(context: AnalysisContext, s: Sentence, n: Span): boolean {
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
    if (!t.tags.has('Verb') || t.tags.has('Copula')) return false;
    // "was defeated", "has been cut off": after a form of "be", any verb but one in -ing is a passive, which names the one acted upon.
    return !be || t.tags.has('Gerund') || /ing$/iu.test(word);
  }
  return false;
}

/**
 * The learned model's features of a section's sentences (computed once for the whole document: they read neighbours).
 * They read the rules' findings without those about an enemy known only from the text's date: the model was trained without them.
 */
function sectionFeatures(section: Section, context: AnalysisContext, state: UsThemState): Features[] {
  state.features ??= documentFeatures({
    document: context.document,
    lexicons: context.lexicons,
    scans: state.scans,
    findings: new Map([...state.bySentence].map(([i, list]) => [i, list.filter((f) => !BY_HISTORY.has(f))])),
    learnedLabels: state.learned.keys(),
  });
  return section.sentences.map((s) => state.features![s.index]);
}

/** Whether a finding names one person or state ("the dictator", "Saddam Hussein", "he"), not a group ("the Nazis", "they"). */
function namesOne(text: string, f: RawFinding): boolean {
  const quote = text.slice(f.start, f.end).trim().replace(/['’]s$/u, '');
  if (/\b(?:he|she|him|his|her)$/iu.test(quote)) return true;
  if (/\b(?:they|their|them|these|those|others|all|people|men)$/iu.test(quote)) return false;
  // "The enemy", "the aggressor" stand for a whole side: a "he" after them is more often someone of ours ("captured by the enemy. But he decided …").
  if (/\b(?:enemy|foe|adversary|aggressor|invader|fire)$/iu.test(quote)) return false;
  return !/[^s]s$/iu.test(quote);
}

/** A value computed on first use, then kept. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Whether each document speaks as the people of the own country, found once per document and per lexicon set's
 * `ownNation` (one Document may be analyzed with several lexicon sets, whose own-country patterns differ).
 */
const SPEAKS_AS_OWN_NATION = new WeakMap<OwnNation, WeakMap<Document, boolean>>();

/**
 * The named actors of a sentence that a hostile word may cast: compromise's entities, less the text's own country
 * ("the United States", "America") when the text speaks as its people: beside a hostile word it is the target, not an adversary.
 */
function namedActors(v: Vocabulary, context: AnalysisContext, s: Sentence, taken: readonly Mention[]): Mention[] {
  const doc = context.document;
  const cut = v.cutName;
  // "Sherman Anti" of "the Sherman Anti-trust Law", "Smoot" of "the Smoot-Hawley Tariff": a piece of a longer name is no actor.
  const found = entities(context.tagger, s, taken).filter((e) => cut === undefined || !(cut.after.test(doc.text.slice(e.end, Math.min(s.end, e.end + 80))) || cut.title.test(e.label)));
  const own = v.ownNation;
  if (own === undefined || found.length === 0) return found;
  let byDocument = SPEAKS_AS_OWN_NATION.get(own);
  if (byDocument === undefined) SPEAKS_AS_OWN_NATION.set(own, (byDocument = new WeakMap()));
  let speaks = byDocument.get(doc);
  if (speaks === undefined) byDocument.set(doc, (speaks = own.text.test(doc.text)));
  return speaks ? found.filter((e) => !own.name.test(e.label) && !ownInstitution(v, context, own, s, e, taken)) : found;
}

/**
 * Whether a hostile label is put on a name: right after it or in apposition ("the FBI traitors", "the FBI, those
 * traitors"), or with the name after "of", "in" or "at" ("the traitors in the Senate"); not a label on others in the
 * sentence ("outlaws crossed Kansas").
 */
function labelOn(text: string, label: Span, name: Span): boolean {
  if (label.start >= name.end) return /^[\s,]*(?:(?:those|these|that|this|the|a|an)\s+)?$/iu.test(text.slice(name.end, label.start));
  return label.end <= name.start && /^\s+(?:of|in|at|within)\s+(?:the\s+)?$/iu.test(text.slice(label.end, name.start));
}

/**
 * Whether a named actor is the text's own government's institution or office, or a state of the Union ("the House",
 * "the IRS", "Texas", "New York"), in a text that speaks as Americans: beside a hostile word it is the actor of the
 * in-group or what is attacked. Not when the text itself sets it against the people: a hostile label on it ("the FBI,
 * those traitors"), or, for an institution, the subject of a verb with the in-group named right after it ("the FBI has betrayed the people").
 */
function ownInstitution(v: Vocabulary, context: AnalysisContext, own: OwnNation, s: Sentence, e: Mention, taken: readonly Mention[]): boolean {
  const text = context.document.text;
  const before = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(text.slice(Math.max(s.start, e.start - 30), e.start));
  const is = (pattern: RegExp | undefined): boolean => pattern !== undefined && (pattern.test(e.label) || (before !== null && pattern.test(`${before[1]} ${e.label}`)));
  const institution = is(own.institution);
  if (!institution && !is(own.state)) return false;
  if (taken.some((m) => m.kind === 'hostile-label' && labelOn(text, m, e))) return false;
  return !(institution && taken.some((m) => m.side === 'us' && m.start >= e.end && near(v, m, e)) && subjectOfVerb(context, s, e));
}

function isLexiconLabel(scans: Scan[], label: string): boolean {
  return scans.some((sc) => sc.mentions.some((m) => m.label === label));
}

/**
 * Whether a hostile cue is said of a group mention: near it; a threat only when the group is its subject right before it
 * ("the bosses threaten to close the factories", not "to avoid the dangers which threaten those who follow us").
 */
function cueOn(v: Vocabulary, c: Cue, m: Mention): boolean {
  if (c.entry.category === 'hostile-threat') return m.end <= c.start && c.token - m.token <= 3;
  return near(v, c, m);
}

/** Hostile cues of a sentence: evaluative words, plus hostile labels (which are cues for the groups beside them). */
function hostileNear(v: Vocabulary, scan: Scan, m: Mention): boolean {
  return scan.cues.some((c) => cueOn(v, c, m)) || scan.mentions.some((o) => o !== m && o.kind === 'hostile-label' && near(v, o, m));
}

/** Labels (rival groups and named entities) that the text names next to hostile cues, counted over the whole text. */
function learnOutGroups(v: Vocabulary, context: AnalysisContext, scans: Scan[], hostileByAdversary: Map<string, Set<number>>): UsThemState['learned'] {
  const hostile = new Map<string, number>();
  const total = new Map<string, number>();
  /** The sentences where each label was hostile (for one adversary under several names). */
  const hostileSentences = new Map<string, Set<number>>();
  const doc = context.document;
  for (const s of doc.sentences) {
    const scan = scans[s.index];
    const seen = new Set<string>();
    for (const m of scan.mentions) {
      // "Those who", "people who", "agents" name no group of their own: a text cannot make them its out-group.
      if (m.kind !== 'rival-group' || m.entry?.needsCue === true) continue;
      total.set(m.label, (total.get(m.label) ?? 0) + 1);
      if (!seen.has(m.label) && hostileNear(v, scan, m)) {
        seen.add(m.label);
        hostile.set(m.label, (hostile.get(m.label) ?? 0) + 1);
        addTo(hostileSentences, m.label, s.index);
      }
    }
    // Only sentences where a hostile cue could cast a named actor are tagged (tagging is the slow part).
    if (!mayCastActor(v, s, scan.cues, [])) continue;
    scan.entities = namedActors(v, context, s, scan.mentions);
    for (const e of scan.entities) {
      if (seen.has(e.label)) continue;
      const byCue = scan.cues.some((c) => !unframedAct(v, s, scan, c) && castsEntity(v, context.tagger, s, c, e, true));
      const byLabel = scan.mentions.some((m) => m.kind === 'hostile-label' && near(v, m, e) && (e.end <= m.start || namedAfter(doc.text, m, e)));
      if (byCue || byLabel) {
        seen.add(e.label);
        hostile.set(e.label, (hostile.get(e.label) ?? 0) + 1);
        addTo(hostileSentences, e.label, s.index);
      }
    }
  }
  const learned: UsThemState['learned'] = new Map();
  const entityLabels = [...hostile.entries()].filter(([label, n]) => n >= v.learning.minHostileMentions && !total.has(label)).map(([label]) => label);
  if (entityLabels.length > 0) {
    const matcher = new PhraseMatcher(entityLabels.map((label) => ({ terms: [label], caseSensitive: true, label })));
    for (const s of doc.sentences) {
      for (const label of new Set(matcher.match(withoutPossessives(s.tokens)).map((m) => m.entry.label))) total.set(label, (total.get(label) ?? 0) + 1);
    }
  }
  for (const [label, n] of hostile) {
    if (n < v.learning.minHostileMentions) continue;
    const all = Math.max(n, total.get(label) ?? n);
    learned.set(label, { hostile: n, total: all, adversary: n >= v.learning.adversaryMinMentions && n / all >= v.learning.adversaryMinShare });
  }
  learnAdversaryGroups(v, doc, hostileSentences, learned, hostileByAdversary);
  return learned;
}

/**
 * One adversary under its several names ("Germany", "the Germans", "German forces", "the Nazi regime"): its hostile mentions and
 * all its mentions are counted together, sentence by sentence, and when together they make it an adversary, each of its names the
 * text uses becomes a learned out-group label.
 */
function learnAdversaryGroups(v: Vocabulary, doc: Document, hostileSentences: ReadonlyMap<string, ReadonlySet<number>>, learned: UsThemState['learned'], hostileBy: Map<string, Set<number>>): void {
  for (const [label, sentences] of hostileSentences) {
    const a = adversaryOf(v, label);
    if (!a) continue;
    const set = hostileBy.get(a.id) ?? new Set<number>();
    for (const i of sentences) set.add(i);
    hostileBy.set(a.id, set);
  }
  if (hostileBy.size === 0) return;
  const named = new Map<string, Set<number>>();
  const surfaces = new Map<string, Set<string>>();
  for (const s of doc.sentences) {
    for (const m of v.adversaries.matcher.match(withoutPossessives(s.tokens))) {
      if (!hostileBy.has(m.entry.id)) continue;
      (named.get(m.entry.id) ?? named.set(m.entry.id, new Set()).get(m.entry.id)!).add(s.index);
      (surfaces.get(m.entry.id) ?? surfaces.set(m.entry.id, new Set()).get(m.entry.id)!).add(doc.text.slice(m.start, m.end).replace(/\s+/gu, ' '));
    }
  }
  for (const [id, hostile] of hostileBy) {
    const n = hostile.size;
    const all = Math.max(n, named.get(id)?.size ?? n);
    const adversary = n >= v.learning.adversaryMinMentions && n / all >= v.learning.adversaryGroupMinShare;
    if (!adversary) continue;
    // "The Germans" opening a sentence is "the Germans" elsewhere.
    const labels = [...(surfaces.get(id) ?? [])].flatMap((l) => (/^(?:the|The) /u.test(l) ? [`the ${l.slice(4)}`, `The ${l.slice(4)}`] : [l]));
    for (const label of labels) {
      if (!learned.get(label)?.adversary) learned.set(label, { hostile: n, total: all, adversary });
    }
  }
}

function addTo(map: Map<string, Set<number>>, key: string, value: number): void {
  const set = map.get(key) ?? new Set<number>();
  set.add(value);
  map.set(key, set);
}

/** "terrorist organizations known as al-Qaida", "groups like Hamas": a hostile label that a name right after it instantiates. */
function namedAfter(text: string, label: Mention, e: Mention): boolean {
  return e.start >= label.end && /^[\s,]*(?:known as|called|named|such as|like|including|led by)\s+(?:the\s+)?$/iu.test(text.slice(label.end, e.start));
}

/** The findings of one sentence. */
function decide(
  v: Vocabulary,
  context: AnalysisContext,
  s: Sentence,
  scan: Scan,
  learned: UsThemState['learned'],
  learnedMatcher: PhraseMatcher<GroupEntry>,
  previousThem: string | undefined,
  /** Whether the out-group was named as an adversary, as the subject, in the sentence just before (asked last: it may need tags). */
  adjacent: () => boolean = () => false,
  /** The out-group still referred to (named in the last sentences of the paragraph), for a pronoun anywhere in the sentence. */
  liveThem: string | undefined = undefined,
  /** Whether the sentence just before named the out-group as one person or state ("the dictator of Iraq"), anywhere in it. */
  oneJustBefore: () => boolean = () => false,
): RawFinding[] {
  const doc: Document = context.document;
  const findings: RawFinding[] = [];
  const emitted = new Set<Mention>();
  const ins = scan.mentions.filter((m) => m.side === 'us');
  const outs = scan.mentions.filter((m) => m.side === 'them');
  for (const m of learnedMatcher.match(withoutPossessives(s.tokens))) {
    if (outs.some((o) => o.start < m.end && o.end > m.start)) continue;
    outs.push({ start: m.start, end: m.end, side: 'them', kind: 'learned', label: m.entry.label ?? m.term, token: m.firstToken });
  }
  if (scan.entities === null && mayCastActor(v, s, scan.cues, [])) scan.entities = namedActors(v, context, s, scan.mentions);
  const named = (scan.entities ?? []).filter((e) => !outs.some((o) => o.start < e.end && o.end > e.start));
  if (previousThem !== undefined) {
    const a = matchPatterns([v.anaphora], doc.text, s)[0];
    if (a) outs.push({ start: a.start, end: a.end, side: 'them', kind: 'anaphora', label: previousThem, token: 0 });
  }
  // "He has kept among us …", "For imposing taxes on us …": the out-group still referred to acts on the in-group
  // (an in-group word inside a quotation is someone else's "we": "he would add: 'All we want is peace'").
  const accusation = previousThem === undefined ? undefined : matchPatterns([v.accusation], doc.text, s)[0];
  // Right after an adversary was the subject of its sentence, "He …" goes on about it even without an in-group ("Hitler knows … He must first destroy …").
  const accused: Mention | undefined =
    accusation && (ins.some((i) => i.start >= accusation.end && !/["“”]/u.test(doc.text.slice(accusation.end, i.start))) || (heSubject(doc.text, accusation) && (adjacent() || (conditional(doc.text, accusation) && oneJustBefore()))))
      ? { start: accusation.start, end: accusation.end, side: 'them', kind: 'anaphora', label: previousThem!, token: 0 } : undefined;

  const emit = (m: Mention, rule: string, explanation: string, strength: number): void => {
    if (emitted.has(m)) return;
    emitted.add(m);
    findings.push({ rule, start: m.start, end: m.end, strength, explanation, sentence: s.index, category: m.side, label: m.label });
  };

  // Out-group mentions: hostile labels count alone; other groups when a hostile word stands near them.
  for (const m of outs) {
    // An anaphoric "they" is the subject of its sentence: a hostile word anywhere in it is said of them.
    const cue = m.kind === 'anaphora' ? scan.cues[0] : scan.cues.find((c) => cueOn(v, c, m));
    if (m.kind === 'hostile-label') emit(m, m.entry!.id, m.entry!.note, STRENGTH.label);
    else if (m.kind === 'anaphora' && (cue || labelsThem(context, s, m) || (theySubject(doc.text, m) && adjacent()))) emit(m, 'us-them-anaphora', ruleNote(v, 'us-them-anaphora'), STRENGTH.anaphora);
    else if (cue && m.kind !== 'anaphora') emit(m, cue.entry.id, cue.entry.note, STRENGTH.cue);
    else if (learned.get(m.label)?.adversary) emit(m, 'them-learned-adversary', ruleNote(v, 'them-learned-adversary'), STRENGTH.learned);
  }
  if (accused && !findings.some((f) => f.rule === 'us-them-anaphora' && f.start < accused.end && f.end > accused.start)) {
    outs.push(accused);
    emit(accused, v.accusation.entry.id, v.accusation.entry.note, STRENGTH.anaphora);
  }
  // "We see through their promises": a pronoun inside the sentence that still means the out-group.
  if (liveThem !== undefined && !findings.some((f) => f.category === 'them')) {
    const pronoun = pronounReferringBack(v, context, s, scan);
    if (pronoun) {
      const m: Mention = { start: pronoun.start, end: pronoun.end, side: 'them', kind: 'anaphora', label: liveThem, token: tokenAt(s, pronoun.start) };
      outs.push(m);
      emit(m, v.pronounReference.entry.id, v.pronounReference.entry.note, STRENGTH.anaphora);
    }
  }
  // Each hostile cue casts one named actor: the first one before an act (its agent) or right after a quality word.
  // A bare report of an act of war ("Last night enemy forces attacked the port") casts no one: the annotators count framing, not news.
  const casting = scan.cues.filter((c) => !unframedAct(v, s, scan, c));
  const cast = new Set(casting.map((c) => named.find((e) => castsEntity(v, context.tagger, s, c, e))).filter((e) => e !== undefined));
  for (const e of named) {
    if (cast.has(e) || learned.get(e.label)?.adversary) {
      outs.push(e);
      emit(e, 'them-named-adversary', ruleNote(v, 'them-named-adversary'), STRENGTH.entity);
    }
  }
  // A hostile quality word put on a person noun ("corrupt officials", "calamity-howling executive") casts that kind of person.
  for (const c of scan.cues) {
    if (c.entry.category !== 'hostile-quality' || outs.some((o) => o.start >= c.end && o.token - c.token <= 3)) continue;
    const person = personNounAfter(v, context, s, c);
    if (!person) continue;
    outs.push(person);
    emit(person, 'them-cast-by-quality', ruleNote(v, 'them-cast-by-quality'), STRENGTH.cue);
  }
  // A group named with contempt or censure ("a noisy minority", "the blindly selfish men", "cheerful idiots", "the demagogue").
  for (const g of disparagedGroups(disparagedVocabulary(context.lexicons), s)) {
    if (outs.some((o) => o.start < g.end && o.end > g.start)) continue;
    if (g.noun && !taggedNoun(context, s, g)) continue;
    const m: Mention = { start: g.start, end: g.end, side: 'them', kind: 'entity', label: doc.text.slice(g.start, g.end).toLowerCase().replace(/\s+/gu, ' '), token: g.token };
    outs.push(m);
    emit(m, DISPARAGED_GROUP, g.entry.note, STRENGTH.cue);
  }

  // Whole-sentence cue patterns ("Down with …!", "our enemies", "those who question our …").
  for (const m of matchPatterns(v.cues, doc.text, s)) {
    if (m.entry.needs === 'in-group' && ins.length === 0) continue;
    if (scan.enemyAsThing && m.start < scan.enemyAsThing.end && m.end > scan.enemyAsThing.start) continue;
    const side = m.entry.side === 'us' ? 'us' : 'them';
    const inside = (side === 'us' ? ins : outs).find((o) => o.start >= m.start && o.end <= m.end);
    const label = inside?.label ?? m.entry.label;
    findings.push({
      rule: m.entry.id,
      start: m.start,
      end: m.end,
      strength: m.entry.strength ?? STRENGTH.pattern,
      explanation: m.entry.note,
      sentence: s.index,
      ...(label !== undefined ? { category: side, label } : {}),
    });
  }

  // The in-group set against an out-group in the same sentence.
  const groups = ins.filter((m) => m.kind === 'group');
  const contrastWord = matchPatterns([v.contrast], doc.text, s).length > 0;
  // A rival group stands against the in-group on its own only when the two are named close together; "these" and "all" never do.
  // …but not when the two are joined as one list ("for the farmers as well as the bankers"), which includes both rather than opposing them.
  const nearIn = (o: Mention): boolean => ins.some((i) => near(v, i, o) && !coordinated(doc.text, i, o));
  // "Those who believed that …" opening the sentence right after an adversary was the subject means the adversary's camp.
  const thoseWhoBack = (o: Mention): boolean => /\bthose$/iu.test(doc.text.slice(o.start, o.end)) && /^\s+who\b/iu.test(doc.text.slice(o.end, o.end + 6)) && adjacent();
  // A hostile label that lost its hostility ("potential adversaries", "former foes", "friend or foe") names no present group: it never stands alone.
  const neutralized = (o: Mention): boolean => o.kind === 'rival-group' && o.entry?.category === 'hostile-label';
  // "Our people's sympathy with the Cuban insurgents": rebels of an uprising abroad are no camp set against the in-group.
  const foreignRebels = (o: Mention): boolean => o.kind === 'rival-group' && v.foreignUprising !== undefined && v.foreignUprising.uprising.test(doc.text.slice(o.start, o.end)) && foreignUprising(v, context, s);
  const standsAlone = (o: Mention): boolean =>
    o.kind !== 'entity' && o.entry?.needsCue !== true && !neutralized(o) && (o.kind !== 'anaphora' || theyItself(doc.text, o) || thoseWhoBack(o)) && (o.kind !== 'rival-group' || contrastWord || nearIn(o)) && !foreignRebels(o);
  const anyThem = emitted.size > 0 || outs.some(standsAlone);
  const theyAgainstWe = ins.length > 0 && outs.some((o) => o.kind === 'anaphora' && (theyItself(doc.text, o) || thoseWhoBack(o)));
  if (anyThem && (groups.length > 0 || (ins.length > 0 && contrastWord) || theyAgainstWe)) {
    const note = ruleNote(v, 'us-them-contrast');
    const strength = contrastWord ? STRENGTH.contrastWord : STRENGTH.contrast;
    for (const m of groups.length > 0 ? groups : ins.slice(0, 1)) emit(m, 'us-them-contrast', note, strength);
    for (const m of outs) if (standsAlone(m)) emit(m, 'us-them-contrast', note, strength);
  }

  // Nothing scored: list the groups named as context (they show who the text talks about, but are not framing).
  if (findings.length === 0) {
    for (const m of [...groups, ...outs.filter((o) => o.kind === 'rival-group' && o.entry?.needsCue !== true)]) {
      findings.push({
        rule: m.entry!.id,
        start: m.start,
        end: m.end,
        strength: 0.2,
        explanation: m.entry!.note,
        sentence: s.index,
        scored: false,
        category: m.side,
        label: m.label,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The first pronoun of the sentence that may refer back to the out-group, when the sentence says something hostile
 * ("We see through their promises"); never one inside a quotation (someone else's words) or one that has a nearer
 * referent in the sentence ("the men and their families"). ("We" beside "their" alone is no evidence: "we honor their sacrifice".)
 */
function pronounReferringBack(v: Vocabulary, context: AnalysisContext, s: Sentence, scan: Scan): Span | undefined {
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

/** Subjects that may be people: "it is the enemy" or "they are our enemies" say nothing about things. */
const PERSONAL_SUBJECTS = /^(?:he|she|they|we|you|it|who|which|that|this|these|those|one|all|some|many|others|men|women|people|nations?|states?|countries|governments?|regimes?|forces)$/iu;
/** Tags of a subject that is a person or a group of people. */
const PEOPLE_TAGS = ['Person', 'Actor', 'Pronoun', 'Demonym', 'Organization', 'Country', 'Place'];

/**
 * "Complacency is the enemy of progress", "Ignorance is our greatest enemy", "The enemy of this decade is delay": the word names
 * a thing when the noun that "is the enemy" (before it or after it) is a common noun that is not a person or a listed group
 * (asks compromise only for sentences that say so).
 */
function markEnemyAsThing(v: Vocabulary, context: AnalysisContext, s: Sentence, scan: Scan): void {
  for (const [pattern, labelAfterHead] of [[v.enemyPredicate, true], [v.enemySubject, false]] as const) {
    const m = pattern.exec(s.text);
    // An ideology ("Communism", "fascism") stands for the movement of people who hold it.
    const at = m?.indices?.[1];
    if (!m || m[1] === undefined || at === undefined || PERSONAL_SUBJECTS.test(m[1]) || /ism$/iu.test(m[1])) continue;
    const headStart = s.start + at[0];
    const headEnd = s.start + at[1];
    if (scan.mentions.some((x) => x.start < headEnd && x.end > headStart)) continue;
    const head = context.tagger.terms(s).find((t) => t.start <= headStart && t.end >= headEnd);
    if (!head || !head.tags.has('Noun') || PEOPLE_TAGS.some((tag) => head.tags.has(tag))) continue;
    if (head.tags.has('ProperNoun') && head.start !== s.start) continue;
    const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    scan.enemyAsThing = span;
    // The label stands after the noun ("X is the enemy") or before it ("the enemy … is X").
    const inSpan = (x: Mention): boolean => (labelAfterHead ? x.start >= headEnd && x.start < span.end : x.start >= span.start && x.end <= headStart);
    scan.mentions = scan.mentions.map((x) => (x.kind === 'hostile-label' && inSpan(x) ? { ...x, kind: 'rival-group' as const } : x));
    return;
  }
}

/**
 * Whether a cue is a bare act of war ("attacked", "invaded", "bombed") in a sentence with nothing that frames it as an accusation:
 * no in-group mention, no hostile label, no other hostile word, no "without warning" or "deliberately".
 */
function unframedAct(v: Vocabulary, s: Sentence, scan: Scan, cue: Cue): boolean {
  if (!v.actFraming.plainAct.test(s.text.slice(cue.start - s.start, cue.end - s.start))) return false;
  const framed =
    scan.mentions.some((m) => m.side === 'us' || m.kind === 'hostile-label') ||
    scan.cues.some((c) => !v.actFraming.plainAct.test(s.text.slice(c.start - s.start, c.end - s.start))) ||
    v.actFraming.framing.test(s.text);
  return !framed;
}

/** Whether two mentions are joined by "and", "or", "as well as" ("the many as well as the few"): one list, not two camps. */
function coordinated(text: string, a: Mention, b: Mention): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (second.start < first.end) return false;
  return /^[\s,]*(?:and|or|nor|as well as|and also|and of|and to|and for)\s+(?:the\s+)?$/iu.test(text.slice(first.end, second.start));
}

/** Nouns for anyone at all: "selfish men", "a dishonest person" is moralizing about people in general, not a group set apart. */
const GENERIC_PERSON = /^(?:man|men|woman|women|person|persons|people|one|ones|individual|individuals|human|humans|being|beings|sisters?|brothers?|fellows?)$/u;

/** The person noun a quality word describes: the first noun within two words after it (the quality word used as an adjective), when compromise tags it as a person or role ("executive", "officials"). */
function personNounAfter(v: Vocabulary, context: AnalysisContext, s: Sentence, cue: Cue): Mention | undefined {
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

/** Whether compromise reads the last word of a span as a noun ("cheerful idiots"), not a verb ("it fools no one"). */
function taggedNoun(context: AnalysisContext, s: Sentence, span: Span): boolean {
  const term = context.tagger.terms(s).find((t) => t.start < span.end && t.end >= span.end);
  return term !== undefined && term.tags.has('Noun');
}

/** Whether a finding stands before the sentence's first verb, where the subject usually is ("Powerful gangsters have banded together"). */
function beforeFirstVerb(context: AnalysisContext, s: Sentence, f: RawFinding): boolean {
  // "There are pests who swarm through the lobbies …": after an existential opener the group named next is the subject.
  const existential = EXISTENTIAL_OPENER.exec(s.text);
  if (existential && f.start - s.start <= existential[0].length) return true;
  const verb = context.tagger.terms(s).find((t) => t.tags.has('Verb'));
  return verb === undefined || f.start < verb.start;
}

/** "There are", "But there were always": an opener after which the noun phrase is the sentence's logical subject. */
const EXISTENTIAL_OPENER = /^\W*(?:(?:but|and|yet|now|still|today|unfortunately|however)\W+)?there\s+(?:(?:are|were|is|was|have\s+been|has\s+been|will\s+be|still|always|also|even|now)\s+){1,2}(?:(?:some|many|a\s+few|certain|also|still)\s+)?(?:(?:of\s+)?(?:the|those|these|a|an)\s+)?/iu;

/** Whether an accusation opener is a conditional about the adversary's designs: "If he thinks …", "When he strikes …". */
function conditional(text: string, m: Span): boolean {
  return /^\W*(?:(?:and|but|yet|so|now|moreover)\W+)?(?:if|when|whenever|unless|should)\b/iu.test(text.slice(m.start, m.end));
}

/** Whether the sentence opens like an accusation of the out-group still referred to: "He has …", "For …ing …". */
function opensAccusation(v: Vocabulary, text: string, s: Sentence): boolean {
  return matchPatterns([v.accusation], text, s).length > 0;
}

/** Whether the sentence opens with "they", "these", "others"… */
function startsWithAnaphora(v: Vocabulary, text: string, s: Sentence): boolean {
  return matchPatterns([v.anaphora], text, s).length > 0;
}

/** Whether an anaphoric mention is a subject pronoun ("they", "their", "others"), not a determiner, a quantifier or an object ("these", "all", "them"). */
function theyItself(text: string, m: Mention): boolean {
  return /\b(?:they|their|others)$/iu.test(text.slice(m.start, m.end));
}

/**
 * Whether an anaphoric mention is "they" (or "their") as the subject of the sentence: right after an adversary was named,
 * "They want to drive Israel out" goes on about the adversary and counts without a hostile word of its own.
 */
function theySubject(text: string, m: Mention): boolean {
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

/** Whether an accusation opener is "he" or "she" (not a "For …ing" item of a list, which needs the in-group it falls on). */
function heSubject(text: string, m: Span): boolean {
  return /\b(?:he|she)$/iu.test(text.slice(m.start, m.end));
}

/** Whether the sentence's anaphoric word is "they", "them" or "their" (not "these", "others", "all"). */
function startsWithTheyItself(v: Vocabulary, text: string, s: Sentence): boolean {
  const m = matchPatterns([v.anaphora], text, s)[0];
  return m !== undefined && /\b(?:they|them|their)$/iu.test(text.slice(m.start, m.end));
}

/** "They are ex-Communists, ex-Maoists …": an anaphoric "they" followed by a copula and a plural noun labels the out-group. */
function labelsThem(context: AnalysisContext, s: Sentence, m: Mention): boolean {
  const terms = context.tagger.terms(s).filter((t) => t.start >= m.start);
  const [pronoun, verb, ...rest] = terms;
  if (!pronoun || !verb) return false;
  const copula = verb.tags.has('Copula') || /^(?:'re|are)$/i.test(verb.text);
  // The plural noun may follow an adverb or adjectives ("They are also Social Democrats").
  const label = rest.slice(0, 4).find((t) => !t.tags.has('Adverb') && !t.tags.has('Adjective') && !(t.tags.has('ProperNoun') && !/s$/u.test(t.text)));
  const plural = label !== undefined && (label.tags.has('Plural') || (label.tags.has('ProperNoun') && /s$/u.test(label.text)));
  return copula && plural && !label.tags.has('Verb');
}
