// Run as a child process by test/interrupted-write.test.ts: runs the command line it is given in-process, and sends itself
// `SIGNAL` (SIGINT by default, as Ctrl-C would; SIGKILL as a crash would) at the Nth rename (`AT`, default 1) of the
// files the command writes.

import { beforeEachRename } from './rename-hook.js';

const at = Number(process.env.AT ?? 1);
const signal = (process.env.SIGNAL ?? 'SIGINT') as NodeJS.Signals;
beforeEachRename((n) => {
  if (n === at) process.kill(process.pid, signal);
});
const { main } = await import('../../src/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
