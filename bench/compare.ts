// Compare benchmark (npm run bench:compare): the built CLI's `rhetoric compare` over the State of the Union addresses with
// 1 and 2 workers: wall time, CPU time and peak RSS of the whole process (main thread and workers), with the load average,
// since other work on the machine changes every figure. Prints a table; writes nothing (bench/results.json is speed.ts's).
// Options: --no-build, --input <folder or glob> (default ../shared/corpus/sotu), --jobs 1,2.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNow, timedCliRun } from './timed-cli.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOTU = fileURLToPath(new URL('../../shared/corpus/sotu/', import.meta.url));

const argv = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};

/** One compare run, timed from outside: what /usr/bin/time reports of the process and every thread in it. */
interface CompareRun {
  jobs: number;
  texts: number;
  words: number;
  wallMs: number;
  cpuMs: number | null;
  peakRssMB: number | null;
  loadAverageBefore: number[];
}

function compareRun(input: string, jobs: number, out: string): CompareRun {
  const { wallMs, cpuMs, peakRssMB, loadAverageBefore } = timedCliRun(ROOT, ['compare', input, '--out', out, '--name', `run-${jobs}`, '--jobs', String(jobs), '--quiet'], 'compare');
  const comparison = JSON.parse(readFileSync(join(out, `run-${jobs}`, 'compare.json'), 'utf8')) as { texts: { words: number }[] };
  return {
    jobs,
    texts: comparison.texts.length,
    words: comparison.texts.reduce((n, t) => n + t.words, 0),
    wallMs,
    cpuMs,
    peakRssMB,
    loadAverageBefore,
  };
}

function main(): number {
  const input = option('input', SOTU);
  if (!existsSync(input) && !/[*?[\]{}]/.test(input)) {
    process.stderr.write(`bench: ${input} is absent; nothing to measure\n`);
    return 1;
  }
  if (!argv.includes('--no-build')) {
    spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
      process.stderr.write('bench: the build failed\n');
      return 1;
    }
  }
  const out = mkdtempSync(join(tmpdir(), 'rhetoric-bench-compare-'));
  try {
    // One run at a time: two at once would share the machine's cores and measure each other.
    const runs = option('jobs', '1,2').split(',').map(Number).map((jobs) => compareRun(input, jobs, out));
    const cell = (x: number | null) => (x === null ? '–' : String(x));
    const shown = relative(ROOT, input) || input;
    process.stdout.write(`| rhetoric compare ${shown} (${runs[0].texts} texts, ${runs[0].words} words) | wall ms | CPU ms | peak RSS MB | load before |\n|---|---:|---:|---:|---|\n`);
    for (const r of runs) process.stdout.write(`| --jobs ${r.jobs} | ${r.wallMs} | ${cell(r.cpuMs)} | ${cell(r.peakRssMB)} | ${r.loadAverageBefore.join(' ')} |\n`);
    process.stdout.write(`\nload average now ${loadNow().join(' ')}\n`);
    return 0;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = main();
