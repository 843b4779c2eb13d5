// Slogans: rally-cry formulas, quoted chants, short verbless exclamations and catchphrases the text repeats.

import type { CompiledPattern } from '../lexicon/match.js';
import type { Section, Sentence, Span, Token } from '../text/model.js';
import { findingOf, matchRules, patternRules, termsEntry, termsMatcher, trimSpan, wordSet, type RuleEntry } from './rules.js';
import { countWords } from '../text/tokens.js';
import { formulaOf, isChiasmusPair } from './parallel-formula.js';
import type { AnalysisContext, Analyzer, RawFinding } from './types.js';
import { per1000Words } from './types.js';

const FORMULAS = 'slogan-formulas';
const FAMOUS_LINES = 'slogan-famous-lines';
const SIGNALS = 'slogan-signals';

/** Quotations longer than this are reported speech, not chants. */
const MAX_QUOTE_WORDS = 10;
/** A quoted exclamation of at most this many words reads as a shouted cry. */
const MAX_EXCLAMATION_QUOTE_WORDS = 6;
/** Verbless exclamations of this many words at most can be chants (one word, "No!", "America!", is an interjection). */
const VERBLESS_WORDS = { min: 2, max: 10 };
/** Catchphrases: n-grams of this many words, in at least this many sentences and sections, of which this many are short or emphatic. */
/** `maxOpeningLead`: words before a phrase that still opens its sentence ("To prepare America …", "America is leading …"). */
const CATCHPHRASE = { minWords: 3, maxWords: 6, minSentences: 3, minSections: 2, minEmphatic: 2, shortSentenceWords: 12, maxOpeningLead: 2 };
/** How far (in tokens) a cue such as "slogan" may stand before or after the quotation it announces. */
const CUE_WINDOW = { before: 12, after: 5 };

/** A cry announced after a colon without quotation marks ("We say: no compromise with the oligarchy!"): at most this many words before the colon, and the cry no longer than a quoted chant. */
const CRY_AFTER_COLON = { maxLeadWords: 6 };

/** The answer of a chant's call and response ("What do we want?" – "A fair contract!"): an exclamation of at most this many words. */
const RESPONSE_WORDS = 6;

/** Quotation marks that open and close a quotation. */
const QUOTE = /"([^"\n]{1,200})"|“([^”\n]{1,200})”|«([^»\n]{1,200})»|„([^“”\n]{1,200})[“”]|(?<![\p{L}\p{N}])['‘]([^'‘’\n]{1,120})['’](?![\p{L}\p{N}])/gu;

/** The quotations inside a span of the text, as spans of their content (without the marks). */
export function quotations(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const out: Span[] = [];
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(slice); m !== null; m = QUOTE.exec(slice)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? '';
    const at = span.start + m.index + m[0].indexOf(inner);
    out.push({ start: at, end: at + inner.length });
  }
  return out;
}

/** The cry an exclamation announces after a short lead and a colon ("We say: no pasarán!", "Our answer: hands off the valley!"), as a span of the text. */
function cryAfterColon(text: string, sentence: Sentence): Span | undefined {
  const colon = sentence.text.indexOf(':');
  if (colon < 0 || !/!\W*$/.test(sentence.text)) return undefined;
  const lead = countWords(sentence.text.slice(0, colon));
  const cry = countWords(sentence.text.slice(colon + 1));
  if (lead < 1 || lead > CRY_AFTER_COLON.maxLeadWords || cry < 1 || cry > MAX_QUOTE_WORDS) return undefined;
  const start = sentence.start + colon + 1 + (/^\s*/.exec(sentence.text.slice(colon + 1))?.[0].length ?? 0);
  return { start, end: sentence.end };
}

/**
 * A chant's calls and their answers, by sentence index: a call ("What do we want?", "Whose streets?") answered at once by
 * an exclamation of a few words. Both lines are the chant.
 */
function callsAndResponses(section: Section, text: string, calls: readonly CompiledPattern<RuleEntry>[]): Map<number, RawFinding> {
  const chanted = new Map<number, RawFinding>();
  section.sentences.forEach((sentence, k) => {
    const answer = section.sentences[k + 1];
    if (!answer || !/!\W*$/.test(answer.text) || answer.words > RESPONSE_WORDS) return;
    const hit = matchRules(calls, text, sentence, sentence.words)[0];
    if (!hit) return;
    chanted.set(sentence.index, findingOf({ ...hit, ...trimSpan(text, sentence, true) }, sentence.index));
    chanted.set(answer.index, findingOf({ ...hit, ...trimSpan(text, answer, true) }, answer.index));
  });
  return chanted;
}

