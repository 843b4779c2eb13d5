// Named sentence features for the us/them learned second opinion: cheap counts a linguist would accept as weak evidence
// of an in-group set against an out-group (pronouns of both sides, the text's own out-groups and the names it fights,
// acts of aggression told of a third party, words of rebellion, neighbours the rules flagged) and against it
// (cooperation, figures, procedure). Tokens and tries only.

import type { Features } from '../../learn/logistic.js';
import type { LexiconSet } from '../../lexicon/load.js';
import { PhraseMatcher } from '../../lexicon/match.js';
import type { TermsEntry } from '../../lexicon/schema.js';
import type { Document, Sentence, Token } from '../../text/model.js';
import { afinnRatings } from '../sentiment-model.js';
import type { RawFinding } from '../types.js';
import type { Cue } from './cues.js';
import type { Mention } from './mentions.js';
import { withoutPossessives } from './tokens.js';

/** What the document-wide us/them pass found in one sentence, as the features read it. */
export interface SentenceScan {
  readonly mentions: readonly Mention[];
  readonly cues: readonly Cue[];
}

/** Everything the features of a document are computed from: the rules' own results, nothing re-analyzed. */
export interface FeatureInput {
  readonly document: Document;
  readonly lexicons: LexiconSet;
  /** Each sentence's mentions and hostile cues, by sentence index. */
  readonly scans: readonly SentenceScan[];
  /** The rules' findings (scored and not) by sentence index. */
  readonly findings: ReadonlyMap<number, readonly RawFinding[]>;
  /** The labels the text keeps naming with hostile words (lexicon group labels and names). */
  readonly learnedLabels: Iterable<string>;
}

/** The word classes of lexicons/us-them-feature-words.json, matched by category; built once per lexicon set. */
function featureWords(lexicons: LexiconSet): PhraseMatcher<TermsEntry> {
  return lexicons.derived('us-them:feature-words', () => new PhraseMatcher(lexicons.get('us-them-feature-words', 'terms').entries));
}

const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const THIRD_PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
/** Subjects that may be a third party doing something to others (the aggression test looks for one of these before the verb). */
const THIRD_SUBJECTS = new Set(['they', 'he', 'she', 'these', 'those', 'who', 'which']);
const CONTRAST = new Set(['but', 'while', 'whereas', 'yet', 'although', 'though', 'unlike', 'against']);
/** Capitalized words that are not names of actors. */
const NOT_NAMES = new Set(['i', 'god', 'lord', 'congress', 'government', 'nation', 'the', 'a', 'an', 'we', 'our', 'it', 'in', 'but', 'and', 'this', 'that', 'they', 'he', 'she', 'mr', 'president', 'senate', 'house', 'constitution', 'state', 'states']);

/** Words that may open a sentence before its subject ("And they …", "But now he …"). */
const OPENING_CONNECTIVES = new Set(['and', 'but', 'yet', 'so', 'now', 'for', 'still', 'indeed', 'then', 'moreover']);
/** Subjects that point back to someone named before ("They …", "These men …", "He …"). */
const OPENING_PRONOUNS = new Set(['they', 'their', 'these', 'those', 'he', 'his', 'she', 'her', 'such']);

/** How many tokens before an aggression word its subject may stand. */
const SUBJECT_WINDOW = 5;

