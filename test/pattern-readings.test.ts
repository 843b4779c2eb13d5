import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLexicons } from '../src/lexicon/load.js';
import { exactLiterals, foldedLiterals, type LiteralTest } from '../src/lexicon/literal-index.js';
import { showLiteral, type Literal } from '../src/lexicon/literals.js';
import { compilePatterns, readingOf, recordPatternReadings } from '../src/lexicon/match.js';
import { readingKey, recordedReadings, type PatternReading } from '../src/lexicon/pattern-readings.js';
import type { PatternEntry } from '../src/lexicon/schema.js';

const ROOT = new URL('..', import.meta.url);
/** The record as the build writes it (src/lexicon/pattern-readings.ts). */
interface StoredRecord {
  folded: Literal[];
  exact: Literal[];
  readings: Record<string, [LiteralTest, number[] | null, string | null]>;
}
const builtinPatterns = (): PatternEntry[] =>
  [...loadLexicons().lexicons.values()].filter((l) => l.kind === 'patterns').flatMap((l) => l.entries as PatternEntry[]);
const ignoresCase = (e: PatternEntry): boolean => (e.flags ?? 'i').includes('i');

/** A reading in words: its test and key with each literal as its text (numbers differ from one literal index to another). */
function shown(reading: PatternReading, literals: readonly Literal[]): string {
  const test = (t: LiteralTest): unknown => (t.id >= 0 ? showLiteral(literals[t.id]) : { [t.all ? 'all' : 'any']: t.items.map(test) });
  return JSON.stringify([test(reading.test), reading.key?.map((id) => showLiteral(literals[id])), reading.lowered]);
}

test('a record holds the readings of this process, and reads back as they were; one made by other code is not used', (t) => {
  const entries = builtinPatterns();
  const compiled = compilePatterns(entries);
  const file = join(mkdtempSync(join(tmpdir(), 'readings-')), 'readings.json');
  recordPatternReadings(file);
  const record = recordedReadings(file);
  if (!record) return t.fail('the record was not read');
  t.deepEqual(record.folded, [...foldedLiterals.literals]);
  t.deepEqual(record.exact, [...exactLiterals.literals]);
  entries.forEach((e, i) => {
    const reading = record.readings.get(readingKey(e.pattern, ignoresCase(e)));
    t.deepEqual(reading?.test, compiled[i].literalTest, e.id);
    t.deepEqual(reading?.key, compiled[i].keyIds, e.id);
    t.is(reading?.lowered, compiled[i].lowered?.source, e.id);
  });
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { code: string };
  writeFileSync(file, JSON.stringify({ ...stored, code: 'other code' }));
  t.is(recordedReadings(file), undefined, 'a record of other code');
  t.is(recordedReadings(join(tmpdir(), 'no-such-record.json')), undefined, 'no record');
});

test("the build's record holds what the code reads from the patterns that the analyzers compile", (t) => {
  const file = new URL('dist/lexicon/pattern-readings.json', ROOT);
  const record = JSON.parse(readFileSync(file, 'utf8')) as StoredRecord;
  for (const [key, [test, literals, lowered]] of Object.entries(record.readings)) {
    const ignoreCase = key.startsWith('i');
    const made = readingOf(key.slice(1), ignoreCase);
    const recorded: PatternReading = { test, key: literals ?? undefined, lowered: lowered ?? undefined };
    t.is(shown(recorded, ignoreCase ? record.folded : record.exact), shown(made, ignoreCase ? foldedLiterals.literals : exactLiterals.literals), key.slice(0, 80));
  }
  // The same patterns as the analyzers compile from the sources to analyze a sentence, in a process of its own.
  const here = join(mkdtempSync(join(tmpdir(), 'readings-')), 'readings.json');
  const script = `
    import { analyze } from './src/index.ts';
    import { recordPatternReadings } from './src/lexicon/match.ts';
    analyze('Hello.', { name: 'warm-up.txt' });
    recordPatternReadings(${JSON.stringify(here)});`;
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT });
  const made = Object.keys((JSON.parse(readFileSync(here, 'utf8')) as StoredRecord).readings);
  t.deepEqual(Object.keys(record.readings).sort(), made.sort());
});

test("a fresh process of the compiled library numbers the build's recorded literals first, as it reads the record", (t) => {
  const record = JSON.parse(readFileSync(new URL('dist/lexicon/pattern-readings.json', ROOT), 'utf8')) as StoredRecord;
  const [entry] = builtinPatterns();
  const script = `
    import { compilePatterns } from './dist/lexicon/match.js';
    import { exactLiterals, foldedLiterals } from './dist/lexicon/literal-index.js';
    compilePatterns([${JSON.stringify(entry)}]);
    console.log(JSON.stringify([foldedLiterals.version, exactLiterals.version]));`;
  const versions = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' })) as number[];
  t.deepEqual(versions, [record.folded.length, record.exact.length]);
});
