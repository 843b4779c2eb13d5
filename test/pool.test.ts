// Corpus runs on worker threads: the same bytes as one thread, rows in input order, JSONL streaming, the progress bar.

import test from 'ava';
import { mkdtempSync, readFileSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { analyze } from '../src/analyze.js';
import { startSummaryPool } from '../src/corpus/pool.js';
import { corpusProgress } from '../src/corpus/progress.js';
import { corpusJobs, summarizeCorpus } from '../src/corpus/run.js';
import { summarizeFile } from '../src/corpus/summary.js';
import { folderOf } from './helpers/files.js';
import { runCli } from './helpers/io.js';
import { sharedPath, sharedTest } from './helpers/shared.js';

const TEXTS: Record<string, string> = {
  // A long first document, so a later short one finishes first on another worker.
  '1901-long.txt': `${'We must stand together against those who would divide us. They want us afraid; we will not be afraid. '.repeat(60)}\nRemember 1776! Never again!\n`,
  '1902-short.txt': 'Join us now. Down with tyranny!\n',
  '1903-plain.md': '# Minutes\n\nThe committee met on Tuesday. It reviewed the budget and adjourned at noon.\n',
  '1904-empty.txt': '',
  '1905-history.txt': 'As in 1933, when Roosevelt faced the Depression, we face a test like the Great Depression. Our enemies in Washington want to take what is ours.\n',
};

function tempCorpus(texts: Record<string, string> = TEXTS): string {
  return folderOf(texts, 'rl-pool-');
}


test('--jobs 2 writes the same summary.json and summary.csv bytes as --jobs 1, rows in input order', async (t) => {
  const dir = tempCorpus();
  const one = await runCli(['analyze', dir, '--out', 'o1', '--name', 'c', '--jobs', '1', '--quiet'], dir);
  const two = await runCli(['analyze', dir, '--out', 'o2', '--name', 'c', '--jobs', '2', '--quiet'], dir);
  t.is(one.code, 1, one.err); // the empty file is skipped with an error
  t.is(two.code, 1, two.err);
  t.is(two.err, one.err);
  for (const f of ['summary.json', 'summary.csv']) {
    t.is(readFileSync(join(dir, 'o2', 'c', f), 'utf8'), readFileSync(join(dir, 'o1', 'c', f), 'utf8'), f);
  }
  const rows = JSON.parse(readFileSync(join(dir, 'o1', 'c', 'summary.json'), 'utf8')) as unknown;
  const list = (Array.isArray(rows) ? rows : (rows as { rows: { file: string }[] }).rows) as { file: string; scores: Record<string, number> }[];
  t.deepEqual(list.map((r) => r.file), Object.keys(TEXTS));
  // Not a run of zeros: the comparison means something.
  t.true(list.some((r) => Object.values(r.scores).some((s) => s !== 0)));
});

test('the pool gives the same rows as summarizeFile on this thread, in input order', async (t) => {
  const dir = tempCorpus();
  const { jobs } = corpusJobs(dir, dir);
  const pool = startSummaryPool(2);
  try {
    const seen: string[] = [];
    const pooled = await summarizeCorpus(jobs, {}, (row) => seen.push(row.file), pool.summarize, 4);
    const local = jobs.map((j) => summarizeFile(j));
    t.deepEqual(pooled, local);
    t.deepEqual(seen, Object.keys(TEXTS));
  } finally {
    await pool.close();
  }
  await t.throwsAsync(() => Promise.resolve(pool.summarize(jobs[0], {})), { message: /closed/ });
});

test('a worker that runs out of heap leaves its documents to this thread: the same rows, in input order', async (t) => {
  const dir = tempCorpus();
  const { jobs } = corpusJobs(dir, dir);
  // Too small for a worker to load the analyzers: every worker stops, is replaced until the pool gives up, and every
  // document is summarized on the main thread.
  const pool = startSummaryPool(2, false, { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 });
  try {
    const pooled = await summarizeCorpus(jobs, {}, () => {}, pool.summarize, 4);
    t.deepEqual(pooled, jobs.map((j) => summarizeFile(j)));
  } finally {
    await pool.close();
  }
});

test('--format jsonl: one compact line per document on stdout (row and findings), nothing else, same with 1 or 2 jobs', async (t) => {
  const dir = tempCorpus();
  const one = await runCli(['analyze', dir, '--out', 'o1', '--format', 'jsonl', '--jobs', '1'], dir);
  const two = await runCli(['analyze', dir, '--out', 'o2', '--format', 'jsonl', '--jobs', '2'], dir);
  t.is(two.out, one.out);
  const lines = one.out.split('\n');
  t.is(lines.pop(), '');
  t.is(lines.length, Object.keys(TEXTS).length);
  const parsed = lines.map((l) => JSON.parse(l) as { file: string; error?: string; findings?: { quote: string; start: number }[] });
  t.deepEqual(parsed.map((r) => r.file), Object.keys(TEXTS));
  for (const l of lines) t.is(l, JSON.stringify(JSON.parse(l)), 'compact JSON');
  t.truthy(parsed[3].error);
  const text = TEXTS['1905-history.txt'];
  // The corpus dates each document by its file name, as analyze() is told with `year`.
  t.deepEqual(parsed[4].findings, analyze(text, { name: '1905-history.txt', year: 1905 }).findings);
  t.true((parsed[4].findings ?? []).length > 0);
  t.regex(one.err, /skipped 1904-empty\.txt/);
});

test('bad --jobs values are usage errors; jsonl on one file prints that one document as one line', async (t) => {
  const dir = tempCorpus();
  for (const bad of ['0', '1.5', 'x']) {
    const r = await runCli(['analyze', dir, '--jobs', bad], dir);
    t.is(r.code, 2, bad);
    t.regex(r.err, /--jobs/);
  }
  const r = await runCli(['analyze', join(dir, '1902-short.txt'), '--format', 'jsonl'], dir);
  t.is(r.code, 0);
  const lines = r.out.trimEnd().split('\n');
  t.is(lines.length, 1);
  t.true(Array.isArray((JSON.parse(lines[0]) as { findings: unknown[] }).findings));
});

/** A stream that says it is a terminal and keeps what is written. */
function fakeTerminal(): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const w = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) }) as unknown as NodeJS.WriteStream;
  Object.assign(w, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: w, text: () => text };
}

