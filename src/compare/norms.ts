// Reference norms: per collection and device, the distribution of per-document scores (lexicons/norms.json), and where a text stands in it.

import type { DeviceInfo, DeviceScore } from '../result.js';
import type { LexiconSet } from '../lexicon/load.js';
import { loadLexicons } from '../lexicon/load.js';
import type { AnalysisResult } from '../result.js';
import { InputError, UsageError } from '../util/errors.js';
import { mean, quantile, standingOf, type Standing } from './percentile.js';

/** The quantiles every distribution records. */
export const NORM_QUANTILES = [10, 25, 50, 75, 90] as const;

/** The distribution of one device's per-document score in one collection. */
export interface DeviceNorm {
  count: number;
  mean: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  /** Every document's score, sorted: the exact distribution that percentiles are read from. */
  values: number[];
}

/** One collection of the reference corpus. */
export interface CollectionNorms {
  /** Plural noun phrase for sentences ("US presidential inaugural addresses"). */
  label: string;
  documents: number;
  words: number;
  devices: Record<string, DeviceNorm>;
}

/** How a device's standing is worded: "<more> than 96% of …" / "<less> than 80% of …". */
export interface DeviceWording {
  more: string;
  less: string;
}

/** The contents of lexicons/norms.json. */
export interface NormsFile {
  lexicon: 'norms';
  kind: 'data';
  description: string;
  /** The corpus the figures come from. */
  corpus: string;
  /** Date of the corpus (its MANIFEST's modification day, or as given): running twice gives the same file. */
  generated: string;
  tool: string;
  percentileDefinition: string;
  quantileDefinition: string;
  devices: Record<string, { title: string; label: string } & DeviceWording>;
  collections: Record<string, CollectionNorms>;
}

/** Name of the pseudo-collection made of every document of every collection. */
export const ALL_COLLECTIONS = 'all';

export const PERCENTILE_DEFINITION =
  'Percentile rank (mean definition): the share of the collection\'s documents scoring lower, plus half the share scoring the same (scores compared at 4 decimals); a text tied with every document stands at 50.';
export const QUANTILE_DEFINITION =
  'p10…p90: quantiles by linear interpolation between the sorted per-document scores (type 7, as R quantile() and NumPy percentile()).';

/** The distribution of a list of per-document scores. */
export function describeScores(values: readonly number[]): DeviceNorm {
  const sorted = [...values].sort((a, b) => a - b);
  const r = (x: number) => (Number.isFinite(x) ? Math.round(x * 10000) / 10000 : 0);
  return {
    count: sorted.length,
    mean: r(mean(sorted)),
    p10: r(quantile(sorted, 0.1)),
    p25: r(quantile(sorted, 0.25)),
    p50: r(quantile(sorted, 0.5)),
    p75: r(quantile(sorted, 0.75)),
    p90: r(quantile(sorted, 0.9)),
    values: sorted.map(r),
  };
}

/** Reads lexicons/norms.json from a lexicon set (it is a `data` lexicon), or undefined when there is none. */
export function normsFrom(lexicons: LexiconSet): NormsFile | undefined {
  const raw = lexicons.data.get('norms') as NormsFile | undefined;
  if (!raw) return undefined;
  if (typeof raw !== 'object' || typeof raw.collections !== 'object' || raw.collections === null) {
    throw new InputError('lexicons/norms.json: "collections" is missing; regenerate it with `npm run norms -- <corpus>`');
  }
  return raw;
}

/** The collections a user can name with --against, "all" included when present. */
export function collectionNames(norms: NormsFile): string[] {
  return Object.keys(norms.collections);
}

/** Where one device score of a text stands in a collection. */
export interface DeviceStanding extends Standing {
  device: string;
  title: string;
  /** The score's unit ("calls to action per 1,000 words"). */
  label: string;
  score: number;
  digits: number;
  norm: DeviceNorm;
  /** "more calls to action than 96% of US presidential inaugural addresses". */
  sentence: string;
}

/** The standing of a text's document scores against one collection. */
export interface NormsComparison {
  collection: string;
  label: string;
  corpus: string;
  generated: string;
  devices: DeviceStanding[];
}

/** Compares a text's document scores with a collection of the norms. Devices the norms lack are left out. */
export function compareWithNorms(
  scores: Record<string, DeviceScore>,
  devices: readonly DeviceInfo[],
  norms: NormsFile,
  collection: string,
): NormsComparison {
  const coll = norms.collections[collection];
  if (!coll) throw new UsageError(`unknown collection "${collection}" for --against (known: ${collectionNames(norms).join(', ')})`);
  const out: DeviceStanding[] = [];
  for (const d of devices) {
    const norm = coll.devices[d.id];
    const score = scores[d.id]?.score;
    if (!norm || score === undefined) continue;
    const standing = standingOf(score, norm.values);
    const wording = norms.devices[d.id] ?? { more: `a higher ${d.title.toLowerCase()} score`, less: `a lower ${d.title.toLowerCase()} score` };
    out.push({ device: d.id, title: d.title, label: d.score.label, score, digits: d.score.digits, norm, ...standing, sentence: standingSentence(standing, wording, coll.label) });
  }
  return { collection, label: coll.label, corpus: norms.corpus, generated: norms.generated, devices: out };
}

/**
 * The plain-words sentence of a standing. It names the larger of the two shares, rounded down so it is never overstated:
 * "more calls to action than 96% of …" when 96% score lower; "fewer … than 80% of …" when 80% score higher; "… than all 59 …"
 * when every document is on one side.
 */
export function standingSentence(s: Standing, wording: DeviceWording, label: string): string {
  if (s.count === 0) return `no ${label} to compare with`;
  if (s.below === 0 && s.above === 0) return `the same score as every one of the ${label}`;
  if (s.below === 100) return `${wording.more} than all ${s.count} ${label}`;
  if (s.above === 100) return `${wording.less} than all ${s.count} ${label}`;
  if (s.below >= s.above) return `${wording.more} than ${Math.floor(s.below)}% of ${label}`;
  return `${wording.less} than ${Math.floor(s.above)}% of ${label}`;
}

/** Where an analysis result stands in a collection of the norms (lexicons/norms.json, or a norms.json in a --lexicons folder). */
export function standingAgainst(result: AnalysisResult, collection: string, lexiconDirs: readonly string[] = []): NormsComparison {
  const norms = normsFrom(loadLexicons(lexiconDirs));
  if (!norms) throw new InputError('no reference norms: lexicons/norms.json is missing (make it with `npm run norms -- <corpus folder>`)');
  return compareWithNorms(result.document, result.devices, norms, collection);
}
