#!/usr/bin/env node
// The rhetoric command: a thin shell over the compiled CLI (built by `npm run build`, which `npm ci` runs).
import { setFlagsFromString } from 'node:v8';

// Regular expressions are compiled straight to machine code (see v8Flags in src/cli/command-line.ts). The flag is set
// before any expression runs, even the launcher's own: an expression first run under another setting is not changed.
setFlagsFromString('--no-regexp-tier-up');

const argv = process.argv.slice(2);
// The analysis of one text runs from the startup snapshot when one is built (src/cli/snapshot.ts): a child process
// that starts with the tagger loaded. Otherwise, or for any other command, the command runs here.
const { runFromSnapshot } = await import('../dist/cli/snapshot.js');
const code = await runFromSnapshot(argv);
if (code !== undefined) {
  process.exitCode = code;
} else {
  // V8's flags (src/cli/command-line.ts) are set before any analysis code loads; what the command will need and is
  // slow to load starts while the CLI's own modules load (src/cli/run.ts).
  const { v8Flags } = await import('../dist/cli/command-line.js');
  for (const flag of v8Flags(argv)) setFlagsFromString(flag);
  const { run } = await import('../dist/cli/run.js');
  process.exitCode = await run(argv);
}
