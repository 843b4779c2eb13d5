// What the command line asks for, read before the CLI's modules load: whether it wants help, whether it analyzes a
// corpus, and the V8 flags of the run. Kept apart from early.ts (which starts the chart worker) so that bin/rhetoric.js
// can decide how to run a command without loading anything else.

import { availableParallelism } from 'node:os';
import { isCorpusArgument } from '../corpus/discover.js';

/** True when the command line asks for help text (or names no command, which prints it): then no command runs. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.length === 0 || argv.some((a) => a === '--help' || a === '-h' || a === 'help');
}

/** Whether the command line analyzes a corpus (a folder or a glob of texts), not one text. */
export function analyzesCorpus(argv: readonly string[], cwd = process.cwd()): boolean {
  const input = argv[1];
  return argv[0] === 'analyze' && input !== undefined && !input.startsWith('-') && isCorpusArgument(input, cwd);
}

/**
 * Every V8 flag of the run, given on the command line of the child process that bin/rhetoric.js starts for a command
 * that analyzes text (src/cli/launch.ts), whether from the startup snapshot (which must be built with the same ones)
 * or not.
 *
 * `--no-regexp-tier-up` compiles each regular expression straight to machine code. By default V8 first interprets an
 * expression and compiles it again once it runs a second time; for the rule lexicons' long expressions that double
 * compilation cost more than the matching itself (cold analysis of the seed op-ed: about 900 ms with it, 650 ms
 * without). Matching is unchanged.
 */
export function v8Flags(argv: readonly string[], cores = availableParallelism()): string[] {
  return ['--no-regexp-tier-up', ...compilerFlags(argv, cores), ...heapFlags(argv, cores)];
}

/**
 * V8 flags for the run's optimizing compiler, in place before any analysis code loads. V8 optimizes a function once it has
 * run for a while (its interrupt budget: about 66 KB of bytecode); on a run of a second or two, or on worker threads,
 * where every worker optimizes the same code again while the other cores are busy, much of that work never pays back.
 * Waiting 16 times longer lets only the really hot functions be optimized: the seed op-ed end to end went from about
 * 2.0 to 1.45 CPU seconds (1.23 to 1.03 s), and all State of the Union addresses with --jobs 2 from 22.2 to 18.3 s. A
 * corpus analyzed on the main thread alone (--jobs 1, or one core) runs long enough for early optimization to pay, on a
 * core that is otherwise idle (24.3 s with the longer wait, 22.2 s without), so it keeps V8's default.
 */
export function compilerFlags(argv: readonly string[], cores = availableParallelism()): string[] {
  return analyzesCorpusOnMainThread(argv, cores) ? [] : [`--interrupt-budget=${LATE_OPTIMIZATION_BUDGET}`];
}

/**
 * V8 flags for the heap of a corpus analyzed, or texts compared, on the main thread alone (--jobs 1, or one core). V8 lets the heap grow by a
 * large factor after each full collection, so a long run on the main thread keeps far more garbage than one document
 * leaves: all of ../shared/corpus with --jobs 1 peaked at about 500 MB of RSS. Growing it by 30% at a time keeps it
 * near what the documents need: 266 MB, for about 5% more wall time (33 → 35 s; measured November 2026). It is a growth
 * factor, not a cap, so a document that needs more memory still gets it. Workers have their own caps (src/corpus/pool.ts).
 */
export function heapFlags(argv: readonly string[], cores = availableParallelism()): string[] {
  return analyzesCorpusOnMainThread(argv, cores) || comparesOnMainThread(argv, cores) ? [`--heap-growing-percent=${MAIN_THREAD_HEAP_GROWTH_PERCENT}`] : [];
}

/**
 * Whether the command line compares texts on the main thread alone (--jobs 1, or one core and no --jobs): a run over
 * many texts like a corpus, whose heap the same growth keeps down (the 235 State of the Union addresses with --jobs 1
 * peaked at about 500 MB of RSS without it, 330 MB with it, for about 8% more wall time; measured November 2026).
 */
function comparesOnMainThread(argv: readonly string[], cores: number): boolean {
  return argv[0] === 'compare' && !wantsHelp(argv) && jobsOf(argv, cores) <= 1;
}

/** Whether the command line analyzes a corpus on the main thread alone: --jobs 1, or one core and no --jobs. */
function analyzesCorpusOnMainThread(argv: readonly string[], cores: number): boolean {
  return analyzesCorpus(argv) && jobsOf(argv, cores) <= 1;
}

/** How much V8 may grow the heap of a corpus run on the main thread after each full collection, in percent. */
const MAIN_THREAD_HEAP_GROWTH_PERCENT = 30;

/** V8's default interrupt budget (67,584) times 16. */
const LATE_OPTIMIZATION_BUDGET = 67_584 * 16;

/**
 * The --jobs value of the command line: the last one given, as the command reads it (src/cli/repeated.ts); the pool's
 * default, one per core, when it is absent or not a number.
 */
function jobsOf(argv: readonly string[], cores: number): number {
  let jobs = cores;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === '--jobs' ? argv[i + 1] : a.startsWith('--jobs=') ? a.slice('--jobs='.length) : undefined;
    if (value !== undefined) jobs = /^\d+$/.test(value) ? Number(value) : cores;
  }
  return jobs;
}
