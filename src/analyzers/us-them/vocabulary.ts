// The us/them vocabulary, compiled once per lexicon set from every us/them lexicon, and the lookups into it (rule notes, adversaries).

import type { LexiconSet } from '../../lexicon/load.js';
import { compilePatterns, PhraseMatcher, wordAlternation, type CompiledPattern } from '../../lexicon/match.js';
import { InputError } from '../../util/errors.js';
import type { Antithesis } from './antithesis.js';
import { nameKey, readAdversaryNames, type AdversaryEntry, type AdversaryNames } from './adversary-names.js';
import type { CueEntry, GroupEntry } from './entries.js';
import { readRules, type ActFraming, type CutName, type EmployerSide, type EstablishedEnemy, type Evidence, type LearningSettings, type NamedCasting, type OwnNation, type RuleNote } from './rule-settings.js';

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
  /** Determiners that make any adversary general whatever words describe it ("any resolute enemy", "any serious foe"). */
  anyKind: Set<string>;
  /** Determiners that deny the adversary outright, even after "have" or "be" ("we have no enemies", "we need fear no external enemy"). */
  denying: Set<string>;
  /** Relative pronouns that, followed by a verb of the past, make the adversary a particular one ("an adversary who mistook our patience for weakness"). */
  particularRelatives: Set<string>;
  /** Past forms not ending in -ed that may follow such a pronoun ("an enemy that struck without warning"). */
  particularPast: Set<string>;
  /** Words besides those in -ly that may stand between the pronoun and its past verb ("an enemy who once struck"). */
  particularAdverbs: Set<string>;
  /** Phrases of every age or every people ("in all ages", "under every form of government"): beside them the labels of `timelessLabels` name no present adversary. */
  timeless?: RegExp;
  /** The label entries a timeless phrase makes general ("them-enemy", "them-tyrants"). */
  timelessLabels: Set<string>;
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
  /** Sentences that quote the words behind a finding where they are not its highlighted words (lexicons/us-them-rules.json `evidence`). */
  evidence: Evidence;
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
  /** Who a hostile word casts: the doer of an act, not the one it falls on (lexicons/us-them-rules.json `them-named-adversary`). */
  namedCasting?: NamedCasting;
  /** Nouns a hostile quality word may describe that name no person ("spirit", "character", "manner"; lexicons/us-them-rules.json `them-cast-by-quality`). */
  qualityNotPerson?: RegExp;
  /** When the learned model's finding only reports an uprising abroad (lexicons/us-them-rules.json `us-them-learned-foreign-uprising`). */
  foreignUprising?: { uprising: RegExp; ownWord: RegExp; foreignGovernment?: RegExp };
  /** The employer as the other side of a text spoken from the union's side (lexicons/us-them-rules.json `them-the-employer`). */
  employer?: EmployerSide;
  /** "They call it reform. We call it theft." (lexicons/us-them-rules.json `us-them-they-then-we`). */
  antithesis?: Antithesis;
}

/** Compiles the us/them lexicons once per lexicon set. */
export function vocabulary(lexicons: LexiconSet): Vocabulary {
  return lexicons.derived('us-them:vocabulary', () => buildVocabulary(lexicons));
}

/** Cue entries that describe rules built in code from several lexicons, not patterns that count on their own. */
export const SPECIAL_CUES = new Set(['us-them-contrast', 'us-them-anaphora', 'us-them-accusation-against-us', 'us-them-pronoun-reference']);

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
  const { rules, evidence, learning, actFraming, enemyPredicate, enemySubject, established, ownNation, cutName, namedCasting, qualityNotPerson, foreignUprising, employer, antithesis } = readRules(lexicons.data.get('us-them-rules'));
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
    evidence,
    learning,
    actFraming,
    enemyPredicate,
    enemySubject,
    adversaries: readAdversaryNames(lexicons.data.get('us-them-adversary-names')),
    established,
    ...(ownNation ? { ownNation } : {}),
    ...(cutName ? { cutName } : {}),
    ...(namedCasting ? { namedCasting } : {}),
    ...(qualityNotPerson ? { qualityNotPerson } : {}),
    ...(foreignUprising ? { foreignUprising } : {}),
    ...(employer ? { employer } : {}),
    ...(antithesis ? { antithesis } : {}),
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
  const timeless = entries.flatMap((e) => words(e, 'timeless'));
  return {
    labels: new Set(entries.flatMap((e) => words(e, 'labels'))),
    determiners: new Set(entries.flatMap((e) => e.terms.map((t) => t.toLowerCase()))),
    modifiers: new Set(entries.flatMap((e) => words(e, 'modifiers'))),
    predicative: new Set(entries.flatMap((e) => words(e, 'predicative'))),
    adverbs: new Set(entries.flatMap((e) => words(e, 'adverbs'))),
    bareAfter: new Set(entries.flatMap((e) => words(e, 'bareAfter'))),
    bareModifiers: new Set(entries.flatMap((e) => words(e, 'bareModifiers'))),
    anyKind: new Set(entries.flatMap((e) => words(e, 'anyKind'))),
    denying: new Set(entries.flatMap((e) => words(e, 'denying'))),
    particularRelatives: new Set(entries.flatMap((e) => words(e, 'particularRelatives'))),
    particularPast: new Set(entries.flatMap((e) => words(e, 'particularPast'))),
    particularAdverbs: new Set(entries.flatMap((e) => words(e, 'particularAdverbs'))),
    ...(timeless.length > 0 ? { timeless: new RegExp(`\\b(?:${wordAlternation(timeless)})\\b`, 'iu') } : {}),
    timelessLabels: new Set(entries.flatMap((e) => words(e, 'timelessLabels'))),
  };
}

/** The adversary a label names ("the Germans", "German forces", "Nazi Germany"), if the name lists know it. */
export function adversaryOf(v: Vocabulary, label: string): AdversaryEntry | undefined {
  return v.adversaries.byName.get(nameKey(label));
}

/** The note of a combined rule: from us-them-rules.json, or the cue entry of the same id (contrast, anaphora). */
export function ruleNote(v: Vocabulary, id: string): string {
  const special = [v.contrast, v.anaphora, v.accusation, v.pronounReference].find((c) => c.entry.id === id);
  const note = v.rules.get(id)?.note ?? special?.entry.note;
  if (note === undefined) throw new InputError(`lexicons/us-them-rules.json has no entry "${id}", which the us/them analyzer needs`);
  return note;
}
