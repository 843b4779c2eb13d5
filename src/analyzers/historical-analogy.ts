// Historical analogy: finds historical references and marks the passages that map the present onto a past case.

import type { Features } from '../learn/logistic.js';
import { learnedFindings, learnedModel } from '../learn/learned.js';
import type { LexiconSet } from '../lexicon/load.js';
import { compilePatterns, matchPatterns, PhraseMatcher, type CompiledPattern } from '../lexicon/match.js';
import type { PatternEntry, TermsEntry } from '../lexicon/schema.js';
import type { Tagger } from '../nlp/tagger.js';
import type { Document, Sentence, Token } from '../text/model.js';
import { historyFeatures, type SentenceEvidence } from './historical-analogy-features.js';
import type { Analyzer, RawFinding } from './types.js';
import { per1000Words } from './types.js';

/** A gazetteer entry: a historical event, era, regime, group or figure. */
export interface HistoryEntry extends TermsEntry {
  label?: string;
  category?: string;
  /** Approximate year (negative = BC), and the last year for spans (a war, a reign, a life's work). */
  year?: number;
  until?: number;
}

/** What a cue does (see lexicons/history-cues.json). */
export type CueRole =
  | 'comparison'
  | 'likening'
  | 'lesson'
  | 'precedent'
  | 'maxim'
  | 'echo'
  | 'present-link'
  | 'continuation'
  | 'past-anchor'
  | 'present-marker'
  | 'passage'
  | 'told-case'
  | 'remote-past'
  | 'case-lesson'
  | 'lesson-case'
  | 'reference';

/** A cue pattern: a comparison, lesson or link, or a phrase that refers to the past without a name. */
export interface CueEntry extends PatternEntry {
  role: CueRole;
  /** Where the historical reference must be: the same sentence, that sentence or the few before it, or nowhere. */
  needs: 'sentence' | 'nearby' | 'none';
  /** The reference must start inside the cue or within this many characters after it. */
  anchorAfter?: number;
  /** The reference must end within this many characters before the cue. */
  anchorBefore?: number;
  /** With anchorAfter: the reference must start after the cue, not inside it. */
  anchorOutside?: boolean;
  /** Gazetteer categories the cue applies to (likening applies to people and groups). */
  categories?: string[];
  /** For `nearby`: how many sentences back to look (default NEARBY_SENTENCES). */
  lookBack?: number;
  /** For `nearby`: also look this many sentences ahead for a sentence that names the past case ("history informs us …" before the cases it gives). Default 0. */
  lookAhead?: number;
  /** For `nearby`: the sentence nearby must itself draw an analogy, not only name the past. */
  nearbyAnalogy?: boolean;
  /** For `nearby`: the sentence nearby must name the past itself; an analogy drawn there without a named past case does not count. */
  nearbyReference?: boolean;
  /** For `nearby`: an analogy nearby counts only when it draws the comparison itself, not when it is another link to the present ("Now …" after "Now …"). */
  nearbyNotLink?: boolean;
  /** For `nearby`: the sentence nearby must tell the past (a past-tense verb, no forecast), not only name it in a sentence about now or later. */
  nearbyPast?: boolean;
  /**
   * The past case, in the sentence or nearby, must be dated: a named case or a year, not a phrase for past cases as a class
   * ("past republics", "our past history"). "Many such instances might be adduced" after a general claim about "our past
   * history" points at no case told.
   */
  datedCase?: boolean;
  /**
   * The case must not be named as the nation's own (its name opening with a word of nation-words: "a new American
   * revolution", "a second American Revolution"): a renewal of the nation's own founding proposed by its heirs is a name
   * coined for a programme, not a likening of the present to another's past.
   */
  notOwnNation?: boolean;
  /**
   * The past case must lie two generations or more (REMOTE_YEARS) before the text's own time: a dated case that recent, or
   * "twenty years ago", is the text's own record ("Today, the organization that attacked us on 9/11 …"), not a past set against now.
   */
  remoteCase?: boolean;
  /** Not in a sentence of statistics, where a comparison with a past year is bookkeeping rather than analogy. */
  notWithFigures?: boolean;
  /** The reference must be a named event, person or phrase, not a bare year. */
  namedOnly?: boolean;
  /**
   * Not a reference right after "since": a comparison measured from a past case is a record ("higher than at any time since
   * the 1970s", "the first generation poorer than its parents since the war"), not a likeness drawn with it.
   */
  notAfterSince?: boolean;
  /** For `needs: none`: not when the only dated case in the sentence belongs to the text's own time. */
  notInOwnStory?: boolean;
  /** Not when the cue's own words hold a named case of the gazetteer: the cues that read that case say what it was. */
  notOnCase?: boolean;
  /** False for an allusion that borrows a phrase from a past story: no narrative of the past case surrounds it, so it opens no passage. */
  passage?: boolean;
  /** For a past-anchor: the phrase places what it names two generations or more back (the founders, "two centuries ago"), a remote-time marker. */
  remote?: boolean;
  /**
   * For a past-anchor: the phrase names the past only in a text of this year or later. Before it, what it names is the
   * text's own present (settlers and the frontier, in a text written before the frontier closed in 1890).
   */
  pastFrom?: number;
  /** For a case-lesson cue: the past case may be told in the sentence before, when the cue opens its sentence or refers back ("This time …", "It must not happen again"). */
  caseNext?: boolean;
  /**
   * For a `caseNext` cue: when the case is told in the sentence before, one of the two must say the past case failed or is
   * to be bettered (a word of lesson-contrast-words); "In 1935 we passed the act. This time we propose …" is the text's own story.
   */
  caseBeforeContrast?: boolean;
  /** For a case-lesson cue: the sentence must speak of now or later ("we will meet it as we did in 1933"), not tell the past. */
  needsPresent?: boolean;
  label?: string;
  category?: string;
}

/** A reference points into the past: a gazetteer name, a year, or a phrase such as "our forefathers". */
interface Reference {
  start: number;
  end: number;
  label: string;
  category: string;
  note: string;
  /** True when it lies before the text's own time (not a date of the text's own running story); set once the time is known. */
  historical: boolean;
  /** For a year: whether it lies a generation or more before the text's time, far enough to stand alone as a past case. */
  remote?: boolean;
  /** For a past-anchor phrase: it places what it names two generations or more back (see CueEntry.remote). */
  remoteAnchor?: boolean;
  /** For a year: it dates a legal instrument by name ("the treaty of 1818", "the act of July 6, 1797"), an instrument whose terms the text applies. */
  instrument?: boolean;
  /** For a past-anchor phrase: it names the past only in a text of this year or later (see CueEntry.pastFrom). */
  pastFrom?: number;
  /** For a past-anchor phrase: the words as the text writes them, quoted in the explanation (its note is written for every such phrase). */
  quote?: string;
  /** What dates it: a year the text writes, or a gazetteer entry (its start and last year, and whether naming it dates the text). */
  dated?: { kind: 'year'; year: number } | { kind: 'entry'; start?: number; last?: number; datesText: boolean };
}

interface CueHit {
  entry: CueEntry;
  start: number;
  end: number;
}

/** What one sentence holds, before any decision. */
interface SentenceFacts {
  references: Reference[];
  cues: CueHit[];
  /** Talks about now ("today", "we must", "let us"). */
  present: boolean;
  /** Has a past-tense verb. */
  past: boolean;
  /** Has a present-tense finite verb or a first-person subject: not a plain narrative of the past. */
  presentTense: boolean;
  /** A he/she/they subject near the start: narrative that goes on about the same people. */
  pronounStart: boolean;
  /** Starts inside a quotation opened earlier in the paragraph, or opens with a quotation mark after a colon. */
  quoted: boolean;
  /** A bridge of one or two words ("America!") that a passage may step over. */
  bridge: boolean;
  /** Gives figures (percent, dollars, millions): statistics rather than narrative. */
  figures: boolean;
  /** Speaks of what will be ("will", "shall"): a forecast or a pledge, not narrative of the past. */
  future: boolean;
  heading: boolean;
}

/** The decision for one sentence. */
interface Decision {
  kind: 'analogy' | 'passage';
  rule: string;
  strength: number;
  explanation: string;
  start: number;
  end: number;
  category?: string;
  label?: string;
  /** The role of the cue that made it an analogy. */
  role?: CueRole;
  /** Whether it may open a passage around it (see CueEntry.passage). */
  opensPassage?: boolean;
}

/** How many years before the text's own time a dated event must lie to count as history rather than the text's running story. */
export const RECENT_YEARS = 10;
/** A year alone (with no named event) supports an analogy only when it lies at least this far before the text's time: a generation, not last decade's figures. */
export const GENERATION_YEARS = 20;
/** How many sentences back a "nearby" cue may look for its historical reference (quotations and one-word exclamations not counted). */
const NEARBY_SENTENCES = 4;
/** How far a passage extends back (narrative of the past case) and forward (its continuation) from the sentence that draws the comparison. */
const PASSAGE_BACK = 8;
const PASSAGE_FORWARD = 4;
/** The longest run of unflagged sentences inside a passage that the passage is taken to go on through. */
const GAP_MAX = 2;
/**
 * A past case told at length: at least TOLD_CASE_NAMED sentences out of TOLD_CASE_WINDOW consecutive ones name events,
 * regimes, groups or people that ended at least REMOTE_YEARS before the text's own time. A political text does not tell a case
 * that far back at such length except as a lesson or model (the confederacies of Greece in the Federalist).
 */
export const REMOTE_YEARS = 50;
const TOLD_CASE_NAMED = 3;
const TOLD_CASE_WINDOW = 4;

