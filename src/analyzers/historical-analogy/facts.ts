// Facts per sentence, before any decision: its references (gazetteer names, years, past-anchor phrases), its cues, tense, quotation and figures.

import { matchPatterns } from '../../lexicon/match.js';
import type { Sentence, Token } from '../../text/model.js';
import { isRomanNumeralI, textWithoutNumeralI } from '../../text/numerals.js';
import type { Compiled } from './compile.js';
import type { HistoryEntry } from './entries.js';
import type { CueHit, Reference, SentenceFacts } from './model.js';
import { datesText, type YearMention } from './time.js';

const POSSESSIVE = /['’]s$/;
const QUOTE_CHARS = /["“”]/g;
/** Present-tense finite verbs that tell a sentence about now from a story of the past. */
const PRESENT_VERBS = String.raw`is|are|am|has|have|does|do|seems?|remains?`;
const PRESENT_FINITE = new RegExp(String.raw`\b(?:${PRESENT_VERBS}|we|i|us|our)\b|['’](?:re|ve)\b`, 'i');
/** PRESENT_FINITE without "our", with the modals of now and "there's": a present verb, or the speaker as subject or object. */
const SPEAKER_NOW = new RegExp(String.raw`\b(?:${PRESENT_VERBS}|should|must|can|may|ought|we|i|us)\b|['’](?:re|ve)\b|\b(?:there|it|that|here|what)['’]s\b`, 'i');
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
export function lookupTokens(tokens: readonly Token[], suffixes?: ReadonlySet<string>): Token[] {
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
export function speakerPast(sentence: Sentence, c: Compiled): boolean {
  const words = sentence.tokens.filter((t) => t.kind === 'word');
  for (let k = 0; k < words.length; k++) {
    if (words[k].text !== 'I' || isRomanNumeralI(sentence.tokens, sentence.tokens.indexOf(words[k]), c.regnalNames)) continue;
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

export function factsOf(sentence: Sentence, years: YearMention[], c: Compiled, quoteOpen: boolean, afterColon: boolean): { facts: SentenceFacts; quoteOpenAfter: boolean } {
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
    references.push({ start: y.start, end: y.end, label: shown, category: 'date', note: `the year ${shown}, before the text's own time.`, historical: true, dated: { kind: 'year', year: y.year }, ...(instrument ? { instrument } : {}) });
  }
  // Cues, and phrases that refer to the past without a name.
  const cues: CueHit[] = [];
  /** Past-anchor phrases that name the past only in a sentence told in the past tense (see CueEntry.toldInPast). */
  const ifToldInPast: Reference[] = [];
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
        const ref: Reference = { start, end, label: entry.label ?? quote, category: entry.category ?? 'era', note: entry.note, quote, historical: true, remoteAnchor: entry.remote === true, ...(entry.pastFrom !== undefined ? { pastFrom: entry.pastFrom } : {}) };
        (entry.toldInPast ? ifToldInPast : references).push(ref);
      }
    } else cues.push({ entry, start, end });
  }
  // Tense, subject and quotation.
  let past = false;
  for (const t of sentence.tokens) {
    if (t.kind !== 'word') continue;
    if (isPastVerb(t.lower, c)) {
      past = true;
      break;
    }
  }
  if (ifToldInPast.length > 0 && toldInPast(sentence, c)) references.push(...ifToldInPast);
  references.sort((a, b) => a.start - b.start);
  const speakerText = textWithoutNumeralI(sentence, c.regnalNames);
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
      // A numeral "I" ("after World War I") is no speaker and no sign of now.
      presentTense: PRESENT_FINITE.test(speakerText),
      speakerNow: SPEAKER_NOW.test(speakerText),
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

/** Words before a past participle that make the sentence's verb a present perfect ("we have made the reforms"), no past told. */
const PERFECT_AUXILIARY = new Set(['have', 'has', "'ve"]);

/** Singular subject pronouns: after one, a verb without -s is in the past ("it cost", not "it costs"). */
const SINGULAR_SUBJECT = new Set(['he', 'she', 'it']);

/**
 * Whether the sentence tells the past: a past-tense verb, not a participle of the present perfect ("our grandparents built
 * the mills", "remember what that panic cost your grandfathers"). "Bring your grandparents", "a nation where our
 * grandparents have secure retirement and their grandchildren know we have made the reforms" tell none.
 */
function toldInPast(sentence: Sentence, c: Compiled): boolean {
  const words = sentence.tokens.filter((t) => t.kind === 'word');
  return words.some((t, k) => (isPastVerb(t.lower, c) || sameAsPresentPast(sentence.tokens, sentence.tokens.indexOf(t), c)) && !PERFECT_AUXILIARY.has(words[k - 1]?.lower ?? ''));
}

/**
 * Whether tokens[k] is a verb whose past is spelled as its present ("cost", "put", "set") used in the past: after a singular
 * subject, where the present would take an -s ("he", "she", "it", or a word that is no function word and does not end in -s:
 * "that panic cost"), and before its object or particle ("cost your grandfathers", "set up"). "The cost of", "a tax cut.",
 * "they cut", "would cost" and "the wars cost us" tell no past.
 */
function sameAsPresentPast(tokens: readonly Token[], k: number, c: Compiled): boolean {
  if (!c.pastSameAsPresent.has(tokens[k].lower)) return false;
  // Both neighbours words, with no punctuation between ("a tax cut, the deficit" has none after).
  const [prev, next] = [tokens[k - 1], tokens[k + 1]];
  if (prev?.kind !== 'word' || next?.kind !== 'word' || !c.pastObjectOpeners.has(next.lower)) return false;
  const before = prev.lower;
  return SINGULAR_SUBJECT.has(before) || (!c.functionWords.has(before) && (!before.endsWith('s') || before.endsWith('ss')));
}

/** The rules' own test of a past-tense word (see factsOf). */
export function isPastVerb(lower: string, c: Compiled): boolean {
  return c.pastVerbs.has(lower) || (lower.length >= 4 && lower.endsWith('ed') && !c.edNotPast.has(lower));
}