/** One Features object per sentence of the document, in document order. */
export function documentFeatures(input: FeatureInput): Features[] {
  const { document: doc, scans, findings } = input;
  const words = featureWords(input.lexicons);
  const afinn = afinnRatings();
  const labels = [...input.learnedLabels];
  const labelSet = new Set(labels);
  const nameMatcher = new PhraseMatcher(labels.map((label) => ({ terms: [label], caseSensitive: true })));
  const scored = (i: number): boolean => (findings.get(i) ?? []).some((f) => f.scored !== false);
  const scoredThem = (i: number): boolean => (findings.get(i) ?? []).some((f) => f.scored !== false && f.category === 'them');
  const flaggedShare = doc.sentences.length > 0 ? doc.sentences.filter((s) => scored(s.index)).length / doc.sentences.length : 0;
  // Tokens with possessive endings taken off ("Ruritania's" → "Ruritania"), made only for texts that have names to look for.
  const plain = (s: Sentence): Token[] => (plainTokens[s.index] ??= withoutPossessives(s.tokens));
  const plainTokens: Token[][] = [];
  const learnedIn = doc.sentences.map((s) => scans[s.index].mentions.some((m) => labelSet.has(m.label)) || (nameMatcher.size > 0 && nameMatcher.match(plain(s)).length > 0));
  // The names the rules cast as adversaries somewhere in the text ("Ruritania", "the Junta"), and where each was cast.
  const castAt = new Map<string, Set<number>>();
  for (const [i, list] of findings) {
    for (const f of list) {
      if (f.scored === false || f.category !== 'them' || f.label === undefined || !/^\p{Lu}/u.test(f.label)) continue;
      castAt.set(f.label, (castAt.get(f.label) ?? new Set()).add(i));
    }
  }
  const adversaryNames = new PhraseMatcher([...castAt.keys()].map((label) => ({ terms: [label], caseSensitive: true, label })));
  // Each sentence's word classes, with the word positions (among word tokens) where they stand.
  const classesOf = doc.sentences.map((s) => wordClasses(s, words));
  // The names this text fights: the target of an armed act ("an attack upon Germany", "striking at Japan").
  const warTargets = new Set<string>();
  doc.sentences.forEach((s, i) => {
    const at = classesOf[i].get('warfare');
    if (at) for (const stem of warTargetsOf(s.tokens.filter((t) => t.kind === 'word'), at)) warTargets.add(stem);
  });
  // The names inside the rules' scored out-group findings ("Hussein's unprovoked invasion" → "huss"), past a sentence's first word.
  // Names the rules also read as the in-group ("Americans", "the Union") are left out of both.
  const castNames = new Set<string>();
  const ownNames = new Set<string>();
  for (const [i, list] of findings) {
    const sentenceWords = doc.sentences[i].tokens.filter((t) => t.kind === 'word');
    for (const f of list) {
      const them = f.category === 'them' && f.scored !== false;
      if (!them && f.category !== 'us') continue;
      sentenceWords.forEach((t, k) => {
        const stem = k > 0 && f.start <= t.start && f.end >= t.end ? nameStem(t) : '';
        if (stem) (them ? castNames : ownNames).add(stem);
      });
    }
  }
  for (const stem of ownNames) {
    castNames.delete(stem);
    warTargets.delete(stem);
  }

  return doc.sentences.map((s) => {
    const f: Record<string, number> = {};
    const scan = scans[s.index];
    // One pass over the words for the closed classes and counts.
    const tokens: Token[] = [];
    const lowers: string[] = [];
    let we = false;
    let they = false;
    let contrast = false;
    let figures = false;
    let negative = 0;
    for (const t of s.tokens) {
      if (t.kind !== 'word') continue;
      const w = t.lower;
      tokens.push(t);
      lowers.push(w);
      if (FIRST_PLURAL.has(w)) we = true;
      else if (THIRD_PLURAL.has(w)) they = true;
      else if (CONTRAST.has(w)) contrast = true;
      if (!figures && /\d/u.test(w)) figures = true;
      const rating = afinn.get(w);
      if (rating !== undefined && rating <= -2) negative++;
    }
    const rival = scan.mentions.some((m) => m.side === 'them' && m.kind === 'rival-group');
    const inGroupNoun = scan.mentions.some((m) => m.side === 'us' && m.kind === 'group');
    const learned = learnedIn[s.index];
    const classes = classesOf[s.index];
    const has = (c: string): boolean => (classes.get(c)?.length ?? 0) > 0;
    const sameStretch = (j: number): boolean => j >= 0 && doc.sentences[j].section === s.section;

    if (we) f['first-person-plural'] = 1;
    if (they) f['third-person-plural'] = 1;
    if (we && they) f['we-and-they'] = 1;
    if (inGroupNoun) f['in-group-named'] = 1;
    if (rival) f['rival-group-named'] = 1;
    if (learned) f['text-out-group-named'] = 1;
    const before = [1, 2].map((k) => s.index - k).filter(sameStretch);
    if (before.some((j) => learnedIn[j])) f['text-out-group-just-before'] = 1;
    const names = adversaryNames.size > 0 ? adversaryNames.match(plain(s)) : [];
    const adversaryNamed = names.some((m) => castElsewhere(castAt.get(m.entry.label)!, s.index));
    if (adversaryNamed) f['text-adversary-named'] = 1;
    if (we && (adversaryNamed || learned)) f['we-and-text-out-group'] = 1;
    if (they && sameStretch(s.index - 1) && scoredThem(s.index - 1)) f['pronoun-after-out-group'] = 1;
    const opener = lowers.findIndex((w) => !OPENING_CONNECTIVES.has(w));
    if (scoredThem(s.index - 1) && sameStretch(s.index - 1) && opener >= 0 && opener <= 2 && OPENING_PRONOUNS.has(lowers[opener])) f['opens-with-pronoun-after-out-group'] = 1;
    const previous = sameStretch(s.index - 1) && scored(s.index - 1);
    const next = s.index + 1;
    const following = next < doc.sentences.length && doc.sentences[next].section === s.section && scored(next);
    if (previous) f['previous-sentence-flagged'] = 1;
    if (following) f['next-sentence-flagged'] = 1;
    if (previous && following) f['inside-flagged-passage'] = 1;
    if ((findings.get(s.index) ?? []).length > 0 && !scored(s.index)) f['group-named-without-cue'] = 1;
    if (scan.cues.length > 0) f['hostile-word'] = 1;
    if (has('aggression')) f['aggression-word'] = 1;
    if ((classes.get('aggression') ?? []).some((at) => thirdPartyBefore(tokens, at, scan.mentions))) f['aggression-by-third-party'] = 1;
    if ((classes.get('designs') ?? []).some((at) => thirdPartyBefore(tokens, at, scan.mentions, 3))) f['designs-of-third-party'] = 1;
    if (has('subversion')) f['subversion-word'] = 1;
    if ((castNames.size > 0 || warTargets.size > 0) && tokens.some((t) => castNames.has(nameStem(t)) || warTargets.has(nameStem(t)))) f['adversary-name-word'] = 1;
    if (has('deceit')) f['deceit-word'] = 1;
    if (has('enmity')) f['enmity-word'] = 1;
    if (has('identity') && we) f['our-threatened-identity'] = 1;
    if (has('cooperation')) f['cooperation-word'] = 1;
    if (has('procedure')) f['procedure-word'] = 1;
    if (figures) f['figures'] = 1;
    if (negative > 0) f['negative-words'] = Math.min(negative, 3);
    if (negative > 0 && (we || they || rival || learned || inGroupNoun)) f['negative-about-a-group'] = 1;
    if (we && (they || rival || learned) && contrast) f['contrast-of-sides'] = 1;
    if (s.heading) f['heading'] = 1;
    if (s.words >= 30) f['long-sentence'] = 1;
    if (flaggedShare > 0) f['text-flag-rate'] = Math.round(flaggedShare * 100) / 10;
    return f;
  });
}

