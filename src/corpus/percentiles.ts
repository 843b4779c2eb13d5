// Percentile ranks of corpus rows in a norms collection (`rhetoric analyze <folder> --against <collection>`).

import { comparabilityCaveats, compareWithNorms, distributionFor, memberWithDigest, membersOf, normsFileOf, normsFrom, type CollectionNorms, type NormDocument } from '../compare/norms.js';
import { standingOf } from '../compare/percentile.js';
import { loadLexicons } from '../lexicon/load.js';
import { InputError } from '../util/errors.js';
import type { SummaryRow } from './summary.js';

/** A collection of the norms with its documents (when the norms list them), so a row that is one of them can be left out. */
export type CollectionWithMembers = CollectionNorms & { members?: readonly NormDocument[] };

/** The named collection of lexicons/norms.json (or a --lexicons folder's); a usage error for an unknown name, checked before any document is read. */
export function collectionNorms(name: string, lexiconDirs: readonly string[] = [], rules: Readonly<Record<string, 'off' | number>> = {}): { name: string; norms: CollectionWithMembers; caveats: string[] } {
  const lexicons = loadLexicons(lexiconDirs);
  const norms = normsFrom(lexicons);
  if (!norms) throw new InputError('no reference norms: lexicons/norms.json is missing (make it with `npm run norms -- <corpus folder>`)');
  compareWithNorms({}, [], norms, name);
  return { name, norms: { ...norms.collections[name], members: membersOf(norms, name) }, caveats: comparabilityCaveats(norms, lexicons, normsFileOf(lexiconDirs), rules) };
}

/**
 * Sets `row.percentiles`: the percentile rank of each device score among the collection's documents. A row whose text is one of
 * them (same SHA-256) is ranked among the others, as `analyze FILE --against` ranks it, never against itself.
 */
export function addPercentiles(row: SummaryRow, collection: CollectionWithMembers): void {
  const self = memberWithDigest(collection.members ?? [], row.sha256);
  const out: Record<string, number> = {};
  for (const [device, score] of Object.entries(row.scores)) {
    const full = collection.devices[device];
    if (!full) continue;
    out[device] = Math.round(standingOf(score, distributionFor(full, self, device).values).percentile * 10) / 10;
  }
  row.percentiles = out;
}
