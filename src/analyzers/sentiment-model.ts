// The valence engine behind the sentiment analyzer: AFINN-165 (read from the `sentiment` package) plus our lexicons, applied to our tokens.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PhraseMatcher } from '../lexicon/match.js';
import type { LexiconSet } from '../lexicon/load.js';
import type { ModifierEntry, RatingEntry } from '../lexicon/schema.js';
import type { Token } from '../text/model.js';
import { InputError } from '../util/errors.js';

/** Where a rating comes from. */
export type RatingSource = 'afinn' | 'override' | 'phrase' | 'emoticon' | 'emoji';

/** Sources that state the writer's own mood beside the words (":)", an emoji): no modifier of the clause acts on them. */
const MOOD_SOURCES: ReadonlySet<RatingSource> = new Set(['emoticon', 'emoji']);

/** A rated word or phrase, as the phrase matcher sees it. */
export interface RatedTerm {
  terms: [string];
  value: number;
  source: RatingSource;
  /** Lexicon entry id (overrides and phrases). */
  id?: string;
  note?: string;
}

/** What a modifier does to the loaded word after it. */
export type ModifierRole = 'negator' | 'intensifier' | 'downtoner' | 'none';

interface ModifierTerm {
  terms: string[];
  factor: number;
  role: ModifierRole;
  id: string;
  /** Explanation template for this modifier (a key of the settings' templates), instead of its role's. */
  template?: string;
  /** Acts as a modifier only before a loaded word (degree adjectives: "great danger" vs "a great nation"; shifters: "lessen the threat"). */
  onlyBeforeLoaded?: boolean;
  /** Acts as a modifier only when one of these words comes at most `within` words before it in the same clause ("save us from …"). */
  onlyAfter?: ReadonlySet<string>;
  within?: number;
  /** Acts only on negative words ("protect them from harm" turns "harm" around; "from joy" is left alone). */
  onlyNegative?: boolean;
  /** Reaches every loaded word of the run that follows it, not only the first ("reduce cancer risk" lowers both "cancer" and "risk"). */
  phraseScope?: boolean;
  /**
   * No modifier inside a noun phrase: right after one of `notAfter` ("the little town"), two words after one of `notTwoAfter`
   * ("a cosy little oligarchy") or right after a word the tagger gives one of `notAfterTags` ("a nice little earner").
   */
  notAfter?: ReadonlySet<string>;
  notTwoAfter?: ReadonlySet<string>;
  notAfterTags?: readonly string[];
}

/** The part-of-speech tags of the word that starts at a document offset (empty when none is known). */
export type TagsAt = (start: number) => ReadonlySet<string>;

/** The settings file `lexicons/sentiment-settings.json`. */
export interface SentimentSettings {
  afinn: { name: string; source: string };
  normalization: { alpha: number; lengthReference?: number; lengthExponent?: number; note: string };
  negation: { window: number; note: string };
  intensifierWindow: number;
  clauseBreaks: string[];
  noInflection?: string[];
  /** Whether AFINN words inside multi-word proper names are skipped ("Dick Martin", "the Computer Fraud and Abuse Act"). */
  properNames?: { skip: boolean; note?: string };
  /** Weight of negative valences against positive ones (readers feel a negative word more). */
  negativeWeight?: number;
  /** How much of the neighbouring sentences' tone (same paragraph) a sentence takes on. */
  context?: { weight: number; sectionWeight?: number; note?: string };
  contrast: { words: string[]; before: number; after: number; note: string };
  /** How a sentence's framing moves its value: by device read (`us_them`, `call_to_action`), see FramingShift. */
  framing?: { note?: string } & Partial<Record<'us_them' | 'call_to_action', FramingShift>>;
  /** Concessive and foil markers ("despite", "although", "unlike"): loaded words in their clause count `factor` times. */
  concession?: { words: string[]; factor: number; note?: string };
  /** A loaded word written in capitals ("a TOTAL DISASTER") in a sentence that is not all capitals counts `factor` times. */
  capitals?: { factor: number; minLetters: number; note?: string };
  /** `unloaded`: what a sentence-final "!" adds to a sentence with no loaded word (enthusiasm leans positive). */
  exclamation: { boostPerMark: number; maxMarks: number; unloaded?: number; note: string };
  strengthWords: { min: number; word: string }[];
  polarityWords: { positive: string; negative: string };
  /** Emoji ratings read from the `sentiment` package's Emoji Sentiment Ranking data: only pictographs seen at least `minOccurrences` times. */
  emoji?: { minOccurrences: number; source: string };
  templates: Record<'inflected' | 'afinn' | 'override' | 'phrase' | 'emoticon' | 'emoji' | 'negated' | 'intensified' | 'downtoned' | 'contrastBefore' | 'contrastAfter', string> & {
    concession?: string;
    /** The explanation of a "!" that gives a sentence with no loaded word its rating, with {value}. */
    exclamation?: string;
  };
}

