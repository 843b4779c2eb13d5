// Percentile ranks of corpus rows in a norms collection (`rhetoric analyze <folder> --against <collection>`).

import { compareWithNorms, normsFrom, type CollectionNorms } from '../compare/norms.js';
import { standingOf } from '../compare/percentile.js';
import { loadLexicons } from '../lexicon/load.js';
import { InputError } from '../util/errors.js';
import type { SummaryRow } from './summary.js';

/** The named collection of lexicons/norms.json (or a --lexicons folder's); a usage error for an unknown name, checked before any document is read. */
export function collectionNorms(name: string, lexiconDirs: readonly string[] = []): { name: string; norms: CollectionNorms } {
  const norms = normsFrom(loadLexicons(lexiconDirs));
  if (!norms) throw new InputError('no reference norms: lexicons/norms.json is missing (make it with `npm run norms -- <corpus folder>`)');
  compareWithNorms({}, [], norms, name);
  return { name, norms: norms.collections[name] };
}

/** Sets `row.percentiles`: the percentile rank of each device score among the collection's documents. */
export function addPercentiles(row: SummaryRow, collection: CollectionNorms): void {
  const out: Record<string, number> = {};
  for (const [device, score] of Object.entries(row.scores)) {
    const norm = collection.devices[device];
    if (norm) out[device] = Math.round(standingOf(score, norm.values).percentile * 10) / 10;
  }
  row.percentiles = out;
}