/** Everything compiled from the lexicons, once per lexicon set. */
interface Compiled {
  gazetteer: PhraseMatcher<HistoryEntry>;
  cues: CompiledPattern<CueEntry>[];
  passage: CueEntry;
  toldCase: CueEntry;
  remotePast: CueEntry;
  reference: CueEntry;
  /** Cues that tie a particular past case, even a recent one, to a lesson for now (see caseLessonCores). */
  caseLessons: CompiledPattern<CueEntry>[];
  /** Phrases that name a crisis or war of the nation's own past ("the depression", "the last war"), cases for caseLessons only. */
  lessonCases: CompiledPattern<CueEntry>[];
  pastVerbs: Set<string>;
  /** The nation or the speaker's people: a remote past told in a sentence with one of these is the nation's own. */
  nationWords: Set<string>;
  edNotPast: Set<string>;
  namePreceders: Set<string>;
  nameFollowers: Set<string>;
  /** States of the United States, lower-cased (two-word names joined by a space): "Columbus, Ohio" is a city. */
  stateNames: Set<string>;
  monumentWords: Set<string>;
  /** Nouns for a legal instrument: a year after "<noun> of" ("the treaty of 1818", "the act of July 6, 1797") names the instrument. */
  instrumentWords: Set<string>;
  /** Forebears named as the authors of a text whose intent is argued (the framers): cited as an authority, not told. */
  authorityWords: Set<string>;
  /** Words right before a number that make it a year ("in 1917", "since 1933"). */
  yearPreceders: Set<string>;
  /** Words that make a number a year only when nothing but punctuation or "(all over) again" follows it ("another 1929."). */
  likeningYearPreceders: Set<string>;
  /** Month names and abbreviations: a number right after one is a year. */
  months: Set<string>;
  /** Words before a date that make it a record's baseline ("the first time since 1933"), tested on the text right before the date. */
  recordBefore: RegExp;
  /**
   * The same test for "since" alone ("higher than at any time since the end of the war"): the baseline of a comparison
   * (CueEntry.notAfterSince), where "than in" and "than at" are the comparison's own words, not a baseline.
   */
  sinceBefore: RegExp;
  /** A past case cited through someone's words ("as Lincoln said", "in the words of"). */
  cited: RegExp;
  /** Read right after a person's name: his words cited ("… said", "… wrote:", "… made clear that", "…: "…""). */
  citedAfterName: RegExp;
  /** The speaker's own memories ("I remember", "I recall"). */
  speakerMemory: RegExp;
  /** Words of the recent record ("last year", "recently", "this March"): the sentence tells the text's own time. */
  recentWords: (text: string) => boolean;
  /** Words of failure, error or contrast ("too late", "failed", "unlike", "differently"): a past case told as one that went wrong or is to be bettered. */
  lessonContrast: RegExp;
  /** Words of a commemoration ("anniversary", "centennial", "celebrate"): a remote past named to honour it on its day. */
  commemoration: RegExp;
  /** Words that draw a lesson from the past or hold it up as a model ("example", "remind", "again"): a commemorated past still held up for now. */
  lessonModel: RegExp;
  /** A stretch of time that runs up to now, at the end of the text it is tested on ("for two centuries", "over decades", "for the first century"). */
  spanToNow: RegExp;
  /** Words that may follow a name that ends its noun phrase (see usedAttributively). */
  afterName: Set<string>;
  /** Words that, hyphened to a name, liken a thing to the named case ("a Watergate-style cover-up"): see lookupTokens. */
  likeningSuffixes: Set<string>;
  /** Words of statistics ("percent", "dollars"): with the signs and numbers of FIGURE_SIGNS, a sentence of figures. */
  figureWords: RegExp;
  /** Adverbs between "I" and a past-tense verb ("I first met"), besides words in -ly. */
  speakerPastAdverbs: Set<string>;
  /** Third-person subject pronouns ("he", "they"): near the start of a sentence, narrative about the same people. */
  narrativePronouns: Set<string>;
  /** The word lists mainClausePast reads. */
  mainClause: MainClauseWords;
}

/**
 * A pattern whose spaces match any run of white space (outside character classes), or any white-space character (inside
 * one: "eighteenth[- ]century"), so hard-wrapped texts match too.
 */
export function lineBreakTolerant(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === ' ' ? '\\s' : ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else out += ch === ' ' ? '\\s+' : ch;
  }
  return out;
}

/**
 * Text that ends in a record's baseline word and, optionally, an article and a part of a period ("since the end of the"):
 * the date or case right after it is the baseline of a measure, not a past case.
 */
function baselineBefore(words: string, periodParts: string): RegExp {
  return new RegExp(`\\b(?:${words})\\s+(?:the\\s+)?(?:(?:${periodParts})\\s+(?:of\\s+)?(?:the\\s+)?)?$`, 'i');
}

function compile(lexicons: LexiconSet): Compiled {
  return lexicons.derived('historical-analogy:compiled', () => buildCompiled(lexicons));
}

/** The words, lower-cased, of the entry `id` of lexicons/history-words.json. */
function historyWords(lexicons: LexiconSet, id: string): Set<string> {
  const entry = lexicons.get('history-words', 'wordlist').entries.find((e) => e.id === id);
  if (!entry) throw new Error(`lexicon "history-words" has no entry "${id}"`);
  return new Set(entry.words.map((w) => w.toLowerCase()));
}

/**
 * The words of a word list as alternatives of a regular expression, each matched literally but for its spaces, which
 * match any run of white space (a hard line break in the text).
 */
