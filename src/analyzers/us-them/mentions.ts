// In-group and out-group mentions of a sentence from the group lexicons, and the guards that keep a label from naming a present group.

import type { Sentence, Span, Token } from '../../text/model.js';
import type { GroupEntry } from './entries.js';
import { withoutPossessives } from './tokens.js';
import type { GenericAdversary, Vocabulary } from './vocabulary.js';

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
  // "Liberty has had its enemies in every age": an adversary of all times and peoples is no present group (read only for a label it can change).
  let timeless: boolean | undefined;
  const isTimeless = (): boolean => (timeless ??= v.genericAdversary.timeless?.test(sentence.text) === true);
  for (const m of v.outGroup.match(tokens)) {
    if (!standsAsGroup(tokens, m)) continue;
    const before = tokens[m.firstToken - 1];
    const kind: MentionKind = m.entry.category === 'hostile-label' ? 'hostile-label' : 'rival-group';
    // "an invading enemy", "a foreign foe": any adversary at all names no group, not even one a hostile word could cast.
    // Unless a relative clause in the past tells what it did ("an adversary who mistook our patience for weakness").
    if (kind === 'hostile-label' && genericAdversary(v.genericAdversary, m.entry.id, tokens, m.firstToken) && !toldDeed(v.genericAdversary, tokens, m.lastToken)) continue;
    // "We are not a gang", "I am no traitor": the speaker's side denying the label of itself names no other group.
    if (kind === 'hostile-label' && deniedOfSelf(tokens, m.firstToken)) continue;
    // "No nation is our enemy": a label denied of every subject names no out-group either.
    if (kind === 'hostile-label' && deniedPredicate(tokens, m.firstToken)) continue;
    // "former foes" is a past quarrel: the label stays a mention but loses its hostility.
    // "friend or foe", "to friends and adversaries": the pair means everyone, and sets no group against us.
    const neutralized =
      (before !== undefined && v.neutralizers.has(before.lower)) ||
      (v.genericAdversary.timelessLabels.has(m.entry.id) && isTimeless()) ||
      formerlyOurs(tokens, m.firstToken) ||
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
/** A plain lower-case word, such as an adjective before a noun ("resolute", "well-armed"). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** Comparatives ("worse", "greater", "more dangerous"): "no worse foe than …" names one. */
const COMPARATIVE = /^(?:more|less|worse|better|\p{Ll}{2,}er)$/u;

/**
 * Whether an adversary label is any adversary at all: after "a" or "an" with at most two plain words of kind or strength
 * between ("an enemy", "an invading enemy", "a powerful foreign foe"), and not a predicate about someone ("is a tyrant", "as an enemy");
 * after "any" with any two words between ("any resolute enemy"); or denied by "no" ("we have no traditional enemies").
 */
function genericAdversary(g: GenericAdversary, entryId: string, tokens: readonly Token[], first: number): boolean {
  if (!g.labels.has(entryId)) return false;
  let i = first - 1;
  while (i >= 0 && first - 1 - i < GENERIC_MODIFIERS_MAX && tokens[i].kind === 'word' && g.modifiers.has(tokens[i].lower)) i--;
  // "any resolute enemy", "any serious foe": after "any" every kind of adversary is still any adversary at all; and one
  // denied outright names none ("We have no traditional enemies", "we need fear no external enemy").
  const general = (w: string): boolean => g.anyKind.has(w) || g.denying.has(w);
  let k = first - 1;
  while (k >= 0 && first - 1 - k < GENERIC_MODIFIERS_MAX && LOWER_WORD.test(tokens[k].text) && !general(tokens[k].lower)) k--;
  const opener = k >= 0 && tokens[k].kind === 'word' ? tokens[k].lower : '';
  // Not a comparison, which names the worst foe after all ("There can be no worse foe of mankind than the demagogue of war").
  const compared = tokens.slice(k + 1, first).some((t) => COMPARATIVE.test(t.lower));
  if ((g.denying.has(opener) && !compared) || (g.anyKind.has(opener) && k < first - 1)) return true;
  // No determiner: a label with a modifier of where or when straight after a preposition ("to guard against outside
  // foes"), not one of kind ("a body of hostile savages").
  const bare = tokens.slice(i + 1, first).every((t) => g.bareModifiers.has(t.lower));
  if (i < first - 1 && i >= 0 && bare && tokens[i].kind === 'word' && g.bareAfter.has(tokens[i].lower)) return true;
  if (i < 0 || tokens[i].kind !== 'word' || !g.determiners.has(tokens[i].lower)) return false;
  let j = i - 1;
  while (j >= 0 && i - 1 - j < GENERIC_MODIFIERS_MAX && tokens[j].kind === 'word' && g.adverbs.has(tokens[j].lower)) j--;
  return !(j >= 0 && tokens[j].kind === 'word' && g.predicative.has(tokens[j].lower));
}

/** How many adverbs may stand between the relative pronoun and its past verb ("an enemy who once struck …"). */
const TOLD_DEED_GAP = 1;

/**
 * Whether a relative clause right after the label tells a deed of the past ("an adversary who mistook our patience for
 * weakness", "an enemy that had sworn to destroy us"): then one adversary is in view, not any adversary at all.
 */
function toldDeed(g: GenericAdversary, tokens: readonly Token[], last: number): boolean {
  if (!g.particularRelatives.has(wordAt(tokens, last + 1) ?? '')) return false;
  for (let k = last + 2; k <= last + 2 + TOLD_DEED_GAP; k++) {
    const w = wordAt(tokens, k);
    if (w === undefined) return false;
    if (g.particularPast.has(w) || (w.length >= 4 && w.endsWith('ed'))) return true;
    if (!w.endsWith('ly') && !g.particularAdverbs.has(w)) return false;
  }
  return false;
}

/** The lower-cased word at token index i, or undefined when the index is out of range or the token is no word. */
function wordAt(tokens: readonly Token[], i: number): string | undefined {
  return i >= 0 && i < tokens.length && tokens[i].kind === 'word' ? tokens[i].lower : undefined;
}

/** Joining words of a pair ("friend and foe", "friends or adversaries", "neither friend nor foe"). */
const PAIR_JOINERS = new Set(['and', 'or', 'nor']);
/** Possessives that make the label the speaker's own adversary, pair or not ("our enemies and our friends can be certain"). */
const POSSESSIVES = new Set(['our', 'my', 'your', 'their', 'his', 'her', 'its']);

/** Forms of "be" before "once" that make it "formerly" ("were once our adversaries"), not "as soon as" ("once our enemies see …"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/** Subjects and forms of "be" of the speaker's side, and the words that deny a label of it ("we are not a gang"). */
const SELF_SUBJECTS = new Set(['we', 'i']);
const SELF_BE = new Set(['are', 'am', 'were', 'was']);
const DENIALS = new Set(['not', 'no', 'never']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Subjects that deny: "none is our enemy", "nobody is the enemy". */
const NOBODY = new Set(['none', 'nobody', 'nothing', 'neither']);

/** "We are not a gang", "I am no traitor", "we're not the enemy": a hostile label the speaker's side denies of itself. */
function deniedOfSelf(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (ARTICLES.has(wordAt(tokens, k) ?? '')) k--;
  if (!DENIALS.has(wordAt(tokens, k) ?? '')) return false;
  const be = wordAt(tokens, k - 1) ?? '';
  // "We're", "I'm" are one token.
  return /^(?:we|i)['’](?:re|m)$/u.test(be) || (SELF_BE.has(be) && SELF_SUBJECTS.has(wordAt(tokens, k - 2) ?? ''));
}

/**
 * Whether an adversary label is the predicate of a "be" whose subject is "no …", "none" or "nobody" ("No nation is our enemy",
 * "none of them are our enemies"). A plain "not" is left alone: "they are not traitors in the sense that …" goes on to say in what
 * sense they are, and "I will not call them traitors" still calls them so.
 */
function deniedPredicate(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (ARTICLES.has(wordAt(tokens, k) ?? '') || POSSESSIVES.has(wordAt(tokens, k) ?? '')) k--;
  const at = (i: number): string => wordAt(tokens, i) ?? '';
  if (!BE_FORMS.has(at(k))) return false;
  // The subject: up to SUBJECT_WORDS words back, within the clause (a non-word token such as a comma ends it).
  for (let i = k - 1; i >= 0 && i >= k - SUBJECT_WORDS; i--) {
    const w = wordAt(tokens, i);
    if (w === undefined) return false;
    if (w === 'no' || NOBODY.has(w)) return true;
  }
  return false;
}
/** How far back "no …" may open the subject of the denial ("No nation on this continent is our enemy"). */
const SUBJECT_WORDS = 6;

/** "Countries that were once our adversaries": a label after "be" + "once" + a possessive names a past quarrel, as "former" does. */
function formerlyOurs(tokens: readonly Token[], first: number): boolean {
  const [be, once, possessive] = [wordAt(tokens, first - 3), wordAt(tokens, first - 2), wordAt(tokens, first - 1)];
  return possessive !== undefined && POSSESSIVES.has(possessive) && once === 'once' && be !== undefined && BE_FORMS.has(be);
}

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
