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
