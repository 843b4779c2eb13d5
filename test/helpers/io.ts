// An in-memory CliIO for running CLI commands in-process.

import type { CliIO } from '../../src/cli/io.js';

export interface CapturedIO extends CliIO {
  out(): string;
  err(): string;
}

/** Captures stdout and stderr; `stdin` is what `-` reads. */
export function captureIO(cwd = process.cwd(), stdin = '', env: NodeJS.ProcessEnv = {}): CapturedIO {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => Buffer.from(stdin, 'utf8'),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env,
    cwd,
    out: () => out,
    err: () => err,
  };
}

/** Runs one CLI command in-process in `cwd`, with its exit code and what it printed. */
export async function runCli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import('../../src/cli/main.js');
  const io = captureIO(cwd);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}
