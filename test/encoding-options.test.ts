import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { summarizeFile } from '../src/corpus/summary.js';
import { loadBuffer, loadFile, parseByteSize } from '../src/text/load.js';
import { UsageError } from '../src/util/errors.js';
import { captureIO } from './helpers/io.js';

// "Café société, déjà vu!" and more, encoded as Latin-1: invalid as UTF-8.
const LATIN1 = Buffer.from('Down with the tyrants of the café!\n\nWe must act now, together, déjà vu or not.\n', 'latin1');
const PLAIN = 'Let us march together. We must win.\n';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-enc-'));
  mkdirSync(join(dir, 'texts'));
  writeFileSync(join(dir, 'texts', '1901-legacy.txt'), LATIN1);
  writeFileSync(join(dir, 'texts', '1902-plain.txt'), PLAIN);
  return dir;
}

test('corpus runs pass --encoding on to every file', async (t) => {
  const dir = folder();
  const utf8 = captureIO(dir);
  t.is(await main(['analyze', 'texts', '--out', 'o1', '--jobs', '1', '--quiet', '--no-config'], utf8), 1, 'a file that is not UTF-8 is reported');
  t.regex(utf8.err(), /1901-legacy\.txt.*not valid UTF-8/);
  const latin1 = captureIO(dir);
  t.is(await main(['analyze', 'texts', '--out', 'o2', '--jobs', '1', '--quiet', '--no-config', '--encoding', 'latin1'], latin1), 0);
  const rows = JSON.parse(readFileSync(join(dir, 'o2', 'texts', 'summary.json'), 'utf8')) as { file: string; words: number; error?: string }[] | { rows: { file: string; words: number; error?: string }[] };
  const list = Array.isArray(rows) ? rows : rows.rows;
  t.true(list.every((r) => !r.error && r.words > 0));
});

test('corpus runs pass --max-bytes on to every file', async (t) => {
  const dir = folder();
  const io = captureIO(dir);
  t.is(await main(['analyze', 'texts', '--out', 'o', '--jobs', '1', '--quiet', '--no-config', '--encoding', 'latin1', '--max-bytes', '40'], io), 1);
  t.regex(io.err(), /over the limit of 40 \(raise the limit with --max-bytes\)/);
});

test('compare takes --encoding and --max-bytes', async (t) => {
  const dir = folder();
  const bad = captureIO(dir);
  t.is(await main(['compare', 'texts/1901-legacy.txt', 'texts/1902-plain.txt', '--out', 'c', '--quiet'], bad), 1);
  t.regex(bad.err(), /not valid UTF-8/);
  const good = captureIO(dir);
  t.is(await main(['compare', 'texts/1901-legacy.txt', 'texts/1902-plain.txt', '--out', 'c', '--quiet', '--encoding', 'latin1'], good), 0);
  const small = captureIO(dir);
  t.is(await main(['compare', 'texts/1901-legacy.txt', 'texts/1902-plain.txt', '--out', 'c', '--quiet', '--encoding', 'latin1', '--max-bytes', '40'], small), 1);
  t.regex(small.err(), /over the limit of 40 \(raise the limit with --max-bytes\)/);
});

test('a bad limit is named as its caller named it: maxBytes from the library, --max-bytes from the command line', (t) => {
  const dir = folder();
  const file = join(dir, 'texts', '1902-plain.txt');
  const error = t.throws(() => loadFile(file, { maxBytes: 0 }), { instanceOf: UsageError });
  t.is(error?.message, 'maxBytes must be a positive number of bytes, not 0');
  t.throws(() => parseByteSize('0'), { instanceOf: UsageError, message: /^--max-bytes must be a positive number of bytes/ });
});

test('a file over the limit is named as its caller named the limit: the maxBytes option from the library, --max-bytes from the command line', (t) => {
  const dir = folder();
  const file = join(dir, 'texts', '1902-plain.txt');
  const error = t.throws(() => loadFile(file, { maxBytes: 10 }), { message: /over the limit of 10/ });
  t.regex(error?.message ?? '', /\(raise the limit with the maxBytes option\)$/);
  t.notRegex(error?.message ?? '', /--max-bytes/);
  const buffer = t.throws(() => loadBuffer(Buffer.from(PLAIN), 'speech.txt', { maxBytes: 10 }));
  t.regex(buffer?.message ?? '', /^speech\.txt is \d+ bytes, over the limit of 10 \(raise the limit with the maxBytes option\)$/);
  const row = summarizeFile({ path: file, file: '1902-plain.txt' }, { load: { maxBytes: 10 } });
  t.regex(row.error ?? '', /\(raise the limit with the maxBytes option\)$/);
});
