// The text's own year: analyze()'s `year` option, read by the CLI from --year, a MANIFEST.tsv or the file name.
import test from 'ava';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import { documentYear } from '../src/corpus/manifest.js';
import { UsageError } from '../src/util/errors.js';
import { captureIO } from './helpers/io.js';

// The only year the text writes is the past case it tells: read from the text alone, 1787 would be the text's own time.
const CHARTER = 'In 1787 delegates met in Philadelphia and wrote a charter for our nation.\n\nToday we face new trials of our own. We will meet them as free people do.\n';
const analogies = (year?: number): string[] =>
  analyze(CHARTER, { devices: ['historical_analogy'], ...(year !== undefined ? { year } : {}) })
    .findings.filter((f) => f.scored)
    .map((f) => f.quote);

test('a year given with the text dates it: the past it tells is measured from that year, not from the years it writes', (t) => {
  t.deepEqual(analogies(), [], 'undated, the text seems to be from 1787: its story is its own time');
  t.true(analogies(1990).some((q) => q.includes('1787')), 'from 1990, 1787 is two centuries back: a remote past told in a speech about now');
  t.deepEqual(analogies(1795), [], 'from 1795, 1787 is the recent past');
  t.is(analyze(CHARTER, { year: 1990 }).source.year, 1990, 'the report says which year it assumed');
  t.false('year' in analyze(CHARTER).source);
});

test('a year that is not a whole number from 1 to 9999 is a usage error, as any option of the wrong kind is', (t) => {
  for (const year of [0, -5, 1990.5, 10000, Number.NaN]) t.throws(() => analyze(CHARTER, { year }), { instanceOf: UsageError, message: /^analyze\(\): year must be a whole number from 1 to 9999, not / }, String(year));
});

test('the year of a document: its MANIFEST.tsv entry (beside it or one folder up), else a year that starts its file name', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'rhetoric-year-'));
  mkdirSync(join(root, 'speeches'));
  writeFileSync(join(root, 'MANIFEST.tsv'), 'path\ttitle\tyear\nspeeches/charter.txt\tThe Charter\t1990\nspeeches/1950-listed.txt\tListed\t1951\n');
  for (const f of ['charter.txt', '1950-listed.txt', '1960-unlisted.txt', 'plain.txt']) writeFileSync(join(root, 'speeches', f), CHARTER);
  t.is(documentYear(join(root, 'speeches', 'charter.txt')), 1990);
  t.is(documentYear(join(root, 'speeches', '1950-listed.txt')), 1951, 'the manifest wins over the file name');
  t.is(documentYear(join(root, 'speeches', '1960-unlisted.txt')), 1960);
  t.is(documentYear(join(root, 'speeches', 'plain.txt')), undefined);
});

test('rhetoric analyze dates one text by --year, else by its manifest or file name; --year is refused for a corpus', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-year-cli-'));
  writeFileSync(join(dir, '1990-charter.txt'), CHARTER);
  const year = async (args: string[]): Promise<number | undefined> => {
    const c = captureIO(dir);
    t.is(await main(['analyze', ...args, '--out', 'out', '--quiet'], c), 0, c.err());
    return (JSON.parse(readFileSync(join(dir, 'out', '1990-charter', 'report.json'), 'utf8')) as { source: { year?: number } }).source.year;
  };
  t.is(await year(['1990-charter.txt']), 1990, 'from the file name');
  t.is(await year(['1990-charter.txt', '--year', '1801']), 1801, '--year wins');
  for (const bad of [['1990-charter.txt', '--year', 'soon'], ['1990-charter.txt', '--year', '0'], ['.', '--year', '1990']]) {
    const c = captureIO(dir);
    t.is(await main(['analyze', ...bad, '--out', 'out'], c), 2, bad.join(' '));
    t.regex(c.err(), /^rhetoric: --year /, 'a usage error that names the option');
    t.notRegex(c.err(), /\n\s+at /, 'no stack trace');
  }
});

test('the library exports documentYear, so a file analyzed through the API is dated as the CLI dates it', async (t) => {
  const api = (await import('../src/index.js')) as Record<string, unknown>;
  t.is(typeof api.documentYear, 'function', 'documentYear is exported from the package entry point');
  const documentYear = api.documentYear as (path: string) => number | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'rl-document-year-'));
  writeFileSync(join(dir, '1936-harvest.txt'), 'The harvest was good this year.\n');
  writeFileSync(join(dir, 'harbour.txt'), 'The harbour was calm this year.\n');
  writeFileSync(join(dir, 'undated.txt'), 'The orchard was quiet this year.\n');
  writeFileSync(join(dir, 'MANIFEST.tsv'), 'path\ttitle\tauthor/speaker\tyear\nharbour.txt\tHarbour\tA. Speaker\t1912\n');
  t.is(documentYear(join(dir, '1936-harvest.txt')), 1936);
  t.is(documentYear(join(dir, 'harbour.txt')), 1912);
  t.is(documentYear(join(dir, 'undated.txt')), undefined);
  // The year the CLI's report.json records for the same file.
  const io = captureIO(dir);
  t.is(await main(['analyze', 'harbour.txt', '--format', 'json', '--no-config', '--out', 'out'], io), 0, io.err());
  t.is((JSON.parse(io.out()) as { source: { year?: number } }).source.year, documentYear(join(dir, 'harbour.txt')));
  t.throws(() => documentYear(42 as unknown as string), { instanceOf: UsageError, message: 'documentYear() takes a file path as a string, not 42' });
});