test('the progress bar shows documents, words/s and ETA on a terminal, and nothing when quiet or not a terminal', (t) => {
  const row = { file: 'a', title: 'a', author: null, year: null, words: 1000, sections: 1, sentences: 10, scores: {} };
  const term = fakeTerminal();
  const p = corpusProgress(3, true, term.stream);
  p.tick(row);
  p.tick(row);
  p.stop();
  t.regex(term.text(), /\/3 documents \| \d+ words\/s \| ETA/);
  const quiet = fakeTerminal();
  const q = corpusProgress(3, false, quiet.stream);
  q.tick(row);
  q.stop();
  t.is(quiet.text(), '');
  const pipe = fakeTerminal();
  Object.assign(pipe.stream, { isTTY: false });
  const n = corpusProgress(3, true, pipe.stream);
  n.tick(row);
  n.stop();
  t.is(pipe.text(), '');
});

sharedTest('inaugural addresses: --jobs 2 and --jobs 1 give byte-identical summary.json and JSONL (findings included)', async (t) => {
  const src = sharedPath('corpus/inaugural');
  const dir = mkdtempSync(join(tmpdir(), 'rl-pool-inaugural-'));
  const picked = readdirSync(src).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 10 === 0);
  for (const f of picked) copyFileSync(join(src, f), join(dir, f));
  const one = await runCli(['analyze', dir, '--out', 'o1', '--name', 'c', '--jobs', '1', '--format', 'jsonl'], dir);
  const two = await runCli(['analyze', dir, '--out', 'o2', '--name', 'c', '--jobs', '2', '--format', 'jsonl'], dir);
  t.is(one.code, 0, one.err);
  t.is(two.out, one.out);
  t.is(one.out.split('\n').length - 1, picked.length);
  t.is(readFileSync(join(dir, 'o2', 'c', 'summary.json'), 'utf8'), readFileSync(join(dir, 'o1', 'c', 'summary.json'), 'utf8'));
});
