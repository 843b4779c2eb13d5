// Two runs writing one report folder at the same time (two analyze runs with the same --name, or compare --name beside
// analyze): the second waits for the first to finish, so the manifest keeps the entries of both, and every file it lists
// is whole and of the run it lists it for, with nothing of the other left unlisted.

import test from 'ava';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_FILE } from '../src/report/write.js';
import { listFiles } from './helpers/files.js';
import { labelledContents } from './helpers/labelled-files.js';

const SCRIPT = fileURLToPath(new URL('./helpers/report-writer.ts', import.meta.url));

interface Writer {
  kind: string;
  label: string;
  paths: string[];
}

/** Runs two writers into `dir` at once: both are started and loaded, then both told to write, each held at its first rename until the other gets there too (or 2 s pass). */
async function writeAtOnce(dir: string, barrier: string, writers: [Writer, Writer]): Promise<{ status: number | null; stderr: string }[]> {
  rmSync(barrier, { recursive: true, force: true });
  mkdirSync(barrier);
  const children = writers.map((w, i) =>
    spawn(process.execPath, ['--import', import.meta.resolve('tsx'), SCRIPT, dir, w.kind, w.label, ...w.paths], {
      env: { ...process.env, BARRIER: barrier, ME: String(i), OTHER: String(1 - i) },
      stdio: ['pipe', 'pipe', 'pipe'],
    }),
  );
  const ended = children.map(
    (child) =>
      new Promise<{ status: number | null; stderr: string }>((resolve) => {
        let stderr = '';
        child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (status) => resolve({ status, stderr }));
      }),
  );
  await Promise.all(children.map((child) => new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()))));
  for (const child of children) child.stdin!.end('go\n');
  return Promise.all(ended);
}

function manifestOf(dir: string): Record<string, string[]> {
  return (JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { files: Record<string, string[]> }).files;
}

const ANALYZE_ONE = ['report.json', 'report.md', 'sections/01-one.svg'];
const ANALYZE_TWO = ['report.json', 'report.md', 'sections/02-two.svg'];
const COMPARE = ['compare.json', 'compare.md'];

test('analyze and compare writing one folder at once: the manifest lists both, every file whole and of its run', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'rl-concurrent-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  const dir = join(root, 'speech');
  for (let round = 0; round < 4; round++) {
    const analyze = { kind: 'analyze', label: `analyze-${round}`, paths: round % 2 ? ANALYZE_TWO : ANALYZE_ONE };
    const compare = { kind: 'compare', label: `compare-${round}`, paths: COMPARE };
    const ends = await writeAtOnce(dir, join(root, 'barrier'), round % 2 ? [compare, analyze] : [analyze, compare]);
    for (const end of ends) t.is(end.status, 0, end.stderr);
    t.deepEqual(manifestOf(dir), { analyze: analyze.paths, compare: COMPARE }, `round ${round}`);
    for (const w of [analyze, compare]) for (const p of w.paths) t.is(readFileSync(join(dir, p), 'utf8'), labelledContents(w.label, p), `${p} of ${w.label}`);
    t.deepEqual(listFiles(dir), [MANIFEST_FILE, ...analyze.paths, ...COMPARE].sort(), `nothing else in the folder (round ${round})`);
  }
});

test('two runs of one kind writing one folder at once: the folder holds the whole set of one, and nothing of the other', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'rl-concurrent-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  const dir = join(root, 'speech');
  for (let round = 0; round < 4; round++) {
    // Comparisons (an analyze run also removes section charts it finds unlisted, which would hide a lost entry).
    const one = { kind: 'compare', label: `one-${round}`, paths: [...COMPARE, 'compare-one.svg'] };
    const two = { kind: 'compare', label: `two-${round}`, paths: [...COMPARE, 'compare-two.svg'] };
    const ends = await writeAtOnce(dir, join(root, 'barrier'), round % 2 ? [two, one] : [one, two]);
    for (const end of ends) t.is(end.status, 0, end.stderr);
    const listed = manifestOf(dir).compare;
    const last = [one, two].find((w) => [...w.paths].sort().join() === listed.join());
    t.truthy(last, `the manifest lists the files of one run (${listed.join(', ')})`);
    for (const p of listed) t.is(readFileSync(join(dir, p), 'utf8'), labelledContents(last!.label, p), `${p} of ${last!.label}`);
    t.deepEqual(listFiles(dir), [MANIFEST_FILE, ...listed].sort(), `the other run's own file is gone (round ${round})`);
  }
});