/**
 * Whether a name was cast in a sentence other than `index`: told from the set's size, without walking it (a name cast in
 * most of a long text's sentences made that walk, once per sentence naming it, quadratic in the length of the text).
 */
function castElsewhere(castAt: ReadonlySet<number>, index: number): boolean {
  return castAt.size > 1 || (castAt.size === 1 && !castAt.has(index));
}

/**
 * Whether a third party stands as the subject just before an aggression word: "they", "he", "these", a name, a rival
 * group or the text's out-group within a few words, with no "we" or "our" between ("they seek to conquer", "Ruritania has seized").
 */
function thirdPartyBefore(tokens: Sentence['tokens'], at: number, mentions: readonly Mention[], window = SUBJECT_WINDOW): boolean {
  if (at < 0) return false;
  for (let i = at - 1; i >= Math.max(0, at - window); i--) {
    const t = tokens[i];
    if (FIRST_PLURAL.has(t.lower) || t.lower === 'i' || t.lower === 'you') return false;
    if (THIRD_SUBJECTS.has(t.lower)) return true;
    if (i > 0 && /^\p{Lu}/u.test(t.text) && !NOT_NAMES.has(t.lower)) return true;
    if (mentions.some((m) => m.side === 'them' && m.start <= t.start && m.end >= t.end)) return true;
  }
  return false;
}