/** What a finding of another device in a sentence does to its sentiment value (lexicons/sentiment-settings.json `framing`). */
export interface FramingShift {
  /** Added to the sentence value (−1…+1 scale), after context. */
  shift: number;
  rule: string;
  /** The tally label of the framing findings. */
  label: string;
  /** With {rule} (the other device's rule) and {amount} (the size of the shift) to fill in. */
  explanation: string;
}

/** A modifier that acted on a loaded word. */
export interface AppliedModifier {
  role: ModifierRole | 'contrast-before' | 'contrast-after' | 'concession';
  /** The modifier's words as written. */
  text: string;
  factor: number;
  id: string;
  /** Name of the explanation template to use instead of the role's own (a shifter's "turns it around"). */
  template?: string;
}

/** One word or phrase that carried valence in a sentence. */
export interface ValenceHit {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  /** The rated term as listed. */
  term: string;
  rating: RatedTerm;
  /** The word as written when the rating is that of its base form ("murdered" rated as "murder"). */
  form?: string;
  /** Rating before modifiers, −5…+5. */
  base: number;
  /** Valence after modifiers. */
  value: number;
  modifiers: AppliedModifier[];
}

/** The valence of one sentence. */
export interface SentenceValence {
  /** Sum of the hits' values plus the exclamation boost. */
  sum: number;
  /** The sum on the bounded −1…+1 scale. */
  value: number;
  hits: ValenceHit[];
  /** How many of the hits count toward the sum (all of them, unless a filter leaves some out). */
  counted: number;
  exclamationMarks: number;
}

/**
 * Which of a sentence's ratings count toward its value: analyze()'s rule options and in-text directives drop the findings
 * of a rule switched off, and the value must not keep what its evidence no longer shows. By default everything counts.
 */
export interface ValenceFilter {
  /** Whether a loaded word or phrase counts. */
  hit(hit: ValenceHit): boolean;
  /** Whether a sentence-final "!" in a sentence with no loaded word that counts gives it its small lean (`exclamation.unloaded`). */
  exclamation: boolean;
}

/** Everything needed to score tokens, compiled once per lexicon set. */
export interface SentimentModel {
  settings: SentimentSettings;
  /** Rated terms of more than one token (phrases), matched first, longest first. */
  ratings: PhraseMatcher<RatedTerm>;
  /** Rated emoji, by code point. */
  emoji: ReadonlyMap<string, RatedTerm>;
  /** Single-word rated terms, by lower-cased word (also looked up for the base form of an inflected word). */
  words: ReadonlyMap<string, RatedTerm>;
  /** Rated base forms already looked up, by word (null: none). */
  baseFormCache: Map<string, { base: string; entry: RatedTerm } | null>;
  /** Words never reduced to a base form ("goods" is not "good"). */
  noInflection: ReadonlySet<string>;
  modifiers: PhraseMatcher<ModifierTerm>;
  /** Word endings that make a word a negator ("n't"), with their entry. */
  negatorSuffixes: { suffix: string; entry: ModifierTerm }[];
  clauseBreaks: ReadonlySet<string>;
  contrastWords: ReadonlySet<string>;
  /** Concessive and foil markers, each as its lower-cased words. */
  concessionMarkers: readonly string[][];
}

const require = createRequire(import.meta.url);
let afinnCache: ReadonlyMap<string, number> | undefined;

/** AFINN-165 as the `sentiment` package ships it, parsed from its file into a fresh map (the package's own object is shared and mutated by `extras`). */
export function afinnRatings(): ReadonlyMap<string, number> {
  if (!afinnCache) {
    const file = require.resolve('sentiment/languages/en/labels.json');
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    afinnCache = new Map(Object.entries(raw));
  }
  return afinnCache;
}

let emojiCache: { minOccurrences: number; ratings: ReadonlyMap<string, number> } | undefined;

/**
 * Emoji ratings from the Emoji Sentiment Ranking data the `sentiment` package ships (build/Emoji_Sentiment_Data_v1.0.csv):
 * ⌊5 × (positive − negative) / occurrences⌋, as the package rates them, for the pictographs seen at least `minOccurrences`
 * times (the package's own list also rates box-drawing characters and symbols seen a handful of times).
 */
export function emojiRatings(minOccurrences: number): ReadonlyMap<string, number> {
  if (emojiCache?.minOccurrences !== minOccurrences) {
    const ratings = new Map<string, number>();
    if (Number.isFinite(minOccurrences)) {
      const file = require.resolve('sentiment/build/Emoji_Sentiment_Data_v1.0.csv');
      for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
        const [, codePoint, occurrences, , negative, , positive] = line.split(',').map(Number);
        const emoji = Number.isInteger(codePoint) ? String.fromCodePoint(codePoint) : '';
        if (!PICTOGRAPH.test(emoji) || !(occurrences >= minOccurrences)) continue;
        const value = Math.floor((5 * (positive - negative)) / occurrences);
        if (value !== 0) ratings.set(emoji, value);
      }
    }
    emojiCache = { minOccurrences, ratings };
  }
  return emojiCache.ratings;
}

