// eval --sentiment-tsv reads the rated file as a text is read: encodings, byte-order marks and the size limit.

import test from 'ava';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { parseSentimentTsv } from '../src/eval/sentiment-tsv.js';
import { InputError } from '../src/util/errors.js';
import { captureIO } from './helpers/io.js';

const RATINGS = fileURLToPath(new URL('./fixtures/eval/ratings.tsv', import.meta.url));

async function run(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(dir);
  const code = await main(['eval', '--sentiment-tsv', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

test('a UTF-16 rated file (with its byte-order mark) gives the figures of the same file in UTF-8', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-tsv-'));
  try {
    const text = readFileSync(RATINGS, 'utf8');
    writeFileSync(join(dir, 'utf8.tsv'), text);
    writeFileSync(join(dir, 'utf16.tsv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const utf8 = await run(dir, 'utf8.tsv');
    const utf16 = await run(dir, 'utf16.tsv');
    t.is(utf8.code, 0, utf8.err);
    t.is(utf16.code, 0, utf16.err);
    t.is(utf16.out, utf8.out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a Latin-1 rated file is refused as invalid UTF-8 (not read with replacement characters), and read with --encoding latin1', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-tsv-'));
  try {
    const text = 'r1\t2.5\tWhat a wonderful caf\u00e9!\nr2\t-3\tThis is a terrible, hateful disaster.\nr3\t0.1\tThe committee meets on Tuesday.\n';
    writeFileSync(join(dir, 'latin1.tsv'), Buffer.from(text, 'latin1'));
    writeFileSync(join(dir, 'utf8.tsv'), text);
    const refused = await run(dir, 'latin1.tsv');
    t.is(refused.code, 1);
    t.is(refused.out, '');
    t.regex(refused.err, /^rhetoric: \S*latin1\.tsv is not valid UTF-8 \(first bad byte at offset 27\); for a legacy file try --encoding latin1\n$/);
    const read = await run(dir, 'latin1.tsv', '--encoding', 'latin1');
    t.is(read.code, 0, read.err);
    t.is(read.out, (await run(dir, 'utf8.tsv')).out, 'the same figures as the text in UTF-8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--max-bytes limits the rated file as it limits a text', async (t) => {
  const over = await run(process.cwd(), RATINGS, '--max-bytes', '10');
  t.is(over.code, 1);
  t.is(over.out, '');
  t.regex(over.err, /^rhetoric: \S*ratings\.tsv is \d+ bytes, over the limit of 10 \(raise the limit with --max-bytes\)\n$/);
});

test('a rating must be a decimal number: hexadecimal, binary and octal forms are refused, not read as 16, 1 and 7', (t) => {
  for (const rating of ['0x10', '0b1', '0o7', 'Infinity', '1_000', '']) {
    t.throws(() => parseSentimentTsv(`r1\t${rating}\tgood\n`, 'f.tsv'), { instanceOf: InputError, message: `f.tsv:1: rating "${rating}" is not a number` }, rating);
  }
  const rows = parseSentimentTsv('r1\t2.5\ta\nr2\t-3\tb\nr3\t+.5\tc\nr4\t1e-1\td\nr5\t 7. \te\n', 'f.tsv');
  t.deepEqual(rows.map((r) => r.rating), [2.5, -3, 0.5, 0.1, 7]);
});

test('--rule and a config file\'s rules switch sentiment rules off for --sentiment-tsv too, as eval announces', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-tsv-'));
  try {
    writeFileSync(join(dir, 'ratings.tsv'), readFileSync(RATINGS));
    const all = await run(dir, 'ratings.tsv', '--format', 'json');
    t.is(all.code, 0, all.err);
    t.true((JSON.parse(all.out) as { sentiment: { pearson: number } }).sentiment.pearson > 0.8, all.out);
    // Without AFINN's ratings (and the lone "!" lean) no text of this file has a rated word left: no correlation.
    const off = await run(dir, 'ratings.tsv', '--format', 'json', '--rule', 'sentiment-afinn=off', '--rule', 'sentiment-exclamation=off');
    t.is(off.code, 0, off.err);
    t.is((JSON.parse(off.out) as { sentiment: { pearson: number } }).sentiment.pearson, 0);
    writeFileSync(join(dir, '.rhetoricrc.json'), JSON.stringify({ rules: { 'sentiment-afinn': 'off', 'sentiment-exclamation': 0 } }));
    const configured = await run(dir, 'ratings.tsv', '--format', 'json');
    t.is(configured.code, 0, configured.err);
    t.regex(configured.err, /eval uses rules from \S*\.rhetoricrc\.json/);
    t.is(configured.out, off.out, 'the rules the message names are the rules used');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
