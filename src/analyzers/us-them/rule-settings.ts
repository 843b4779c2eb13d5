// The rule notes and settings of lexicons/us-them-rules.json: learning thresholds, act framing, the established enemy, the own nation, cut names.

import { InputError } from '../../util/errors.js';
import type { Antithesis } from './antithesis.js';

/** A note for a rule built from several lexicons (lexicons/us-them-rules.json). */
export interface RuleNote {
  id: string;
  note: string;
}

/**
 * Sentences added to a finding's explanation that quote the words behind it where those are not the highlighted words
 * (lexicons/us-them-rules.json `evidence`): `{words}` is the text's own words in quotation marks, `{label}` the group a
 * pronoun stands for. A sentence a lexicon folder leaves out is not added.
 */
export interface Evidence {
  /** After a group cast by a hostile word or act said of it ("those who … the silencing of dissent"): that word or act. */
  castBy?: string;
  /** After a group of a sentence that sets the two sides against each other: the other side's words. */
  setAgainst?: string;
  /** After a pronoun or a sentence opening that goes on about the out-group of the sentences before: which group it means. */
  standsFor?: string;
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

/**
 * Who a hostile word casts, read from `them-named-adversary`: the doer of an act, not the one it falls on. A name before an
 * act is not its doer when the act is a participle of what it suffered ("Poland, looted of its grain"), or when another
 * subject stands between them ("Ruritania, where we attacked …", "the port through which attacks were made"); a stance
 * against a name is ours only when no one else owns it ("their war against the people").
 */
export interface NamedCasting {
  /** Right after a participle, what makes it a passive of loss ("looted of", "stripped of"): the name before it suffered the act. */
  sufferedAfter: RegExp;
  /** Right after the name, a relative pronoun that refers back to it ("Ruritania, which invaded …"): left out before `otherSubjectBetween` is tried. */
  leadingRelative: RegExp;
  /** Between the name and the act, another subject of the act ("we", "they", a relative pronoun for another noun). */
  otherSubjectBetween: RegExp;
  /** Right before a stance ("war against"), an owner who is not the in-group ("their", "his"): someone else's stance. */
  othersStanceBefore: RegExp;
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
  /** Right before the name, what makes it a state that no longer exists ("the former Soviet Union", "ex-"). */
  formerBefore: RegExp;
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
  /** The last word of a name for a movement, a body or a class of people ("the counterrevolution", "the gang"): no one person or state, so no "he", "she" or "it" stands for it (optional). */
  groupNoun?: RegExp;
  /** The adversary named while the sentence speaks of the conflict (`them-established-enemy-in-conflict`; optional). */
  inConflict?: EnemyInConflict;
  /** The explanation of an armed organization named in its war years (`them-enemy-organization`; optional, and only with `inConflict`, whose guards it shares). */
  organizationNote?: string;
  /** An established enemy named in a sentence no other rule takes (`them-established-enemy-named`; optional, and only with `inConflict`, whose talks words it reads). */
  named?: EnemyNamed;
}

/** Settings of `them-established-enemy-named`: its explanation and the guards that leave a name alone. */
export interface EnemyNamed {
  /** The explanation of such a finding about an enemy of history. */
  historyNote: string;
  /** Before the name, a verb of knowing or reporting and at most six words ("… concluded that"): evidence reported about it. */
  reportedBefore: RegExp;
  /** Right before the name, a demand put to it ("it is up to"). */
  demandBefore: RegExp;
  /** Right after the name, a copula or a passive ("is", "was", "has been"): the adversary described or a done deed told. */
  describedAfter: RegExp;
  /** Right before the name, the place where something happens ("in", "in the"). */
  placeBefore: RegExp;
}

/** Settings of `them-established-enemy-in-conflict`: an established enemy named, not acting, in a sentence about the conflict. */
export interface EnemyInConflict {
  /** A word of war or hostility that must stand near the name ("war", "fleet", "attack", "outrages"). */
  conflict: RegExp;
  /** How many words before and after the name the word of the conflict may stand. */
  windowWords: number;
  /** A word of talks, trade, debts or relations that leaves the sentence alone. */
  talks: RegExp;
  /** Right before the name, what makes it a place or a period named in passing ("in Italy", "the war with Spain"). */
  passingBefore: RegExp;
  /** The explanation of such a finding about an enemy of history. */
  historyNote: string;
}

/** A bare act of war ("attacked", "invaded") and the words that frame one as an accusation ("without warning", "deliberately"). */
export interface ActFraming {
  plainAct: RegExp;
  framing: RegExp;
}

export function readRules(raw: unknown): { rules: Map<string, RuleNote>; evidence: Evidence; learning: LearningSettings; actFraming: ActFraming; enemyPredicate: RegExp; enemySubject: RegExp; established: EstablishedEnemy; ownNation?: OwnNation; cutName?: CutName; namedCasting?: NamedCasting; qualityNotPerson?: RegExp; foreignUprising?: { uprising: RegExp; ownWord: RegExp; foreignGovernment?: RegExp }; employer?: EmployerSide; antithesis?: Antithesis } {
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
  /** The number `k` of entry `id`, a whole number of 1 or more (`fallback` when the entry leaves it out). */
  const wholeNumber = (id: string, k: string, fallback: number): number => {
    const n = entryOf(id)?.[k] ?? fallback;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) throw new InputError(`${where}: ${id}.${k} must be a whole number of 1 or more`);
    return n;
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
  // Optional: the guards that keep a hostile word from casting the name it falls on.
  const namedCasting: NamedCasting | undefined = named?.sufferedAfterPattern !== undefined
    ? {
      sufferedAfter: regex('them-named-adversary', 'sufferedAfterPattern'),
      leadingRelative: regex('them-named-adversary', 'leadingRelativePattern'),
      otherSubjectBetween: regex('them-named-adversary', 'otherSubjectBetweenPattern'),
      othersStanceBefore: regex('them-named-adversary', 'othersStanceBeforePattern'),
    }
    : undefined;
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
  // Optional: the employer as the out-group of a text spoken from the union's side. Both patterns keep their capitals
  // ("Brothers and sisters" and "brothers and sisters" are written out; "CEO" is no "ceo").
  const employerEntry = entryOf('them-the-employer');
  const minMarks = wholeNumber('them-the-employer', 'minSpeakerSideMarks', 2);
  const employer = employerEntry !== undefined
    ? {
      note: rules.get('them-the-employer')!.note,
      contrastNote: typeof employerEntry.contrastNote === 'string' ? employerEntry.contrastNote : '',
      speakerSide: regex('them-the-employer', 'speakerSidePattern', 'gu'),
      employer: regex('them-the-employer', 'employerPattern', 'gu'),
      minSpeakerSideMarks: minMarks,
    }
    : undefined;
  // Optional: "They call it reform. We call it theft." The opener is compiled with indices ('d'): the finding is the pronoun.
  const antithesis = entryOf('us-them-they-then-we') !== undefined
    ? { id: 'us-them-they-then-we', note: rules.get('us-them-they-then-we')!.note, opener: regex('us-them-they-then-we', 'openerPattern', 'diu'), maxWords: wholeNumber('us-them-they-then-we', 'maxWords', 14) }
    : undefined;
  // With indices ('d'): the analyzer needs where the subject (group 1) stands.
  const enemyPredicate = regex('them-enemy-as-thing', 'predicatePattern', 'diu');
  const enemySubject = regex('them-enemy-as-thing', 'subjectPattern', 'diu');
  const evidenceData = ((data as Record<string, unknown>).evidence ?? {}) as Record<string, unknown>;
  const evidence: Evidence = {};
  for (const [k, placeholder] of [['castBy', '{words}'], ['setAgainst', '{words}'], ['standsFor', '{label}']] as const) {
    const v = evidenceData[k];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !v.includes(placeholder)) throw new InputError(`${where}: evidence.${k} must be a sentence with ${placeholder} in it`);
    evidence[k] = v;
  }
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
  // Optional: the established enemy named, not acting, in a sentence about the conflict.
  const conflictEntry = entryOf('them-established-enemy-in-conflict');
  const inConflict: EnemyInConflict | undefined = conflictEntry !== undefined
    ? {
      conflict: regex('them-established-enemy-in-conflict', 'conflictPattern'),
      windowWords: wholeNumber('them-established-enemy-in-conflict', 'windowWords', 8),
      talks: regex('them-established-enemy-in-conflict', 'talksPattern'),
      passingBefore: regex('them-established-enemy-in-conflict', 'passingBeforePattern'),
      historyNote: historyNoteOf('them-established-enemy-in-conflict'),
    }
    : undefined;
  if (typeof minCastSentences !== 'number' || !Number.isFinite(minCastSentences)) throw new InputError(`${where}: established.minCastSentences must be a number`);
  if (typeof minCastShare !== 'number' || !Number.isFinite(minCastShare)) throw new InputError(`${where}: established.minCastShare must be a number`);
  return {
    rules,
    evidence,
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
      formerBefore: regex('them-established-enemy', 'formerBeforePattern'),
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
      ...(entryOf('them-established-enemy-pronoun')?.groupNounPattern !== undefined ? { groupNoun: regex('them-established-enemy-pronoun', 'groupNounPattern') } : {}),
      ...(inConflict ? { inConflict } : {}),
      ...(inConflict && entryOf('them-enemy-organization') !== undefined ? { organizationNote: historyNoteOf('them-enemy-organization') } : {}),
      ...(inConflict && entryOf('them-established-enemy-named') !== undefined
        ? {
          named: {
            historyNote: historyNoteOf('them-established-enemy-named'),
            reportedBefore: regex('them-established-enemy-named', 'reportedBeforePattern'),
            demandBefore: regex('them-established-enemy-named', 'demandBeforePattern'),
            describedAfter: regex('them-established-enemy-named', 'describedAfterPattern'),
            placeBefore: regex('them-established-enemy-named', 'placeBeforePattern'),
          },
        }
        : {}),
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
    ...(namedCasting ? { namedCasting } : {}),
    ...(qualityNotPerson ? { qualityNotPerson } : {}),
    ...(foreignUprising ? { foreignUprising } : {}),
    ...(employer ? { employer } : {}),
    ...(antithesis ? { antithesis } : {}),
  };
}

/** The employer as out-group in a text spoken from the union's side (lexicons/us-them-rules.json `them-the-employer`). */
export interface EmployerSide {
  note: string;
  /** Added to the explanation of a contrast the employer makes, so a reader sees why the employer is "them" here. */
  contrastNote: string;
  /** Marks of a speaker on the union's side ("brothers and sisters", "the picket line", "we are on strike"), global. */
  speakerSide: RegExp;
  /** Names of the employer side ("management", "the company", "the owners"), global. */
  employer: RegExp;
  /** How many marks of the union's side a text needs before its employer counts as the other side. */
  minSpeakerSideMarks: number;
}