/** One pictographic code point, not a regional indicator (a flag is two of them; one alone means nothing). */
const PICTOGRAPH = /^(?![\u{1F1E6}-\u{1F1FF}])\p{Extended_Pictographic}$/u;

/** The model for a lexicon set: AFINN, then political overrides, then phrases (later sources replace earlier ones for the same term). */
export function sentimentModel(lexicons: LexiconSet): SentimentModel {
  return lexicons.derived('sentiment:model', () => buildSentimentModel(lexicons));
}

function buildSentimentModel(lexicons: LexiconSet): SentimentModel {
  const settings = lexicons.data.get('sentiment-settings') as SentimentSettings | undefined;
  if (!settings || !settings.templates || !settings.normalization) throw new InputError('lexicon "sentiment-settings" is missing or incomplete');

  const byTerm = new Map<string, RatedTerm>();
  for (const [term, value] of afinnRatings()) byTerm.set(key(term), { terms: [term], value, source: 'afinn' });
  const addRatings = (entries: readonly RatingEntry[], source: RatingSource) => {
    for (const e of entries) byTerm.set(key(e.term), { terms: [e.term], value: e.value, source, id: e.id, note: e.note });
  };
  addRatings(lexicons.get('sentiment-political', 'ratings').entries, 'override');
  addRatings(lexicons.get('sentiment-phrases', 'ratings').entries, 'phrase');
  addRatings(lexicons.get('sentiment-emoticons', 'ratings').entries, 'emoticon');

  const modifierTerms: ModifierTerm[] = [];
  const negatorSuffixes: SentimentModel['negatorSuffixes'] = [];
  for (const e of lexicons.get('sentiment-modifiers', 'modifiers').entries as (ModifierEntry & {
    suffixes?: string[];
    onlyBeforeLoaded?: boolean;
    onlyAfter?: string[];
    within?: number;
    onlyNegative?: boolean;
    phraseScope?: boolean;
    template?: unknown;
    notAfter?: unknown;
    notTwoAfter?: unknown;
    notAfterTags?: unknown;
  })[]) {
    const file = lexicons.get('sentiment-modifiers', 'modifiers').file;
    const words = (field: 'notAfter' | 'notTwoAfter' | 'notAfterTags'): string[] | undefined => {
      const list = e[field];
      if (list === undefined) return undefined;
      if (!Array.isArray(list) || !list.every((w) => typeof w === 'string' && w !== '')) throw new InputError(`${file}: entry "${e.id}": ${field} must be a list of words`);
      return list as string[];
    };
    const notAfter = words('notAfter');
    const notTwoAfter = words('notTwoAfter');
    const notAfterTags = words('notAfterTags');
    const template = typeof e.template === 'string' ? e.template : undefined;
    if (template !== undefined && typeof (settings.templates as Record<string, string>)[template] !== 'string') {
      throw new InputError(`${file}: entry "${e.id}": template "${template}" is not in sentiment-settings`);
    }
    const m: ModifierTerm = {
      terms: e.terms,
      factor: e.factor,
      role: roleOf(e.factor),
      id: e.id,
      onlyBeforeLoaded: e.onlyBeforeLoaded === true,
      ...(template ? { template } : {}),
      ...(e.onlyAfter ? { onlyAfter: new Set(e.onlyAfter.map(key)), within: e.within ?? 3 } : {}),
      ...(e.onlyNegative === true ? { onlyNegative: true } : {}),
      ...(e.phraseScope === true ? { phraseScope: true } : {}),
      ...(notAfter ? { notAfter: new Set(notAfter.map(key)) } : {}),
      ...(notTwoAfter ? { notTwoAfter: new Set(notTwoAfter.map(key)) } : {}),
      ...(notAfterTags ? { notAfterTags } : {}),
    };
    modifierTerms.push(m);
    for (const suffix of e.suffixes ?? []) negatorSuffixes.push({ suffix: suffix.replace(/’/g, "'").toLowerCase(), entry: m });
  }

  const model: SentimentModel = {
    settings,
    ratings: new PhraseMatcher([...byTerm].filter(([term]) => !SINGLE_WORD.test(term)).map(([, rated]) => rated)),
    words: new Map([...byTerm].filter(([term]) => SINGLE_WORD.test(term))),
    emoji: new Map([...emojiRatings(settings.emoji?.minOccurrences ?? Infinity)].map(([emoji, value]) => [emoji, { terms: [emoji], value, source: 'emoji' }])),
    noInflection: new Set((settings.noInflection ?? []).map(key)),
    baseFormCache: new Map(),
    modifiers: new PhraseMatcher(modifierTerms),
    negatorSuffixes,
    clauseBreaks: new Set(settings.clauseBreaks),
    contrastWords: new Set(settings.contrast.words.map((w) => w.toLowerCase())),
    concessionMarkers: (settings.concession?.words ?? []).map((w) => key(w).split(/\s+/)),
  };
  return model;
}

