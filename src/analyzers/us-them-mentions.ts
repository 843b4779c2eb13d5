// Us/them vocabulary in one sentence: in-group and out-group mentions, hostile evaluative cues, named entities, and the text's learned out-groups.

import type { LexiconSet } from '../lexicon/load.js';
import { compilePatterns, matchPatterns, PhraseMatcher, type CompiledPattern } from '../lexicon/match.js';
import type { PatternEntry, TermsEntry } from '../lexicon/schema.js';
import type { Tagger } from '../nlp/tagger.js';
import type { Sentence, Span, Token } from '../text/model.js';
import { InputError } from '../util/errors.js';

/** A group entry: a terms entry with the category and tally label the us/them lexicons add. */
export interface GroupEntry extends TermsEntry {
  category?: string;
  label?: string;
  /** A rival group that counts only with a hostile word, never just for standing beside the in-group ("those who"). */
  needsCue?: boolean;
  /** Terms that are adjectives used as nouns ("the few", "the rich"): they name people only when no noun follows ("the few times", "the rich soil"). */
  headless?: string[];
  /** Words after which the terms are not the group ("the establishment of a court" is the act of establishing). */
  notBefore?: string[];
  /** Words before which the terms are not a hostile group but an office or a thing ("public functionaries", "border agents"). */
  notAfter?: string[];
}

/** When an adversary label names any adversary at all ("an invading enemy"), from the `generic-frame` entry of us-them-out-group. */
export interface GenericAdversary {
  /** The label entries it applies to ("them-enemy"). */
  labels: Set<string>;
  /** The indefinite determiners ("a", "an"). */
  determiners: Set<string>;
  /** Plain words of kind or strength allowed between the determiner and the label ("foreign", "invading", "powerful"). */
  modifiers: Set<string>;
  /** Words before the determiner that make the phrase a predicate about someone ("is a tyrant", "as an open enemy"). */
  predicative: Set<string>;
  /** Adverbs that may stand between a predicative word and the determiner ("being now an open enemy"). */
  adverbs: Set<string>;
  /** Prepositions after which a label with a modifier and no determiner is any adversary at all ("against outside foes", "from foreign enemies"). */
  bareAfter: Set<string>;
  /** The modifiers that may make a bare label general: of where or when, not of kind ("foreign", "outside", not "hostile"). */
  bareModifiers: Set<string>;
}

/** A cue pattern with the fields the us/them lexicons add. */
export interface CueEntry extends PatternEntry {
  category?: string;
  /** `in-group`: the pattern counts only when the sentence also names the in-group. */
  needs?: string;
  /** Whether the match names the in-group or the out-group. */
  side?: string;
  /** The group name used in the tallies when the match names no listed group. */
  label?: string;
}

/** What a mention is: an in-group pronoun or group noun; a hostile label, a rival group, a learned label, a named entity or an anaphoric "they". */
export type MentionKind = 'pronoun' | 'group' | 'hostile-label' | 'rival-group' | 'learned' | 'entity' | 'anaphora';

/** One mention of a group in a sentence. */
export interface Mention extends Span {
  side: 'us' | 'them';
  kind: MentionKind;
  /** Normalized name for the tallies ("the masses", "the oligarchy", "CIA"). */
  label: string;
  /** The lexicon entry that listed it (absent for entities and anaphora). */
  entry?: GroupEntry;
  /** Index of the first token in the sentence (for distances). */
  token: number;
}

/** A hostile evaluative word or act matched in a sentence. */
export interface Cue extends Span {
  entry: CueEntry;
  token: number;
}

/** A note for a rule built from several lexicons (lexicons/us-them-rules.json). */
export interface RuleNote {
  id: string;
  note: string;
}

/** Settings of the document-wide pass (lexicons/us-them-rules.json `learning`). */
export interface LearningSettings {
  /** A label becomes a learned out-group when at least this many of its mentions stand next to a hostile cue. */
  minHostileMentions: number;
  /** One adversary under several names (lexicons/us-them-adversary-names.json) counts on its own at this share of the sentences naming it. */
  adversaryGroupMinShare: number;
  /** A learned out-group counts on its own (every mention) when it has at least this many hostile mentions… */
  adversaryMinMentions: number;
  /** …and at least this share of all its mentions is hostile. */
  adversaryMinShare: number;
  /** A cue and a group count together when at most this many tokens apart. */
  cueWindowTokens: number;
}

/** The compiled us/them vocabulary of one lexicon set. */
export interface Vocabulary {
  inGroup: PhraseMatcher<GroupEntry>;
  outGroup: PhraseMatcher<GroupEntry>;
  neutralizers: Set<string>;
  /** Words for a friend ("friends", "allies") that, joined to an adversary label by "and" or "or", make the pair mean everyone ("friend or foe"). */
  friendWords: Set<string>;
  /** Reciprocal pronouns ("each other", "one another"): "enemies of each other" is a relation among others, no group set against us. */
  reciprocals: PhraseMatcher<GroupEntry>;
  /** Adversary labels after the indefinite article: any adversary at all, not a present out-group. */
  genericAdversary: GenericAdversary;
  /** Things speeches call "enemies" without meaning people ("inflation", "poverty", "disease"). */
  abstractAdversaries: PhraseMatcher<GroupEntry>;
  evaluative: CompiledPattern<CueEntry>[];
  cues: CompiledPattern<CueEntry>[];
  contrast: CompiledPattern<CueEntry>;
  anaphora: CompiledPattern<CueEntry>;
  /** Openers of an accusation against the out-group still referred to ("He has …", "For …ing us …"). */
  accusation: CompiledPattern<CueEntry>;
  /** A pronoun anywhere in the sentence that may refer back to the out-group ("their lies", "the destruction they design"). */
  pronounReference: CompiledPattern<CueEntry>;
  rules: Map<string, RuleNote>;
  learning: LearningSettings;
  /** When an act of war alone does not cast its agent (lexicons/us-them-rules.json `them-act-unframed`). */
  actFraming: ActFraming;
  /** "X is the enemy (of …)", with the subject X as group 1 (lexicons/us-them-rules.json `them-enemy-as-thing`). */
  enemyPredicate: RegExp;
  /** "The enemy (of …) is X", with the predicate noun X as group 1. */
  enemySubject: RegExp;
  /** One adversary under its several names (lexicons/us-them-adversary-names.json). */
  adversaries: AdversaryNames;
  /** When a state the text has made its enemy counts as one in a plain report of its acts (lexicons/us-them-rules.json `them-established-enemy`). */
  established: EstablishedEnemy;
  /** The names of the text's own country, never cast when the text speaks as its people (lexicons/us-them-rules.json `them-named-adversary`). */
  ownNation?: OwnNation;
  /** Names cut out of a longer proper name or naming a law (lexicons/us-them-rules.json `them-named-adversary`). */
  cutName?: CutName;
  /** Nouns a hostile quality word may describe that name no person ("spirit", "character", "manner"; lexicons/us-them-rules.json `them-cast-by-quality`). */
  qualityNotPerson?: RegExp;
  /** When the learned model's finding only reports an uprising abroad (lexicons/us-them-rules.json `us-them-learned-foreign-uprising`). */
  foreignUprising?: { uprising: RegExp; ownWord: RegExp; foreignGovernment?: RegExp };
}

