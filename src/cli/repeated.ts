// An option given more than once: yargs collects every value of a repeated option into a list, which a single-value
// option would read joined with commas. Every command reads its arguments through configOption first.

import { UsageError } from '../util/errors.js';

/**
 * Makes --config (and --no-config, which yargs reads as config: false) of `args` (yargs' parsed arguments) one value:
 * the same flag given again counts once, and of two config files the last one counts. --config and --no-config
 * together (in any number and order) are a usage error: which of them was meant cannot be told.
 */
export function configOption(args: Record<string, unknown>): void {
  const config = args.config;
  if (!Array.isArray(config)) return;
  if (config.includes(false) && config.some((c) => c !== false)) throw new UsageError('--config and --no-config cannot be given together');
  args.config = config.at(-1);
}