/** A term that our tokenizer reads as one word token (letters and digits joined by inner apostrophes or hyphens). */
const SINGLE_WORD = /^[\p{L}\p{N}\p{M}]+(?:['’\-‑][\p{L}\p{N}\p{M}]+)*$/u;

function key(term: string): string {
  return term.toLowerCase().replace(/’/g, "'");
}

function roleOf(factor: number): ModifierRole {
  if (factor < 0) return 'negator';
  if (factor > 1) return 'intensifier';
  if (factor < 1) return 'downtoner';
  return 'none';
}

/** x / √(x² + α): a sum of valences mapped onto −1…+1. */
export function normalizeValence(sum: number, alpha: number): number {
  return sum === 0 ? 0 : sum / Math.sqrt(sum * sum + alpha);
}

interface ModifierSpan {
  entry: ModifierTerm;
  first: number;
  last: number;
  text: string;
}

/**
 * Scores one sentence's tokens. `text` is the document text the token offsets index into; `tagsAt` gives the tags of a word
 * for the modifiers that depend on them (notAfterTags: without it, those act as if no tag matched).
 */
export function scoreTokens(model: SentimentModel, tokens: readonly Token[], text: string, tagsAt?: TagsAt, filter?: ValenceFilter): SentenceValence {
  const { settings } = model;

  // Modifiers first, so that a modifier word ("no", "too") is not also counted as a loaded word.
  const modifierAt = new Map<number, ModifierSpan>(); // by last token index
  const isModifier = new Set<number>();
  for (const m of model.modifiers.match(tokens)) {
    const span = { entry: m.entry, first: m.firstToken, last: m.lastToken, text: text.slice(m.start, m.end) };
    modifierAt.set(m.lastToken, span);
    for (let i = m.firstToken; i <= m.lastToken; i++) isModifier.add(i);
  }
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || isModifier.has(i)) return;
    const suffix = model.negatorSuffixes.find((s) => t.lower.endsWith(s.suffix) && t.lower.length > s.suffix.length);
    if (suffix) {
      modifierAt.set(i, { entry: suffix.entry, first: i, last: i, text: t.text });
      isModifier.add(i);
    }
  });

  // Contrast: the last "but"/"however" splits the sentence into a weaker and a stronger part. A sentence-initial "But"
  // answers the previous sentence and splits nothing.
  let contrastAt = -1;
  let wordsBefore = 0;
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    if (wordsBefore > 0 && model.contrastWords.has(t.lower) && !isModifier.has(i)) contrastAt = i;
    wordsBefore++;
  });

  const conceded = concededTokens(model, tokens);

  const hits: ValenceHit[] = [];
  const candidates = rateTokens(model, tokens, isModifier);
  // A degree adjective ("great", "deep") intensifies a loaded word right after it; elsewhere it is an ordinary word.
  const loadedNext = new Set<number>();
  for (const m of candidates) if (m.entry.value !== 0 && !(m.firstToken === m.lastToken && isModifier.has(m.firstToken))) loadedNext.add(m.firstToken);
  const loadedWithin = (i: number, words: number): boolean => {
    for (let k = i + 1, seen = 0; k < tokens.length && seen < words; k++) {
      if (tokens[k].kind === 'punct') {
        if (model.clauseBreaks.has(tokens[k].text)) return false;
        continue;
      }
      if (loadedNext.has(k)) return true;
      seen++;
    }
    return false;
  };
  // The nearest of `words` at most `within` words before token `i`, in the same clause (−1: none).
  const triggerBefore = (i: number, words: ReadonlySet<string>, within: number): number => {
    for (let k = i - 1, seen = 0; k >= 0 && seen < within; k--) {
      if (tokens[k].kind === 'punct') {
        if (model.clauseBreaks.has(tokens[k].text)) return -1;
        continue;
      }
      if (words.has(tokens[k].lower)) return k;
      seen++;
    }
    return -1;
  };
  // Inside a noun phrase a modifier word is an adjective of it: "little" in "the little town", "a nice little earner".
  const inNounPhrase = ({ entry, first }: ModifierSpan): boolean => {
    const before = tokens[first - 1];
    if (before?.kind !== 'word') return false;
    if (entry.notAfter?.has(before.lower)) return true;
    const second = tokens[first - 2];
    if (second?.kind === 'word' && entry.notTwoAfter?.has(second.lower)) return true;
    if (!entry.notAfterTags || !tagsAt) return false;
    const tags = tagsAt(before.start);
    return entry.notAfterTags.some((tag) => tags.has(tag));
  };
  for (const [i, mod] of modifierAt) {
    const reach = mod.entry.role === 'negator' ? settings.negation.window : 1;
    const trigger = mod.entry.onlyAfter ? triggerBefore(mod.first, mod.entry.onlyAfter, mod.entry.within ?? 3) : -1;
    if ((mod.entry.onlyBeforeLoaded && !loadedWithin(i, reach)) || (mod.entry.onlyAfter && trigger < 0) || inNounPhrase(mod)) {
      modifierAt.delete(i);
      for (let k = mod.first; k <= mod.last; k++) isModifier.delete(k);
    } else if (trigger >= 0) {
      // Explained with the word that makes it a shifter: "save … from".
      mod.text = `${tokens[trigger].text} … ${mod.text}`;
    }
  }
  const rated = candidates.filter(
    // A single modifier word is a modifier, not a loaded word; a longer rated phrase wins over its words.
    (m) => !(m.firstToken === m.lastToken && isModifier.has(m.firstToken)) && m.entry.value !== 0,
  );
  // Read only when a loaded word is in capitals: most sentences have none.
  let allCapitals: boolean | undefined;
  const inCapitals = (): boolean => (allCapitals ??= !tokens.some((t) => t.kind === 'word' && /\p{Ll}/u.test(t.text)));
  const isLoaded = new Set<number>();
  for (const m of rated) for (let i = m.firstToken; i <= m.lastToken; i++) isLoaded.add(i);
  // Shifters whose scope is the whole run of loaded words after them, by the last token of the hit they reached.
  const phraseShifted = new Map<number, ModifierSpan>();
  for (const m of rated) {
    const applied: AppliedModifier[] = [];
    let value = m.entry.value;
    if (MOOD_SOURCES.has(m.entry.source)) {
      hits.push({ start: m.start, end: m.end, firstToken: m.firstToken, lastToken: m.lastToken, term: m.term, rating: m.entry, base: m.entry.value, value, modifiers: applied });
      continue;
    }

    // Intensifiers and downtoners right before the term (a chain such as "very very").
    let j = m.firstToken - 1;
    let words = 0;
    while (j >= 0 && words < settings.intensifierWindow) {
      const mod = modifierAt.get(j);
      if (!mod || (mod.entry.role !== 'intensifier' && mod.entry.role !== 'downtoner')) break;
      value *= mod.entry.factor;
      applied.push({ role: mod.entry.role, text: mod.text, factor: mod.entry.factor, id: mod.entry.id });
      j = mod.first - 1;
      words++;
    }

    // Capitals raise the voice of a loaded word, unless the whole sentence is in capitals (a heading, a shouted slogan).
    if (settings.capitals && m.firstToken === m.lastToken && isShouted(tokens[m.firstToken], settings.capitals.minLetters) && !inCapitals()) {
      value *= settings.capitals.factor;
      applied.push({ role: 'intensifier', text: tokens[m.firstToken].text, factor: settings.capitals.factor, id: 'capitals', template: 'capitals' });
    }

    // A loaded word right after one that a phrase-scope shifter reached is in the same run: "reduce [cancer risk]".
    const carried = phraseShifted.get(j);
    if (carried && !(carried.entry.onlyNegative && value >= 0)) {
      value *= carried.entry.factor;
      applied.push({ role: 'negator', text: carried.text, factor: carried.entry.factor, id: carried.entry.id, ...(carried.entry.template ? { template: carried.entry.template } : {}) });
      phraseShifted.set(m.lastToken, carried);
    }

    // A negator a few words back, within the same clause, with no other loaded word between.
    let seen = 0;
    for (let k = carried ? -1 : j; k >= 0 && seen < settings.negation.window; k--) {
      const t = tokens[k];
      if (t.kind === 'punct') {
        if (model.clauseBreaks.has(t.text)) break;
        continue;
      }
      // The negator takes the nearest loaded word: in "never abandon hope" it reverses "abandon", not "hope".
      if (k === contrastAt || isLoaded.has(k)) break;
      const mod = modifierAt.get(k);
      if (mod) {
        // A shifter of harms ("save … from") leaves a positive word alone, and its scope ends there.
        if (mod.entry.onlyNegative && value >= 0) break;
        if (mod.entry.role === 'negator') {
          value *= mod.entry.factor;
          applied.push({ role: 'negator', text: mod.text, factor: mod.entry.factor, id: mod.entry.id, ...(mod.entry.template ? { template: mod.entry.template } : {}) });
          if (mod.entry.phraseScope) phraseShifted.set(m.lastToken, mod);
        }
        if (mod.entry.role === 'negator' || mod.entry.role === 'none') break;
        k = mod.first;
      }
      seen++;
    }

    // A concessive or foil clause ("despite the hardship, …", "unlike the cynics, …") is background: it counts less.
    const concession = conceded.get(m.firstToken);
    if (concession !== undefined && settings.concession) {
      value *= settings.concession.factor;
      applied.push({ role: 'concession', text: concession, factor: settings.concession.factor, id: 'concession' });
    }

    // Contrast weighting.
    if (contrastAt >= 0) {
      const before = m.lastToken < contrastAt;
      const factor = before ? settings.contrast.before : settings.contrast.after;
      value *= factor;
      applied.push({ role: before ? 'contrast-before' : 'contrast-after', text: tokens[contrastAt].text, factor, id: 'contrast' });
    }

    hits.push({
      start: m.start,
      end: m.end,
      firstToken: m.firstToken,
      lastToken: m.lastToken,
      term: m.term,
      ...(m.form !== undefined ? { form: m.form } : {}),
      rating: m.entry,
      base: m.entry.value,
      value,
      modifiers: applied,
    });
  }

  // What a rule option or directive switched off is left out, as if the word were not rated (modifiers still read it).
  const counted = filter ? hits.filter((h) => filter.hit(h)) : hits;
  let sum = 0;
  const negativeWeight = settings.negativeWeight ?? 1;
  for (const h of counted) sum += h.value < 0 ? h.value * negativeWeight : h.value;

  // Sentence-final exclamation marks (before any closing quotes or brackets) push the sum further from 0; on a sentence
  // with no loaded word ("Onward!", "Here we stand!") they give it a small positive lean of their own.
  let marks = 0;
  for (let k = tokens.length - 1; k >= 0 && tokens[k].kind === 'punct'; k--) {
    if (tokens[k].text === '!') marks++;
    else if (marks > 0 && tokens[k].text !== '!') break;
  }
  marks = Math.min(marks, settings.exclamation.maxMarks);
  if (sum !== 0 && marks > 0) sum += Math.sign(sum) * marks * settings.exclamation.boostPerMark;
  else if (marks > 0 && counted.length === 0 && (filter?.exclamation ?? true)) sum = settings.exclamation.unloaded ?? 0;
  sum *= lengthFactor(tokens, settings);

  return { sum, value: normalizeValence(sum, settings.normalization.alpha), hits, counted: counted.length, exclamationMarks: marks };
}

