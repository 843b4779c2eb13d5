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
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A JavaScript caller's file path, checked: a number would be read as an open file descriptor (0 is stdin). `what` names it ("a folder path"). */
export function checkPath(path: unknown, fn: string, what = 'a file path'): asserts path is string {
  if (typeof path !== 'string' || path === '') throw new UsageError(`${fn}() takes ${what} as a string, not ${shownValue(path)}`);
}

/** A JavaScript caller's options argument, checked: an object (or left out), never a string or null read as no options. */
export function checkOptionsObject(options: unknown, fn: string, name = 'options'): void {
  if (!isPlainObject(options)) throw new UsageError(`${fn}(): ${name} must be an object, not ${shownValue(options)}`);
}

/** A JavaScript caller's list of numbers (scores, values), checked: a string or a list holding anything but numbers is named, not read as digits or NaN. */
export function checkNumbers(values: unknown, fn: string, name = 'values'): asserts values is readonly number[] {
  if (!Array.isArray(values)) throw new UsageError(`${fn}(): ${name} must be a list of numbers, not ${shownValue(values)}`);
  values.forEach((v: unknown, i) => {
    if (typeof v !== 'number') throw new UsageError(`${fn}(): ${name}[${i}] must be a number, not ${shownValue(v)}`);
  });
}

/** An object a JavaScript caller passed as a record of fields: not null, a list or a Buffer. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** The kind a field of a caller's object must have. */
export type FieldKind = 'string' | 'number' | 'list' | 'object' | 'map' | 'function';

const FIELD_TESTS: Record<FieldKind, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  list: Array.isArray,
  object: isPlainObject,
  map: (v) => v instanceof Map,
  function: (v) => typeof v === 'function',
};

/**
 * What is wrong with an object a JavaScript caller passed, as a message shows what was given: `undefined` when every field
 * has its kind; the value as shownValue() reads it when it is no object at all; else "an object without a or b".
 */
export function wrongShape(value: unknown, fields: Readonly<Record<string, FieldKind>>): string | undefined {
  if (!isPlainObject(value)) return shownValue(value);
  const missing = Object.entries(fields).filter(([k, kind]) => !FIELD_TESTS[kind](value[k])).map(([k]) => k);
  return missing.length > 0 ? `an object without ${missing.join(' or ')}` : undefined;
}
