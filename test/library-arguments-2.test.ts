// The rest of the library called from JavaScript with arguments of the wrong type (library-arguments.test.ts has the
// first ones): a UsageError that names the function and what it takes, never a TypeError from deep inside and never a
// result quietly computed from nonsense.

import test from 'ava';
import { quantile, standingOf, UsageError } from '../src/index.js';

// Casts stand for a JavaScript caller, whom no compiler checks.
const loose = (value: unknown) => value as never;

/** Each call throws a UsageError with this message (or one matching it). */
function refuses(t: import('ava').ExecutionContext, cases: [() => unknown, string | RegExp][]): void {
  for (const [call, message] of cases) t.throws(call, { instanceOf: UsageError, message }, String(message));
}

test('quantile and standingOf take a list of numbers, not a string read digit by digit', (t) => {
  refuses(t, [
    [() => quantile(loose('abc'), 0.5), 'quantile(): values must be a list of numbers, not "abc"'],
    [() => quantile(loose([1, '2']), 0.5), 'quantile(): values[1] must be a number, not "2"'],
    [() => quantile([1, 2], loose('x')), 'quantile(): p must be a number from 0 to 1, not "x"'],
    [() => quantile([1, 2], 1.5), 'quantile(): p must be a number from 0 to 1, not 1.5'],
    [() => standingOf(1, loose('abc')), 'standingOf(): values must be a list of numbers, not "abc"'],
    [() => standingOf(loose('1'), [1, 2]), 'standingOf(): score must be a number, not "1"'],
    [() => standingOf(1, [1, 2], loose('4')), 'standingOf(): digits must be a whole number of decimals, 0 or more, not "4"'],
  ]);
  t.is(quantile([4, 1, 3, 2], 0.25), 1.75);
  t.true(Number.isNaN(quantile([], 0.5)));
  t.deepEqual(standingOf(2, [1, 2, 3]), { below: 100 / 3, above: 100 / 3, equal: 100 / 3, percentile: 50, count: 3 });
});
