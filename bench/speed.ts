// Speed benchmark (npm run bench): the built CLI on the op-ed (median of 5), corpus throughput with 1 and 2 workers against
// compromise and sentiment baselines on the same text, and peak memory; prints a table and writes bench/results.json.
// Options: --no-build, --quick (skip the run over the whole ../shared/corpus).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, uptime } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sentiment from 'sentiment';
import { loadNow, TIME, timedCliRun } from './timed-cli.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OPED = fileURLToPath(new URL('../../shared/corpus/seed/no-volveran-2006.txt', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results.json');
const RUNS = 5;
const SOTU = fileURLToPath(new URL('../../shared/corpus/sotu/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

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

/** Runs `node args…` `runs` times (after one warm-up run for the disk cache) and times each run; `env` is added to the environment. */
function timeNode(args: string[], runs: number, label: string, shown: string = `node ${args.join(' ')}`, env: NodeJS.ProcessEnv = {}): Timing {
  const once = (): number => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status}): ${r.stderr.trim()}`);
    return ms;
  };
  once();
  const all = Array.from({ length: runs }, once).map((ms) => Math.round(ms));
  return { command: shown, runs, medianMs: median(all), minMs: Math.min(...all), maxMs: Math.max(...all), allMs: all };
}


/**
 * What two processes at once get from this machine's two cores, for scale beside our jobs-2 ÷ jobs-1: the same small job
 * alone and two copies at once (each doing the full job), as 2 × alone ÷ both. `compute` is arithmetic on one array;
 * `allocation` builds many short-lived objects, as a text analysis does (its garbage collector helps itself to the idle
 * core when it runs alone). `analysis` is our own CLI on a sample of the SOTU addresses with --jobs 1: the most our workers
 * could get from the machine, with nothing shared between the two processes.
 */
const MACHINE_JOBS = {
  compute: 'const a=new Float64Array(1<<16);let h=0;for(let r=0;r<3000;r++)for(let i=0;i<a.length;i++){a[i]=a[i]*1.0000001+i;h^=i*r}if(h===0.5)console.log(h)',
  allocation: 'const keep=[];let n=0;for(let r=0;r<240;r++){const arr=[];for(let i=0;i<20000;i++)arr.push({w:"word"+i,t:new Set(["Noun","Plural"]),s:i});n+=arr.length;if(r%10===0)keep.push(arr)}if(n===0.5)console.log(n)',
} as const;

/** Our own analysis as a machine job: every 12th SOTU address analyzed by the CLI on one thread, in a folder of links. */
function analysisJob(out: string): string {
  const dir = join(out, 'machine-sample');
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(SOTU).filter((f) => f.endsWith('.txt')).sort();
  for (let i = 0; i < files.length; i += 12) symlinkSync(join(SOTU, files[i]), join(dir, files[i]));
  return `"${process.execPath}" "${join(ROOT, 'bin', 'rhetoric.js')}" analyze "${dir}" --jobs 1 --quiet --out "${join(out, 'machine-out-$RANDOM')}"`;
}

function machineScaling(out: string): Record<keyof typeof MACHINE_JOBS | 'analysis', { aloneMs: number; twoAtOnceMs: number; scaling: number }> {
  const wall = (script: string): number => {
    const t0 = performance.now();
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env } });
    if (r.status !== 0) throw new Error(`machine scaling job failed: ${r.stderr}`);
    return performance.now() - t0;
  };
  const scaling = {} as ReturnType<typeof machineScaling>;
  const jobs: [keyof ReturnType<typeof machineScaling>, string][] = [
    ...(Object.entries(MACHINE_JOBS) as [keyof typeof MACHINE_JOBS, string][]).map(([name, job]): [keyof typeof MACHINE_JOBS, string] => [name, `"${process.execPath}" -e '${job}'`]),
    ['analysis', analysisJob(out)],
  ];
  for (const [name, node] of jobs) {
    const alone = median([0, 1, 2].map(() => wall(node)));
    const both = median([0, 1, 2].map(() => wall(`${node} & ${node}; wait`)));
    scaling[name] = { aloneMs: Math.round(alone), twoAtOnceMs: Math.round(both), scaling: Math.round(((2 * alone) / both) * 100) / 100 };
  }
  return scaling;
}

/** One corpus run of the CLI: wall time, CPU time and peak RSS (from /usr/bin/time when present), words from summary.json. */
interface CorpusRun {
  command: string;
  documents: number;
  words: number;
  wallMs: number;
  cpuMs: number | null;
  wordsPerSecond: number;
  wordsPerCpuSecond: number | null;
  peakRssMB: number | null;
  loadAverageBefore: number[];
}

function corpusRun(input: string, shownInput: string, jobs: number, out: string): CorpusRun {
  const { timed, wallMs, cpuMs, peakRssMB, loadAverageBefore } = timedCliRun(ROOT, ['analyze', input, '--out', out, '--name', `run-${jobs}`, '--jobs', String(jobs), '--quiet'], 'corpus run');
  const rows = JSON.parse(readFileSync(join(out, `run-${jobs}`, 'summary.json'), 'utf8')) as unknown;
  const list = (Array.isArray(rows) ? rows : (rows as { rows: { words: number }[] }).rows) as { words: number }[];
  const words = list.reduce((n, row) => n + row.words, 0);
  return {
    command: `${timed ? `${TIME} -f %M ` : ''}node bin/rhetoric.js analyze ${shownInput} --out <tmp> --jobs ${jobs} --quiet`,
    documents: list.length,
    words,
    wallMs,
    cpuMs,
    wordsPerSecond: Math.round((words / wallMs) * 1000),
    wordsPerCpuSecond: cpuMs ? Math.round((words / cpuMs) * 1000) : null,
    peakRssMB,
    loadAverageBefore,
  };
}

/** A baseline over the same documents in this process: wall and CPU time of `fn` on each text (the texts are read first). */
interface Baseline {
  what: string;
  words: number;
  wallMs: number;
  cpuMs: number;
  wordsPerSecond: number;
  wordsPerCpuSecond: number;
  loadAverageBefore: number[];
}

function baseline(what: string, texts: readonly string[], words: number, fn: (text: string) => unknown): Baseline {
  const loadAverageBefore = loadNow();
  fn(texts[0]); // loads and warms up the library; not timed
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of texts) fn(t);
  const wallMs = Math.round(performance.now() - t0);
  const c = process.cpuUsage(c0);
  const cpuMs = Math.round((c.user + c.system) / 1000);
  return { what, words, wallMs, cpuMs, wordsPerSecond: Math.round((words / wallMs) * 1000), wordsPerCpuSecond: Math.round((words / cpuMs) * 1000), loadAverageBefore };
}

const ratio = (a: number | null, b: number | null): number | null => (a !== null && b !== null && b > 0 ? Math.round((a / b) * 100) / 100 : null);

function main(): number {
  if (!existsSync(OPED)) {
    process.stderr.write(`bench: ${OPED} is absent; nothing to measure\n`);
    return 1;
  }
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
      process.stderr.write(`bench: the build failed:\n${build.stdout}${build.stderr}`);
      return 1;
    }
  }
  const out = mkdtempSync(join(tmpdir(), 'rhetoric-bench-'));
  try {
    const bin = join(ROOT, 'bin', 'rhetoric.js');
    const cliOped = timeNode([bin, 'analyze', OPED, '--out', out], RUNS, 'rhetoric analyze', 'node bin/rhetoric.js analyze ../shared/corpus/seed/no-volveran-2006.txt --out <tmp>');
    // The same without the startup snapshot (src/cli/snapshot.ts): what loading compromise in the process costs.
    const cliOpedNoSnapshot = timeNode([bin, 'analyze', OPED, '--out', out], RUNS, 'rhetoric analyze', 'RHETORIC_SNAPSHOT=off node bin/rhetoric.js analyze ../shared/corpus/seed/no-volveran-2006.txt --out <tmp>', { RHETORIC_SNAPSHOT: 'off' });
    const nodeStartup = timeNode(['-e', ''], RUNS, 'node -e ""', 'node -e ""');
    // What the fixed stack costs before any analysis: loading the chart library and compromise, each in a fresh process.
    const loadD3Node = timeNode(['--input-type=module', '-e', "await import('d3-node')"], RUNS, 'load d3-node', 'node -e "await import(\'d3-node\')"');
    const loadCompromise = timeNode(['-e', "require('compromise/two')('Tag this sentence.').json()"], RUNS, 'load compromise', 'node -e "require(\'compromise/two\')(…).json()"');
    const words = (JSON.parse(readFileSync(join(out, 'no-volveran-2006', 'report.json'), 'utf8')) as { source: { words: number } }).source.words;

    // Throughput over the State of the Union addresses: the whole analysis (node start to the report files) with 1 and 2 workers.
    const sotu = existsSync(SOTU);
    const jobs1 = sotu ? corpusRun(SOTU, '../shared/corpus/sotu', 1, out) : undefined;
    const jobs2 = sotu ? corpusRun(SOTU, '../shared/corpus/sotu', 2, out) : undefined;
    // Baselines on the same texts and the same word count (our tokenizer's, from summary.json).
    let compromiseFull: Baseline | undefined;
    let sentimentAlone: Baseline | undefined;
    if (sotu && jobs1) {
      const texts = readdirSync(SOTU).filter((f) => /\.(txt|md)$/.test(f) && !/^readme/i.test(f)).sort().map((f) => readFileSync(join(SOTU, f), 'utf8'));
      const nlp = createRequire(import.meta.url)('compromise') as (text: string) => unknown;
      compromiseFull = baseline('compromise full parse: nlp(text) of each document', texts, jobs1.words, (t) => nlp(t));
      const sentiment = new Sentiment();
      sentimentAlone = baseline('sentiment alone: new Sentiment().analyze(text) of each document', texts, jobs1.words, (t) => sentiment.analyze(t));
    }
    const machine2 = sotu ? machineScaling(out) : undefined;
    // Peak memory over the whole reference corpus (every collection), with the default workers.
    const wholeCorpus = existsSync(CORPUS) && !process.argv.includes('--quick');
    const whole = wholeCorpus ? corpusRun(CORPUS, '../shared/corpus', 2, out) : undefined;
    // The main thread alone (--jobs 1, the default on one core) has no worker's heap cap: its peak RSS is measured too.
    const wholeJobs1 = wholeCorpus ? corpusRun(CORPUS, '../shared/corpus', 1, out) : undefined;

    const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
    // Figures of an earlier run that this run did not measure would be stale beside the new ones.
    delete previous.corpusSotu;
    delete previous.corpusAll;
    delete previous.corpusAllJobs1;
    const results = {
      ...previous,
      cliOped: { ...cliOped, input: 'shared/corpus/seed/no-volveran-2006.txt', words, note: 'rhetoric analyze <op-ed> --out <tmp>, end to end (node start, analysis, md + json + 9 SVG); the analysis runs in a child process started from the startup snapshot' },
      cliOpedNoSnapshot: { ...cliOpedNoSnapshot, note: 'the same with RHETORIC_SNAPSHOT=off: one process that loads compromise itself' },
      nodeStartup: { ...nodeStartup, note: 'an empty node process, for scale' },
      libraryLoad: {
        note: 'a node process that only loads a library of the fixed stack (node startup included): the CLI loads d3-node on a worker thread while it analyzes, and starts the analysis of one text from a snapshot that holds compromise loaded',
        d3Node: loadD3Node,
        compromise: loadCompromise,
      },
      ...(jobs1 && jobs2 && compromiseFull && sentimentAlone
        ? {
            corpusSotu: {
              note: 'whole analysis end to end (node start, five analyzers, summary.csv/json, overview, trends.svg) over ../shared/corpus/sotu; words/s = words ÷ wall time; per CPU second = words ÷ (user + sys) of the process',
              jobs1,
              jobs2,
              compromiseFull,
              sentimentAlone,
              ratios: {
                oursJobs1OverCompromiseWall: ratio(jobs1.wordsPerSecond, compromiseFull.wordsPerSecond),
                oursJobs1OverCompromiseCpu: ratio(jobs1.wordsPerCpuSecond, compromiseFull.wordsPerCpuSecond),
                jobs2OverJobs1Wall: ratio(jobs2.wordsPerSecond, jobs1.wordsPerSecond),
                oursJobs1OverSentimentWall: ratio(jobs1.wordsPerSecond, sentimentAlone.wordsPerSecond),
              },
              ...(machine2 ? { machineTwoProcesses: { note: 'the same small job alone and two copies at once: 2 × alone ÷ both (2.0 = perfect)', ...machine2 } } : {}),
            },
          }
        : {}),
      ...(whole ? { corpusAll: { ...whole, note: 'every collection of ../shared/corpus with --jobs 2: peak RSS of the whole process (main thread and workers)' } } : {}),
      ...(wholeJobs1 ? { corpusAllJobs1: { ...wholeJobs1, note: 'every collection of ../shared/corpus with --jobs 1: on the main thread alone, as on a one-core machine by default' } } : {}),
      machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverage: loadNow(), uptimeSeconds: Math.round(uptime()) },
      measuredAt: new Date().toISOString(),
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

    const rows: [string, Timing][] = [
      ['CLI on the op-ed', cliOped],
      ['CLI on the op-ed, without the startup snapshot', cliOpedNoSnapshot],
      ['node startup only', nodeStartup],
      ['node, loading d3-node (and jsdom)', loadD3Node],
      ['node, loading compromise and tagging one sentence', loadCompromise],
    ];
    process.stdout.write(`| measurement | median ms | min ms | max ms | runs |\n|---|---:|---:|---:|---:|\n`);
    for (const [name, t] of rows) process.stdout.write(`| ${name} | ${t.medianMs} | ${t.minMs} | ${t.maxMs} | ${t.runs} |\n`);
    if (jobs1 && jobs2 && compromiseFull && sentimentAlone) {
      const cell = (x: number | null) => (x === null ? '–' : String(x));
      process.stdout.write(`\n| corpus run (sotu, ${jobs1.words} words) | wall ms | words/s | words/CPU-s | peak RSS MB | load before |\n|---|---:|---:|---:|---:|---|\n`);
      for (const [name, r] of [['ours, --jobs 1', jobs1], ['ours, --jobs 2', jobs2], ...(whole ? [[`ours, whole corpus (${whole.words} words), --jobs 2`, whole]] : []), ...(wholeJobs1 ? [[`ours, whole corpus, --jobs 1`, wholeJobs1]] : [])] as [string, CorpusRun][]) {
        process.stdout.write(`| ${name} | ${r.wallMs} | ${r.wordsPerSecond} | ${cell(r.wordsPerCpuSecond)} | ${cell(r.peakRssMB)} | ${r.loadAverageBefore.join(' ')} |\n`);
      }
      for (const b of [compromiseFull, sentimentAlone]) {
        process.stdout.write(`| ${b.what} | ${b.wallMs} | ${b.wordsPerSecond} | ${b.wordsPerCpuSecond} | – | ${b.loadAverageBefore.join(' ')} |\n`);
      }
      const r = results.corpusSotu!.ratios;
      process.stdout.write(`\nours (jobs 1) ÷ compromise full parse: ${cell(r.oursJobs1OverCompromiseWall)} (wall), ${cell(r.oursJobs1OverCompromiseCpu)} (CPU); jobs 2 ÷ jobs 1: ${cell(r.jobs2OverJobs1Wall)}\n`);
      if (machine2) process.stdout.write(`this machine, two processes at once ÷ one (2.0 = perfect): compute ${machine2.compute.scaling}, allocation-heavy ${machine2.allocation.scaling}, our analysis (--jobs 1 on 20 SOTU addresses) ${machine2.analysis.scaling}\n`);
    }
    process.stdout.write(`\nop-ed: ${words} words; load average now ${loadNow().join(' ')}; wrote ${RESULTS.replace(ROOT, '')}\n`);
    return 0;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = main();