/** The speaker's own country: its names (`name`, whole labels) and what in a text shows that the text speaks as its people (`text`). */
export interface OwnNation {
  name: RegExp;
  text: RegExp;
  /** The own government's institutions and offices (whole labels, or with the capitalized word before: "Internal Revenue Service"). */
  institution?: RegExp;
  /** The states of the Union (whole labels, or with the capitalized word before: "New York"). */
  state?: RegExp;
}

/** A name compromise cut out of a longer proper name ("Sherman Anti" of "the Sherman Anti-trust Law"): no actor (`them-named-adversary`). */
export interface CutName {
  /** What follows the cut name in the text. */
  after: RegExp;
  /** A whole label that names a law, a treaty or a tariff, not an actor ("the Sherman Act"). */
  title: RegExp;
}

/** A state or people with all the names a text may give it ("Germany", "the Germans", "German forces", "the Nazi regime"). */
export interface AdversaryEntry {
  id: string;
  /** The name findings carry ("Germany"). */
  label: string;
  terms: string[];
  caseSensitive: true;
  /** The periods in which it was at war with the United States (years, first and last; no `to` while it goes on). */
  wars: WarPeriod[];
}

/** Years of a war with the United States: `from` to `to`, both included; without `to`, still going on. */
export interface WarPeriod {
  from: number;
  to?: number;
  /** What the adversary was to the United States then, when not at war ("the declared adversary of the United States (the Cold War)"). */
  as?: string;
}

/** The adversary name lists, compiled: a matcher over every form, and each form's (and each label's) adversary. */
export interface AdversaryNames {
  matcher: PhraseMatcher<AdversaryEntry>;
  /** Lower-cased name (without "the" or a possessive) → its adversary. */
  byName: Map<string, AdversaryEntry>;
}

/** Settings of the established-enemy rule. */
export interface EstablishedEnemy {
  /** Sentences with a scored out-group finding on one of the adversary's names needed before its plain acts count. */
  minCastSentences: number;
  /** …and at least this share of the sentences that name it (a text's ally is named often, and only now and then beside its enemy). */
  minCastShare: number;
  /** Verbs of a partner, not of an enemy ("agreed", "signed", "negotiated"): a sentence with one is left alone. */
  partnerAct: RegExp;
  /** Words before a name that put it on the in-group's side ("our allies, the Russians", "together with China"). */
  alliedBefore: RegExp;
  /** Words after a name that put it on the in-group's side ("the British and we", "Britain, our ally"). */
  alliedAfter: RegExp;
  /** A word for the in-group or its forces, which makes a hostile act in the sentence the in-group's (the target rule). */
  inGroup: RegExp;
  /** Right after the name, a demand put to it ("must", "should", "has to"): what we ask of it, not what it does. */
  demand: RegExp;
  /** "Twenty years ago", "a quarter of a century ago": the sentence tells of another time (group 1 how many, group 2 of what). */
  ago: RegExp;
  /** The word before "by" that makes the name after it the agent of a hostile act ("attacks by Japan", "outrages perpetrated by Mexico"). */
  agentAct: RegExp;
  /** A text dated in an adversary's war with the United States, or up to this many years after it, has it as its enemy from the start. */
  yearsAfterWar: number;
  /** A sentence that tells of a time more than this many years before the text ("a quarter of a century ago") is about the enemy of then. */
  otherTimeYears: number;
  /** The explanation of a finding about such an enemy of history, with {label}, {years} and {year} to fill in. */
  historyNote: string;
  /** The same for such an enemy as the target of a hostile act or aim (`them-established-enemy-target`). */
  historyTargetNote: string;
  /** The same for a pronoun for such an enemy (`them-established-enemy-pronoun`). */
  historyPronounNote: string;
  /** A hostile act or aim ending right before the adversary's name, which makes it the target ("to defeat", "blows against"; `them-established-enemy-target`). */
  targetBefore: RegExp;
  /** A verb that puts the adversary out ("drive", "throw") before its name, with `expelAfter` right after it ("drive the Germans out"). */
  expelBefore: RegExp;
  expelAfter: RegExp;
  /** Right after the name, the hostile aim in the passive ("Japan must be defeated"); `untilAfter` for "until the regime is destroyed". */
  aimAfter: RegExp;
  untilAfter: RegExp;
  /** Words before the act that deny it ("we do not seek to destroy …"). */
  denied: RegExp;
  /** The pronoun that opens a sentence right after one naming the adversary (`them-established-enemy-pronoun`), as group 1. */
  pronounOpener: RegExp;
  /** Verbs after an "it" that make it impersonal ("it seems", "it follows"), not the adversary. */
  impersonalVerb: RegExp;
}

/** A bare act of war ("attacked", "invaded") and the words that frame one as an accusation ("without warning", "deliberately"). */
export interface ActFraming {
  plainAct: RegExp;
  framing: RegExp;
}

/** Compiles the us/them lexicons once per lexicon set. */
export function vocabulary(lexicons: LexiconSet): Vocabulary {
  return lexicons.derived('us-them:vocabulary', () => buildVocabulary(lexicons));
}

/** Cue entries that describe rules built in code from several lexicons, not patterns that count on their own. */
const SPECIAL_CUES = new Set(['us-them-contrast', 'us-them-anaphora', 'us-them-accusation-against-us', 'us-them-pronoun-reference']);