/**
 * Tokens inside a concessive or foil clause, with the marker that opens it as written: from the word after the marker
 * ("despite", "although", "unlike") to the next clause break or the end of the sentence. "as though" is not a concession, and a
 * marker that opens a sentence with no clause break after it leaves the sentence alone (where its main clause starts is unknown).
 */
function concededTokens(model: SentimentModel, tokens: readonly Token[]): Map<number, string> {
  const out = new Map<number, string>();
  if (model.concessionMarkers.length === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    const marker = model.concessionMarkers.find((words) => words.every((w, k) => tokens[i + k]?.kind === 'word' && tokens[i + k].lower === w));
    if (!marker) continue;
    let prev = i - 1;
    while (prev >= 0 && tokens[prev].kind !== 'word') prev--;
    if (marker.length === 1 && marker[0] === 'though' && prev >= 0 && tokens[prev].lower === 'as') continue;
    const text = tokens
      .slice(i, i + marker.length)
      .map((t) => t.text)
      .join(' ');
    let k = i + marker.length;
    while (k < tokens.length && !(tokens[k].kind === 'punct' && model.clauseBreaks.has(tokens[k].text))) k++;
    // A clause that opens the sentence and runs to its end with no break shows no main clause to set it against: left alone.
    if (prev >= 0 || k < tokens.length) for (let j = i + marker.length; j < k; j++) if (!out.has(j)) out.set(j, text);
    i = k - 1;
  }
  return out;
}

