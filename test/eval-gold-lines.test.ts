// Malformed gold lines: `rhetoric eval` refuses them in one line that says what is wrong, instead of scoring nonsense.

import test from 'ava';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';
import { evaluateGold, InputError, readGold } from '../src/index.js';

const TEXT = 'We must act now.\n';
const LABELS = { sentiment: 1, slogan: 0, historical_analogy: 0, us_them: 0, call_to_action: 1 };

/** A gold folder beside a corpus folder (as shared/ has them), with `gold` written as the gold file's content. */
function goldFile(gold: string): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'rl-gold-'));
  mkdirSync(join(root, 'gold'));
  mkdirSync(join(root, 'corpus'));
  writeFileSync(join(root, 'corpus', 's.txt'), TEXT);
  writeFileSync(join(root, 'gold', 'g.jsonl'), gold);
  return { root, file: join(root, 'gold', 'g.jsonl') };
}

const line = (sentences: object[]) => JSON.stringify({ doc: 'corpus/s.txt', sentences });

async function evaluate(gold: string, ...flags: string[]): Promise<{ code: number; err: string; out: string }> {
  const { root, file } = goldFile(gold);
  const io = captureIO(root);
  const code = await main(['eval', file, ...flags], io);
  return { code, err: io.err(), out: io.out() };
}

test('a well-formed line scores (the cases below differ from it in one thing only)', async (t) => {
  const r = await evaluate(`${line([{ start: 0, end: 16, ...LABELS }])}\n`);
  t.is(r.code, 0, r.err);
  t.regex(r.out, /call_to_action\s+1\.000\s+1\.000\s+1\.000\s+1\s+0\s+0/);
});

test('a sentence whose end is not after its start is refused with its line and field', async (t) => {
  const r = await evaluate(`${line([{ start: 10, end: 2, ...LABELS }])}\n`);
  t.is(r.code, 1);
  t.regex(r.err, /^rhetoric: .*g\.jsonl:1: sentences\.0\.end: end must be after start\n$/);
});

test('a sentence that ends past the end of its text is refused, naming the gold file, line, span and document', async (t) => {
  const r = await evaluate(`${line([{ start: 0, end: 8, ...LABELS }])}\n${line([{ start: 8, end: 999, ...LABELS }])}\n`);
  t.is(r.code, 1);
  t.regex(r.err, new RegExp(`^rhetoric: \\S*g\\.jsonl:2: gold sentence 1 \\(8–999\\) ends past the end of corpus/s\\.txt \\(${TEXT.length} characters\\): is this the annotated version of the file\\?\\n$`));
});

test('sentences that overlap or are out of order are refused in one line naming the file, line and both spans', async (t) => {
  const overlap = await evaluate(`${line([{ start: 0, end: 8, ...LABELS }, { start: 5, end: 16, ...LABELS }])}\n`);
  t.is(overlap.code, 1);
  t.regex(overlap.err, /^rhetoric: \S*g\.jsonl:1: sentence 2 \(5–16\) overlaps sentence 1 \(0–8\): gold sentences must not overlap\n$/);
  const order = await evaluate(`${line([{ start: 8, end: 16, ...LABELS }, { start: 0, end: 7, ...LABELS }])}\n`);
  t.is(order.code, 1);
  t.regex(order.err, /^rhetoric: \S*g\.jsonl:1: sentence 2 \(0–7\) starts before sentence 1 \(8–16\): gold sentences must be listed in text order\n$/);
  // Sentences that touch (one ends where the next starts) are fine.
  const touching = await evaluate(`${line([{ start: 0, end: 8, ...LABELS }, { start: 8, end: 16, ...LABELS }])}\n`);
  t.is(touching.code, 0, touching.err);
});

test('a document may stand on two lines, but a sentence listed on both is refused rather than scored twice', async (t) => {
  const parts = await evaluate(`${line([{ start: 0, end: 8, ...LABELS }])}\n${line([{ start: 8, end: 16, ...LABELS }])}\n`);
  t.is(parts.code, 0, parts.err);
  t.regex(parts.out, /sentences: 2\n/);
  const twice = await evaluate(`${line([{ start: 0, end: 16, ...LABELS }])}\n${line([{ start: 0, end: 16, ...LABELS }])}\n`);
  t.is(twice.code, 1);
  t.regex(twice.err, /^rhetoric: \S*g\.jsonl:2: sentence 0–16 of corpus\/s\.txt overlaps sentence 0–16 on line 1: a sentence must not be listed twice\n$/);
  t.is(twice.out, '');
});

test('a document with no sentences is scored with a warning on stderr, not refused', async (t) => {
  const r = await evaluate(`${line([{ start: 0, end: 16, ...LABELS }])}\n${line([])}\n`);
  t.is(r.code, 0, r.err);
  t.regex(r.err, /^rhetoric: warning: \S*g\.jsonl:2: corpus\/s\.txt has no annotated sentences \("sentences": \[\]\), so it adds nothing to the figures\n$/);
  t.regex(r.out, /call_to_action\s+1\.000\s+1\.000\s+1\.000\s+1\s+0\s+0/);
});

test('a missing label says what it must be, and a line that is no object says so plainly', async (t) => {
  const { call_to_action: _missing, ...rest } = LABELS;
  const missing = await evaluate(`${line([{ start: 0, end: 16, ...rest }])}\n`);
  t.is(missing.code, 1);
  t.regex(missing.err, /g\.jsonl:1: sentences\.0\.call_to_action: must be 0 or 1\n$/);
  const array = await evaluate('[1, 2]\n');
  t.regex(array.err, /g\.jsonl:1: the line: .*expected object/);
});

test('a gold file saved with a byte-order mark and CRLF line ends reads like any other', async (t) => {
  const r = await evaluate(`\uFEFF${line([{ start: 0, end: 16, ...LABELS }])}\r\n`);
  t.is(r.code, 0, r.err);
});

test('eval takes --max-bytes and --encoding as analyze does, and a document over the limit is told about --max-bytes', async (t) => {
  const ok = `${line([{ start: 0, end: 16, ...LABELS }])}\n`;
  const over = await evaluate(ok, '--max-bytes', '5');
  t.is(over.code, 1);
  t.regex(over.err, /^rhetoric: \S*s\.txt is 17 bytes, over the limit of 5 \(raise the limit with --max-bytes\)\n$/);
  t.is((await evaluate(ok, '--max-bytes', '1K', '--encoding', 'latin1')).code, 0);
  const bad = await evaluate(ok, '--max-bytes', 'abc');
  t.is(bad.code, 2);
  t.regex(bad.err, /--max-bytes must be a number of bytes such as 1000000 or 50M, not "abc"/);
});

test('evaluateGold takes the same read options as loadFile, and names the maxBytes option to a library caller', (t) => {
  const { file } = goldFile(`${line([{ start: 0, end: 16, ...LABELS }])}\n`);
  t.throws(() => evaluateGold(readGold(file), { load: { maxBytes: 5 } }), { instanceOf: InputError, message: /s\.txt is 17 bytes, over the limit of 5 \(raise the limit with the maxBytes option\)$/ });
  t.is(evaluateGold(readGold(file), { load: { maxBytes: 100, encoding: 'latin1' } }).sentences, 1);
});
