// Groups named with contempt or censure (lexicons/us-them-disparaged.json, rule `them-disparaged-group`).

import type { LexiconSet } from '../../lexicon/load.js';
import { PhraseMatcher } from '../../lexicon/match.js';
import type { Sentence, Span, Token } from '../../text/model.js';
import type { AnalysisContext } from '../types.js';
import type { GroupEntry } from './entries.js';

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
 * in general; nouns for anyone ("men", "souls") and singular roles need a specific determiner ("those selfish men") or "by"
 * before them (the agent of an act: "opposed by selfish persons"). Two such words may be joined by "and" or "or".
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
      while (j < words.length && extra < DISPARAGED_MAX_MODIFIERS && (d.modifiers.has(words[j].lower) || words[j].lower === 'and' || words[j].lower === 'or' || /ly$/u.test(words[j].lower))) {
        j++;
        extra++;
      }
      const head = words[j];
      if (!head || words[j - 1].lower === 'and' || words[j - 1].lower === 'or') continue;
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
    // The agent after "by" is the people who did the act ("questioned by selfish persons"), as specific as "those selfish men".
    if (needsDeterminer && !determiner && before?.lower !== 'by') continue;
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

/** The rule id of a group named with contempt or censure (`disparagedGroups`). */
export const DISPARAGED_GROUP = 'them-disparaged-group';

/** Whether compromise reads the last word of a span as a noun ("cheerful idiots"), not a verb ("it fools no one"). */
export function taggedNoun(context: AnalysisContext, s: Sentence, span: Span): boolean {
  const term = context.tagger.terms(s).find((t) => t.start < span.end && t.end >= span.end);
  return term !== undefined && term.tags.has('Noun');
}
