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

/** How a value a JavaScript caller passed reads in a message: strings quoted, numbers as written, anything else by its kind. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return value === '' ? 'an empty string' : JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'a Buffer';
  return `a ${typeof value}`;
}

/** A JavaScript caller's file path, checked: a number would be read as an open file descriptor (0 is stdin). */
export function checkPath(path: unknown, fn: string): asserts path is string {
  if (typeof path !== 'string' || path === '') throw new UsageError(`${fn}() takes a file path as a string, not ${shownValue(path)}`);
}
