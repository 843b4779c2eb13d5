// The whole-document pass: learns the text's out-groups, then decides sentence by sentence (so "they" can refer back), and the learned model's features.

import type { Features } from '../../learn/logistic.js';
import { PhraseMatcher } from '../../lexicon/match.js';
import type { Section, Sentence } from '../../text/model.js';
import type { AnalysisContext, RawFinding } from '../types.js';
import { addAntitheses } from './antithesis.js';
import { adversaryNames, castByTheText, countCast, hostileSentences, type AdversaryName, type AdversaryTally } from './adversary-tally.js';
import { namesGroup, namesOne, opensAccusation, quietBetween, startsWithAnaphora, startsWithTheyItself } from './anaphora.js';
import { evaluativeCues } from './cues.js';
import { decide } from './decide.js';
import { markEnemyAsThing } from './enemy-as-thing.js';
import { BY_HISTORY } from './enemy-of-history.js';
import type { GroupEntry } from './entries.js';
import { AFTER_PREPOSITION, establishedEnemyAct, establishedEnemyNamed, establishedEnemyPronoun, isEstablished, NAMED_ONLY, opensQuotation } from './established-enemy.js';
import { addEmployerMentions } from './employer.js';
import { documentFeatures } from './features.js';
import { isLexiconLabel, learnOutGroups } from './learned-out-groups.js';
import { lexiconMentions } from './mentions.js';
import type { Scan, UsThemState } from './model.js';
import { withoutSelfNamed } from './self-named.js';
import { beforeFirstVerb } from './subject.js';
import { adversaryOf, vocabulary } from './vocabulary.js';

/** A sentence opening with "They" as its subject (after at most a conjunction). */
const OPENS_WITH_THEY = /^\W*(?:(?:and|but|yet|so|now)\W+)?they\b/iu;

/** The out-group "they" refers to, and where and how it was named (see analyzeDocument). */
interface Referent {
  label: string;
  sentence: number;
  paragraph: number;
  section: number;
  subject: () => boolean;
  held: () => boolean;
  one: boolean;
  group: boolean;
  adversary?: string;
}

/** The referent carried on to sentence `s`, which names no group of its own: not the subject there, the rest kept. */
const carriedTo = (named: Referent, label: string, s: Sentence): Referent => ({ ...named, label, sentence: s.index, paragraph: s.paragraph, section: s.section, subject: () => false });

/** How many sentences on an out-group stays the referent of "they" (within its paragraph). */
const REFERENT_SENTENCES = 2;

/** The whole-document pass: learns the text's out-groups, then decides sentence by sentence (so "they" can refer back). */
export function analyzeDocument(context: AnalysisContext): UsThemState {
  const v = vocabulary(context.lexicons);
  const doc = context.document;
  const scans: Scan[] = doc.sentences.map((s) => ({ mentions: lexiconMentions(v, s), cues: evaluativeCues(v, doc.text, s), entities: null }));
  for (const [i, scan] of scans.entries()) markEnemyAsThing(v, context, doc.sentences[i], scan);
  // "We Communists …": a name the text gives itself is its own side in every sentence, not a rival group.
  withoutSelfNamed(doc, scans);
  // In a strike speech or a union leaflet, "management" and "the company" are the other side.
  addEmployerMentions(v, doc, scans);
  // The sentences where the learning pass found each listed adversary named beside a hostile word (evidence for `them-established-enemy`).
  const hostileByAdversary = new Map<string, Set<number>>();
  const learned = learnOutGroups(v, context, scans, hostileByAdversary);
  const hostile = hostileSentences(hostileByAdversary);
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
  // `group`: it was named as a movement, a body or a class in the singular ("the counterrevolution"), which no "he" or "she" means.
  // `adversary`: the listed adversary the out-group is (under any of its names), for `them-established-enemy-pronoun`.
  // `held`: the out-group was the subject of the sentence that named it, so a sentence opening with a subject "They …" that
  // says nothing hostile may still be about it and carries it on; named elsewhere in its sentence ("… in the hearts of every
  // foe to liberty. They had seen …"), a "They" opening the next sentence more likely takes up that sentence's subject, and
  // the out-group is not carried past it (an embedded "they", "The jobs they hold …", still carries it).
  let referent: Referent | undefined;
  // For each listed adversary (under any of its names): how many sentences so far name it, and how many of them cast it.
  const castSentences = new Map<string, AdversaryTally>();
  // The established adversary that a sentence no rule flagged named as the subject of a clause ("The inspectors concluded that
  // Ruritania had …", left alone as evidence reported about it): the nearest antecedent of a pronoun opening the next sentence.
  let namedUnflagged: { id: string; label: string; sentence: number; section: number; one: boolean } | undefined;
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
    const findings = decide(v, context, s, scan, learned, learnedMatcher, reach, adjacent, live, oneJustBefore, () => named!.group);
    // The listed adversaries this sentence names, found once for the two established-enemy steps below.
    const names = adversaryNames(v, s);
    if (!findings.some((f) => f.scored !== false && f.category === 'them')) {
      const act = establishedEnemyAct(v, context, s, names, castSentences, hostile);
      // "It has set off …" right after a sentence that named the established enemy.
      const enemy = named?.adversary !== undefined ? { id: named.adversary, label: named.label } : undefined;
      const pronoun = act === undefined && sameStretch && enemy !== undefined && named!.sentence === s.index - 1 && isEstablished(v, context, castSentences, hostile, enemy, s)
        ? establishedEnemyPronoun(v, context, s, named!.one, named!.subject, enemy, castByTheText(v, castSentences, hostile, enemy.id, s.index))
        : act === undefined && namedUnflagged !== undefined && namedUnflagged.sentence === s.index - 1 && namedUnflagged.section === s.section && isEstablished(v, context, castSentences, hostile, namedUnflagged, s)
          ? establishedEnemyPronoun(v, context, s, namedUnflagged.one, () => true, namedUnflagged, castByTheText(v, castSentences, hostile, namedUnflagged.id, s.index)) : undefined;
      // Failing those, the enemy only named (`them-established-enemy-named`).
      const found = act ?? pronoun ?? establishedEnemyNamed(v, context, s, names, castSentences, hostile, scan.cues.length > 0);
      if (found) findings.push(found);
    }
    countCast(v, context, s, names, findings, castSentences, hostile);
    const them = findings.find((f) => f.scored !== false && f.category === 'them');
    namedUnflagged = them === undefined ? subjectAdversary(doc.text, s, names, (n) => isEstablished(v, context, castSentences, hostile, n, s)) : undefined;
    if (them?.label !== undefined) {
      const subject = once(() => beforeFirstVerb(context, s, them));
      referent = { label: them.label, sentence: s.index, paragraph: s.paragraph, section: s.section, subject, held: subject, one: namesOne(doc.text, them), group: namesGroup(doc.text, them, v.established.groupNoun), adversary: adversaryOf(v, them.label)?.id };
    }
    // "They" keeps referring to the same out-group while sentences go on starting with it (but a "they" that said nothing hostile
    // is no evidence that the next "they" still means the out-group: "These men do not consider themselves heroes. They …").
    else if (live !== undefined && (accusation || (startsWithAnaphora(v, doc.text, s) && (named!.held() || !OPENS_WITH_THEY.test(s.text))))) referent = carriedTo(named!, live, s);
    // "They answer to the ministry, not to us. We will not be ignored. They sit in their offices …": the in-group's answer to the
    // out-group, naming no one else, goes on with the same opposition, so the out-group stays what "they" means after it.
    else if (live !== undefined && answersThem(doc.text, s, findings)) referent = carriedTo(named!, live, s);
    if (findings.length > 0) bySentence.set(s.index, findings);
  }
  addAntitheses(v.antithesis, doc, bySentence);
  return { bySentence, learned, scans };
}

