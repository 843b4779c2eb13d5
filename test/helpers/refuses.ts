// For the library-argument tests: a caller's value of the wrong type, and the UsageError each call must throw.

import type { ExecutionContext } from 'ava';
import { UsageError } from '../../src/index.js';

/** A cast that stands for a JavaScript caller, whom no compiler checks. */
export const loose = (value: unknown) => value as never;

/** Each call throws a UsageError with this message (or one matching it). */
export function refuses(t: ExecutionContext, cases: [() => unknown, string | RegExp][]): void {
  for (const [call, message] of cases) t.throws(call, { instanceOf: UsageError, message }, String(message));
}
