// A warning on stderr when a text does not look like English, since its scores then say little (the CLI's stdout is untouched).

import { stopWordsFrom } from '../compare/model.js';
import { loadLexicons } from '../lexicon/load.js';
import { notEnglishReason } from '../text/language.js';
import { escapeControlChars } from '../util/escape.js';
import type { CliIO } from './io.js';

/** Writes one warning line to stderr when the text `name` does not look like English. */
export function warnIfNotEnglish(name: string, text: string, lexiconDirs: readonly string[], io: CliIO): void {
  const reason = notEnglishReason(text, stopWordsFrom(loadLexicons(lexiconDirs)));
  if (reason) warnNotEnglish(name, reason, io);
}

/** The warning line for the text `name`, which does not look like English for `reason` (judged where the text was read). */
export function warnNotEnglish(name: string, reason: string, io: CliIO): void {
  io.stderr(`rhetoric: warning: ${escapeControlChars(name)} does not look like English (${reason}); the rules and word lists are written for English, so its scores say little\n`);
}
