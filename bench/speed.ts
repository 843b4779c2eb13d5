// Speed benchmark (npm run bench): wall time of the built CLI end to end on the op-ed, median of 5; writes bench/results.json.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OPED = fileURLToPath(new URL('../../shared/corpus/seed/no-volveran-2006.txt', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results.json');
const RUNS = 5;

/** One timed measurement: every run's milliseconds and their median. */
interface Timing {
  command: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  allMs: number[];
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `node args…` `runs` times (after one warm-up run for the disk cache) and times each run. */
function timeNode(args: string[], runs: number, label: string, shown: string = `node ${args.join(' ')}`): Timing {
  const once = (): number => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status}): ${r.stderr.trim()}`);
    return ms;
  };
  once();
  const all = Array.from({ length: runs }, once).map((ms) => Math.round(ms));
  return { command: shown, runs, medianMs: median(all), minMs: Math.min(...all), maxMs: Math.max(...all), allMs: all };
}

function main(): number {
  if (!existsSync(OPED)) {
    process.stderr.write(`bench: ${OPED} is absent; nothing to measure\n`);
    return 1;
  }
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, encoding: 'utf8' });
    if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
      process.stderr.write(`bench: the build failed:\n${build.stdout}${build.stderr}`);
      return 1;
    }
  }
  const out = mkdtempSync(join(tmpdir(), 'rhetoric-bench-'));
  try {
    const bin = join(ROOT, 'bin', 'rhetoric.js');
    const cliOped = timeNode([bin, 'analyze', OPED, '--out', out], RUNS, 'rhetoric analyze', 'node bin/rhetoric.js analyze ../shared/corpus/seed/no-volveran-2006.txt --out <tmp>');
    const nodeStartup = timeNode(['-e', ''], RUNS, 'node -e ""', 'node -e ""');
    const words = (JSON.parse(readFileSync(join(out, 'no-volveran-2006', 'report.json'), 'utf8')) as { source: { words: number } }).source.words;

    const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
    const results = {
      ...previous,
      cliOped: { ...cliOped, input: 'shared/corpus/seed/no-volveran-2006.txt', words, note: 'rhetoric analyze <op-ed> --out <tmp>, end to end (node start, analysis, md + json + 9 SVG)' },
      nodeStartup: { ...nodeStartup, note: 'an empty node process, for scale' },
      machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg().map((x) => Math.round(x * 100) / 100) },
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

    const rows: [string, Timing][] = [
      ['CLI on the op-ed', cliOped],
      ['node startup only', nodeStartup],
    ];
    process.stdout.write(`| measurement | median ms | min ms | max ms | runs |\n|---|---:|---:|---:|---:|\n`);
    for (const [name, t] of rows) process.stdout.write(`| ${name} | ${t.medianMs} | ${t.minMs} | ${t.maxMs} | ${t.runs} |\n`);
    process.stdout.write(`\nop-ed: ${words} words; wrote ${RESULTS.replace(ROOT, '')}\n`);
    return 0;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = main();
