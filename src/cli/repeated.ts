// An option given more than once: yargs collects every value of a repeated option into a list, which a single-value
// option would read joined with commas ("--out a --out b" wrote to "a,b/"). Every command reads its arguments through
// lastValueWins first.

import { UsageError } from '../util/errors.js';

/**
 * The options that add up when repeated, besides those declared with `array: true`; every other option takes one value.
 * --devices and --fail-on take comma-separated lists, so given twice their values add up ("--devices slogan --devices us_them").
 */
const REPEATABLE_OPTIONS: ReadonlySet<string> = new Set(['lexicons', 'rule', 'devices', 'fail-on', 'failOn']);

/**
 * Makes every single-value option of `args` (yargs' parsed arguments) take the last value it was given, as a wrapper
 * script or shell alias that sets an option expects when its user gives the option again; the same flag given twice
 * counts once. Options in `arrays` (declared with `array: true`) or REPEATABLE_OPTIONS keep all their values.
 * --config and --no-config (which yargs reads as config: false) together, in any number and order, are a usage error:
 * which of them was meant cannot be told.
 */
export function lastValueWins(args: Record<string, unknown>, arrays: readonly string[]): void {
  const config = args.config;
  if (Array.isArray(config) && config.includes(false) && config.some((c) => c !== false)) {
    throw new UsageError('--config and --no-config cannot be given together');
  }
  for (const [key, value] of Object.entries(args)) {
    if (key === '_' || key === '$0' || !Array.isArray(value) || arrays.includes(key) || REPEATABLE_OPTIONS.has(key)) continue;
    args[key] = value.at(-1);
  }
}
