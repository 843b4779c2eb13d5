#!/usr/bin/env node
// The rhetoric command: a thin shell over the compiled CLI (built by `npm run build`, which `npm ci` runs).
// A command that analyzes text runs in a child process started with V8's flags on its command line (src/cli/launch.ts):
// from the startup snapshot when it is usable (src/cli/snapshot.ts), else as a plain child. Any other command, or a
// process started with Node options of its own (that child, or a user's `node --inspect`), runs here as it is.

import { fileURLToPath } from 'node:url';

// "--" ends the options: a file named "-x.txt" after it is an operand (src/cli/end-of-options.ts).
const { withEndOfOptions } = await import('../dist/cli/end-of-options.js');
const argv = withEndOfOptions(process.argv.slice(2));
const bin = fileURLToPath(import.meta.url);
const { runFromSnapshot } = await import('../dist/cli/snapshot.js');
let code = await runFromSnapshot(argv);
if (code === undefined) {
  const { runWithFlags } = await import('../dist/cli/launch.js');
  code = await runWithFlags(bin, argv);
}
if (code === undefined) {
  // What the command will need and is slow to load starts while the CLI's own modules load (src/cli/run.ts).
  const { run } = await import('../dist/cli/run.js');
  code = await run(argv);
}
process.exitCode = code;
