// Run as a child process by test/interrupted-write.test.ts: runs the command line it is given in-process, and sends itself
// `SIGNAL` (SIGINT by default, as Ctrl-C would) at the Nth rename (`AT`, default 1) of the files the command writes.

import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const at = Number(process.env.AT ?? 1);
const signal = (process.env.SIGNAL ?? 'SIGINT') as NodeJS.Signals;
const rename = fs.renameSync;
let renames = 0;
fs.renameSync = (from: fs.PathLike, to: fs.PathLike) => {
  if (++renames === at) process.kill(process.pid, signal);
  return rename(from, to);
};
// The named imports of node:fs in the toolkit's modules see the patched function.
syncBuiltinESMExports();
const { main } = await import('../../src/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
