// Human-rated sentiment sets in VADER's format (`id<TAB>mean rating<TAB>text`): read them and correlate a scorer with the ratings.

import { checkAnalyzeOptions, type AnalyzeOptions } from '../analyze.js';
import { EXCLAMATION_RULE, ruleOf } from '../analyzers/sentiment.js';
import { sentimentModel, scoreTokens, type ValenceHit } from '../analyzers/sentiment-model.js';
import { loadLexicons, type LexiconSet } from '../lexicon/load.js';
import { MAX_TAGGED_CHARS, Tagger, tagsAtOffset } from '../nlp/tagger.js';
import { tokenize } from '../text/tokens.js';
import { checkLoadOptions, loadFile, type LoadOptions } from '../text/load.js';
import { checkOptionsObject, checkPath, InputError } from '../util/errors.js';
import { pearson, spearman } from './stats.js';
import { withoutByteOrderMark } from '../util/fs.js';

/** One rated text. */
export interface RatedText {
  id: string;
  rating: number;
  text: string;
}

/** A rating as the rated files write it: a decimal number, with an optional sign, fraction and exponent. */
const DECIMAL = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?\s*$/i;

/** Parses a VADER-format ground-truth file. Errors name the file and line. */
export function parseSentimentTsv(content: string, file = 'input'): RatedText[] {
  const rows: RatedText[] = [];
  const lines = withoutByteOrderMark(content).split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.split('\t');
    if (fields.length < 3) throw new InputError(`${file}:${i + 1}: expected id<TAB>rating<TAB>text, found ${fields.length} field(s)`);
    // A decimal number only: Number() also reads "0x10" as 16, "0b1" as 1 and "Infinity".
    const rating = DECIMAL.test(fields[1]) ? Number(fields[1]) : Number.NaN;
    if (!Number.isFinite(rating)) throw new InputError(`${file}:${i + 1}: rating "${fields[1]}" is not a number`);
    rows.push({ id: fields[0], rating, text: fields.slice(2).join('\t') });
  });
  if (rows.length === 0) throw new InputError(`${file}: no rated texts`);
  return rows;
}

/**
 * Reads a VADER-format ground-truth file as loadFile() reads a text (`load`: its encoding and size limit): a UTF-8 or
 * UTF-16 byte-order mark, invalid UTF-8, a binary file and a pipe or device past the limit are each dealt with as for a text.
 */
export function readSentimentTsv(file: string, load: LoadOptions = {}): RatedText[] {
  checkPath(file, 'readSentimentTsv');
  return parseSentimentTsv(loadFile(file, load).text, file);
}

/**
 * Our score of a short text: the whole text scored as one unit, on the sentence scale (−1…+1); tagged only if a modifier
 * asks. `rules` (as analyze() takes them) leave out the ratings of a rule switched off or set to 0, as analyze() does.
 */
export function textSentiment(lexicons: LexiconSet, text: string, rules: AnalyzeOptions['rules'] = {}): number {
  const tags = tagsAtOffset(() => (text.length > MAX_TAGGED_CHARS ? [] : new Tagger().text(text, 0)));
  const counts = (rule: string) => rules[rule] !== 'off' && rules[rule] !== 0;
  const filter = Object.keys(rules).length > 0 ? { hit: (hit: ValenceHit) => counts(ruleOf(hit)), exclamation: counts(EXCLAMATION_RULE) } : undefined;
  return scoreTokens(sentimentModel(lexicons), tokenize(text), text, tags, filter).value;
}

/** How our sentiment agrees with human ratings: Pearson and Spearman correlation (four places) over `n` rated texts. */
export interface SentimentAgreement {
  pearson: number;
  spearman: number;
  n: number;
}

/** Pearson and Spearman correlation of `score` with the human mean ratings. */
export function correlate(rows: readonly RatedText[], score: (text: string) => number): SentimentAgreement {
  const gold = rows.map((r) => r.rating);
  const predicted = rows.map((r) => score(r.text));
  return { pearson: round(pearson(gold, predicted)), spearman: round(spearman(gold, predicted)), n: rows.length };
}

/** Options of evaluateSentimentTsv(). */
export interface SentimentTsvOptions {
  /** How the rated file is read (encoding, size limit), as loadFile() takes it. */
  load?: LoadOptions;
  /** Rules switched off or re-weighted, as analyze() takes them: a sentiment rule "off" (or 0) no longer rates its words. */
  rules?: AnalyzeOptions['rules'];
}

/** Our analyzer's agreement with a rated file. */
export function evaluateSentimentTsv(file: string, lexiconDirs: readonly string[] = [], options: SentimentTsvOptions = {}): SentimentAgreement {
  checkPath(file, 'evaluateSentimentTsv');
  checkOptionsObject(options, 'evaluateSentimentTsv');
  if (options.load !== undefined) checkLoadOptions(options.load, 'evaluateSentimentTsv', 'options.load');
  checkAnalyzeOptions({ rules: options.rules }, 'evaluateSentimentTsv');
  return sentimentAgreement(readSentimentTsv(file, options.load), lexiconDirs, options.rules);
}

/** Our analyzer's agreement with rated texts already read (parseSentimentTsv), as evaluateSentimentTsv() measures a file's. */
export function sentimentAgreement(rows: readonly RatedText[], lexiconDirs: readonly string[] = [], rules: AnalyzeOptions['rules'] = {}): SentimentAgreement {
  const lexicons = loadLexicons(lexiconDirs);
  return correlate(rows, (text) => textSentiment(lexicons, text, rules));
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