/**
 * The learned model's features of a section's sentences (computed once for the whole document: they read neighbours).
 * They read the rules' findings without those about an enemy known only from the text's date, nor those of
 * `them-established-enemy-named`: the model was trained without them.
 */
export function sectionFeatures(section: Section, context: AnalysisContext, state: UsThemState): Features[] {
  state.features ??= documentFeatures({
    document: context.document,
    lexicons: context.lexicons,
    scans: state.scans,
    findings: new Map([...state.bySentence].map(([i, list]) => [i, list.filter((f) => !BY_HISTORY.has(f) && !NAMED_ONLY.has(f))])),
    learnedLabels: state.learned.keys(),
  });
  return section.sentences.map((s) => state.features![s.index]);
}

/** A finite verb or an auxiliary right after a name: the name is the subject of its clause ("… that Ruritania had …", "Ruritania still refuses"). */
const VERB_AFTER_NAME = /^\s+(?:(?:has|had|have|is|was|will|would|can|could|did|does|still|now|also|never|recently|again)\b|[a-z]+(?:ed|s)\b)/u;

/**
 * The last listed adversary of a sentence, when it is established and the subject of its clause, outside a quotation, with no
 * capitalized name after it (a nearer antecedent): what a pronoun opening the next sentence most likely stands for. `one`: a
 * name of one person or state ("Ruritania", not "the Ruritanians").
 */
function subjectAdversary(text: string, s: Sentence, names: readonly AdversaryName[], established: (n: AdversaryName) => boolean): { id: string; label: string; sentence: number; section: number; one: boolean } | undefined {
  const n = names.at(-1);
  if (n === undefined) return undefined;
  const before = text.slice(s.start, n.start);
  if (opensQuotation(before) || AFTER_PREPOSITION.test(before)) return undefined;
  // A "he" or "his" of the sentence already stands for someone ("His performances in Italy have been brilliant. He knows …").
  if (/\b(?:he|his|him|she|her)\b/iu.test(s.text)) return undefined;
  const after = text.slice(n.end, s.end);
  if (!VERB_AFTER_NAME.test(after) || /\s\p{Lu}\p{Ll}/u.test(after) || !established(n)) return undefined;
  return { id: n.id, label: n.label, sentence: s.index, section: s.section, one: !/[^s]s$/iu.test(text.slice(n.start, n.end).trim()) };
}

/** Whether the sentence is the in-group's side of the opposition only (a scored "us" finding, no out-group, no third person). */
function answersThem(text: string, s: { start: number; end: number }, findings: readonly RawFinding[]): boolean {
  const scored = findings.filter((f) => f.scored !== false);
  return scored.length > 0 && scored.every((f) => f.category === 'us') && !/\b(?:they|them|their|he|she|his|her)\b/iu.test(text.slice(s.start, s.end));
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
