// Warnings on stderr when a run's scores are not measured as the reference norms were, so its percentiles mislead.

import { escapeControlChars } from '../util/escape.js';
import type { CliIO } from './io.js';

/** Writes one warning line for each caveat of a comparison with the norms (see comparabilityCaveats). */
export function warnNormsCaveats(caveats: readonly string[] | undefined, io: CliIO): void {
  for (const caveat of caveats ?? []) io.stderr(`rhetoric: warning: ${escapeControlChars(caveat)}\n`);
}
