// How bin/rhetoric.js starts a command: V8's flags for a run (src/cli/command-line.ts) are given on the command line of
// a child process, never set in a running process. V8 reads some flags only when it compiles something: a regular
// expression compiled under one setting and run under another jumps into the wrong code. With --no-regexp-tier-up set
// at run time (v8.setFlagsFromString, which Node documents as undefined behaviour once the VM has started), 3 of 426
// corpus runs (twelve Federalist papers, --jobs 2) died of a segmentation fault; the core dump shows native regexp
// code calling into the regexp interpreter's trampoline. With the flags on the child's command line, none of 594 such
// runs crashed (nor 400 runs without the flag at all).

import { spawn, type ChildProcess } from 'node:child_process';
import { v8Flags, wantsHelp } from './command-line.js';

/** The commands that analyze text, and so run faster with V8's flags (the others only print). */
const ANALYZING_COMMANDS = new Set(['analyze', 'eval', 'compare', 'worksheet']);

/** The process facts that decide whether a command runs in a child process started with V8's flags. */
export interface FlagSetting {
  /** NODE_OPTIONS: a child started by us would not run with the options the user chose. */
  env: NodeJS.ProcessEnv;
  /** This process's Node options: the flags when it is that child already, or the user's own (--inspect, --prof …). */
  execArgv: readonly string[];
}

/** Whether this process was started with Node options (its own arguments or NODE_OPTIONS): a child would lose them. */
export function hasOwnNodeOptions(setting: FlagSetting): boolean {
  return setting.execArgv.length > 0 || (setting.env.NODE_OPTIONS ?? '').trim() !== '';
}

/**
 * Whether `argv` runs in a child process started with V8's flags: a command that analyzes text, in a process started
 * with no Node options of its own. A process started with options (the child itself, or a user's `node --inspect`)
 * runs the command as it is, without the flags.
 */
export function runsWithFlags(argv: readonly string[], setting: FlagSetting): boolean {
  if (hasOwnNodeOptions(setting)) return false;
  return argv[0] !== undefined && ANALYZING_COMMANDS.has(argv[0]) && !wantsHelp(argv) && v8Flags(argv).length > 0;
}

/**
 * Runs `node <args>` as a child process and resolves to its exit code, or to undefined when it could not be started.
 * The child shares this process's standard streams; an interrupt or termination sent to this process is passed on to
 * it, and a child killed by a signal takes this process down the same way.
 */
export async function runInChild(args: readonly string[]): Promise<number | undefined> {
  // The handlers are in place before the child exists: a signal that comes while it is being started is caught, and
  // passed on once it runs, instead of ending this process by default and leaving the child behind.
  let child: ChildProcess | undefined;
  let early: NodeJS.Signals | undefined;
  const pass = (signal: NodeJS.Signals): void => {
    if (child) child.kill(signal);
    else early = signal;
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, pass);
  child = spawn(process.execPath, args, { stdio: 'inherit' });
  if (early) child.kill(early);
  const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null } | undefined>((resolve) => {
    child.once('error', () => resolve(undefined));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  for (const s of signals) process.off(s, pass);
  if (ended === undefined) return undefined;
  if (ended.signal) process.kill(process.pid, ended.signal);
  return ended.code ?? 1;
}

/**
 * Runs the command line of `bin` in a child process started with V8's flags, when it should (runsWithFlags), and
 * resolves to its exit code; to undefined when it should not or the child could not be started: then the caller runs
 * the command itself.
 */
export async function runWithFlags(bin: string, argv: readonly string[]): Promise<number | undefined> {
  if (!runsWithFlags(argv, { env: process.env, execArgv: process.execArgv })) return undefined;
  return runInChild([...v8Flags(argv), bin, ...argv]);
}
