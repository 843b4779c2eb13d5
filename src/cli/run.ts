// Runs the CLI in this process: starts what the command will need early, then the command. bin/rhetoric.js calls it in
// a process started with V8's flags (src/cli/launch.ts), and so does a run started from the startup snapshot
// (scripts/snapshot-entry.cjs).

import { startEarly } from './early.js';

/** Runs the command line `argv` (without node and script) and returns its exit code. */
export async function run(argv: string[]): Promise<number> {
  startEarly(argv);
  const { main } = await import('./main.js');
  return main(argv);
}

/** The text analyzed while the snapshot is built: a sentence on which no long pattern runs (see prepareSnapshot). */
const SNAPSHOT_WARM_UP = 'Hello.';

/**
 * Builds what every analysis makes once per process from the built-in lexicons (the lexicons read, their tries,
 * literal indexes and compiled patterns with their expressions made, the analyzers' word tables) by analyzing one short
 * sentence. Called only while
 * the startup snapshot is built (scripts/snapshot-entry.cjs), so that a run started from it finds all that in memory
 * (the snapshot's stamp holds the lexicons' files, so an edited lexicon makes it stale). The sentence is one that no
 * long pattern runs on: V8 cannot keep a long regular expression's machine code in a snapshot, and the build fails.
 */
export async function prepareSnapshot(): Promise<void> {
  const { analyze } = await import('../analyze.js');
  const { makeExpressionsAtOnce } = await import('../lexicon/match.js');
  makeExpressionsAtOnce();
  analyze(SNAPSHOT_WARM_UP, { name: 'warm-up.txt' });
}