function buildVocabulary(lexicons: LexiconSet): Vocabulary {
  const inEntries = lexicons.get('us-them-in-group', 'terms').entries as GroupEntry[];
  const outEntries = lexicons.get('us-them-out-group', 'terms').entries as GroupEntry[];
  const cueEntries = lexicons.get('us-them-cues', 'patterns').entries as CueEntry[];
  const compiledCues = compilePatterns(cueEntries);
  const special = (id: string): CompiledPattern<CueEntry> => {
    const c = compiledCues.find((p) => p.entry.id === id);
    if (!c) throw new InputError(`lexicon "us-them-cues" has no entry "${id}", which the us/them analyzer needs`);
    return c;
  };
  const { rules, learning, actFraming, enemyPredicate, enemySubject, established, ownNation, cutName, qualityNotPerson, foreignUprising } = readRules(lexicons.data.get('us-them-rules'));
  return {
    inGroup: new PhraseMatcher(inEntries),
    outGroup: new PhraseMatcher(outEntries.filter((e) => e.category !== 'neutralizer' && e.category !== 'abstract-adversary' && e.category !== 'generic-frame' && e.category !== 'friend-pair' && e.category !== 'reciprocal')),
    abstractAdversaries: new PhraseMatcher(outEntries.filter((e) => e.category === 'abstract-adversary')),
    neutralizers: new Set(outEntries.filter((e) => e.category === 'neutralizer').flatMap((e) => e.terms.map((t) => t.toLowerCase()))),
    friendWords: new Set(outEntries.filter((e) => e.category === 'friend-pair').flatMap((e) => e.terms.map((t) => t.toLowerCase()))),
    reciprocals: new PhraseMatcher(outEntries.filter((e) => e.category === 'reciprocal')),
    genericAdversary: readGenericAdversary(outEntries.filter((e) => e.category === 'generic-frame')),
    evaluative: compilePatterns(lexicons.get('us-them-evaluative', 'patterns').entries as CueEntry[]),
    cues: compiledCues.filter((c) => !SPECIAL_CUES.has(c.entry.id)),
    contrast: special('us-them-contrast'),
    anaphora: special('us-them-anaphora'),
    accusation: special('us-them-accusation-against-us'),
    pronounReference: special('us-them-pronoun-reference'),
    rules,
    learning,
    actFraming,
    enemyPredicate,
    enemySubject,
    adversaries: readAdversaryNames(lexicons.data.get('us-them-adversary-names')),
    established,
    ...(ownNation ? { ownNation } : {}),
    ...(cutName ? { cutName } : {}),
    ...(qualityNotPerson ? { qualityNotPerson } : {}),
    ...(foreignUprising ? { foreignUprising } : {}),
  };
}

/** Reads the `generic-frame` entries of us-them-out-group (lists of words; none means the guard is off). */
function readGenericAdversary(entries: readonly GroupEntry[]): GenericAdversary {
  const words = (e: GroupEntry, key: string): string[] => {
    const list = (e as unknown as Record<string, unknown>)[key];
    if (list === undefined) return [];
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'string')) throw new InputError(`lexicon "us-them-out-group": entry "${e.id}": "${key}" must be a list of words`);
    return (list as string[]).map((w) => w.toLowerCase());
  };
  return {
    labels: new Set(entries.flatMap((e) => words(e, 'labels'))),
    determiners: new Set(entries.flatMap((e) => e.terms.map((t) => t.toLowerCase()))),
    modifiers: new Set(entries.flatMap((e) => words(e, 'modifiers'))),
    predicative: new Set(entries.flatMap((e) => words(e, 'predicative'))),
    adverbs: new Set(entries.flatMap((e) => words(e, 'adverbs'))),
    bareAfter: new Set(entries.flatMap((e) => words(e, 'bareAfter'))),
    bareModifiers: new Set(entries.flatMap((e) => words(e, 'bareModifiers'))),
  };
}

/** Reads lexicons/us-them-adversary-names.json: every adversary's names, and its demonym before each word for a force or a government. */
function readAdversaryNames(raw: unknown): AdversaryNames {
  const where = 'lexicons/us-them-adversary-names.json';
  const data = (raw ?? {}) as { heads?: unknown; entries?: unknown };
  if (!Array.isArray(data.heads) || !Array.isArray(data.entries)) throw new InputError(`${where}: needs "heads" and "entries" lists`);
  const heads = data.heads.filter((h): h is string => typeof h === 'string');
  const entries: AdversaryEntry[] = [];
  const byName = new Map<string, AdversaryEntry>();
  for (const e of data.entries as Record<string, unknown>[]) {
    const { id, label, note, names, demonyms } = e ?? {};
    if (typeof id !== 'string' || typeof label !== 'string' || typeof note !== 'string' || !Array.isArray(names) || !Array.isArray(demonyms)) {
      throw new InputError(`${where}: every entry needs "id", "label", "note", "names" and "demonyms"`);
    }
    const wars = readWars(e.wars, `${where}: entry "${id}"`);
    const forms = [...(names as string[]), ...(demonyms as string[]).flatMap((d) => heads.map((h) => `${d} ${h}`))];
    // "the Germans" opens a sentence as "The Germans".
    const terms = forms.flatMap((f) => (f.startsWith('the ') ? [f, `The ${f.slice(4)}`] : [f]));
    const entry: AdversaryEntry = { id, label, terms, caseSensitive: true, wars };
    entries.push(entry);
    for (const f of [label, ...forms]) byName.set(nameKey(f), entry);
  }
  return { matcher: new PhraseMatcher(entries), byName };
}

/** An entry's `wars`: a list (maybe empty, or absent) of `{ "from": year, "to": year }`. */
function readWars(raw: unknown, where: string): WarPeriod[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new InputError(`${where}: "wars" must be a list`);
  return raw.map((w: unknown) => {
    const { from, to, as } = (w ?? {}) as { from?: unknown; to?: unknown; as?: unknown };
    if (as !== undefined && typeof as !== 'string') throw new InputError(`${where}: a "wars" period's "as" must be text`);
    if (!Number.isInteger(from) || (to !== undefined && (!Number.isInteger(to) || (to as number) < (from as number)))) {
      throw new InputError(`${where}: every "wars" period needs a whole-year "from" and, if it ended, a "to" not before it`);
    }
    return { from: from as number, ...(to !== undefined ? { to: to as number } : {}), ...(as !== undefined ? { as } : {}) };
  });
}

/** Whether a text of `year` falls in one of the adversary's wars with the United States, or up to `yearsAfter` years after one. */
export function atWarIn(entry: AdversaryEntry, year: number | undefined, yearsAfter: number): WarPeriod[] {
  if (year === undefined) return [];
  return entry.wars.filter((w) => year >= w.from && (w.to === undefined || year <= w.to + yearsAfter));
}

/** What the adversary was to the United States in these periods: "at war with the United States", or the period's own `as`. */
export function warRelation(wars: readonly WarPeriod[]): string {
  return wars.find((w) => w.as !== undefined)?.as ?? 'at war with the United States';
}

