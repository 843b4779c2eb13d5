// Everything the rules read from the lexicons, compiled once per lexicon set: matchers, word lists and regular expressions.

import type { LexiconSet } from '../../lexicon/load.js';
import { compilePatterns, PhraseMatcher, wordAlternation, type CompiledPattern } from '../../lexicon/match.js';
import type { RegnalNames } from '../../text/numerals.js';
import { regnalNames } from '../rules.js';
import type { CueEntry, CueRole, HistoryEntry } from './entries.js';

/** Everything compiled from the lexicons, once per lexicon set. */
export interface Compiled {
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
  /** Cues that announce a past case as the trial of the argument ("has been actually tried"; see trialCaseCores). */
  trialCases: CompiledPattern<CueEntry>[];
  /** Words that open a general statement ("When men reason coolly …"): with a main clause not past, a maxim among the facts of a trial case. */
  maximOpeners: Set<string>;
  /** Cues that close a past case told as a trial with the conclusion drawn from it ("this body, therefore, proves"). */
  trialCloses: CompiledPattern<CueEntry>[];
  pastVerbs: Set<string>;
  /** Given names of monarchs (lexicons/regnal-names.json): an "I" after one is a numeral, not the speaker. */
  regnalNames: RegnalNames;
  /** Irregular verbs whose past is spelled as the present ("cost", "put"): past only in context (see toldInPast). */
  pastSameAsPresent: Set<string>;
  /** Words that open a verb's object or particle ("your", "us", "up"): after a past-same-as-present verb, part of that context. */
  pastObjectOpeners: Set<string>;
  /** English function words (lexicons/stopwords.json): none of them is the singular subject of a past-same-as-present verb. */
  functionWords: Set<string>;
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
  /** A count of what there was ("there were about two dozen …"): the first half of a statistic (see remotePastCores). */
  countThen: RegExp;
  /** An entry of a chronicle: a full date, then a dash ("May 22, 1850.--Outbreak"), a record laid out as evidence. */
  chronicleEntry: RegExp;
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

export function compile(lexicons: LexiconSet): Compiled {
  return lexicons.derived('historical-analogy:compiled', () => buildCompiled(lexicons));
}

/** The words, lower-cased, of the entry `id` of lexicons/history-words.json. */
function historyWords(lexicons: LexiconSet, id: string): Set<string> {
  const entry = lexicons.get('history-words', 'wordlist').entries.find((e) => e.id === id);
  if (!entry) throw new Error(`lexicon "history-words" has no entry "${id}"`);
  return new Set(entry.words.map((w) => w.toLowerCase()));
}

/** A lower-case word with its first letter in either case ("[Ll]ast"), as a regular expression. */
function eitherCase(word: string): string {
  return `[${word[0].toUpperCase()}${word[0]}]${wordAlternation([word.slice(1)])}`;
}

/** A lower-case word with a capital first letter, as a regular expression. */
function capitalized(word: string): string {
  return wordAlternation([word[0].toUpperCase() + word.slice(1)]);
}

/** A test for the recent record: any of the patterns matches. */
function recentRecord(...patterns: RegExp[]): (text: string) => boolean {
  return (text) => patterns.some((p) => p.test(text));
}

/**
 * Roles matched by no sentence-by-sentence sweep: entries that only name and explain a decision (passage, told case,
 * remote past, reference), and the case-lesson cues and lesson cases, which caseLessonCores matches on its own.
 */
const NOT_SENTENCE_CUES: ReadonlySet<CueRole> = new Set(['passage', 'told-case', 'remote-past', 'reference', 'case-lesson', 'lesson-case', 'trial-case', 'trial-close']);

function buildCompiled(lexicons: LexiconSet): Compiled {
  const gaz = lexicons.get('history-gazetteer', 'terms').entries as HistoryEntry[];
  const cueEntries = lexicons.get('history-cues', 'patterns').entries as CueEntry[];
  const list = (id: string): Set<string> => historyWords(lexicons, id);
  const alt = (id: string): string => wordAlternation(list(id));
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
    trialCases: cuePatterns((role) => role === 'trial-case'),
    trialCloses: cuePatterns((role) => role === 'trial-close'),
    maximOpeners: list('maxim-openers'),
    passage: byRole('passage'),
    toldCase: byRole('told-case'),
    remotePast: byRole('remote-past'),
    reference: byRole('reference'),
    pastVerbs: list('past-tense-irregular'),
    regnalNames: regnalNames(lexicons),
    pastSameAsPresent: list('past-tense-same-as-present'),
    pastObjectOpeners: list('past-object-openers'),
    functionWords: new Set(lexicons.get('stopwords', 'wordlist').entries.flatMap((e) => e.words.map((w) => w.toLowerCase()))),
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
    countThen: new RegExp(`\\bthere (?:were|was) (?:(?:${alt('count-hedges')}) )?(?:\\d|(?:${alt('count-words')})\\b)`, 'i'),
    chronicleEntry: new RegExp(`^\\W*(?:${alt('month-names')})\\.? \\d{1,2},? \\d{3,4}\\.?\\s*(?:--|—|–)`, 'i'),
    speakerPastAdverbs: list('speaker-past-adverbs'),
    narrativePronouns: list('narrative-pronouns'),
    mainClause: mainClauseWords(lexicons),
  };
}

/** The word lists mainClausePast reads (lexicons/history-words.json). */
export interface MainClauseWords {
  /** Words that open a subordinate clause: a sentence that starts with one has its main clause after the first comma. */
  subordinators: ReadonlySet<string>;
  /** Past auxiliaries ("had", "was"): as the first finite verb, they make the main clause past. */
  pastAuxiliaries: ReadonlySet<string>;
  /** Words that make the verb after them an infinitive or a verb of a clause on a noun ("to", "who"). */
  clauseOpeners: ReadonlySet<string>;
  /** Participles that open a participial phrase ("having", "being"): neither they nor the verbs of their group are finite. */
  participleOpeners: ReadonlySet<string>;
}

/** The word lists of mainClausePast, from the history-words lexicon. */
export function mainClauseWords(lexicons: LexiconSet): MainClauseWords {
  const list = (id: string): Set<string> => historyWords(lexicons, id);
  return { subordinators: list('subordinators'), pastAuxiliaries: list('past-auxiliaries'), clauseOpeners: list('clause-openers'), participleOpeners: list('participle-openers') };
}
