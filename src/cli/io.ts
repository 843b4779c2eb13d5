// The CLI's streams, injectable so commands can be tested in-process: results on stdout, messages on stderr.

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads standard input (for the `-` file argument), stopping after `maxBytes + 1` bytes when a limit is given. */
  readStdin: (maxBytes?: number) => Promise<Buffer>;
  /** Whether stdout/stderr are terminals (colour, progress bars). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The width of the terminal standard output writes to, when it is one; tables are laid out for 80 columns otherwise. */
  stdoutColumns?: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Whether standard output's reader has gone ("rhetoric … | head -1"): what is written after that is dropped. */
let stdoutGone = false;
let stdoutWatched = false;

/**
 * Watches standard output once per process: a reader that stops reading (EPIPE) is no error, the run finishes and
 * writes its files as usual; any other write error is reported in one line and fails the run.
 */
function watchStdout(): void {
  if (stdoutWatched) return;
  stdoutWatched = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      stdoutGone = true;
      return;
    }
    process.stderr.write(`rhetoric: cannot write to standard output: ${e.message}\n`);
    stdoutGone = true;
    // The command may end after this with its own code (0): the failed output still fails the run.
    process.exitCode = 1;
    process.once('exit', () => {
      if (!process.exitCode) process.exitCode = 1;
    });
  });
}

export function processIO(): CliIO {
  watchStdout();
  return {
    stdout: (t) => {
      if (!stdoutGone) process.stdout.write(t);
    },
    stderr: (t) => void process.stderr.write(t),
    readStdin: async (maxBytes) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const c of process.stdin) {
        chunks.push(c as Buffer);
        size += (c as Buffer).length;
        // One byte over the limit is enough to refuse the input: stop reading instead of filling memory.
        if (maxBytes !== undefined && size > maxBytes) {
          process.stdin.destroy();
          break;
        }
      }
      return Buffer.concat(chunks);
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { stdoutColumns: process.stdout.columns } : {}),
    env: process.env,
    cwd: process.cwd(),
  };
}