/** A rally-cry formula (lexicons/slogan-formulas.json): a chant's call that counts only with its answer (`response`), or a drilled chant's setup (`drill`). */
interface FormulaEntry extends RuleEntry {
  response?: boolean;
  drill?: boolean;
}

/** The halves a drilled chant teaches, as words to compare: lower case, letters and digits only. */
const chantWords = (phrase: string): string => phrase.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** How many sentences after a drilled chant's setup its shouted halves may run. */
const DRILL_WINDOW = 8;

/**
 * Drilled chants ("When I say hold, you say the line!" – "Hold!" – "The line!"): the setup, whose entry marks it `drill`
 * and names its halves `call` and `answer`, and each short exclamation right after it that shouts one of the halves.
 */
function drilledChants(section: Section, text: string, drills: readonly CompiledPattern<RuleEntry>[]): Map<number, RawFinding> {
  const chanted = new Map<number, RawFinding>();
  section.sentences.forEach((sentence, k) => {
    const hit = matchRules(drills, text, sentence, sentence.words)[0];
    if (!hit) return;
    const compiled = drills.find((d) => d.entry === hit.entry)?.regex;
    const groups = compiled && new RegExp(compiled.source, compiled.flags.replace(/[gy]/g, '')).exec(text.slice(hit.start, hit.end))?.groups;
    if (!groups?.call || !groups.answer) return;
    const halves = new Set([chantWords(groups.call), chantWords(groups.answer)]);
    chanted.set(sentence.index, findingOf({ ...hit, ...trimSpan(text, sentence, true) }, sentence.index));
    for (const next of section.sentences.slice(k + 1, k + 1 + DRILL_WINDOW)) {
      if (!/!\W*$/.test(next.text) || !halves.has(chantWords(next.text))) break;
      chanted.set(next.index, findingOf({ ...hit, ...trimSpan(text, next, true) }, next.index));
    }
  });
  return chanted;
}

/** An entry of lexicons/slogan-famous-lines.json: a line that became a watchword in the year `coined`. */
interface FamousLine extends RuleEntry {
  coined: number;
}

/** A slogan found by the document-wide pass, keyed by sentence index. */
interface RepeatedFinding extends Span {
  rule: 'slogan-repeated-catchphrase' | 'slogan-refrain' | 'slogan-end-refrain' | 'slogan-echoed-phrase' | 'slogan-title-echo' | 'slogan-chiasmus' | 'slogan-antithesis' | 'slogan-epistrophe';
}

/** The document-wide pass: sentences that carry a catchphrase, a refrain or an echoed phrase. */
interface SloganState {
  repeated: Map<number, RepeatedFinding[]>;
}