function alternation(words: Iterable<string>): string {
  return [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+')).join('|');
}

/** A lower-case word with its first letter in either case ("[Ll]ast"), as a regular expression. */
function eitherCase(word: string): string {
  return `[${word[0].toUpperCase()}${word[0]}]${alternation([word.slice(1)])}`;
}

/** A lower-case word with a capital first letter, as a regular expression. */
function capitalized(word: string): string {
  return alternation([word[0].toUpperCase() + word.slice(1)]);
}

/** A test for the recent record: any of the patterns matches. */
function recentRecord(...patterns: RegExp[]): (text: string) => boolean {
  return (text) => patterns.some((p) => p.test(text));
}

/**
 * Roles matched by no sentence-by-sentence sweep: entries that only name and explain a decision (passage, told case,
 * remote past, reference), and the case-lesson cues and lesson cases, which caseLessonCores matches on its own.
 */
const NOT_SENTENCE_CUES: ReadonlySet<CueRole> = new Set(['passage', 'told-case', 'remote-past', 'reference', 'case-lesson', 'lesson-case']);

function buildCompiled(lexicons: LexiconSet): Compiled {
  const gaz = lexicons.get('history-gazetteer', 'terms').entries as HistoryEntry[];
  const cueEntries = lexicons.get('history-cues', 'patterns').entries as CueEntry[];
  const list = (id: string): Set<string> => historyWords(lexicons, id);
  const alt = (id: string): string => alternation(list(id));
  // The entries whose role passes `keep`, compiled to match across the line breaks of hard-wrapped texts.
  const cuePatterns = (keep: (role: CueRole) => boolean): CompiledPattern<CueEntry>[] =>
    compilePatterns(cueEntries.filter((e) => keep(e.role)).map((e) => ({ ...e, pattern: lineBreakTolerant(e.pattern) })));
  const byRole = (role: CueRole): CueEntry => {
    const e = cueEntries.find((x) => x.role === role);
    if (!e) throw new Error(`lexicon "history-cues" has no entry with role "${role}"`);
    return e;
  };
  return {
    gazetteer: new PhraseMatcher(gaz),
    cues: cuePatterns((role) => !NOT_SENTENCE_CUES.has(role)),
    caseLessons: cuePatterns((role) => role === 'case-lesson'),
    lessonCases: cuePatterns((role) => role === 'lesson-case'),
    passage: byRole('passage'),
    toldCase: byRole('told-case'),
    remotePast: byRole('remote-past'),
    reference: byRole('reference'),
    pastVerbs: list('past-tense-irregular'),
    nationWords: list('nation-words'),
    edNotPast: list('ed-not-past'),
    namePreceders: list('name-preceders'),
    nameFollowers: list('name-followers'),
    stateNames: list('us-state-names'),
    monumentWords: list('monument-words'),
    instrumentWords: list('instrument-words'),
    authorityWords: list('authority-forebears'),
    yearPreceders: list('year-preceders'),
    likeningYearPreceders: list('likening-year-preceders'),
    months: list('month-names'),
    recordBefore: baselineBefore(alt('record-baseline-words'), alt('period-part-words')),
    sinceBefore: baselineBefore('since', alt('period-part-words')),
    cited: new RegExp(`\\b(?:${alt('citation-words')})\\b`, 'i'),
    citedAfterName: new RegExp(`^[\\s,]*(?:[\\p{L}.'’-]+[\\s,]+){0,3}?(?:${alt('citation-words')})\\b|^[^.!?"“]{0,40}:\\s*["“]`, 'iu'),
    speakerMemory: new RegExp(`\\bI (?:${alt('memory-verbs')})\\b`),
    recentWords: recentRecord(
      new RegExp(`\\b(?:${alt('recent-determiners')}) (?:${alt('recent-periods')})\\b|\\b(?:${alt('recent-phrases')})\\b`, 'i'),
      // A month only with its capital: "this march" or "last march" is a march of troops, "this March" a month.
      new RegExp(`\\b(?:${[...list('recent-determiners')].map(eitherCase).join('|')}) (?:${[...list('recent-month-names')].map(capitalized).join('|')})\\b`),
    ),
    lessonContrast: new RegExp(lineBreakTolerant(`\\b(?:${alt('lesson-contrast-words')})\\b`), 'i'),
    commemoration: new RegExp(lineBreakTolerant(`\\b(?:${alt('commemoration-words')})\\b`), 'i'),
    lessonModel: new RegExp(lineBreakTolerant(`\\b(?:${alt('lesson-model-words')})\\b`), 'i'),
    spanToNow: new RegExp(`\\b(?:${alt('span-prepositions')})\\s+(?:(?:the|a|much|of|more|than|nearly|almost|some|two|three|several|many|first|second|third|last|past)\\s+)*(?:${alt('span-units')})$`, 'i'),
    afterName: list('after-name-words'),
    likeningSuffixes: list('likening-suffixes'),
    figureWords: new RegExp(`\\b(?:${alt('figure-words')})\\b`, 'i'),
    speakerPastAdverbs: list('speaker-past-adverbs'),
    narrativePronouns: list('narrative-pronouns'),
    mainClause: mainClauseWords(lexicons),
  };
}

// ---------------------------------------------------------------------------------------------
// The text's own time: the year it was given (analyze()'s `year` option), else the latest year it mentions.

const YEAR = /\b(\d{3,4})(s)?\b(?:\s*(B\.?C\.?E?|A\.?D\.?))?/g;

interface YearMention {
  start: number;
  end: number;
  year: number;
  /** A deadline or projection ("by 2010", "will run out in 2032": a future modal before the year): it does not date the text. */
  ahead: boolean;
}

const FUTURE = /\b(?:will|shall|'ll|going to|projected|expected|forecast|scheduled)\b/i;
/** What may follow a year cast as the likeness of now ("another 1929.", "another 1929 again"): punctuation, the end, "again". */
const YEAR_ALONE_AFTER = /^\s*(?:[.,;:!?)"”’—–-]|$|again\b)/;
/** A number said to come "all over again" is a year whatever stands before it ("It is 1914 all over again"). */
const ALL_OVER_AGAIN = /^\s+(?:all )?over again\b/;
const DEADLINE = /\b(?:by|until|till|through|before)\s+(?:the\s+)?(?:(?:year|end|start|beginning|middle)\s+(?:of\s+)?)?(?:\w+\s+)?$/i;

/** Years in a sentence, read as years only where the words around say so ("in 1917", "February 1917", "the 1930s", "April 11, 2002"). */
function yearsIn(sentence: Sentence, c: Compiled): YearMention[] {
  const out: YearMention[] = [];
  const text = sentence.text;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    const n = Number(m[1]);
    const era = m[3];
    const decade = m[2] === 's';
    if (!era && (m[1].length !== 4 || n < 1000 || n > 2100)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (/[$£€#\d][.,]?$|[.,]\d*$/.test(before) && !/\d{1,2},\s*$/.test(before)) continue;
    const prevWord = /([A-Za-z]+)\.?,?\s*$/.exec(before)?.[1]?.toLowerCase();
    const dayComma = /\b\d{1,2}(?:st|nd|rd|th)?,\s*$/.test(before);
    const range = /\d\s*[-–]\s*$/.test(before) || /^\s*[-–]\s*\d/.test(text.slice(m.index + m[0].length));
    const after = text.slice(m.index + m[0].length);
    const likened = (prevWord !== undefined && c.likeningYearPreceders.has(prevWord) && YEAR_ALONE_AFTER.test(after)) || ALL_OVER_AGAIN.test(after);
    if (!era && !decade && !dayComma && !range && !likened && !(prevWord && (c.yearPreceders.has(prevWord) || c.months.has(prevWord)))) continue;
    const year = era && /^B/i.test(era) ? -n : n;
    const ahead = DEADLINE.test(before) || FUTURE.test(text.slice(0, m.index));
    out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, year, ahead });
  }
  return out;
}

/**
 * Whether naming this entry shows the text is from its time or later. Place names are not evidence (Suez, Normandy and
 * Salerno were places before they were battles), so battles and one-word names of events count only for people and groups.
 */
function datesText(entry: HistoryEntry, term: string): boolean {
  if (entry.category === 'person' || entry.category === 'group') return true;
  return entry.category !== 'battle' && /\s/.test(term.trim());
}

/** The text's own time, and how far back a dated gazetteer entry must lie to count as history rather than the text's running story. */
interface TextTime {
  /** The latest year the text writes, or a later lower bound (+∞ when it writes no year). */
  now: number;
  /** True when `now` is a year the text writes; false when it is only a lower bound (then nothing near it can be told apart from the text's own time). */
  exact: boolean;
}

/** Cue roles after which the past case is told next: the narrative that follows belongs to the passage. */
const TELLING_ROLES: ReadonlySet<CueRole> = new Set(['comparison', 'lesson', 'precedent']);

/** Cue roles that use the past as a comparison: a year in their sentence is the past case, not the text's own time. */
const COMPARING_ROLES: ReadonlySet<CueRole> = new Set(['comparison', 'likening', 'lesson', 'precedent', 'maxim', 'echo']);

/**
 * The text's own time: the latest year it writes (except years it compares with, which are the past case, and deadlines
 * or projections such as "by 2010" or "will run out in 2032", which lie ahead of it), raised
 * to a lower bound when that is later: the latest start year of a gazetteer entry it names (a text that writes only
 * "1917" but names Churchill is from 1940 or later) or the year after the latest year it compares with. A lower bound
 * says nothing about how recent things are, so then only what is still going on at that time is the text's own time.
 * A text that writes no year gives no reliable time: names alone are a weak bound, so then everything counts as history.
 */
function textTime(facts: readonly SentenceFacts[], years: readonly YearMention[][]): TextTime {
  const compared = new Set<number>();
  // A year after a comparing cue is the past case ("as in 1917"); one before it dates the telling ("In 2006 they compared …").
  facts.forEach((f, i) => {
    const cueStarts = f.cues.filter((h) => COMPARING_ROLES.has(h.entry.role)).map((h) => h.start);
    if (cueStarts.length === 0) return;
    const first = Math.min(...cueStarts);
    for (const y of years[i]) if (y.start >= first && !y.ahead) compared.add(y.year);
  });
  let written = -Infinity;
  let named = -Infinity;
  for (const list of years) for (const y of list) if (!y.ahead && !compared.has(y.year) && y.year > written) written = y.year;
  for (const f of facts) {
    for (const r of f.references) {
      const d = r.dated;
      if (d?.kind === 'entry' && d.datesText && d.start !== undefined && d.start > named) named = d.start;
    }
  }
  // Years it compares with are the past case, so the text is later than all of them.
  const bound = Math.max(named, compared.size > 0 ? Math.max(...compared) + 1 : -Infinity);
  if (written === -Infinity && compared.size === 0) return { now: Infinity, exact: false };
  // A bound set only by the years it compares with, a few years past the latest year it writes, is as good as that year:
  // the text's own time is then known to within the margin, and dates near it are its running story ("never since my
  // inauguration in March, 1933" in a text that writes 1935). A bound set by the names it uses says the text may be much later.
  return { now: Math.max(written, bound), exact: written >= bound || (named <= written && bound - written <= RECENT_YEARS) };
}

/** Marks each reference as history or as the text's own time. */
function dateReferences(facts: readonly SentenceFacts[], time: TextTime): void {
  for (const f of facts) {
    for (const r of f.references) {
      const d = r.dated;
      const margin = time.exact ? RECENT_YEARS : 0;
      // A phrase that names the past only from some year on is the text's own present in a text known to be older.
      if (r.pastFrom !== undefined && time.exact && time.now < r.pastFrom) r.historical = false;
      if (d?.kind === 'year') {
        r.historical = d.year < time.now - margin;
        r.remote = time.exact ? d.year <= time.now - GENERATION_YEARS : true;
      } else if (d?.kind === 'entry') {
        const last = d.last ?? d.start;
        r.historical = last === undefined ? true : last < time.now - margin;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Facts per sentence.

const POSSESSIVE = /['’]s$/;
const QUOTE_CHARS = /["“”]/g;
const PRESENT_FINITE = /\b(?:is|are|am|has|have|does|do|seems?|remains?|we|i|us|our)\b|['’](?:re|ve)\b/i;
/** A sentence that starts in lower case, after nothing but punctuation: a piece the splitter cut from the sentence before. */
const CONTINUES_SENTENCE = /^[\s.…,;:\-–—]*[a-z]/;
/** Words of the speaker and the audience: a sentence with them talks about now, not only about the past case. */
const SPEAKER_OR_AUDIENCE = /\b(?:we|us|our|ours|I|me|my|you|your)\b|['’](?:ve|re)\b/i;
const FUTURE_TENSE = /\b(?:will|shall|won't|shan't)\b|['’]ll\b/i;
/** Signs and numbers of statistics: a percent sign, a currency sign, thousands separators, a fraction ("two-thirds"); the words are in history-words' figure-words. */
const FIGURE_SIGNS = /%|[$£€]\s?\d|\b\d{1,3}(?:,\d{3})+\b|\b(?:one|two|three|four)-(?:half|halves|thirds?|fourths?|quarters?|fifths?|sixths?|sevenths?|eighths?|tenths?)\b/i;

/** A capitalized name joined by a hyphen to a lower-case word after it ("Watergate-style"): the name, and the word. */
const NAME_HYPHEN_WORD = /^(\p{Lu}[\p{L}'’.]*)-(\p{Ll}+)$/u;

/**
 * Tokens with a possessive "'s" removed, so "Hitler's" matches "Hitler" (spans keep the "'s"), and, given `suffixes`, a
 * name cut from a likening suffix ("Watergate-style" → "Watergate", its span the name's), so the name is found and
 * the suffix left to the cue that reads it.
 */
function lookupTokens(tokens: readonly Token[], suffixes?: ReadonlySet<string>): Token[] {
  return tokens.map((t) => {
    if (t.kind !== 'word') return t;
    if (POSSESSIVE.test(t.text)) return { ...t, text: t.text.replace(POSSESSIVE, ''), lower: t.lower.replace(/'s$/, '') };
    const m = suffixes && NAME_HYPHEN_WORD.exec(t.text);
    if (m && suffixes.has(m[2])) return { ...t, text: m[1], lower: m[1].toLowerCase(), end: t.start + m[1].length };
    return t;
  });
}

/** Whether the words from token `i` name a state of the United States ("Ohio", "New Mexico"). */
function stateAt(tokens: readonly Token[], i: number, c: Compiled): boolean {
  const first = tokens[i];
  if (first?.kind !== 'word' || !isCapitalized(first.text)) return false;
  if (c.stateNames.has(first.lower)) return true;
  const second = tokens[i + 1];
  return second?.kind === 'word' && c.stateNames.has(`${first.lower} ${second.lower}`);
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A historical name used only as a name: part of a street, memorial, institution ("Avenida Bolívar", "Lincoln Memorial"). */
function usedAsName(tokens: readonly Token[], first: number, last: number, entry: HistoryEntry, c: Compiled): boolean {
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  if (prev?.kind === 'word' && isCapitalized(prev.text) && c.namePreceders.has(prev.lower)) return true;
  // A monument, portrait or namesake ("the memorial to Thomas Jefferson", "a statue of Lincoln", "named after Bolívar").
  const before2 = tokens[first - 2];
  if (prev?.kind === 'word' && /^(?:to|of|for|after)$/.test(prev.lower) && before2?.kind === 'word' && c.monumentWords.has(before2.lower)) return true;
  // A ship ("U. S. S. Nero", "HMS Victory").
  if (first >= 2 && tokens[first - 1].text === '.' && /^[A-Z]$/.test(tokens[first - 2].text)) return true;
  // "Our Confederacy", "this Republic": the speaker's own polity, not a past regime.
  if (entry.category === 'regime' && prev?.kind === 'word' && (prev.lower === 'our' || prev.lower === 'this')) return true;
  // A city named after a person, with its state after a comma ("Columbus, Ohio", "Lincoln, Nebraska").
  if (entry.category === 'person' && next?.text === ',' && stateAt(tokens, last + 2, c)) return true;
  if (next?.kind === 'word' && isCapitalized(next.text)) {
    if (c.nameFollowers.has(next.lower)) return true;
    if (entry.category === 'person' && first > 0 && !/^(?:and|or|of|the|in|on|to|at|I)$/.test(next.text)) return true;
  }
  return false;
}

/** Whether "I" is the subject of a past-tense verb, right after it or over one adverb ("I was born", "I first met"): the speaker's own life. */
function speakerPast(sentence: Sentence, c: Compiled): boolean {
  const words = sentence.tokens.filter((t) => t.kind === 'word');
  for (let k = 0; k < words.length; k++) {
    if (words[k].text !== 'I') continue;
    for (let n = k + 1; n <= k + 2 && n < words.length; n++) {
      if (isPastVerb(words[n].lower, c)) return true;
      if (!/ly$/.test(words[n].lower) && !c.speakerPastAdverbs.has(words[n].lower)) break;
    }
  }
  return false;
}

/** "<noun> of" (over a day and a month: "the act of July 6,", "the act of 10th May,") right before a year, with the noun a legal instrument. */
const INSTRUMENT_OF = /\b([A-Za-z]+)\s+of\s+(?:(?:\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]+\.?),?\s+){0,2}$/;
function instrumentBefore(before: string, words: ReadonlySet<string>): boolean {
  const m = INSTRUMENT_OF.exec(before);
  return m !== null && words.has(m[1].toLowerCase());
}

function factsOf(sentence: Sentence, years: YearMention[], c: Compiled, quoteOpen: boolean, afterColon: boolean): { facts: SentenceFacts; quoteOpenAfter: boolean } {
  const references: Reference[] = [];
  const tokens = lookupTokens(sentence.tokens, c.likeningSuffixes);
  // Gazetteer names.
  for (const m of c.gazetteer.match(tokens)) {
    const e = m.entry;
    if (usedAsName(tokens, m.firstToken, m.lastToken, e, c)) continue;
    references.push({
      start: m.start,
      end: m.end,
      label: e.label ?? m.term,
      category: e.category ?? 'event',
      note: e.note,
      historical: true,
      dated: { kind: 'entry', start: e.year, last: e.until ?? e.year, datesText: datesText(e, m.term) },
    });
  }
  // Years.
  for (const y of years) {
    if (references.some((r) => r.start <= y.start && y.end <= r.end)) continue;
    const shown = y.year < 0 ? `${-y.year} BC` : String(y.year);
    const instrument = instrumentBefore(sentence.text.slice(Math.max(0, y.start - sentence.start - 40), y.start - sentence.start), c.instrumentWords);
    references.push({ start: y.start, end: y.end, label: shown, category: 'date', note: `A date (${shown}) before the text's own time.`, historical: true, dated: { kind: 'year', year: y.year }, ...(instrument ? { instrument } : {}) });
  }
  // Cues, and phrases that refer to the past without a name.
  const cues: CueHit[] = [];
  let present = false;
  const slice = sentence.text;
  for (const m of matchPatterns(c.cues, slice, { start: 0, end: slice.length })) {
    const { entry } = m;
    const start = sentence.start + m.start;
    const end = sentence.start + m.end;
    if (entry.role === 'present-marker') present = true;
    else if (entry.role === 'past-anchor') {
      if (!references.some((r) => r.start < end && start < r.end)) {
        const quote = slice.slice(m.start, m.end);
        references.push({ start, end, label: entry.label ?? quote, category: entry.category ?? 'era', note: entry.note, quote, historical: true, remoteAnchor: entry.remote === true, ...(entry.pastFrom !== undefined ? { pastFrom: entry.pastFrom } : {}) });
      }
    } else cues.push({ entry, start, end });
  }
  references.sort((a, b) => a.start - b.start);
  // Tense, subject and quotation.
  let past = false;
  for (const t of sentence.tokens) {
    if (t.kind !== 'word') continue;
    if (isPastVerb(t.lower, c)) {
      past = true;
      break;
    }
  }
  const firstWords = sentence.tokens.filter((t) => t.kind === 'word').slice(0, 6);
  const pronounStart = firstWords.some((t) => c.narrativePronouns.has(t.lower));
  const marks = slice.match(QUOTE_CHARS) ?? [];
  let open = quoteOpen;
  for (const q of marks) open = q === '“' ? true : q === '”' ? false : !open;
  const opensWithQuote = /^\s*["“]/.test(slice);
  return {
    facts: {
      references,
      cues,
      present,
      past,
      presentTense: PRESENT_FINITE.test(slice),
      pronounStart,
      quoted: quoteOpen || (opensWithQuote && afterColon),
      bridge: sentence.words <= 2,
      figures: FIGURE_SIGNS.test(slice) || c.figureWords.test(slice),
      future: FUTURE_TENSE.test(slice),
      heading: sentence.heading,
    },
    quoteOpenAfter: open,
  };
}

// ---------------------------------------------------------------------------------------------
// Decisions: which sentences draw an analogy, and which belong to the passage that develops it.

/** Whether a reference can carry an analogy: a year only when it is a generation back and not a baseline for statistics. */
function analogyWorthy(r: Reference, facts: SentenceFacts): boolean {
  if (r.category !== 'date') return true;
  return r.remote !== false && !facts.figures;
}

/**
 * A name used as a modifier of the noun after it ("a second Holocaust survivor", "another Vietnam veteran"): a lower-case
 * word follows it that is none of `afterName`, the words that may follow a name that ends its noun phrase ("another
 * Vietnam in Asia"). The likening cue before it then counts people or things, it does not liken anything to the past case.
 */
function usedAttributively(sentence: Sentence, r: Pick<Reference, 'end'>, afterName: ReadonlySet<string>): boolean {
  const after = sentence.text.slice(r.end - sentence.start);
  const m = /^['’]?s?\s+([a-z][a-z-]*)/.exec(after);
  return m !== null && !afterName.has(m[1]);
}

function referenceFor(hit: CueHit, facts: SentenceFacts, sentence: Sentence, afterName: ReadonlySet<string>, accept: (r: Reference) => boolean = () => true): Reference | undefined {
  // Updating a saying maps a past saying onto now even when its author is recent (Reagan paraphrasing Churchill).
  // In a sentence of statistics a past year is a baseline for figures, not a past case.
  // Named events and people explain an analogy better than a phrase, and a phrase better than a bare year.
  const rank = (r: Reference): number => (r.dated?.kind === 'entry' ? 0 : r.dated?.kind === 'year' ? 2 : 1);
  const refs = facts.references
    .filter((r) => (r.historical || hit.entry.role === 'maxim') && analogyWorthy(r, facts) && !(hit.entry.namedOnly && r.category === 'date') && accept(r))
    .sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const cats = hit.entry.categories;
  const fits = (r: Reference): boolean => (!cats || cats.includes(r.category)) && !(hit.entry.role === 'likening' && hit.entry.anchorOutside && usedAttributively(sentence, r, afterName));
  if (hit.entry.anchorAfter !== undefined) {
    const limit = hit.entry.anchorAfter;
    const from = hit.entry.anchorOutside ? hit.end - 1 : hit.start;
    return refs.find((r) => fits(r) && r.start >= from && r.start - hit.end <= limit);
  }
  if (hit.entry.anchorBefore !== undefined) {
    const limit = hit.entry.anchorBefore;
    return refs.find((r) => fits(r) && r.end <= hit.start && hit.start - r.end <= limit);
  }
  return refs.find(fits);
}

/** Whether the reference's name opens with a word of the nation ("American Revolution"): the nation's own case. */
function ownNationName(sentence: Sentence, r: Pick<Reference, 'start'>, nationWords: ReadonlySet<string>): boolean {
  const first = /^[A-Za-z]+/.exec(sentence.text.slice(r.start - sentence.start))?.[0];
  return first !== undefined && nationWords.has(first.toLowerCase());
}

/** How many sentences either side of a told remote past must include one about now or later for it to be told in a speech about the present. */
const NOW_WINDOW = 3;
const SPEAKER_I = /\b(?:I|me|my)\b/;
/** "Twenty … forty years ago", "a generation ago": within living memory, less than two generations back. */
const ONE_GENERATION_AGO = /^(?:(?:twenty|thirty|forty)(?:[- ]\w+)?|[1-4]\d|a|one) (?:years|generation) ago$/i;
/** Whether a past-anchor phrase of the sentence lies two generations back: not "twenty … forty years ago", "a generation ago". */
function phraseFarEnough(sentence: Sentence, r: Pick<Reference, 'start' | 'end'>): boolean {
  return !ONE_GENERATION_AGO.test(sentence.text.slice(r.start - sentence.start, r.end - sentence.start));
}

/** A he or she in a sentence with no "we": one person's story. */
const HE_OR_SHE = /\b(?:he|she)\b/i;
const WE_WORDS = /\b(?:we|us|our)\b/i;

/** A reference that places what a sentence tells two generations or more before the text's own time. */
function remoteMarker(f: SentenceFacts, time: TextTime, phraseFarEnough: (r: Reference) => boolean, cited: (r: Reference) => boolean = () => false): Reference | undefined {
  return f.references.find((r) => {
    // A person named is most often quoted as an authority ("Lenin once said …"), which the guide does not count; so are the
    // framers of a constitution, named for what they intended ("it was in the contemplation of the framers …").
    if (!r.historical || r.category === 'person' || cited(r)) return false;
    // A year that names a legal instrument ("under the treaty of 1818") is the instrument the text applies, not the past told.
    if (r.instrument) return false;
    if (r.remoteAnchor) return phraseFarEnough(r);
    const d = r.dated;
    if (d === undefined) return false;
    // A text that writes no year gives no time to measure from: a named case then counts as history (see textTime), a bare year does not.
    // Only a name that dates the text counts then ("the Declaration of Independence", not "Vietnam", a place before and after its war).
    if (!Number.isFinite(time.now)) return d.kind === 'entry' && d.datesText;
    const last = d.kind === 'year' ? d.year : (d.last ?? d.start);
    // A bare year counts only against a year the text writes: a lower bound set by the names it uses may be wrong.
    return last !== undefined && last <= time.now - REMOTE_YEARS && (d.kind === 'entry' || time.exact);
  });
}

/**
 * Sentences that tell the nation's remote past in a speech about now: a sentence not yet decided, whose main clause is in
 * the past tense (the tagger is asked only here, after the cheap tests) and which carries a remote-time marker (a year or
 * named case two generations or more back, the founders or forebears, "two centuries ago", "for generations"), about the
 * nation or its people, with a sentence about now or later within NOW_WINDOW on either side. Dev annotators mark such a
 * telling, with no comparison word, as the past held up as a model or measure; its passage is then found as for any analogy.
 */
function remotePastCores(
  sentences: readonly Sentence[],
  facts: readonly SentenceFacts[],
  decisions: ReadonlyMap<number, Decision>,
  time: TextTime,
  mainPast: (i: number) => boolean,
  c: Compiled,
): [number, Reference][] {
  const { nationWords, authorityWords, recentWords, commemoration, lessonModel, spanToNow } = c;
  const out: [number, Reference][] = [];
  const aboutNow = (k: number): boolean => {
    const f = facts[k];
    return !f.heading && !f.quoted && (f.future || ((f.present || f.presentTense) && !f.past));
  };
  for (let i = 0; i < sentences.length; i++) {
    const f = facts[i];
    if (decisions.has(i) || f.heading || f.quoted || f.figures || f.future || !f.past) continue;
    // The speaker's own story ("I first met him at Omaha Beach"), or a date of the text's own running story: the recent record, not the remote past.
    if (SPEAKER_I.test(sentences[i].text) || recentWords(sentences[i].text)) continue;
    if (f.references.some((r) => r.dated !== undefined && !r.historical)) continue;
    const text = sentences[i].text;
    const span = (r: Reference): string => text.slice(r.start - sentences[i].start, r.end - sentences[i].start);
    const ref = remoteMarker(
      f,
      time,
      (r) => phraseFarEnough(sentences[i], r),
      (r) => span(r).toLowerCase().split(/[^a-z]+/).some((w) => authorityWords.has(w)),
    );
    if (!ref) continue;
    // One person's story ("After fifty missions in World War II, he came back …"): a life, not the nation's past.
    if (HE_OR_SHE.test(text) && !WE_WORDS.test(text)) continue;
    // The nation's own past, or a dated case two generations back told as such (the Achaean league in the Federalist).
    // "Their ancestors" with no word of the nation are another people's forebears (a tribe's customs, a class's past), not the nation's.
    const theirs = ref.category === 'forebears' && /^their\b/i.test(text.slice(ref.start - sentences[i].start));
    if (!lookupTokens(sentences[i].tokens).some((t) => t.kind === 'word' && nationWords.has(t.lower)) && (ref.category !== 'forebears' || theirs) && ref.dated === undefined) continue;
    let now = false;
    for (let k = Math.max(0, i - NOW_WINDOW); k <= Math.min(sentences.length - 1, i + NOW_WINDOW) && !now; k++) if (k !== i && aboutNow(k)) now = true;
    // A commemoration ("On our 100th anniversary in 1876 …", "As we begin our Bicentennial. Long before our forefathers …")
    // names the past to honour it on its day, not as a model for now, unless a word of lesson or model is in or beside it.
    if (commemorated(sentences, i, commemoration, lessonModel, (k) => !facts[k].heading && !facts[k].quoted && !mainPast(k))) continue;
    // The nation's review of a span it has lived through up to now ("For a second century we labored …", "We worked for two
    // centuries to climb this peak"): its own record, not a past case set beside now, unless a lesson or model is drawn.
    if (ownSpanReviewed(sentences, i, ref, spanToNow, lessonModel)) continue;
    if (!now || !mainPast(i)) continue;
    out.push([i, ref]);
  }
  return out;
}

/**
 * Whether sentence i tells a past that the text commemorates: it, or the sentence before, has a word of commemoration, and
 * none of the sentences from the one before to the one after draws a lesson from that past or holds it up as a model.
 */
export function commemorated(sentences: readonly Sentence[], i: number, commemoration: RegExp, lessonModel: RegExp, occasion: (k: number) => boolean): boolean {
  const from = Math.max(0, i - 1);
  // The commemoration must be the text's own occasion ("As we begin our Bicentennial", "In 1900 will occur the centennial"):
  // a sentence whose main clause is not past. A past celebration told as a case ("In 1876 citizens came to celebrate the
  // centennial") is the past itself.
  if (!sentences.slice(from, i + 1).some((s, k) => commemoration.test(s.text) && occasion(from + k))) return false;
  return !drawsLesson(sentences, i, lessonModel);
}

/** Whether sentence i, or the one before or after, draws a lesson from the past or holds it up as a model. */
function drawsLesson(sentences: readonly Sentence[], i: number, lessonModel: RegExp): boolean {
  return sentences.slice(Math.max(0, i - 1), Math.min(sentences.length, i + 2)).some((s) => lessonModel.test(s.text));
}

/** A "we" or "our" of the speaker's people. */
const WE_OR_OUR = /\b(?:we|our|us)\b/i;

/**
 * Whether sentence i reviews a span the nation has lived through up to now: its remote marker is a stretch of time run up
 * to the present ("for two centuries", "for a second century", "over decades"), the sentence speaks of "we" or "our",
 * and no lesson or model is drawn beside it.
 */
export function ownSpanReviewed(sentences: readonly Sentence[], i: number, ref: Pick<Reference, 'end'>, spanToNow: RegExp, lessonModel: RegExp): boolean {
  const s = sentences[i];
  if (!spanToNow.test(s.text.slice(0, ref.end - s.start)) || !WE_OR_OUR.test(s.text)) return false;
  return !drawsLesson(sentences, i, lessonModel);
}

/** The word lists mainClausePast reads (lexicons/history-words.json). */
export interface MainClauseWords {
  /** Words that open a subordinate clause: a sentence that starts with one has its main clause after the first comma. */
  subordinators: ReadonlySet<string>;
  /** Past auxiliaries ("had", "was"): as the first finite verb, they make the main clause past. */
  pastAuxiliaries: ReadonlySet<string>;
  /** Words that make the verb after them an infinitive or a verb of a clause on a noun ("to", "who"). */
  clauseOpeners: ReadonlySet<string>;
}

/** The word lists of mainClausePast, from the history-words lexicon. */
export function mainClauseWords(lexicons: LexiconSet): MainClauseWords {
  const list = (id: string): Set<string> => historyWords(lexicons, id);
  return { subordinators: list('subordinators'), pastAuxiliaries: list('past-auxiliaries'), clauseOpeners: list('clause-openers') };
}

/**
 * Whether the sentence's main clause is in the past tense, read from the tagger: the first finite verb after a leading
 * subordinate clause is a past form ("Our fathers, faced with perils, drafted a charter"; not "As our fathers did, we
 * will …"). A sentence too long to tag keeps the token test already passed.
 */
export function mainClausePast(sentence: Sentence, tagger: Tagger, words: MainClauseWords): boolean {
  const terms = tagger.terms(sentence);
  if (terms.length === 0) return true;
  const after = (k: number): string => sentence.text.slice(terms[k].end - sentence.start, terms[k].end - sentence.start + 2);
  let k = 0;
  if (words.subordinators.has(terms[0].normal)) {
    while (k < terms.length && !after(k).startsWith(',')) k++;
    k++;
    // No comma: the opening word governs a phrase, not a clause ("After the last war we disarmed in haste"); read on from it.
    if (k >= terms.length) k = 1;
  }
  for (; k < terms.length; k++) {
    const t = terms[k];
    if (!t.tags.has('Verb') || t.tags.has('Gerund')) continue;
    // An infinitive, or a verb of a clause that hangs on a noun ("as called for in the Constitution", "the men who fought").
    if (k > 0 && words.clauseOpeners.has(terms[k - 1].normal)) continue;
    if (words.pastAuxiliaries.has(t.normal) || t.tags.has('PastTense')) return true;
    return false;
  }
  return false;
}

/** A particular past case a lesson may be drawn from: where it is named and what it is. */
interface LessonCase {
  start: number;
  end: number;
  note: string;
  /** The words of a phrase as the text writes them (see Reference.quote). */
  quote?: string;
  label: string;
  category: string;
}

/**
 * The particular past cases of a sentence a lesson may be drawn from: a year before the text's own time (a year the
 * text writes earlier than its latest, when undated), a gazetteer case that began before it (not a person, most often an
 * authority), a past-anchor phrase ("the last war") or a named crisis of the nation's own past ("the depression"). Unlike
 * the other rules, the text's own living memory counts here: the lesson word, not the distance, makes it an analogy.
 */
function lessonCases(sentence: Sentence, f: SentenceFacts, time: TextTime, c: Compiled): LessonCase[] {
  const out: LessonCase[] = [];
  const before = (start: number): string => sentence.text.slice(Math.max(0, start - sentence.start - 40), start - sentence.start);
  for (const r of f.references) {
    if (r.category === 'person' || r.instrument || c.recordBefore.test(before(r.start))) continue;
    const d = r.dated;
    if (d?.kind === 'year') {
      // Last year is the text's own running story ("Late in 1981 we sank into the present recession" in 1982), not a past case.
      if (!Number.isFinite(time.now) || d.year > time.now - OWN_STORY_YEARS) continue;
    } else if (d?.kind === 'entry') {
      // A case still going on at the text's own time (a regime, a war not yet over) is the present, not a past case.
      const last = d.last ?? d.start;
      if (Number.isFinite(time.now) && last !== undefined && last >= time.now) continue;
    } else if (!r.historical) continue;
    out.push({ start: r.start, end: r.end, note: r.note, label: r.label, category: r.category, ...(r.quote !== undefined ? { quote: r.quote } : {}) });
  }
  for (const m of matchPatterns(c.lessonCases, sentence.text, { start: 0, end: sentence.text.length })) {
    const start = sentence.start + m.start;
    const end = sentence.start + m.end;
    if (out.some((r) => r.start < end && start < r.end) || c.recordBefore.test(before(start))) continue;
    const quote = sentence.text.slice(m.start, m.end);
    out.push({ start, end, note: m.entry.note, quote, label: m.entry.label ?? quote, category: m.entry.category ?? 'crisis' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A year must lie at least this many years before the text's own time to be a case a lesson is drawn from. */
const OWN_STORY_YEARS = 2;
/** How many words into its sentence a case-lesson cue may start and still continue the sentence before ("But this time …"). */
const OPENING_WORDS = 3;
/** How many sentences back a `caseNext` cue may find the past case it refers to, over the telling of that case. */
const CASE_BACK = 2;

/**
 * A particular past case tied to a lesson for now: a case-lesson cue (the case as teacher, its repetition refused or
 * done better "this time", the nation asked to act as it did then) with a case of lessonCases placed as the cue asks, in
 * the same sentence, or, for a `caseNext` cue that opens its sentence or refers back ("This time …", "It must not happen
 * again"), in the sentence before when that one tells the past. The speaker's own memories, quotations and figures are left.
 * The sentence before, when it holds the case, joins as the passage.
 */
function caseLessonCores(
  sentences: readonly Sentence[],
  facts: readonly SentenceFacts[],
  decisions: ReadonlyMap<number, Decision>,
  time: TextTime,
  mainPast: (i: number) => boolean,
  c: Compiled,
): [number, Decision][] {
  const out: [number, Decision][] = [];
  const cache = new Map<number, LessonCase[]>();
  const casesOf = (i: number): LessonCase[] => {
    let v = cache.get(i);
    if (!v) cache.set(i, (v = lessonCases(sentences[i], facts[i], time, c)));
    return v;
  };
  const usable = (i: number): boolean => {
    const f = facts[i];
    const s = sentences[i];
    return !f.heading && !f.quoted && !f.figures && !speakerPast(s, c) && !c.speakerMemory.test(s.text) && !(c.cited.test(s.text) && f.references.some((r) => r.category === 'person'));
  };
  const taken = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (decisions.has(i) || taken.has(i)) continue;
    const s = sentences[i];
    const f = facts[i];
    // The cues first: most sentences hold none, and the literal prefilter tells so before any of usable()'s tests run.
    const hits = matchPatterns(c.caseLessons, s.text, { start: 0, end: s.text.length });
    if (hits.length === 0 || !usable(i)) continue;
    for (const m of hits) {
      const e = m.entry;
      const start = s.start + m.start;
      const end = s.start + m.end;
      if (e.needsPresent && !(f.future || f.present)) continue;
      const here = casesOf(i);
      let found: LessonCase | undefined;
      if (e.anchorAfter !== undefined) {
        const limit = e.anchorAfter;
        // A case right after "another" or "a second" that modifies a noun ("a second Holocaust survivor") counts people, it names no case.
        found = here.find(
          (r) =>
            (e.anchorOutside ? r.start >= end - 1 : r.start >= start) &&
            r.start - end <= limit &&
            !(limit <= 2 && usedAttributively(s, r, c.afterName)) &&
            !(e.notOwnNation && ownNationName(s, r, c.nationWords)),
        );
      } else if (e.anchorBefore !== undefined) {
        const limit = e.anchorBefore;
        found = here.find((r) => r.end <= start && start - r.end <= limit);
      } else found = here.find((r) => r.end <= start) ?? (e.caseNext ? undefined : here[0]);
      let previous = -1;
      if (!found && e.caseNext && i > 0) {
        const opening = s.text.slice(0, m.start).split(/\s+/).filter((w) => /\w/.test(w)).length <= OPENING_WORDS;
        const refersBack = /^(?:it|that|this|they|such a thing|them)\b/i.test(s.text.slice(m.start).replace(/^(?:\w+ (?:not|never)|cannot) (?:let |allow )?/i, ''));
        // Back over the past case's telling, at most CASE_BACK sentences of the same paragraph, each telling the past.
        for (let j = i - 1; j >= Math.max(0, i - CASE_BACK) && (opening || refersBack) && !found; j--) {
          if (sentences[j].paragraph !== sentences[i - 1].paragraph) break;
          // A sentence already flagged (the case told as an analogy of its own) may still be the case the cue refers back to.
          if (!usable(j) || !facts[j].past || facts[j].future || taken.has(j)) break;
          // The case must be told, its main clause in the past: "The States are encumbered with debts of the late war. But
          // this cannot happen again, if …" speaks of a present state of things left by a past case, not of the case.
          if (!mainPast(j)) break;
          found = casesOf(j)[0];
          if (found) previous = j;
        }
      }
      // A plain report of the past in the sentence before, with no word that it went wrong or is to be bettered, is the
      // text's own running story, not a lesson ("In 1935 we passed the act. This time we propose …").
      if (found && previous >= 0 && e.caseBeforeContrast && !sentences.slice(previous, i + 1).some((p) => c.lessonContrast.test(p.text))) found = undefined;
      if (!found) continue;
      out.push([
        i,
        {
          kind: 'analogy',
          rule: e.id,
          strength: e.strength ?? 0.8,
          explanation: `${e.note} ${hereClause(found)}`,
          start: previous >= 0 ? start : Math.min(start, found.start),
          end: previous >= 0 ? end : Math.max(end, found.end),
          category: found.category,
          label: found.label,
          role: 'lesson',
          opensPassage: false,
        },
      ]);
      taken.add(i);
      for (let j = previous; j >= 0 && j < i; j++) {
        if (decisions.has(j)) continue;
        const p = sentences[j];
        out.push([j, { kind: 'passage', rule: c.passage.id, strength: c.passage.strength ?? 0.6, explanation: c.passage.note, start: p.start, end: p.end, role: 'lesson' }]);
        taken.add(j);
      }
      break;
    }
  }
  return out;
}

/**
 * What the past case of a finding is, after its rule's note: a named case or a year by its own note ("Iron Curtain
 * (1946–1989): …"); a phrase by the words the text writes, then what such phrases do ("“two centuries ago”. Refers to a
 * time long past …"), so that the note's examples are not taken for the text's own words.
 */
function hereClause(ref: Pick<Reference, 'note' | 'quote'>): string {
  // The quote as one line: a phrase of a hard-wrapped text ("the men of the\nmighty past") keeps its line break in the source.
  return ref.quote === undefined ? `Here: ${ref.note}` : `Here: “${ref.quote.replace(/\s+/g, ' ')}”. ${ref.note}`;
}

/** An analogy found with no cue, from a past case told as a precedent: the rule `entry`, its note and the case that carries it. */
function precedentCore(entry: CueEntry, ref: Reference): Decision {
  return {
    kind: 'analogy',
    rule: entry.id,
    strength: entry.strength ?? 0.6,
    explanation: `${entry.note} ${hereClause(ref)}`,
    start: ref.start,
    end: ref.end,
    category: ref.category,
    label: ref.label,
    role: 'precedent',
    opensPassage: true,
  };
}

/** Cue roles that make a quoted person more than an authority: a model or lesson, a likening, an updated maxim. */
const MODEL_ROLES: ReadonlySet<CueRole> = new Set(['lesson', 'likening', 'maxim']);

/**
 * Sentences that quote an authority: a person of the past named and then cited for his words ("Franklin Roosevelt said
 * …", "as Thomas Jefferson said, …", "Lincoln pointed out: …"), with no event, era, regime or other case named beside
 * him, and the sentences that go on with the quotation such a sentence opens. The guide counts "a historical figure
 * quoted only as an authority" as no analogy. A speech told inside a past case ("On the eve of our struggle for
 * independence … Dr. Joseph Warren … said") names the case, and is left to the other rules.
 */
function authorityQuotes(sentences: readonly Sentence[], facts: readonly SentenceFacts[], c: Compiled): boolean[] {
  const out: boolean[] = [];
  let quoting = false;
  sentences.forEach((s, i) => {
    const f = facts[i];
    if (quoting && f.quoted && sentences[i - 1]?.paragraph === s.paragraph) {
      out.push(true);
      return;
    }
    const historical = f.references.filter((r) => r.historical);
    const cites =
      !f.heading &&
      historical.some((r) => r.category === 'person' && c.citedAfterName.test(s.text.slice(r.end - s.start))) &&
      historical.every((r) => r.category === 'person' || r.dated?.kind !== 'entry');
    out.push(cites);
    quoting = cites;
  });
  return out;
}

function decide(sentences: readonly Sentence[], facts: readonly SentenceFacts[], c: Compiled, time: TextTime, mainPast: (i: number) => boolean): Map<number, Decision> {
  const decisions = new Map<number, Decision>();
  const hasHistory = (i: number): Reference | undefined => facts[i]?.references.find((r) => r.historical && analogyWorthy(r, facts[i]));
  const quotesAuthority = authorityQuotes(sentences, facts, c);
  /** Whether a reference of sentence i lies two generations or more back (see CueEntry.remoteCase); a phrase with no date ("in earlier times") does. */
  const remoteCase = (r: Reference, i: number): boolean => {
    const d = r.dated;
    if (d === undefined) return !r.remoteAnchor || phraseFarEnough(sentences[i], r);
    if (!Number.isFinite(time.now)) return true;
    const last = d.kind === 'year' ? d.year : (d.last ?? d.start);
    return last === undefined || last <= time.now - REMOTE_YEARS;
  };

  // 1. Sentences that draw the analogy themselves.
  for (let i = 0; i < sentences.length; i++) {
    const f = facts[i];
    if (f.heading) continue;
    for (const hit of f.cues) {
      const e = hit.entry;
      let ref: Reference | undefined;
      let ok = false;
      if (e.notWithFigures && f.figures) continue;
      if (e.notOnCase && f.references.some((r) => r.dated?.kind === 'entry' && r.start < hit.end && hit.start < r.end)) continue;
      if (e.role === 'continuation') {
        const prev = decisions.get(i - 1);
        ok = prev !== undefined && prev.role === 'comparison';
      } else if (e.needs === 'none') {
        // Some cues yield to the text's own story: a sentence whose only dated case is recent is no analogy.
        ref = hasHistory(i);
        ok = ref !== undefined || !e.notInOwnStory || !f.references.some((r) => r.dated !== undefined && !r.historical);
      } else {
        ref = referenceFor(
          hit,
          f,
          sentences[i],
          c.afterName,
          (r) =>
            (!e.remoteCase || remoteCase(r, i)) &&
            (!e.datedCase || r.dated !== undefined) &&
            !(e.notOwnNation && ownNationName(sentences[i], r, c.nationWords)) &&
            !(e.notAfterSince && c.sinceBefore.test(sentences[i].text.slice(0, r.start - sentences[i].start))),
        );
        ok = ref !== undefined;
        if (!ok && e.needs === 'nearby') {
          let counted = 0;
          for (let j = i - 1; j >= 0 && counted < (e.lookBack ?? NEARBY_SENTENCES) && !ok; j--) {
            if (facts[j].heading) break;
            if (!facts[j].quoted && !facts[j].bridge) counted++;
            if (e.nearbyPast && (!facts[j].past || facts[j].future)) continue;
            // The speaker's own life ("I was born in 1946", "I first met him there") is not a past case to carry over to now.
            if (speakerPast(sentences[j], c)) continue;
            const near = e.nearbyAnalogy
              ? undefined
              : facts[j].references.find((r) => r.historical && analogyWorthy(r, facts[j]) && (!e.remoteCase || remoteCase(r, j)) && (!e.datedCase || r.dated !== undefined));
            const before = decisions.get(j);
            const linked = before?.kind === 'analogy' && !e.nearbyReference && !(e.nearbyNotLink && before.role === 'present-link');
            if (near || linked) {
              ok = true;
              ref = near;
            }
          }
          // Ahead: the cases the sentence announces, told next; only a sentence that names the past case itself counts
          // (a name or a phrase, not a bare year, which may be a date of the text's own story), or one that tells a case
          // dated a generation back ("In Chile in 1973 the bosses sabotaged production"): told in the past tense, with no
          // forecast and no figures, such a year is no date of the text's own story.
          for (let j = i + 1; j < sentences.length && j <= i + (e.lookAhead ?? 0) && !ok; j++) {
            if (facts[j].heading) break;
            const told = facts[j].past && !facts[j].future && !facts[j].figures && !facts[j].quoted;
            if (facts[j].references.some((r) => r.historical && (r.category !== 'date' || (told && r.remote === true && !r.instrument)))) ok = true;
          }
        }
      }
      if (!ok) continue;
      const start = Math.min(hit.start, ref && ref.start >= sentences[i].start ? ref.start : hit.start);
      const end = Math.max(hit.end, ref && ref.end <= sentences[i].end ? ref.end : hit.end);
      decisions.set(i, {
        kind: 'analogy',
        rule: e.id,
        strength: e.strength ?? 0.8,
        explanation: ref ? `${e.note} ${hereClause(ref)}` : e.note,
        start,
        end,
        category: ref?.category ?? e.category,
        label: ref?.label ?? e.label,
        role: e.role,
        opensPassage: e.passage !== false,
      });
      break;
    }
  }

  // 1b. A past case told at length: a run of sentences that name events, regimes or people long before the text's time.
  // The first of them stands for the analogy, the others join its passage (and step 2 extends it like any other).
  // Only narrative counts (a past-tense verb or no present-tense one, no figures, no forecast): a sentence about now or
  // the future names the past without telling it. Only named cases count: not bare years (a chronicle of dates, a list
  // of incidents, is a record, not a case told), and not eras (an account of the Middle Ages is history in general).
  const remoteNamed = (i: number): Reference | undefined => {
    const f = facts[i];
    if (!Number.isFinite(time.now) || f.heading || f.quoted || f.figures || f.future || (!f.past && f.presentTense) || quotesAuthority[i]) return undefined;
    return f.references.find((r) => {
      if (!r.historical || r.category === 'era') return false;
      const d = r.dated;
      if (d?.kind !== 'entry') return false;
      const last = d.last ?? d.start;
      return last !== undefined && last <= time.now - REMOTE_YEARS;
    });
  };
  const named = sentences.map((_, i) => remoteNamed(i));
  /** Sentences of a told case that are not its first: the story may go on after any of them. */
  const toldMembers = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (!named[i]) continue;
    const naming: number[] = [];
    for (let k = i; k < Math.min(sentences.length, i + TOLD_CASE_WINDOW); k++) {
      if (facts[k].heading) break;
      if (named[k]) naming.push(k);
    }
    if (naming.length < TOLD_CASE_NAMED) continue;
    const told = naming.filter((k) => !decisions.has(k));
    if (told.length === 0) continue;
    // One analogy stands for the case: when a sentence of the run is already decided, the rest join as its passage.
    const hasCore = naming.some((k) => decisions.has(k));
    told.forEach((k, n) => {
      const ref = named[k]!;
      const s = sentences[k];
      if (n === 0 && !hasCore) {
        decisions.set(k, precedentCore(c.toldCase, ref));
      } else {
        decisions.set(k, { kind: 'passage', rule: c.passage.id, strength: c.passage.strength ?? 0.6, explanation: c.passage.note, start: s.start, end: s.end, role: 'precedent' });
        toldMembers.add(k);
      }
    });
  }

  // 1c. The nation's remote past told as a model (see remotePastCores).
  for (const [i, ref] of remotePastCores(sentences, facts, decisions, time, mainPast, c)) decisions.set(i, precedentCore(c.remotePast, ref));

  // 1d. A particular past case, even of living memory, tied to a lesson for now (see caseLessonCores).
  for (const [i, d] of caseLessonCores(sentences, facts, decisions, time, mainPast, c)) decisions.set(i, d);

  // 1e. An authority quoted is no analogy (see authorityQuotes), unless the sentence itself holds him up as a model or
  // lesson, likens someone to him or updates his maxim ("we shall follow the example of Andrew Jackson, who said …").
  for (const [i, d] of [...decisions]) if (quotesAuthority[i] && !MODEL_ROLES.has(d.role ?? 'reference')) decisions.delete(i);

  // 2. The passage around each analogy: the narrative of the past case before it, and its continuation after it.
  const cores = [...decisions.keys()].filter((i) => decisions.get(i)?.kind === 'analogy' && decisions.get(i)?.opensPassage !== false).sort((a, b) => a - b);
  const storyEnds = [...new Set([...cores, ...toldMembers])].sort((a, b) => a - b);
  const passage = (i: number): void => {
    if (decisions.has(i) || facts[i].heading || quotesAuthority[i]) return;
    const s = sentences[i];
    decisions.set(i, { kind: 'passage', rule: c.passage.id, strength: c.passage.strength ?? 0.6, explanation: c.passage.note, start: s.start, end: s.end });
  };
  // Narrative of the past: past tense, and no talk of now, unless the sentence has no present-tense verb ("they now
  // seduced the members from the league") or names the past case itself and speaks of no "we" or "you" ("the Achaeans
  // were cut to pieces … under which it is groaning at this hour"): those still tell the past case.
  // The text's own story is not the past case: a sentence dated only by a year of the text's own time ("The first
  // agreement was concluded in 1972" in a text of 1979) does not join a passage.
  const ownStory = (j: number): boolean =>
    !facts[j].quoted &&
    hasHistory(j) === undefined &&
    facts[j].references.some((r) => r.dated?.kind === 'year' && !r.historical);
  const narrative = (f: SentenceFacts, j: number): boolean =>
    !f.heading &&
    !ownStory(j) &&
    (f.quoted ||
      (f.past && !f.future && (!f.present || !f.presentTense || (hasHistory(j) !== undefined && !SPEAKER_OR_AUDIENCE.test(sentences[j].text)))));
  for (const i of cores) {
    // Back: over narrative about the past, to the earliest sentence that names the past case.
    const run: number[] = [];
    let bridged = false;
    for (let j = i - 1; j >= 0 && run.length < PASSAGE_BACK; j--) {
      const f = facts[j];
      if (decisions.get(j)?.kind === 'analogy' || narrative(f, j)) run.push(j);
      else if (f.bridge && !bridged && !f.heading) bridged = true;
      else break;
    }
    // The narrative must name the past case itself; a run that only leans on another analogy adds nothing.
    let earliest = -1;
    for (const j of run) if (hasHistory(j) && decisions.get(j)?.kind !== 'analogy') earliest = j;
    for (const j of run) if (j >= earliest && earliest >= 0 && !facts[j].bridge) passage(j);
  }
  for (const i of storyEnds) {
    // Forward: the same people's story goes on, or a quotation opened in the passage continues. After a comparison,
    // lesson or precedent, the past case it names is often told next, so any narrative of the past goes on with it.
    const tells = TELLING_ROLES.has(decisions.get(i)?.role ?? 'reference');
    for (let k = i + 1; k <= Math.min(sentences.length - 1, i + PASSAGE_FORWARD); k++) {
      const f = facts[k];
      if (decisions.get(k)?.kind === 'analogy') break;
      if (f.quoted || (f.past && !f.present && !f.future && !f.figures && !ownStory(k) && ((tells && !f.presentTense) || hasHistory(k) || f.pronounStart))) passage(k);
      else break;
    }
  }

  // 3. A short gap inside a passage: one or two sentences between flagged sentences, told in the third person, with no
  // present-tense "is/are/has" and nothing about now or the future ("Hence the weakness, the disorders, and finally the destruction of the confederacy."), belong
  // to the story on both sides of them.
  const told = (k: number): boolean => {
    const f = facts[k];
    return !ownStory(k) && !f.heading && !f.bridge && !f.present && !f.presentTense && !f.future && !f.figures && !SPEAKER_OR_AUDIENCE.test(sentences[k].text);
  };
  const opens = (k: number): boolean => decisions.get(k)?.kind === 'passage' || decisions.get(k)?.opensPassage === true;
  for (let i = 1; i < sentences.length; i++) {
    if (decisions.has(i) || !decisions.has(i - 1)) continue;
    let end = i;
    while (end < sentences.length && !decisions.has(end) && end - i < GAP_MAX) end++;
    if (end >= sentences.length || !decisions.has(end) || !(opens(i - 1) && opens(end))) continue;
    let fill = true;
    for (let k = i; k < end; k++) if (!told(k)) fill = false;
    if (fill) for (let k = i; k < end; k++) passage(k);
  }

  // 4. A fragment that starts in lower case (". . .testing whether that nation …") goes on with the sentence before it,
  // over any bare punctuation between them, and shares its decision.
  for (let i = 1; i < sentences.length; i++) {
    if (decisions.has(i) || facts[i].heading || !CONTINUES_SENTENCE.test(sentences[i].text)) continue;
    let j = i - 1;
    while (j > 0 && sentences[j].words === 0) j--;
    if (decisions.has(j)) passage(i);
  }
  return decisions;
}

// ---------------------------------------------------------------------------------------------

/** What the document-wide pass leaves for the sections: the rules' findings by sentence, and the model's features. */
export interface HistoryState {
  findings: Map<number, RawFinding[]>;
  /** The learned model's features of every sentence, computed on first use from the rules' facts and decisions. */
  features: () => Features[];
}

/** The rule id of the learned second opinion, and the name of its data file in lexicons/. */
export const LEARNED_RULE = 'history-learned';

/** The document-wide pass: facts for every sentence, then the decisions, as findings by sentence. */
function analyzeDocument(doc: Document, lexicons: LexiconSet, tagger: Tagger): HistoryState {
  const c = compile(lexicons);
  const years = doc.sentences.map((s) => yearsIn(s, c));
  const facts: SentenceFacts[] = [];
  let quoteOpen = false;
  let paragraph = -1;
  let afterColon = false;
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      quoteOpen = false;
    }
    const r = factsOf(s, years[s.index], c, quoteOpen, afterColon);
    facts.push(r.facts);
    quoteOpen = r.quoteOpenAfter;
    afterColon = /:\s*$/.test(s.text);
  }
  // A year given with the text (a corpus manifest, the file name) is its own time; otherwise it is read from the text.
  const time = doc.year !== undefined ? { now: doc.year, exact: true } : textTime(facts, years);
  dateReferences(facts, time);
  const decisions = decide(doc.sentences, facts, c, time, (i) => mainClausePast(doc.sentences[i], tagger, c.mainClause));
  const out = new Map<number, RawFinding[]>();
  doc.sentences.forEach((s, i) => {
    const list: RawFinding[] = [];
    const d = decisions.get(i);
    if (d) {
      list.push({
        rule: d.rule,
        start: d.start,
        end: d.end,
        strength: d.strength,
        explanation: d.explanation,
        sentence: s.index,
        scored: true,
        ...(d.category ? { category: d.category } : {}),
        ...(d.label ? { label: d.label } : {}),
      });
    } else {
      // Bare historical references: listed, not scored.
      for (const r of facts[i].references) {
        if (!r.historical) continue;
        list.push({
          rule: c.reference.id,
          start: r.start,
          end: r.end,
          strength: c.reference.strength ?? 0.3,
          explanation: `${c.reference.note} ${r.note}`,
          sentence: s.index,
          scored: false,
          category: r.category,
          label: r.label,
        });
      }
    }
    if (list.length) out.set(i, list);
  });
  let features: Features[] | undefined;
  const featuresOf = (): Features[] => (features ??= historyFeatures(doc.sentences, evidenceOf(doc.sentences, facts, decisions, time, c), lexicons, (w) => isPastVerb(w, c)));
  return { findings: out, features: featuresOf };
}

/** The rules' own test of a past-tense word (see factsOf). */
function isPastVerb(lower: string, c: Compiled): boolean {
  return c.pastVerbs.has(lower) || (lower.length >= 4 && lower.endsWith('ed') && !c.edNotPast.has(lower));
}

/** Cue roles that draw or carry an analogy: matched with no past case found, they are a weak signal for the model. */
const ANALOGY_ROLES: ReadonlySet<CueRole> = new Set(['comparison', 'likening', 'lesson', 'precedent', 'maxim', 'echo', 'present-link']);

/** What the rules know of each sentence, for the learned model. */
function evidenceOf(sentences: readonly Sentence[], facts: readonly SentenceFacts[], decisions: ReadonlyMap<number, Decision>, time: TextTime, c: Compiled): SentenceEvidence[] {
  /** A named case that ended at least REMOTE_YEARS before the text's own time. */
  const remote = (r: Reference): boolean => {
    if (r.dated?.kind !== 'entry' || !Number.isFinite(time.now)) return false;
    const last = r.dated.last ?? r.dated.start;
    return last !== undefined && last <= time.now - REMOTE_YEARS;
  };
  return facts.map((f, i) => {
    const historical = f.references.filter((r) => r.historical);
    return {
      heading: f.heading,
      quoted: f.quoted,
      past: f.past,
      present: f.present,
      presentTense: f.presentTense,
      future: f.future,
      figures: f.figures,
      pronounStart: f.pronounStart,
      namedReference: historical.some((r) => r.dated?.kind === 'entry'),
      remoteNamedReference: historical.some(remote),
      ownTimeDate: f.references.some((r) => r.dated !== undefined && !r.historical),
      pastPhrase: historical.some((r) => r.dated === undefined),
      remoteYear: historical.some((r) => r.dated?.kind === 'year' && r.remote === true && !f.figures),
      cueWithoutCase: !decisions.has(i) && f.cues.some((h) => ANALOGY_ROLES.has(h.entry.role)),
      citesAuthority: historical.some((r) => r.category === 'person') && c.cited.test(sentences[i].text),
      ruled: decisions.has(i),
    };
  });
}

export const historicalAnalogy: Analyzer<HistoryState> = {
  id: 'historical_analogy',
  title: 'Historical analogy',
  description: 'The text maps the present onto the past, using a historical event, era, person or precedent as a comparison, lesson or model.',
  score: {
    label: 'analogies per 1,000 words',
    definition:
      'Sentences that draw an explicit historical analogy (a comparison, likening, lesson, precedent or updated maxim), for every 1,000 words. Sentences that only narrate the past case inside such a passage are flagged but not counted again; bare historical references are listed and never counted.',
    min: 0,
    max: null,
    digits: 2,
  },
  prepare: (context) => analyzeDocument(context.document, context.lexicons, context.tagger),
  analyzeSection(section, context, state) {
    const findings: RawFinding[] = [];
    for (const s of section.sentences) findings.push(...(state.findings.get(s.index) ?? []));
    // The learned second opinion, when its model file is present: sentences the rules did not flag.
    const learned = learnedModel(context.lexicons, LEARNED_RULE);
    if (learned) {
      const all = state.features();
      findings.push(...learnedFindings(learned, section.sentences, section.sentences.map((s) => all[s.index]), findings));
    }
    return { findings };
  },
  sentenceFeatures(section, _context, state) {
    const all = state.features();
    return section.sentences.map((s) => all[s.index]);
  },
  measure(findings) {
    return { analogies: findings.filter((f) => f.scored && f.rule !== 'analogy-passage').length };
  },
  scoreOf: (m) => per1000Words(m.analogies ?? 0, m.words),
};

