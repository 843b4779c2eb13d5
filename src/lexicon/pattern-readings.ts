// What compilePatterns reads from a pattern besides compiling it (the literals every match needs, the source of its
// lower-cased twin), kept once per process and recorded by `npm run build`, so that a fresh process (a library user, a
// corpus worker, a run without the startup snapshot) looks the built-in patterns' readings up instead of reading them.

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../util/digest.js';
import { writeFileAtomic } from '../util/fs.js';
import type { LiteralTest } from './literal-index.js';
import type { Literal } from './literals.js';

/** What compilePatterns reads from one pattern's source, its literals numbered in the literal index of its case mode. */
export interface PatternReading {
  /** The literals every match contains (see `requiredLiterals`), as `mayMatch` tests them. */
  test: LiteralTest;
  /** Literals one of which every match contains, to file the pattern under (see `keyLiterals`); undefined: none. */
  key: number[] | undefined;
  /** The source of the lower-cased twin of a case-insensitive pattern (see `lowerCasedSource`), if it has one. */
  lowered: string | undefined;
}

/** The build's record, beside the compiled code that reads it (from src/ there is none unless a test writes one). */
export const PATTERN_READINGS = fileURLToPath(new URL('./pattern-readings.json', import.meta.url));

/**
 * The files whose code makes a reading or reads the record (the compiled ones, or the sources under tsx), as one digest:
 * a record made by other code is not used.
 */
function readingCode(): string {
  const ext = extname(fileURLToPath(import.meta.url));
  const files = ['./literals', './literal-index', './match', './pattern-readings'];
  return sha256Hex(files.map((name) => readFileSync(new URL(`${name}${ext}`, import.meta.url), 'utf8')).join('\0'));
}

interface StoredRecord {
  code: string;
  /** The literals of the two literal indexes (case-insensitive, case-sensitive patterns), by number. */
  folded: Literal[];
  exact: Literal[];
  /** By key (see `readingKey`): the literal test, the key literals or null, the lowered source or null. */
  readings: Record<string, [LiteralTest, number[] | null, string | null]>;
}

/** The key of a pattern's reading: what it depends on, the source and whether the pattern ignores case. */
export function readingKey(source: string, ignoreCase: boolean): string {
  return `${ignoreCase ? 'i' : '-'}${source}`;
}

/**
 * The readings recorded in `file`, by key, and the literals their numbers stand for; undefined when there is no record
 * or other code made it. The numbers are those of the literal indexes that numbered `folded` and `exact` in order.
 */
export function recordedReadings(file = PATTERN_READINGS): { readings: Map<string, PatternReading>; folded: Literal[]; exact: Literal[] } | undefined {
  let stored: StoredRecord;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredRecord;
    if (stored.code !== readingCode()) return undefined;
  } catch {
    return undefined;
  }
  const readings = new Map<string, PatternReading>();
  for (const [key, [test, literals, lowered]] of Object.entries(stored.readings)) readings.set(key, { test, key: literals ?? undefined, lowered: lowered ?? undefined });
  return { readings, folded: stored.folded, exact: stored.exact };
}

/** Writes `readings` to `file`, with the literals of both literal indexes that their numbers stand for. */
export function writeReadings(readings: ReadonlyMap<string, PatternReading>, literals: { folded: readonly Literal[]; exact: readonly Literal[] }, file = PATTERN_READINGS): void {
  const stored: StoredRecord = { code: readingCode(), folded: [...literals.folded], exact: [...literals.exact], readings: {} };
  for (const [key, { test, key: keyLiterals, lowered }] of readings) stored.readings[key] = [test, keyLiterals ?? null, lowered ?? null];
  writeFileAtomic(file, JSON.stringify(stored));
}