/** Refrains: short sentences built on one frame with one word changed ("We will make America strong again. … safe again."). */
const REFRAIN = { maxWords: 10, prefixWords: 3, minSentences: 3 };
/** Echoes: a fragment of at most this many words that repeats the end of the sentence before it ("… only America first. America first."). */
const ECHO = { minWords: 2, maxWords: 4, window: 6 };
/** A sentence that ends with an exclamation mark, before any closing quotation mark. */
const EXCLAIMED = /!["”’']?\s*$/u;
/** A sentence that opens with a short exclamation closed by a quotation mark (the last call of a quoted chant). */
const CHANT_CLOSE = /^[^\p{L}]*[\p{L}.'’ -]{1,40}?!["”]/u;

/** A phrase stands out when its sentence is short or exclaims (wherever the phrase stands in it), or when it is quoted. */
function isShortOrExclaimed(sentence: Sentence): boolean {
  return sentence.words <= CATCHPHRASE.shortSentenceWords || /!\W*$/.test(sentence.text);
}

function isQuotedAt(quoted: readonly Span[], start: number): boolean {
  return quoted.some((q) => q.start <= start && start < q.end);
}

/** Quantifiers a repeated motto may open with, as the first word of its sentence ("Every valley counts!"). */
const MOTTO_QUANTIFIER = new Set(['every', 'no', 'all', 'each']);
/** Quantifiers that take a singular noun, after which a word in -s can only be the verb. */
const SINGULAR_QUANTIFIER = new Set(['every', 'no', 'each']);

/** Salutations (ending with a colon) and thanks are repeated formulas of address, not mottos. */
const NOT_A_MOTTO = /^\W*(?:thank|thanks)\b|:\s*$/i;
/**
 * An exclamation that is only three or more single words listed with commas, the last perhaps after "and" ("Peace,
 * land and bread!"). Two words joined by "and" ("Strike and win!") may be two commands, so they are left to the tagger.
 */
const BARE_WORD_LIST = /^\W*[\p{L}'’-]+(?:\s*,\s*[\p{L}'’-]+)+(?:\s*,\s*|,?\s+(?:and|&)\s+)[\p{L}'’-]+\s*!\W*$/u;

/** A phrase in the first person singular is the speaker's own refrain ("I hope you will support it"), not a motto for a movement. */
const FIRST_PERSON_SINGULAR = new Set(['i', 'me', 'my', "i'm", "i'll", "i've", "i'd"]);

function addRepeated(out: Map<number, RepeatedFinding[]>, sentence: number, finding: RepeatedFinding): void {
  const list = out.get(sentence) ?? [];
  const i = list.findIndex((f) => f.start < finding.end && finding.start < f.end);
  if (i < 0) list.push(finding);
  else if (finding.end - finding.start > list[i].end - list[i].start) list[i] = finding;
  out.set(sentence, list);
}

/** Finds refrains: at least three short sentences that share a frame of words before and after one changing word. */
function findRefrains(context: AnalysisContext, generic: ReadonlySet<string>, out: Map<number, RepeatedFinding[]>): void {
  const frames = new Map<string, Map<string, Sentence>>();
  for (const sentence of context.document.sentences) {
    if (sentence.heading || isQuestion(sentence) || sentence.words > REFRAIN.maxWords) continue;
    const words = sentence.tokens.filter((t) => t.kind === 'word').map((t) => t.lower);
    for (let slot = REFRAIN.prefixWords; slot < words.length - 1; slot++) {
      const prefix = words.slice(slot - REFRAIN.prefixWords, slot);
      if (prefix.every((w) => generic.has(w))) continue;
      const key = `${prefix.join(' ')} * ${words.slice(slot + 1).join(' ')}`;
      let bySlot = frames.get(key);
      if (!bySlot) frames.set(key, (bySlot = new Map()));
      if (!bySlot.has(words[slot])) bySlot.set(words[slot], sentence);
    }
  }
  for (const bySlot of frames.values()) {
    if (bySlot.size < REFRAIN.minSentences) continue;
    for (const sentence of bySlot.values()) {
      addRepeated(out, sentence.index, { rule: 'slogan-refrain', ...trimSpan(context.document.text, sentence) });
    }
  }
}

/** End refrains: the same closing words (at least `minWords`, one of them a key word) end this many sentences among `window` in a row. */
const END_REFRAIN = { minWords: 3, maxWords: 5, minSentences: 3, window: 6, shortSentenceWords: 20, minShort: 2, veryShortWords: 8 };

/** Finds end refrains ("… freedom of speech — everywhere in the world. … freedom of worship — everywhere in the world. …"). */
function findEndRefrains(context: AnalysisContext, functionWords: ReadonlySet<string>, out: Map<number, RepeatedFinding[]>): void {
  const sentences = context.document.sentences;
  const endings = sentences.map((s) => (s.heading || isQuestion(s) ? [] : s.tokens.filter((t) => t.kind === 'word').slice(-END_REFRAIN.maxWords)));
  for (let i = 0; i < sentences.length; i++) {
    const mine = endings[i];
    for (let n = END_REFRAIN.maxWords; n >= END_REFRAIN.minWords; n--) {
      if (mine.length < n) continue;
      const tail = mine.slice(-n);
      const key = wordKey(tail);
      if (tail.every((t) => functionWords.has(t.lower) || !/\p{L}/u.test(t.text)) || tail.some((t) => /\p{N}/u.test(t.text))) continue;
      const same = [];
      for (let j = i; j < Math.min(sentences.length, i + END_REFRAIN.window); j++) {
        const e = endings[j];
        if (e.length >= n && wordKey(e.slice(-n)) === key) same.push(j);
      }
      // Closing figures ("… in the fiscal year 1947") and endings only long sentences share repeat by the logic of a report, not as a refrain.
      if (same.length < END_REFRAIN.minSentences || same.filter((j) => sentences[j].words <= END_REFRAIN.shortSentenceWords).length < END_REFRAIN.minShort) continue;
      // A refrain is set off ("… — everywhere in the world", "… -- not war") or closes very short lines ("They deserve a vote");
      // a plain shared close of ordinary sentences ("… the wealthiest nation in the world", "… of the social security system") is not.
      const setOff = (j: number) => /(?:[,;:—–]|--)\s*$/.test(context.document.text.slice(sentences[j].start, endings[j][endings[j].length - n].start));
      if (!same.every(setOff) && same.filter((j) => sentences[j].words <= END_REFRAIN.veryShortWords).length < END_REFRAIN.minShort) continue;
      for (const j of same) {
        const t = endings[j].slice(-n);
        addRepeated(out, sentences[j].index, { rule: 'slogan-end-refrain', start: t[0].start, end: t[n - 1].end });
      }
      break;
    }
  }
}

/** Finds balanced two-member formulas: a chiasmus or antithesis in one short sentence, or a chiasmus across two ("…. But …"). */
function findParallelFormulas(context: AnalysisContext, out: Map<number, RepeatedFinding[]>): void {
  const functionWords = wordSet(termsEntry(context.lexicons, SIGNALS, 'slogan-chiasmus'));
  const negations = wordSet(termsEntry(context.lexicons, SIGNALS, 'slogan-antithesis'));
  const text = context.document.text;
  const sentences = context.document.sentences;
  const eligible = (s: Sentence | undefined): s is Sentence => !!s && !s.heading && !isQuestion(s) && !INTERJECTION.test(s.text);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    if (!eligible(sentence)) continue;
    const kind = formulaOf(sentence, functionWords, negations);
    if (kind) addRepeated(out, sentence.index, { rule: `slogan-${kind}`, ...trimSpan(text, sentence) });
    const next = sentences[i + 1];
    if (eligible(next) && next.paragraph === sentence.paragraph && isChiasmusPair(sentence, next, functionWords)) {
      addRepeated(out, sentence.index, { rule: 'slogan-chiasmus', ...trimSpan(text, sentence) });
      addRepeated(out, next.index, { rule: 'slogan-chiasmus', ...trimSpan(text, next) });
    }
  }
}

/**
 * Finds echoes: a verbless fragment that repeats the last words of the sentence before it, as a crowd repeats a chant; or a
 * short cry shouted again whole right after itself.
 */
function findEchoes(context: AnalysisContext, out: Map<number, RepeatedFinding[]>): void {
  const sentences = context.document.sentences;
  for (let i = 1; i < sentences.length; i++) {
    const sentence = sentences[i];
    const before = sentences[i - 1];
    // A short cry shouted again whole, even as a paragraph of its own ("Gretzbach stands!" twice): the crowd taking up a chant.
    if (!sentence.heading && !before.heading && sentence.words >= ECHO.minWords && sentence.words <= ECHO.maxWords && EXCLAIMED.test(sentence.text) && EXCLAIMED.test(before.text) && wordsOf(sentence) === wordsOf(before)) {
      addRepeated(out, sentence.index, { rule: 'slogan-echoed-phrase', ...trimSpan(context.document.text, sentence) });
      addRepeated(out, before.index, { rule: 'slogan-echoed-phrase', ...trimSpan(context.document.text, before) });
      continue;
    }
    // A bracketed line is a stage direction ("(Moment of silent prayer.)"), not an echo.
    if (sentence.heading || before.heading || sentence.paragraph !== before.paragraph || isQuestion(sentence) || /^\s*[([]/.test(sentence.text)) continue;
    // The last words of the sentence before, read only for a sentence that may echo them.
    const tailOf = (): Token[] => before.tokens.filter((t) => t.kind === 'word').slice(-ECHO.window);
    // The last call of a quoted chant, the text going on after the closing quote: `… "U.S.A.! U.S.A.!" when another life was saved.`
    const closing = CHANT_CLOSE.exec(sentence.text);
    if (closing && EXCLAIMED.test(before.text)) {
      const tail = tailOf();
      const tailWords = tail.map((t) => t.lower);
      const lead = sentence.tokens.filter((t) => t.kind === 'word' && t.end <= sentence.start + closing[0].length);
      const from = lead.length <= ECHO.maxWords ? indexOfRun(tailWords, lead.map((t) => t.lower)) : -1;
      if (lead.length > 0 && from >= 0) {
        addRepeated(out, sentence.index, { rule: 'slogan-echoed-phrase', start: lead[0].start, end: lead[lead.length - 1].end });
        addRepeated(out, before.index, { rule: 'slogan-echoed-phrase', start: tail[from].start, end: tail[from + lead.length - 1].end });
        continue;
      }
    }
    // One word echoed counts only when both are shouted: "Solidarity! Solidarity!", "U.S.A.! U.S.A.!" (a plain "No. No." is emphasis).
    const shouted = EXCLAIMED.test(sentence.text) && EXCLAIMED.test(before.text);
    if (sentence.words < (shouted ? 1 : ECHO.minWords) || sentence.words > ECHO.maxWords) continue;
    const words = sentence.tokens.filter((t) => t.kind === 'word');
    const tail = tailOf();
    const at = indexOfRun(tail.map((t) => t.lower), words.map((t) => t.lower));
    if (at < 0) continue;
    const terms = context.tagger.terms(sentence);
    if (!terms.length || terms.some((t) => t.tags.has('Verb'))) continue;
    addRepeated(out, sentence.index, { rule: 'slogan-echoed-phrase', ...trimSpan(context.document.text, sentence) });
    addRepeated(out, before.index, { rule: 'slogan-echoed-phrase', start: tail[at].start, end: tail[at + words.length - 1].end });
  }
}

/** A sentence's words, lower-cased, joined by spaces (case and punctuation aside). */
function wordsOf(s: Sentence): string {
  return wordKey(s.tokens.filter((t) => t.kind === 'word'));
}

/** Words lower-cased and joined by spaces: the key under which two runs of words count as the same. */
function wordKey(words: readonly Token[]): string {
  return words.map((t) => t.lower).join(' ');
}

/** Where `run` occurs as consecutive items of `list`, or -1. */
function indexOfRun(list: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= list.length; i++) if (run.every((w, k) => list[i + k] === w)) return i;
  return -1;
}

/**
 * Finds n-grams repeated as a motto: in several sentences, across paragraphs, at least twice in short or emphatic sentences.
 * Only an n-gram that stands at least twice where it is emphatic can be one, so a first pass counts emphatic occurrences by a
 * hash of their words, in a table of about two slots a word (n-grams that share a slot only keep each other in the running), and
 * the second keeps the occurrences of those n-grams alone. Keeping every n-gram of the text, though most occur once, took about
 * 35 bytes a character at once: the peak of a whole analysis of speeches.
 */
function findCatchphrases(context: AnalysisContext, out: Map<number, RepeatedFinding[]>): void {
  const generic = wordSet(termsEntry(context.lexicons, SIGNALS, 'slogan-repeated-catchphrase'));
  interface Occurrence { sentence: Sentence; start: number; end: number; emphatic: boolean }
  const emphaticCounts = new Uint8Array(hashTableSize(context.document.words));
  const slot = (hash: number): number => hash & (emphaticCounts.length - 1);
  for (const m of mottoSentences(context, generic)) {
    if (!m.emphatic && m.quoted.length === 0) continue;
    catchphraseGrams(m, generic, (i, _last, hash) => {
      if ((m.emphatic || isQuotedAt(m.quoted, m.words[i].start)) && emphaticCounts[slot(hash)] < 255) emphaticCounts[slot(hash)]++;
    });
  }
  const grams = new Map<string, Occurrence[]>();
  for (const m of mottoSentences(context, generic)) {
    const seen = new Set<string>();
    catchphraseGrams(m, generic, (i, last, hash) => {
      if (emphaticCounts[slot(hash)] < CATCHPHRASE.minEmphatic) return;
      const key = m.lowers.slice(i, last + 1).join(' ');
      if (seen.has(key)) return;
      seen.add(key);
      let list = grams.get(key);
      if (!list) grams.set(key, (list = []));
      list.push({ sentence: m.sentence, start: m.words[i].start, end: m.words[last].end, emphatic: m.emphatic || isQuotedAt(m.quoted, m.words[i].start) });
    });
  }
  // The first sentence of each paragraph, by paragraph index.
  const firstOfParagraph = new Map<number, number>();
  for (const s of context.document.sentences) if (!firstOfParagraph.has(s.paragraph)) firstOfParagraph.set(s.paragraph, s.index);
  const opensParagraph = (o: Occurrence): boolean =>
    firstOfParagraph.get(o.sentence.paragraph) === o.sentence.index &&
    o.sentence.tokens.filter((t) => t.kind === 'word' && t.start < o.start).length <= CATCHPHRASE.maxOpeningLead;
  for (const list of grams.values()) {
    if (list.length < CATCHPHRASE.minSentences) continue;
    if (new Set(list.map((o) => o.sentence.section)).size < CATCHPHRASE.minSections) continue;
    const emphatic = list.filter((o) => o.emphatic);
    if (emphatic.length < CATCHPHRASE.minEmphatic) continue;
    // Words that open every paragraph they stand in ("Keeping America competitive requires …", three topics in turn) are
    // a signpost over a list of aims, not a motto: a motto also comes back inside a passage ("That's how we win the future").
    if (emphatic.every((o) => opensParagraph(o))) continue;
    // A motto says something: its words include a full verb ("win the future"), unlike a repeated term ("balance of payments").
    const sample = emphatic[0];
    const terms = context.tagger.terms(sample.sentence).filter((t) => t.start >= sample.start && t.end <= sample.end);
    const hasVerb = terms.some((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal') && !generic.has(t.normal));
    // After "every", "each" or "no" and a singular noun, a word in -s is the verb ("Every valley counts"), whatever the tagger says.
    const quantifiedVerb = terms.length >= 3 && SINGULAR_QUANTIFIER.has(terms[0].normal) && terms[1].tags.has('Singular') && /\p{L}s$/u.test(terms[2].normal);
    if (!hasVerb && !quantifiedVerb) continue;
    for (const o of emphatic) addRepeated(out, o.sentence.index, { rule: 'slogan-repeated-catchphrase', start: o.start, end: o.end });
  }
}

/** A sentence that may hold a motto, with its words (lower-cased too), its quotations, and whether it is short or exclaimed. */
interface MottoSentence {
  sentence: Sentence;
  words: Token[];
  lowers: string[];
  /** Whether each word is a content word (not generic, with a letter). */
  content: boolean[];
  quoted: Span[];
  emphatic: boolean;
}

/** The sentences that may hold a motto: not headings, questions, shouted headings, salutations or thanks, nor in the first person singular. */
function* mottoSentences(context: AnalysisContext, generic: ReadonlySet<string>): Generator<MottoSentence> {
  for (const sentence of context.document.sentences) {
    if (sentence.heading || isQuestion(sentence) || isShoutedHeading(sentence) || NOT_A_MOTTO.test(sentence.text)) continue;
    const words = sentence.tokens.filter((t) => t.kind === 'word');
    if (words.some((t) => FIRST_PERSON_SINGULAR.has(t.lower))) continue;
    const lowers = words.map((t) => t.lower);
    const content = lowers.map((w) => !generic.has(w) && /\p{L}/u.test(w));
    yield { sentence, words, lowers, content, quoted: quotations(context.document.text, sentence), emphatic: isShortOrExclaimed(sentence) };
  }
}

/**
 * Calls `visit` with the first and last word of each n-gram of a sentence that could be a motto, in text order, and a hash of
 * its words (the same words give the same hash): CATCHPHRASE.minWords to maxWords words, opening on a content word or a
 * sentence-opening quantifier, ending on a word that is not generic, with at least two content words.
 */
function catchphraseGrams(m: MottoSentence, generic: ReadonlySet<string>, visit: (first: number, last: number, hash: number) => void): void {
  const { lowers, content } = m;
  const wordHashes = lowers.map(stringHash);
  for (let i = 0; i < lowers.length; i++) {
    // A motto may open with a quantifier ("Every valley counts", "No worker left behind"); elsewhere an n-gram starts on a content word.
    if (generic.has(lowers[i]) && !(i === 0 && MOTTO_QUANTIFIER.has(lowers[i]))) continue;
    // The n-grams that start here, each built from the one before: hash, and how many content words it has.
    let hash = wordHashes[i];
    let contentWords = content[i] ? 1 : 0;
    for (let last = i + 1; last < lowers.length && last - i < CATCHPHRASE.maxWords; last++) {
      hash = Math.imul(((hash << 5) | (hash >>> 27)) ^ wordHashes[last], 0x9e3779b1);
      if (content[last]) contentWords++;
      if (last - i + 1 < CATCHPHRASE.minWords || generic.has(lowers[last]) || contentWords < 2) continue;
      visit(i, last, hash);
    }
  }
}

/** A 32-bit FNV-1a hash of a string's UTF-16 code units. */
function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

/** Slots of the table of emphatic n-gram counts: a power of two, about two for each word of the text (1,024 to 16 million). */
function hashTableSize(words: number): number {
  return 2 ** Math.min(24, Math.max(10, Math.ceil(Math.log2(Math.max(1, words) * 2))));
}

/** A title echo: a heading of this many words at most, the same words as a cry the text shouts or a motto it repeats. */
const TITLE_ECHO = { minWords: 2, maxWords: 8 };

/**
 * Finds titles and headings that repeat a cry or motto of the text ("# Harbour Works, Harbour Stays" … "Harbour works,
 * harbour stays!"): the heading's words, or the words of one of its parts between colons and dashes, case and punctuation aside,
 * are the whole of a sentence that exclaims or that already carries a repeated catchphrase. Both the heading (or that
 * part) and that sentence carry the slogan. Runs after findCatchphrases.
 */
function findTitleEchoes(context: AnalysisContext, out: Map<number, RepeatedFinding[]>): void {
  const sentences = context.document.sentences;
  // A title may also set the cry between colons or dashes among other words ("No dialogue with hunger: the land reform
  // must be finished from below", "Corvena: the port is not for sale – spread the strike"): then that part is the echo.
  const keys = new Map<string, Span & { heading: number }>();
  for (const h of sentences) {
    if (!h.heading) continue;
    if (h.words >= TITLE_ECHO.minWords && h.words <= TITLE_ECHO.maxWords) keys.set(wordsOf(h), { ...trimSpan(context.document.text, h), heading: h.index });
    for (const part of h.text.matchAll(TITLE_PART)) {
      if (part[0].length === h.text.length) continue;
      const start = h.start + part.index;
      const end = start + part[0].length;
      const partTokens = h.tokens.filter((t) => t.kind === 'word' && t.start >= start && t.end <= end);
      if (partTokens.length < TITLE_ECHO.minWords || partTokens.length > TITLE_ECHO.maxWords) continue;
      const key = wordKey(partTokens);
      if (!keys.has(key)) keys.set(key, { ...trimSpan(context.document.text, { start, end }), heading: h.index });
    }
  }
  if (keys.size === 0) return;
  for (const s of sentences) {
    // An interjection or a formula of thanks ("Thank you!" under a heading "Thank You") is no cry, whatever heads it.
    if (s.heading || INTERJECTION.test(s.text) || NOT_A_MOTTO.test(s.text)) continue;
    if (!(EXCLAIMED.test(s.text) || out.get(s.index)?.some((r) => r.rule === 'slogan-repeated-catchphrase'))) continue;
    const heading = keys.get(wordsOf(s));
    if (!heading) continue;
    addRepeated(out, heading.heading, { rule: 'slogan-title-echo', start: heading.start, end: heading.end });
    addRepeated(out, s.index, { rule: 'slogan-title-echo', ...trimSpan(context.document.text, s) });
  }
}

/** The parts of a title between its colons and spaced dashes. */
const TITLE_PART = /[^:–—\s](?:[^:–—]|(?<!\s)[–—]|[–—](?!\s))*?(?=\s*(?::|\s[-–—]\s|$))/gu;

/** Words that open an interjection or a vocative, not a chant ("Oh, …!", "Alas!", "God bless …!"). */
const INTERJECTION = /^\W*(?:oh|o|ah|alas|well|god|may god|good|thank|thanks|i thank|hear|bravo|hurrah|hello|welcome|congratulations|godspeed|happy|merry|dear|ladies|gentlemen|my)\b/i;

/** A line in capitals without an exclamation mark reads as a heading the splitter did not mark. */
function isShoutedHeading(sentence: Sentence): boolean {
  return !/!/.test(sentence.text) && sentence.text === sentence.text.toUpperCase();
}

function isQuestion(sentence: Sentence): boolean {
  return /\?\W*$/.test(sentence.text);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function tokensWithin(tokens: readonly Token[], span: Span): Token[] {
  return tokens.filter((t) => t.start >= span.start && t.end <= span.end);
}

export const slogan: Analyzer<SloganState> = {
  id: 'slogan',
  title: 'Slogans',
  description: 'A brief, striking, formulaic phrase made to be chanted, remembered or repeated ("Down with X!", "No pasarán!").',
  score: {
    label: 'slogans per 1,000 words',
    definition: 'Number of possible slogans found (rally-cry formulas, quoted chants, verbless rally exclamations and repeated catchphrases) for every 1,000 words of the section or document.',
    min: 0,
    max: null,
    digits: 2,
  },
  prepare(context) {
    const repeated = new Map<number, RepeatedFinding[]>();
    const generic = wordSet(termsEntry(context.lexicons, SIGNALS, 'slogan-repeated-catchphrase'));
    findCatchphrases(context, repeated);
    findRefrains(context, generic, repeated);
    findEchoes(context, repeated);
    findTitleEchoes(context, repeated);
    findParallelFormulas(context, repeated);
    findEndRefrains(context, wordSet(termsEntry(context.lexicons, SIGNALS, 'slogan-chiasmus')), repeated);
    return { repeated };
  },
  analyzeSection(section, context, state) {
    const text = context.document.text;
    // The calls of call-and-response chants count only with their answer; every other formula counts on its own.
    // A drilled chant's setup counts with the shouted halves after it.
    const allFormulas = patternRules(context.lexicons, FORMULAS) as CompiledPattern<FormulaEntry>[];
    const isCall = (r: CompiledPattern<FormulaEntry>): boolean => r.entry.response === true;
    const isDrill = (r: CompiledPattern<FormulaEntry>): boolean => r.entry.drill === true;
    const formulas = allFormulas.filter((r) => !isCall(r) && !isDrill(r));
    const chanted = new Map([...callsAndResponses(section, text, allFormulas.filter(isCall)), ...drilledChants(section, text, allFormulas.filter(isDrill))]);
    const famousLines = patternRules(context.lexicons, FAMOUS_LINES);
    const cueEntry = termsEntry(context.lexicons, SIGNALS, 'slogan-quoted-chant');
    const cues = termsMatcher(context.lexicons, SIGNALS, 'slogan-quoted-chant');
    const exclamationEntry = termsEntry(context.lexicons, SIGNALS, 'slogan-quoted-exclamation');
    const subjectWords = wordSet(exclamationEntry);
    const verblessEntry = termsEntry(context.lexicons, SIGNALS, 'slogan-verbless-exclamation');
    const rallyWords = termsMatcher(context.lexicons, SIGNALS, 'slogan-verbless-exclamation');

    const findings: RawFinding[] = [];
    for (const sentence of section.sentences) {
      const chant = chanted.get(sentence.index);
      if (chant) {
        findings.push(chant);
        continue;
      }
      if (isQuestion(sentence)) continue;
      const found: RawFinding[] = [];
      const add = (f: RawFinding): void => {
        if (!found.some((g) => overlaps(g, f))) found.push(f);
      };

      // 1. The whole sentence is a rally-cry formula.
      // Punctuation at either end is no part of the quote (": hands off the valley!" is quoted from "hands").
      for (const hit of matchRules(formulas, text, sentence, sentence.words)) add(findingOf({ ...hit, ...trimSpan(text, hit, true) }, sentence.index));

      // 1b. A line history made a watchword, quoted or echoed after the year it was coined (inside quotation marks when the text's year is unknown).
      for (const hit of matchRules(famousLines, text, sentence, sentence.words)) {
        const coined = (hit.entry as FamousLine).coined;
        const year = context.document.year;
        const later = year !== undefined ? year > coined : quotations(text, sentence).some((q) => q.start <= hit.start && hit.end <= q.end);
        if (later) add(findingOf({ ...hit, ...trimSpan(text, hit, true) }, sentence.index));
      }

      // 1c. A rally-cry formula announced after a colon, unquoted ("We say: no compromise with the oligarchy!").
      const cry = cryAfterColon(text, sentence);
      if (cry) for (const hit of matchRules(formulas, text, cry, countWords(text.slice(cry.start, cry.end)))) add(findingOf({ ...hit, ...trimSpan(text, hit) }, sentence.index));

      // 2. Quoted chants: a formula inside quotation marks, a quotation announced as a slogan, or a short quoted exclamation.
      const quoted = quotations(text, sentence).filter((q) => {
        const n = countWords(text.slice(q.start, q.end));
        return n >= 1 && n <= MAX_QUOTE_WORDS;
      });
      if (quoted.length) {
        const cueHits = cues.match(sentence.tokens);
        for (const q of quoted) {
          const words = countWords(text.slice(q.start, q.end));
          for (const hit of matchRules(formulas, text, q, words)) add(findingOf({ ...hit, ...trimSpan(text, hit) }, sentence.index));
          const inner = tokensWithin(sentence.tokens, q);
          const first = sentence.tokens.indexOf(inner[0]);
          const last = sentence.tokens.indexOf(inner[inner.length - 1]);
          const announced = cueHits.some(
            (c) => (c.lastToken < first && first - c.lastToken <= CUE_WINDOW.before) || (c.firstToken > last && c.firstToken - last <= CUE_WINDOW.after),
          );
          const span = trimSpan(text, q, true);
          if (announced) {
            add({ rule: cueEntry.id, ...span, strength: cueEntry.strength ?? 1, explanation: cueEntry.note, sentence: sentence.index });
            continue;
          }
          const firstWord = inner.find((t) => t.kind === 'word');
          const exclaims = /!\W*$/.test(text.slice(q.start, q.end));
          if (exclaims && words <= MAX_EXCLAMATION_QUOTE_WORDS && firstWord && !subjectWords.has(firstWord.lower)) {
            add({ rule: exclamationEntry.id, ...span, strength: exclamationEntry.strength ?? 0.8, explanation: exclamationEntry.note, sentence: sentence.index });
          }
        }
      }

      // 3. A short verbless exclamation on the rally vocabulary.
      if (
        !found.length &&
        !sentence.heading &&
        /!\W*$/.test(sentence.text) &&
        sentence.words >= VERBLESS_WORDS.min &&
        sentence.words <= VERBLESS_WORDS.max &&
        !INTERJECTION.test(sentence.text) &&
        rallyWords.match(sentence.tokens).length > 0
      ) {
        // A bare list of three or more single words ("Bread, land and freedom!") is no clause, whatever the tagger reads in one of them.
        const bareList = BARE_WORD_LIST.test(sentence.text);
        const terms = bareList ? [] : context.tagger.terms(sentence);
        const hasVerb = terms.some((t) => t.tags.has('Verb') && !t.tags.has('Participle') && !t.tags.has('Adjective'));
        if (bareList || (terms.length && !hasVerb)) {
          add({ rule: verblessEntry.id, ...trimSpan(text, sentence), strength: verblessEntry.strength ?? 0.6, explanation: verblessEntry.note, sentence: sentence.index });
        }
      }

      // 4. A catchphrase, refrain or echo the text repeats.
      for (const r of state.repeated.get(sentence.index) ?? []) {
        const entry = termsEntry(context.lexicons, SIGNALS, r.rule);
        add({ rule: entry.id, start: r.start, end: r.end, strength: entry.strength ?? 0.6, explanation: entry.note, sentence: sentence.index });
      }
      findings.push(...found);
    }
    return { findings };
  },
  scoreOf: (m) => per1000Words(m.findings, m.words),
};