/** Each word class of lexicons/us-them-feature-words.json matched in a sentence, with the word positions (among word tokens) where it stands. */
function wordClasses(s: Sentence, words: PhraseMatcher<TermsEntry>): Map<string, number[]> {
  const classes = new Map<string, number[]>();
  for (const m of words.match(s.tokens)) {
    const c = m.entry.category ?? m.entry.id;
    let at = 0;
    for (let k = 0; k < m.firstToken; k++) if (s.tokens[k].kind === 'word') at++;
    const list = classes.get(c);
    if (list) list.push(at);
    else classes.set(c, [at]);
  }
  return classes;
}

/** The prepositions that take the target of each kind of armed act; any warfare word takes "against", "upon" and "on". */
const TARGET_PREPOSITIONS = new Set(['against', 'upon', 'on']);
const TARGET_PREPOSITION_OF: Record<string, readonly string[]> = {
  striking: ['at'], struck: ['at'], hammering: ['at'], attack: ['at'], attacks: ['at'],
  war: ['with'], wars: ['with'], hostilities: ['with'],
  victory: ['over'], victories: ['over'],
  defeat: ['of'], surrender: ['of'],
};
/** Words that may stand between the preposition and the name ("an attack upon the Empire of Japan"). */
const BEFORE_TARGET = new Set(['the', 'a', 'an', 'of', 'great', 'empire', 'kingdom', 'republic', 'imperial', 'government', 'forces', 'armies', 'army', 'navy', 'fleet']);
/** Capitalized words that name regions or parts of titles, not a side ("the dictators of Europe", "the New World", "the World War"). */
const NOT_SIDES = new Set(['world', 'war', 'wars', 'north', 'south', 'east', 'west', 'western', 'eastern', 'northern', 'southern', 'great', 'united', 'nations', 'empire', 'republic', 'europe', 'asia', 'africa', 'america', 'americas', 'pacific', 'atlantic', 'hemisphere', 'continent', 'union', 'general', 'admiral', 'marshal', 'prime', 'minister', 'secretary']);
/** Capitalized words after "on" that are dates, not targets ("a victory on Sunday", "on December 3rd"). */
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter']);

/** A capitalized word's stem for matching the forms of a name ("Germany", "German", "Germans" → "germ"); '' for short words. */
function nameStem(t: Token): string {
  if (!/^\p{Lu}/u.test(t.text) || t.lower.length < 4 || NOT_NAMES.has(t.lower) || CALENDAR.has(t.lower) || NOT_SIDES.has(t.lower)) return '';
  return t.lower.slice(0, 4);
}

/** The stems of the names a sentence makes the target of an armed act: warfare word, its preposition within three words, then a name. */
function warTargetsOf(words: readonly Token[], at: readonly number[]): string[] {
  const out: string[] = [];
  for (const w of at) {
    const verb = words[w].lower;
    for (let p = w + 1; p < Math.min(words.length, w + 4); p++) {
      const prep = words[p].lower;
      if (!TARGET_PREPOSITIONS.has(prep) && !TARGET_PREPOSITION_OF[verb]?.includes(prep)) continue;
      let n = p + 1;
      while (n < words.length && n <= p + 4 && BEFORE_TARGET.has(words[n].lower)) n++;
      const stem = n < words.length ? nameStem(words[n]) : '';
      if (stem) out.push(stem);
      break;
    }
  }
  return out;
}