/** A war's years as a reader writes them: "1941–1945", "1898", "2001 onwards". */
export function warYears(wars: readonly WarPeriod[]): string {
  const one = (w: WarPeriod): string => (w.to === undefined ? `${w.from} onwards` : w.to === w.from ? String(w.from) : `${w.from}–${w.to}`);
  const all = wars.map(one);
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

/** A name as the adversary table keys it: lower case, without "the" and without a possessive. */
export function nameKey(name: string): string {
  return name.trim().replace(/['’]s?$/u, '').replace(/^the\s+/iu, '').replace(/\s+/gu, ' ').toLowerCase();
}

/** The adversary a label names ("the Germans", "German forces", "Nazi Germany"), if the name lists know it. */
export function adversaryOf(v: Vocabulary, label: string): AdversaryEntry | undefined {
  return v.adversaries.byName.get(nameKey(label));
}

function readRules(raw: unknown): { rules: Map<string, RuleNote>; learning: LearningSettings; actFraming: ActFraming; enemyPredicate: RegExp; enemySubject: RegExp; established: EstablishedEnemy; ownNation?: OwnNation; cutName?: CutName; qualityNotPerson?: RegExp; foreignUprising?: { uprising: RegExp; ownWord: RegExp; foreignGovernment?: RegExp } } {
  const where = 'lexicons/us-them-rules.json';
  if (!raw || typeof raw !== 'object') throw new InputError(`${where}: missing (the us/them analyzer needs its rule notes)`);
  const data = raw as { entries?: unknown; learning?: unknown };
  const rules = new Map<string, RuleNote>();
  if (!Array.isArray(data.entries)) throw new InputError(`${where}: "entries" must be a list`);
  for (const e of data.entries as { id?: unknown; note?: unknown }[]) {
    if (typeof e?.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(e.id)) throw new InputError(`${where}: every entry needs a dash-case "id"`);
    if (typeof e.note !== 'string' || e.note.length === 0) throw new InputError(`${where}: entry "${e.id}" needs a "note"`);
    rules.set(e.id, { id: e.id, note: e.note });
  }
  const entryOf = (id: string): Record<string, unknown> | undefined => (data.entries as Record<string, unknown>[]).find((e) => e?.id === id);
  /** The pattern `k` of entry `id`, case-insensitive unless `flags` say otherwise. */
  const regex = (id: string, k: string, flags = 'iu'): RegExp => {
    const source = entryOf(id)?.[k];
    if (typeof source !== 'string') throw new InputError(`${where}: entry "${id}" needs a "${k}"`);
    try {
      return new RegExp(source, flags);
    } catch (err) {
      throw new InputError(`${where}: ${id}.${k} is not a valid pattern: ${(err as Error).message}`);
    }
  };
  const actFraming = { plainAct: regex('them-act-unframed', 'plainActPattern'), framing: regex('them-act-unframed', 'framingPattern') };
  // The own-country guard is optional: a lexicon folder for another country's texts may leave it out.
  const named = entryOf('them-named-adversary');
  const ownNation = named?.ownNationNamePattern !== undefined || named?.ownNationTextPattern !== undefined
    // The text pattern keeps its capitals ("our Union", not a trade union's "our union"): compiled without 'i'.
    ? {
      name: regex('them-named-adversary', 'ownNationNamePattern'),
      text: regex('them-named-adversary', 'ownNationTextPattern', 'u'),
      // Institutions are names with their capitals ("the House", not "a house"): compiled without 'i'.
      ...(named?.ownInstitutionNamePattern !== undefined ? { institution: regex('them-named-adversary', 'ownInstitutionNamePattern', 'u') } : {}),
      ...(named?.unionStateNamePattern !== undefined ? { state: regex('them-named-adversary', 'unionStateNamePattern', 'u') } : {}),
    } : undefined;
  const cutName = named?.cutNameAfterPattern !== undefined
    ? { after: regex('them-named-adversary', 'cutNameAfterPattern', 'u'), title: regex('them-named-adversary', 'lawTitleNamePattern', 'u') } : undefined;
  // Optional: nouns a hostile quality word may describe that name no person.
  const quality = entryOf('them-cast-by-quality');
  const qualityNotPerson = quality?.notPersonPattern !== undefined ? regex('them-cast-by-quality', 'notPersonPattern') : undefined;
  // Optional: the learned model's findings that only report an uprising abroad. The own country's words keep their capitals.
  const uprisingEntry = entryOf('us-them-learned-foreign-uprising');
  const foreignUprising = uprisingEntry !== undefined
    ? {
      uprising: regex('us-them-learned-foreign-uprising', 'uprisingPattern'),
      ownWord: regex('us-them-learned-foreign-uprising', 'ownWordPattern', 'u'),
      ...(uprisingEntry.foreignGovernmentPattern !== undefined ? { foreignGovernment: regex('us-them-learned-foreign-uprising', 'foreignGovernmentPattern', 'u') } : {}),
    }
    : undefined;
  // With indices ('d'): the analyzer needs where the subject (group 1) stands.
  const enemyPredicate = regex('them-enemy-as-thing', 'predicatePattern', 'diu');
  const enemySubject = regex('them-enemy-as-thing', 'subjectPattern', 'diu');
  const l = (data.learning ?? {}) as Record<string, unknown>;
  const num = (k: string, d: number): number => {
    if (l[k] === undefined) return d;
    if (typeof l[k] !== 'number' || !Number.isFinite(l[k])) throw new InputError(`${where}: learning.${k} must be a number`);
    return l[k] as number;
  };
  const e = ((data as Record<string, unknown>).established ?? {}) as Record<string, unknown>;
  const minCastSentences = e.minCastSentences ?? 2;
  const minCastShare = e.minCastShare ?? 0.3;
  const yearsAfterWar = e.yearsAfterWar ?? 0;
  const otherTimeYears = e.otherTimeYears ?? 10;
  for (const [k, n] of [['yearsAfterWar', yearsAfterWar], ['otherTimeYears', otherTimeYears]] as const) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new InputError(`${where}: established.${k} must be a whole number of years`);
  }
  const historyNoteOf = (id: string): string => {
    const note = entryOf(id)?.historyNote;
    if (typeof note !== 'string' || note.length === 0) throw new InputError(`${where}: entry "${id}" needs a "historyNote"`);
    return note;
  };
  const historyNote = historyNoteOf('them-established-enemy');
  const historyTargetNote = historyNoteOf('them-established-enemy-target');
  const historyPronounNote = historyNoteOf('them-established-enemy-pronoun');
  if (typeof minCastSentences !== 'number' || !Number.isFinite(minCastSentences)) throw new InputError(`${where}: established.minCastSentences must be a number`);
  if (typeof minCastShare !== 'number' || !Number.isFinite(minCastShare)) throw new InputError(`${where}: established.minCastShare must be a number`);
  return {
    rules,
    actFraming,
    enemyPredicate,
    enemySubject,
    established: {
      minCastSentences,
      minCastShare,
      partnerAct: regex('them-established-enemy', 'partnerActPattern'),
      alliedBefore: regex('them-established-enemy', 'alliedBeforePattern'),
      alliedAfter: regex('them-established-enemy', 'alliedAfterPattern'),
      inGroup: regex('them-established-enemy-target', 'inGroupPattern'),
      agentAct: regex('them-established-enemy', 'agentActPattern'),
      demand: regex('them-established-enemy', 'demandPattern'),
      ago: regex('them-established-enemy', 'agoPattern'),
      yearsAfterWar: yearsAfterWar as number,
      otherTimeYears: otherTimeYears as number,
      historyNote,
      historyTargetNote,
      historyPronounNote,
      targetBefore: regex('them-established-enemy-target', 'actBeforePattern'),
      expelBefore: regex('them-established-enemy-target', 'expelBeforePattern'),
      expelAfter: regex('them-established-enemy-target', 'expelAfterPattern'),
      aimAfter: regex('them-established-enemy-target', 'aimAfterPattern'),
      untilAfter: regex('them-established-enemy-target', 'untilAfterPattern'),
      denied: regex('them-established-enemy-target', 'deniedPattern'),
      pronounOpener: regex('them-established-enemy-pronoun', 'openerPattern'),
      impersonalVerb: regex('them-established-enemy-pronoun', 'impersonalVerbPattern'),
    },
    learning: {
      minHostileMentions: num('minHostileMentions', 2),
      adversaryMinMentions: num('adversaryMinMentions', 3),
      adversaryMinShare: num('adversaryMinShare', 0.6),
      adversaryGroupMinShare: num('adversaryGroupMinShare', 0.4),
      cueWindowTokens: num('cueWindowTokens', 12),
    },
    ...(ownNation ? { ownNation } : {}),
    ...(cutName ? { cutName } : {}),
    ...(qualityNotPerson ? { qualityNotPerson } : {}),
    ...(foreignUprising ? { foreignUprising } : {}),
  };
}

/** The note of a combined rule: from us-them-rules.json, or the cue entry of the same id (contrast, anaphora). */
export function ruleNote(v: Vocabulary, id: string): string {
  const special = [v.contrast, v.anaphora, v.accusation, v.pronounReference].find((c) => c.entry.id === id);
  const note = v.rules.get(id)?.note ?? special?.entry.note;
  if (note === undefined) throw new InputError(`lexicons/us-them-rules.json has no entry "${id}", which the us/them analyzer needs`);
  return note;
}

/** Index of the token of `sentence` that holds offset `at`. */
export function tokenAt(sentence: Sentence, at: number): number {
  const t = sentence.tokens;
  for (let i = 0; i < t.length; i++) if (t[i].end > at) return i;
  return Math.max(0, t.length - 1);
}

/**
 * The tokens with a possessive ending taken off ("the dictator's weapons" → "dictator", "Hitler's" → "Hitler"), so that a
 * group named in the possessive is still named. Indices stay those of the sentence's tokens.
 */
export function withoutPossessives(tokens: readonly Token[]): Token[] {
  return tokens.map((t) => {
    if (t.kind !== 'word' || t.text.length < 4 || !/['’]s$/u.test(t.text)) return t;
    const text = t.text.slice(0, -2);
    return { ...t, text, lower: t.lower.slice(0, -2), end: t.end - 2 };
  });
}

/** The in-group and out-group vocabulary mentions of a sentence. */
export function lexiconMentions(v: Vocabulary, sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  const tokens = withoutPossessives(sentence.tokens);
  for (const m of v.inGroup.match(tokens)) {
    if (!standsAsGroup(tokens, m)) continue;
    const kind: MentionKind = m.entry.category === 'pronoun' ? 'pronoun' : 'group';
    const text = tokens[m.firstToken].text;
    // "US" in capitals is the country, not the pronoun.
    if (kind === 'pronoun' && text.length > 1 && text === text.toUpperCase()) continue;
    out.push({ start: m.start, end: m.end, side: 'us', kind, label: m.entry.label ?? m.term.toLowerCase(), entry: m.entry, token: m.firstToken });
  }
  for (const m of v.outGroup.match(tokens)) {
    if (!standsAsGroup(tokens, m)) continue;
    const before = tokens[m.firstToken - 1];
    const kind: MentionKind = m.entry.category === 'hostile-label' ? 'hostile-label' : 'rival-group';
    // "an invading enemy", "a foreign foe": any adversary at all names no group, not even one a hostile word could cast.
    if (kind === 'hostile-label' && genericAdversary(v.genericAdversary, m.entry.id, tokens, m.firstToken)) continue;
    // "former foes" is a past quarrel: the label stays a mention but loses its hostility.
    // "friend or foe", "to friends and adversaries": the pair means everyone, and sets no group against us.
    const neutralized =
      (before !== undefined && v.neutralizers.has(before.lower)) ||
      (kind === 'hostile-label' && m.entry.id === 'them-enemy' && (abstractEnemy(v, sentence, m.firstToken) || pairedWithFriend(v, tokens, m) || reciprocal(v, tokens, m)));
    out.push({ start: m.start, end: m.end, side: 'them', kind: neutralized ? 'rival-group' : kind, label: m.entry.label ?? m.term.toLowerCase(), entry: m.entry, token: m.firstToken });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words that may follow an adjective used as a noun ("the few who …", "the rich and the poor") without being its head noun. */
const NOT_A_HEAD = new Set(['and', 'or', 'nor', 'but', 'who', 'whom', 'whose', 'that', 'which', 'than', 'to', 'in', 'at', 'of', 'for', 'with', 'from', 'by', 'on', 'against', 'over', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'shall', 'should', 'must', 'may', 'might', 'do', 'does', 'did', 'not', 'get', 'got', 'grow', 'grew', 'as', 'like', 'alone', 'themselves', 'only', 'always', 'never', 'still', 'also', 'already']);

/** Whether a matched term names the group here: not an adjective before its noun ("the few times"), not before or after a word its entry excludes. */
function standsAsGroup(tokens: Sentence['tokens'], m: { entry: GroupEntry; term: string; end: number; firstToken: number }): boolean {
  const previous = tokens[m.firstToken - 1];
  if (previous !== undefined && previous.kind === 'word' && m.entry.notAfter?.includes(previous.lower)) return false;
  const next = tokens.find((t) => t.start >= m.end);
  if (next === undefined || next.kind !== 'word') return true;
  if (m.entry.notBefore?.includes(next.lower)) return false;
  return !(m.entry.headless?.includes(m.term.toLowerCase()) && !NOT_A_HEAD.has(next.lower));
}

/** Modifiers allowed between the indefinite article and a generic adversary label ("an invading enemy", "a foreign foe"). */
const GENERIC_MODIFIERS_MAX = 2;

/**
 * Whether an adversary label is any adversary at all: after "a" or "an" with at most two plain words of kind or strength
 * between ("an enemy", "an invading enemy", "a powerful foreign foe"), and not a predicate about someone ("is a tyrant", "as an enemy").
 */
function genericAdversary(g: GenericAdversary, entryId: string, tokens: readonly Token[], first: number): boolean {
  if (!g.labels.has(entryId)) return false;
  let i = first - 1;
  while (i >= 0 && first - 1 - i < GENERIC_MODIFIERS_MAX && tokens[i].kind === 'word' && g.modifiers.has(tokens[i].lower)) i--;
  // No determiner: a label with a modifier of where or when straight after a preposition ("to guard against outside
  // foes"), not one of kind ("a body of hostile savages").
  const bare = tokens.slice(i + 1, first).every((t) => g.bareModifiers.has(t.lower));
  if (i < first - 1 && i >= 0 && bare && tokens[i].kind === 'word' && g.bareAfter.has(tokens[i].lower)) return true;
  if (i < 0 || tokens[i].kind !== 'word' || !g.determiners.has(tokens[i].lower)) return false;
  let j = i - 1;
  while (j >= 0 && i - 1 - j < GENERIC_MODIFIERS_MAX && tokens[j].kind === 'word' && g.adverbs.has(tokens[j].lower)) j--;
  return !(j >= 0 && tokens[j].kind === 'word' && g.predicative.has(tokens[j].lower));
}

/** The lower-cased word at token index i, or undefined when the index is out of range or the token is no word. */
function wordAt(tokens: readonly Token[], i: number): string | undefined {
  return i >= 0 && i < tokens.length && tokens[i].kind === 'word' ? tokens[i].lower : undefined;
}

/** Joining words of a pair ("friend and foe", "friends or adversaries", "neither friend nor foe"). */
const PAIR_JOINERS = new Set(['and', 'or', 'nor']);
/** Possessives that make the label the speaker's own adversary, pair or not ("our enemies and our friends can be certain"). */
const POSSESSIVES = new Set(['our', 'my', 'your', 'their', 'his', 'her', 'its']);

/**
 * Whether an adversary label is half of a pair with a word for a friend: "friend or foe", "friends and adversaries", "to
 * adversaries and to friends", "allies and adversaries alike". Not after a possessive ("our enemies and our friends").
 */
function pairedWithFriend(v: Vocabulary, tokens: readonly Token[], m: { firstToken: number; end: number }): boolean {
  if (v.friendWords.size === 0) return false;
  const word = (i: number): string | undefined => wordAt(tokens, i);
  const before = m.firstToken - 1;
  if (POSSESSIVES.has(word(before) ?? '')) return false;
  // "friend or foe", "friends and to adversaries", "to friends and to adversaries"
  let i = before;
  if (word(i) === 'to') i--;
  if (PAIR_JOINERS.has(word(i) ?? '')) {
    i--;
    if (v.friendWords.has(word(i) ?? '')) return true;
  }
  // "adversaries and friends", "foes or allies", "adversaries and to friends"
  let j = tokens.findIndex((t) => t.start >= m.end);
  if (j < 0 || !PAIR_JOINERS.has(word(j) ?? '')) return false;
  j++;
  if (word(j) === 'to') j++;
  return v.friendWords.has(word(j) ?? '');
}

/**
 * Whether an adversary label names a relation among others: "enemies of each other", "foes of one another", "seeing each other
 * as enemies", "see each other not as adversaries".
 */
function reciprocal(v: Vocabulary, tokens: readonly Token[], m: { firstToken: number; end: number }): boolean {
  if (v.reciprocals.size === 0) return false;
  const word = (i: number): string | undefined => wordAt(tokens, i);
  const next = tokens.findIndex((t) => t.start >= m.end);
  for (const r of v.reciprocals.match(tokens)) {
    // "enemies of each other"
    if (next >= 0 && word(next) === 'of' && r.firstToken === next + 1) return true;
    // "each other as enemies", "each other not as adversaries"
    const after = tokens.findIndex((t) => t.start >= r.end);
    if (after >= 0 && word(after) === 'as' && after + 1 === m.firstToken) return true;
    if (after >= 0 && word(after) === 'not' && word(after + 1) === 'as' && after + 2 === m.firstToken) return true;
  }
  return false;
}

/** How close (in tokens) a thing must stand to "enemy" to be what the word stands for. */
const ABSTRACT_ENEMY_WINDOW = 8;

/** Whether a thing (not people) that "enemy" may stand for is named close to it: "inflation is another enemy", "enemies such as polio". */
function abstractEnemy(v: Vocabulary, sentence: Sentence, token: number): boolean {
  return v.abstractAdversaries.match(sentence.tokens).some((a) => Math.abs(a.firstToken - token) <= ABSTRACT_ENEMY_WINDOW);
}

/** Hostile evaluative cues of a sentence. */
export function evaluativeCues(v: Vocabulary, text: string, sentence: Sentence): Cue[] {
  return matchPatterns(v.evaluative, text, sentence).map((m) => ({ start: m.start, end: m.end, entry: m.entry, token: tokenAt(sentence, m.start) }));
}

/** Tags of a named actor. A bare ProperNoun is not enough: capitalized common nouns ("the Bolivarian Revolution") are not actors. */
const ENTITY_TAGS = ['Organization', 'Person', 'Place', 'Country', 'Acronym', 'Demonym'];
/** Proper nouns that are not actors a text could set itself against. */
const NOT_ACTORS = new Set(['god', 'lord', 'almighty', 'bible', 'scripture', 'constitution']);

/** Named people, organizations and places of a sentence, by compromise (only called for sentences with a hostile cue). */
export function entities(tagger: Tagger, sentence: Sentence, taken: readonly Span[]): Mention[] {
  const terms = tagger.terms(sentence);
  const out: Mention[] = [];
  let run: typeof terms = [];
  const flush = (): void => {
    if (run.length > 0) {
      const start = run[0].start;
      const surface = sentence.text.slice(start - sentence.start, run[run.length - 1].end - sentence.start);
      const trimmed = surface.replace(/[.,;:!?'"’”)\]]+$/u, '');
      const end = start + trimmed.length;
      const label = trimmed.replace(/['’]s$/u, '').replace(/\s+/gu, ' ');
      const overlaps = taken.some((s) => s.start < end && s.end > start);
      const first = run[0];
      const sentenceInitialOnly = first.start === sentence.start && run.length === 1 && !first.tags.has('Organization') && !first.tags.has('Person') && !first.tags.has('Place');
      if (!overlaps && !sentenceInitialOnly && label.length > 1 && !NOT_ACTORS.has(label.toLowerCase()) && !first.tags.has('Pronoun')) {
        out.push({ start, end, side: 'them', kind: 'entity', label, token: tokenAt(sentence, start) });
      }
    }
    run = [];
  };
  terms.forEach((t, k) => {
    // A capitalized title before a name opens it even when compromise does not know the name ("Minister Stane", "Senator Marlow").
    const next = terms[k + 1];
    const title = run.length === 0 && t.tags.has('Actor') && !t.tags.has('Plural') && next !== undefined && next.tags.has('ProperNoun') && /^\p{Lu}/u.test(next.text);
    const actor = ENTITY_TAGS.some((tag) => t.tags.has(tag)) || (run.length > 0 && t.tags.has('ProperNoun')) || title;
    if (actor && t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Pronoun') && /^\p{Lu}/u.test(t.text)) run.push(t);
    else flush();
  });
  flush();
  return out;
}

/** Capitalized openers that are not names ("The", "In", "But"…): a capital at the start of a sentence says nothing by itself. */
const OPENERS = /^(?:the|a|an|in|it|its|this|that|these|those|there|then|he|she|they|we|you|i|but|and|or|if|for|on|at|as|so|yet|our|their|his|her|my|your|when|while|after|since|although|however|all|some|many|what|no|not|to|from|by|with|of)$/u;

/**
 * Cheap test before asking compromise (tagging is the slow part): is there a capitalized word where a cue could cast it,
 * before a hostile act or label, just after an act ("the attack by Japan"), or just after a hostile quality word?
 */
export function mayCastActor(v: Vocabulary, sentence: Sentence, cues: readonly Cue[], labels: readonly Mention[]): boolean {
  const caps: number[] = [];
  sentence.tokens.forEach((t, i) => {
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !(i === 0 && OPENERS.test(t.lower))) caps.push(i);
  });
  if (caps.length === 0) return false;
  const w = v.learning.cueWindowTokens;
  for (const c of cues) {
    if (c.entry.category === 'hostile-quality' && caps.some((i) => i > c.token && i - c.token <= 4)) return true;
    if (c.entry.category === 'hostile-act' && caps.some((i) => (i < c.token && c.token - i <= w) || (i > c.token && i - c.token <= 3))) return true;
    if (c.entry.category === 'hostile-deed' && caps.some((i) => (i < c.token && c.token - i <= 2) || (i > c.token && i - c.token <= 3))) return true;
    if (c.entry.category === 'hostile-stance' && caps.some((i) => i > c.token && i - c.token <= 5)) return true;
    if (c.entry.category === 'hostile-threat' && caps.some((i) => i < c.token && c.token - i <= 4)) return true;
  }
  return labels.some((l) => caps.some((i) => i < l.token && l.token - i <= w));
}

/** The speaker's own country in this corpus's speeches: never the target of "our war against …". */
const OWN_SIDE = /^(?:the\s+)?(?:United States(?: of America)?|America|U\.\s?S\.(?:\s?A\.)?)$/u;

/** Whether a cue and a group mention are close enough to be read together. */
export function near(v: Vocabulary, a: { token: number }, b: { token: number }): boolean {
  return Math.abs(a.token - b.token) <= v.learning.cueWindowTokens;
}

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
  return entity.end <= cue.start && activeVerb(tagger, sentence, cue, lenient);
}

/** Whether compromise reads the cue's word as an adverb ("brutally invaded"), not an adjective ("the cowardly Rosales"). */
function adverbAt(tagger: Tagger, sentence: Sentence, cue: Cue): boolean {
  const term = tagger.terms(sentence).find((t) => t.end > cue.start);
  return term !== undefined && term.start < cue.end && term.tags.has('Adverb');
}

/**
 * Whether the cue is an active verb ("Japan invaded"), so the actor before it is its agent; not a noun ("the murder of") or a passive ("was attacked").
 * `lenient` (for learning a text's out-groups, where many mentions are summed) also accepts a noun ("involved in hatching plots").
 */
function activeVerb(tagger: Tagger, sentence: Sentence, cue: Cue, lenient: boolean): boolean {
  const term = tagger.terms(sentence).find((t) => t.end > cue.start);
  if (!term || term.start >= cue.end) return false;
  const before = sentence.text.slice(0, cue.start - sentence.start);
  // A noun counts when the actor launched or committed it ("the USA has launched an invasion").
  // …or chose it as its course ("the men in the Kremlin have chosen the path of aggression").
  if (!term.tags.has('Verb')) return lenient || /\b(?:launch|began|begun|begin|start|commit|perpetrat|wag|stag|unleash|mount|undert[oa]k|commenc|chose|chosen|choos|embark|pursu)\w*\s+(?:(?:up)?on\s+|to\s+)?(?:(?:an?|its|their|his|her|the)\s+)?(?:(?:path|policy|course|career|road|campaign|program|programme|war)\s+of\s+)?(?:[\w-]+\s+)?$/iu.test(before);
  if (term.tags.has('Passive')) return false;
  // A participle with its agent after it is a reduced passive: "a Nation ravaged by depression" (the name before it is no agent).
  if (/^\s+by\b/iu.test(sentence.text.slice(cue.end - sentence.start))) return false;
  return !/\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/iu.test(before);
}

/** The word classes of lexicons/us-them-disparaged.json (rule `them-disparaged-group`), each word mapped to its entry. */
export interface DisparagedVocabulary {
  modifiers: Map<string, GroupEntry>;
  groupHeads: Map<string, GroupEntry>;
  roleHeads: Map<string, GroupEntry>;
  personHeads: Map<string, GroupEntry>;
  partHeads: Map<string, GroupEntry>;
  nouns: Map<string, GroupEntry>;
  /** Animal words for people ("pests", "vultures"): only before "who". */
  figurative: Map<string, GroupEntry>;
  /** Nouns for people that a part or collective head may be "of" ("a disloyal portion of the people"). */
  peopleAfterOf: Set<string>;
  types: Map<string, GroupEntry>;
  determiners: Set<string>;
  negation: Set<string>;
  possessive: Set<string>;
  simile: Set<string>;
  self: Set<string>;
  selfVerbs: Set<string>;
  selfFillers: Set<string>;
  generic: PhraseMatcher<GroupEntry>;
  /** Every word that can start a phrase (a modifier, a contempt noun or type): a sentence with none of them has no such group. */
  triggers: Set<string>;
}

/** A group named with contempt or censure in one sentence: the phrase, and the entry whose note explains it. */
export interface DisparagedGroup extends Span {
  entry: GroupEntry;
  token: number;
  /** Whether the phrase is a contempt noun alone ("idiots", "the demagogue"), whose noun-ness the tagger should confirm. */
  noun: boolean;
}

/** Reads lexicons/us-them-disparaged.json into word classes by `category`. */
export function disparagedVocabulary(lexicons: LexiconSet): DisparagedVocabulary {
  return lexicons.derived('us-them:disparaged', () => {
    const entries = lexicons.get('us-them-disparaged', 'terms').entries as GroupEntry[];
    const map = (...categories: string[]): Map<string, GroupEntry> =>
      new Map(entries.filter((e) => categories.includes(e.category ?? '')).flatMap((e) => e.terms.map((t) => [t.toLowerCase(), e] as const)));
    const set = (category: string): Set<string> => new Set(map(category).keys());
    const modifiers = map('censure-modifier', 'contempt-modifier');
    const nouns = map('contempt-noun');
    const figurative = map('contempt-noun-figurative');
    const types = map('contempt-type');
    return {
      modifiers,
      groupHeads: map('group-head'),
      roleHeads: map('role-head'),
      personHeads: map('person-head'),
      partHeads: map('part-head'),
      nouns,
      figurative,
      peopleAfterOf: set('people-after-of'),
      types,
      determiners: set('specific-determiner'),
      negation: set('guard-negation'),
      possessive: set('guard-possessive'),
      simile: set('guard-simile'),
      self: set('guard-self'),
      selfVerbs: set('guard-self-verb'),
      selfFillers: set('guard-self-filler'),
      generic: new PhraseMatcher(entries.filter((e) => e.category === 'guard-generic')),
      triggers: new Set([...modifiers.keys(), ...nouns.keys(), ...figurative.keys(), ...types.keys()]),
    };
  });
}

/** How many adverbs or extra censure words may stand before the head noun ("blindly selfish", "selfish and greedy"). */
const DISPARAGED_MAX_MODIFIERS = 3;
/** How far back (in words) the speaker's side may stand as the subject of a copula or a verb of naming ("we were all fools"). */
const DISPARAGED_SELF_WINDOW = 6;
/**
 * Whether the words before a phrase make the speaker's side what it is said of: the side, a copula or naming verb, and
 * then only filler words ("I was one of the …", "we are all …"), or a naming verb, the side and fillers ("called us …").
 */
function saidOfSelf(d: DisparagedVocabulary, back: readonly string[]): boolean {
  for (let k = back.length - 1; k >= 0; k--) {
    if (!d.self.has(back[k])) continue;
    const rest = back.slice(k + 1);
    const fillers = (words: readonly string[]): boolean => words.every((x) => d.selfFillers.has(x) || d.selfVerbs.has(x) || d.determiners.has(x));
    if (rest.some((x) => d.selfVerbs.has(x)) && fillers(rest)) return true;
    if (k > 0 && d.selfVerbs.has(back[k - 1]) && fillers(rest)) return true;
  }
  return false;
}

/** A contracted word as its two words ("we're" → "we", "'re"; "I'm" → "i", "'m"), as the self guard lists them. */
function withoutContraction(word: string): string[] {
  const m = /^(\p{L}+)('(?:re|m|ve|ll|d))$/u.exec(word);
  return m ? [m[1], m[2]] : [word];
}

/** How far after "of" a noun for people must come for a part or collective head ("a portion of the American people"). */
const DISPARAGED_OF_WINDOW = 4;

/**
 * Groups named with contempt or moral censure: a censure or contempt word right before a noun for a group of people
 * (adverbs and further such words may come between: "the blindly selfish men", "a noisy minority", "a disloyal portion of"),
 * a contempt noun alone ("cheerful idiots", "pests"), or a contempt type in the singular after "the" ("the demagogue").
 * Guards: a negation or in-group possessive before the phrase, a simile ("like fools"), the speaker's side as the subject
 * of a copula or naming verb ("we are not fools", "they call us bigots", "make fools of us"), a generic frame about people
 * in general; nouns for anyone ("men", "souls") and singular roles need a specific determiner ("those selfish men").
 */
export function disparagedGroups(d: DisparagedVocabulary, sentence: Sentence): DisparagedGroup[] {
  // Most sentences hold no word that can start such a phrase: they are left before any other work.
  if (!sentence.tokens.some((t) => t.kind === 'word' && d.triggers.has(t.lower))) return [];
  const words = sentence.tokens.filter((t) => t.kind === 'word');
  if (d.generic.match(words).length > 0) return [];
  const out: DisparagedGroup[] = [];
  const tokenIndex = (t: Token): number => sentence.tokens.indexOf(t);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].lower;
    let first = i;
    let last = -1;
    let entry: GroupEntry | undefined;
    let needsDeterminer = false;
    let noun = false;
    const modifier = d.modifiers.get(w);
    if (modifier) {
      // Adverbs before the modifier ("blindly selfish") belong to the phrase.
      while (first > 0 && /ly$/u.test(words[first - 1].lower) && !d.modifiers.has(words[first - 1].lower)) first--;
      let j = i + 1;
      let extra = 0;
      while (j < words.length && extra < DISPARAGED_MAX_MODIFIERS && (d.modifiers.has(words[j].lower) || words[j].lower === 'and' || /ly$/u.test(words[j].lower))) {
        j++;
        extra++;
      }
      const head = words[j];
      if (!head || words[j - 1].lower === 'and') continue;
      const h = head.lower;
      // "a lawless set of unprincipled wretches" is people; "a misguided set of priorities" is not.
      const ofPeople = (): boolean => words.slice(j + 2, j + 2 + DISPARAGED_OF_WINDOW).some((t) => d.peopleAfterOf.has(t.lower) || d.personHeads.has(t.lower) || d.roleHeads.has(t.lower));
      if (words[j + 1]?.lower === 'of' && (d.groupHeads.has(h) || d.partHeads.has(h))) {
        if (!ofPeople()) continue;
        last = j + 1;
      } else if (d.groupHeads.has(h)) last = j;
      else if (d.roleHeads.has(h)) {
        last = j;
        needsDeterminer = !h.endsWith('s') && h !== 'gentlemen';
      } else if (d.personHeads.has(h)) {
        last = j;
        needsDeterminer = true;
      } else continue;
      // Nothing but spaces between the words of the phrase (no comma or full stop breaks it).
      if (!/^[\p{L}\p{N}\s'’-]*$/u.test(sentence.text.slice(words[first].start - sentence.start, words[last].end - sentence.start))) continue;
      entry = modifier;
      i = last;
    } else if (d.nouns.has(w)) {
      entry = d.nouns.get(w);
      last = i;
      noun = true;
    } else if (d.figurative.has(w) && ['who', 'whom', 'whose'].includes(words[i + 1]?.lower ?? '')) {
      entry = d.figurative.get(w);
      last = i;
      noun = true;
    } else if (d.types.has(w) && words[i - 1]?.lower === 'the') {
      // "the demagogue" names a type; "the demagogue Cleon" names one man.
      const next = words[i + 1];
      if (next && /^\p{Lu}/u.test(next.text) && next.start - words[i].end <= 1) continue;
      entry = d.types.get(w);
      last = i;
      noun = true;
    } else continue;
    if (!entry) continue;
    const before = words[first - 1];
    const determiner = before !== undefined && d.determiners.has(before.lower) ? before : undefined;
    if (needsDeterminer && !determiner) continue;
    // The word before the phrase and its determiner: "not", "our", "like", "as if".
    const lead = words[first - (determiner ? 2 : 1)];
    const leadIsA = lead?.lower === 'a' || lead?.lower === 'an';
    const guardWord = leadIsA ? words[first - (determiner ? 3 : 2)] : lead;
    const guards = (t: Token | undefined): boolean => t !== undefined && (d.negation.has(t.lower) || d.possessive.has(t.lower) || d.simile.has(t.lower));
    if (guards(guardWord) || guards(lead)) continue;
    // The speaker's side said to be, or called, the thing: "we are fools", "I was a fool", "they called us bigots".
    if (saidOfSelf(d, words.slice(Math.max(0, first - DISPARAGED_SELF_WINDOW), first).flatMap((t) => withoutContraction(t.lower)))) continue;
    // "make fools of us", "fools of ourselves".
    if (words[last + 1]?.lower === 'of' && d.self.has(words[last + 2]?.lower ?? '')) continue;
    const start = words[first].start;
    out.push({ start, end: words[last].end, entry, token: tokenIndex(words[first]), noun });
  }
  return out;
}