/**
 * Length normalisation: a long sentence gathers loaded words by its length alone, so a sentence of more than
 * `lengthReference` words has its sum scaled by (lengthReference / words)^lengthExponent (1 for shorter sentences).
 */
export function lengthFactor(tokens: readonly Token[], settings: SentimentSettings): number {
  const reference = settings.normalization.lengthReference ?? 0;
  const exponent = settings.normalization.lengthExponent ?? 0;
  if (reference <= 0 || exponent === 0) return 1;
  let words = 0;
  for (const t of tokens) if (t.kind === 'word') words++;
  return words > reference ? (reference / words) ** exponent : 1;
}

interface RatedSpan {
  entry: RatedTerm;
  term: string;
  form?: string;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

/** Rated words and phrases of a token list: lexicon matches (longest first), then inflected words rated by their base form. */
function rateTokens(model: SentimentModel, tokens: readonly Token[], isModifier: ReadonlySet<number>): RatedSpan[] {
  const inName = model.settings.properNames?.skip ? properNameWords(tokens) : new Set<number>();
  const spans: RatedSpan[] = model.ratings.match(tokens).filter((m) => m.entry.source !== 'emoticon' || standsAlone(m, tokens));
  const covered = new Set<number>();
  for (const m of spans) for (let i = m.firstToken; i <= m.lastToken; i++) covered.add(i);
  tokens.forEach((t, i) => {
    if (covered.has(i)) return;
    if (t.kind !== 'word') {
      const emoji = model.emoji.get(t.text);
      if (emoji) spans.push({ entry: emoji, term: t.text, start: t.start, end: t.end, firstToken: i, lastToken: i });
      return;
    }
    const entry = model.words.get(t.lower);
    if (entry) {
      // A rated phrase from our lexicons ("Fifth Column", "Civil War") counts even as a name; an AFINN word inside a name does not.
      if (!(inName.has(i) && entry.source === 'afinn')) spans.push({ entry, term: entry.terms[0], start: t.start, end: t.end, firstToken: i, lastToken: i });
      return;
    }
    if (isModifier.has(i) || inName.has(i) || model.noInflection.has(t.lower)) return;
    const found = ratedBaseForm(model, t.lower);
    if (found) spans.push({ entry: found.entry, term: found.base, form: t.text, start: t.start, end: t.end, firstToken: i, lastToken: i });
  });
  return spans.sort((a, b) => a.firstToken - b.firstToken);
}

/**
 * Whether a matched emoticon is typed as one: no space inside, after the start, a space or an opening bracket or quote, and
 * before the end, a space, punctuation or a repeat of its last character (":))"). So "note:(1)" and "http://" are none.
 */
function standsAlone(m: { firstToken: number; lastToken: number }, tokens: readonly Token[]): boolean {
  for (let k = m.firstToken; k < m.lastToken; k++) if (tokens[k].end !== tokens[k + 1].start) return false;
  const before = tokens[m.firstToken - 1];
  const after = tokens[m.lastToken + 1];
  const last = tokens[m.lastToken].text;
  const opensAfter = before === undefined || before.end < tokens[m.firstToken].start || /^[(\[{"'“‘«]$/u.test(before.text);
  const closesBefore = after === undefined || after.start > tokens[m.lastToken].end || (after.kind === 'punct' && (after.text === last || /^[.,;:!?)\]}"'’”»…]$/u.test(after.text)));
  return opensAfter && closesBefore;
}

/** A word written in capitals, of at least `minLetters` letters ("DISASTER", not "OK" or "I"). */
function isShouted(token: Token, minLetters: number): boolean {
  return token.kind === 'word' && !/\p{Ll}/u.test(token.text) && (token.text.match(/\p{Lu}/gu)?.length ?? 0) >= minLetters;
}

const MAX_CACHED_FORMS = 100_000;

/** The rated base form of an unrated word, if any (cached per model: most words of a text are looked up many times). */
function ratedBaseForm(model: SentimentModel, word: string): { base: string; entry: RatedTerm } | null {
  const cached = model.baseFormCache.get(word);
  if (cached !== undefined) return cached;
  let found: { base: string; entry: RatedTerm } | null = null;
  for (const base of baseForms(word)) {
    const entry = model.words.get(base);
    if (entry) {
      found = { base, entry };
      break;
    }
  }
  if (model.baseFormCache.size >= MAX_CACHED_FORMS) model.baseFormCache.clear();
  model.baseFormCache.set(word, found);
  return found;
}

const CAPITALIZED = /^\p{Lu}\p{Ll}/u;
/** Punctuation a name does not run across, and the part of it that ends a sentence. */
const CLAUSE_BREAK = /^[!?;:,…]$/u;
const SENTENCE_BREAK = /^[!?…]$/u;

/**
 * Word tokens inside a multi-word proper name: a run of two or more capitalized words ("Dick Martin", "Fraud and Abuse Act")
 * that does not start the sentence. A sentence that is mostly capitalized (a Title Case heading) has no such names.
 */
export function properNameWords(tokens: readonly Token[]): Set<number> {
  const words: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'word') words.push(i);
  });
  const out = new Set<number>();
  const capitalized = words.map((i) => CAPITALIZED.test(tokens[i].text));
  if (capitalized.filter(Boolean).length * 2 > words.length) return out;
  const connectors = new Set(['of', 'and', 'the', 'for', 'de', 'del', 'la', 'von', 'van']);
  // A name does not run across a clause or sentence break, and a word after "!" or "?" starts a sentence as the first word
  // does: in "Sad! Upset! Angry!" no word is part of a name.
  const broken: boolean[] = [];
  const startsSentence: boolean[] = [];
  words.forEach((i, w) => {
    const between = w === 0 ? [] : tokens.slice(words[w - 1] + 1, i);
    broken.push(between.some((t) => CLAUSE_BREAK.test(t.text)));
    startsSentence.push(w === 0 || between.some((t) => SENTENCE_BREAK.test(t.text)));
  });
  const joined = (a: number) => a > 0 && capitalized[a - 1] && capitalized[a] && !broken[a] && !startsSentence[a - 1];
  for (let w = 1; w < words.length; w++) {
    if (!capitalized[w] || startsSentence[w]) continue;
    const prev = joined(w);
    const next = w + 1 < words.length && capitalized[w + 1] && !broken[w + 1];
    // "Fraud and Abuse Act": a connector between two capitalized words keeps the run going.
    const bridged =
      (w >= 2 && connectors.has(tokens[words[w - 1]].lower) && capitalized[w - 2] && !startsSentence[w - 2] && !broken[w - 1] && !broken[w]) ||
      (w + 2 < words.length && connectors.has(tokens[words[w + 1]].lower) && capitalized[w + 2] && !broken[w + 1] && !broken[w + 2]);
    if (prev || next || bridged) out.add(words[w]);
  }
  return out;
}

/** Candidate base forms of an inflected English word, most likely first: plural and verb endings, British -ise/-our/-ence spellings. */
export function baseForms(word: string): string[] {
  const out: string[] = [];
  const push = (w: string) => {
    if (w.length >= 3 && w !== word && !out.includes(w)) out.push(w);
  };
  const british = word.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1').replace(/our(s|ed|ing|able)?$/, 'or$1').replace(/ence$/, 'ense');
  if (british !== word) push(british);
  for (const w of british !== word ? [word, british] : [word]) {
    if (w.endsWith('ies')) push(`${w.slice(0, -3)}y`);
    if (w.endsWith('es')) push(w.slice(0, -2));
    if (w.endsWith('s') && !w.endsWith('ss')) push(w.slice(0, -1));
    if (w.endsWith('ied')) push(`${w.slice(0, -3)}y`);
    if (w.endsWith('ed')) {
      push(w.slice(0, -2));
      push(w.slice(0, -1));
      if (/([^aeiou])\1ed$/.test(w)) push(w.slice(0, -3));
    }
    if (w.endsWith('ing')) {
      push(w.slice(0, -3));
      push(`${w.slice(0, -3)}e`);
      if (/([^aeiou])\1ing$/.test(w)) push(w.slice(0, -4));
    }
    // Superlatives ("gravest", "nicest", "saddest", "happiest") and comparatives in -ier ("happier"). A plain "-er" is left
    // alone: it makes as many nouns as comparatives ("number", "banner", "prayer", "stranger", "bomber").
    if (w.endsWith('iest')) push(`${w.slice(0, -4)}y`);
    if (w.endsWith('ier')) push(`${w.slice(0, -3)}y`);
    if (w.endsWith('est')) {
      push(w.slice(0, -3));
      push(w.slice(0, -2));
      if (/([^aeiou])\1est$/.test(w)) push(w.slice(0, -4));
    }
  }
  return out;
}

/** Fills `{name}` slots of a template. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}

/** "−3", "+2", "−0.74": a valence as readers see it. */
export function formatValence(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}`;
}

/** The sentence that explains why a hit carried the valence it did. */
export function explainHit(model: SentimentModel, hit: ValenceHit): string {
  const { settings } = model;
  const magnitude = Math.abs(hit.base);
  let strength = settings.strengthWords[0]?.word ?? '';
  for (const s of settings.strengthWords) if (magnitude >= s.min) strength = s.word;
  const polarity = hit.base > 0 ? settings.polarityWords.positive : settings.polarityWords.negative;
  const note = hit.rating.note ?? '';
  const template = hit.form !== undefined ? settings.templates.inflected + settings.templates[hit.rating.source] : settings.templates[hit.rating.source];
  let out = fillTemplate(template, {
    form: hit.form ?? hit.term,
    term: hit.term,
    base: formatValence(hit.base),
    strength,
    polarity,
    note,
  });
  let running = hit.base;
  for (const m of [...hit.modifiers].reverse().sort((a, b) => modifierOrder(a) - modifierOrder(b))) {
    running *= m.factor;
    const template = m.template
      ? (settings.templates as Record<string, string>)[m.template]
      : m.role === 'negator'
        ? settings.templates.negated
        : m.role === 'intensifier'
          ? settings.templates.intensified
          : m.role === 'downtoner'
            ? settings.templates.downtoned
            : m.role === 'concession'
              ? (settings.templates.concession ?? '')
              : m.role === 'contrast-before'
              ? settings.templates.contrastBefore
              : m.role === 'contrast-after'
                ? settings.templates.contrastAfter
                : '';
    out += fillTemplate(template, { modifier: m.text, value: formatValence(running) });
  }
  return out;
}

function modifierOrder(m: AppliedModifier): number {
  return m.role === 'intensifier' || m.role === 'downtoner' ? 0 : m.role === 'negator' ? 1 : 2;
}
