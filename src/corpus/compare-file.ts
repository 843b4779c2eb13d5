// One text of a `rhetoric compare` run: path → what the comparison keeps of it. Plain data in and out, so a worker pool can call it.

import { analyze, requireProse } from '../analyze.js';
import { comparisonInputOf, stopWordsFrom, type ComparisonInput } from '../compare/model.js';
import { loadLexicons } from '../lexicon/load.js';
import { notEnglishReason } from '../text/language.js';
import { formatOption, loadFile } from '../text/load.js';
import { yearOption } from './manifest.js';
import type { SummaryOptions } from './summary.js';

/** A text to compare: its file, and what the run already knows of it. */
export interface ComparisonJob {
  /** Absolute path. */
  path: string;
  /** The name it is shown by (a folder's document: its path in the folder); default the file's base name. */
  name?: string;
  /** Its year (from a MANIFEST.tsv or the file name), for analyze()'s `year`. */
  year?: number;
}

/** What a compare run keeps of one text: the comparison's input, the name it was analyzed under, and whether it looks like English. */
export interface ComparedFile {
  name: string;
  input: ComparisonInput;
  /** Why the text does not look like English, when it does not (the command warns of it, as analyze does). */
  notEnglish?: string;
}

/**
 * Reads and analyzes one text and keeps what compareInputs() needs of it; the analysis result is dropped when this returns.
 * Bad input (unreadable, binary, no prose) throws its InputError: a comparison is of every text it names, or of none.
 */
export function compareFile(job: ComparisonJob, options: SummaryOptions = {}): ComparedFile {
  const { load, ...analysis } = options;
  const loaded = loadFile(job.path, load);
  const name = job.name ?? loaded.name;
  const notEnglish = notEnglishReason(loaded.text, stopWordsFrom(loadLexicons(analysis.lexicons)));
  const result = requireProse(analyze(loaded.text, { name, ...formatOption(loaded), ...analysis, ...yearOption(job.year) }));
  return { name, input: comparisonInputOf(result), ...(notEnglish ? { notEnglish } : {}) };
}
