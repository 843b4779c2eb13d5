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
