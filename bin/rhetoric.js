#!/usr/bin/env node
// The rhetoric command: a thin shell over the compiled CLI (built by `npm run build`, which `npm ci` runs).
import { setFlagsFromString } from 'node:v8';

// Compile each regular expression straight to machine code. By default V8 first interprets an expression and compiles
// it again once it runs a second time; for the rule lexicons' long expressions that double compilation cost more than
// the matching itself (cold analysis of the seed op-ed: about 900 ms with it, 650 ms without). Matching is unchanged.
setFlagsFromString('--no-regexp-tier-up');

// When V8 optimizes hot functions (see compilerFlags), then what the command will need and is slow to load starts now,
// while the CLI's own modules load.
const argv = process.argv.slice(2);
const early = await import('../dist/cli/early.js');
for (const flag of early.compilerFlags(argv)) setFlagsFromString(flag);
early.startEarly(argv);
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(argv);
