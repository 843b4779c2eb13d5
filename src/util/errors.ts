// Errors that the CLI turns into one line on stderr and an exit code, never a stack trace.

/** Bad input: a file that cannot be read or analyzed, a malformed lexicon or config. Exit code 1. */
export class InputError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A command line that cannot be understood. Exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
