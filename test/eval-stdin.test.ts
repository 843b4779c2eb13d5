// `rhetoric eval -` and `eval --sentiment-tsv -` read the gold file or the rated file from stdin, as analyze reads a text.

import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/eval/', import.meta.url));
const GOLD = readFileSync(`${FIXTURES}gold/tiny.jsonl`, 'utf8');
const RATINGS = readFileSync(`${FIXTURES}ratings.tsv`, 'utf8');

async function run(cwd: string, stdin: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(cwd, stdin);
  const code = await main(['eval', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

test('eval --sentiment-tsv - scores the rated texts piped in, as it scores the same file', async (t) => {
  const piped = await run(FIXTURES, RATINGS, '--sentiment-tsv', '-');
  t.is(piped.code, 0, piped.err);
  t.is(piped.out, (await run(FIXTURES, '', '--sentiment-tsv', 'ratings.tsv')).out);
  t.regex(piped.out, /^sentiment: Pearson r /);
  const bad = await run(FIXTURES, 'r1\tgood\tA fine day.\n', '--sentiment-tsv', '-');
  t.is(bad.code, 1);
  t.is(bad.err, 'rhetoric: stdin:1: rating "good" is not a number\n');
  const over = await run(FIXTURES, RATINGS, '--sentiment-tsv', '-', '--max-bytes', '10');
  t.is(over.code, 1);
  t.is(over.err, 'rhetoric: stdin is more than 10 bytes (raise the limit with --max-bytes)\n');
});

test('eval - reads the gold file piped in; its documents resolve against --root, else the current folder', async (t) => {
  const fromFile = await run(FIXTURES, '', 'gold/tiny.jsonl', '--format', 'json');
  t.is(fromFile.code, 0, fromFile.err);
  const inRoot = await run(FIXTURES, GOLD, '-', '--format', 'json');
  t.is(inRoot.code, 0, inRoot.err);
  t.is(inRoot.out, fromFile.out);
  const withRoot = await run(fileURLToPath(new URL('.', import.meta.url)), GOLD, '-', '--format', 'json', '--root', FIXTURES);
  t.is(withRoot.code, 0, withRoot.err);
  t.is(withRoot.out, fromFile.out);
  const bad = await run(FIXTURES, `${GOLD.trim()}\n{"doc": "corpus/speech.txt"`, '-');
  t.is(bad.code, 1);
  t.is(bad.out, '');
  t.is(bad.err, 'rhetoric: stdin:2: not valid JSON\n');
});
