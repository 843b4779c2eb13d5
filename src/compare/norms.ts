// Reference norms: per collection and device, the distribution of per-document scores (lexicons/norms.json), and where a text stands in it.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DeviceInfo, DeviceScore } from '../result.js';
import type { LexiconSet } from '../lexicon/load.js';
import { checkLexiconSet, loadLexicons } from '../lexicon/load.js';
import { checkResult, type AnalysisResult } from '../result.js';
import { sha256Hex } from '../util/digest.js';
import { InputError, isPlainObject, shownValue, UsageError, wrongShape } from '../util/errors.js';
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

/** One document of the reference corpus, as the norms were computed from it. */
export interface NormDocument {
  /** Its collection (a folder of the corpus). */
  collection: string;
  /** Its path in the corpus, as the MANIFEST names it. */
  file: string;
  title?: string;
  year?: number;
  words: number;
  /** SHA-256 of its text as read (see `textDigest`): how a text being compared is recognised as this document. */
  sha256: string;
  /** Its whole-document score per device (4 decimals, as in `values`). */
  scores: Record<string, number>;
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
  /** Every document the figures come from, in collection and file order (older norms files lack it). */
  documents?: NormDocument[];
  /** The analysis digest of the lexicons the figures were measured with (LexiconSet.analysisDigest; older norms files lack it). */
  lexiconsDigest?: string;
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

/** The SHA-256 of a text as read (hex): the same text gives the same digest wherever its file lies. */
export function textDigest(text: string): string {
  return sha256Hex(text);
}

/**
 * The digest of the text a result was made from: the one analyze() recorded in `source.sha256`, or, for a result of an
 * older version that has none, the digest of its text.
 */
export function resultDigest(result: Pick<AnalysisResult, 'source' | 'text'>): string {
  return typeof result.source.sha256 === 'string' ? result.source.sha256 : textDigest(result.text);
}

/** The document of a collection ("all": of any) whose text has this digest, if the norms list their documents. */
export function memberOf(norms: NormsFile, collection: string, sha256: string | undefined): NormDocument | undefined {
  return memberWithDigest(membersOf(norms, collection), sha256);
}

/** The document among `members` whose text has this digest. */
export function memberWithDigest(members: readonly NormDocument[], sha256: string | undefined): NormDocument | undefined {
  return sha256 === undefined ? undefined : members.find((d) => d.sha256 === sha256);
}

/** The members of a collection ("all": every document); empty when the norms do not list their documents. */
export function membersOf(norms: NormsFile, collection: string): NormDocument[] {
  return (norms.documents ?? []).filter((d) => collection === ALL_COLLECTIONS || d.collection === collection);
}

/** The distribution a text is placed in for `device`: the collection's, less the text's own score when it is one of its documents (`self`). */
export function distributionFor(full: DeviceNorm, self: NormDocument | undefined, device: string): DeviceNorm {
  const own = self?.scores[device];
  return own === undefined ? full : withoutScore(full, own);
}

/** A device's distribution without one document's score (one occurrence of it, compared at 4 decimals). */
export function withoutScore(norm: DeviceNorm, score: number): DeviceNorm {
  const key = Math.round(score * 10000);
  const i = norm.values.findIndex((v) => Math.round(v * 10000) === key);
  if (i < 0) return norm;
  return describeScores([...norm.values.slice(0, i), ...norm.values.slice(i + 1)]);
}

/** Reads lexicons/norms.json from a lexicon set (it is a `data` lexicon), or undefined when there is none. */
export function normsFrom(lexicons: LexiconSet): NormsFile | undefined {
  checkLexiconSet(lexicons, 'normsFrom');
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
  /** Whether the score can be negative (shown with its sign, as in every other table). */
  signed: boolean;
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
  /** The tool and version that computed the norms. */
  tool: string;
  /** Which norms file the figures come from: "lexicons/norms.json" (built in) or the path of a --lexicons folder's. */
  file: string;
  /**
   * The collection's document that is this very text (same SHA-256), when there is one: it is left out, so the text stands
   * among the others and is never compared with itself.
   */
  leftOut?: { file: string; title?: string };
  devices: DeviceStanding[];
  /** Why this run's scores are not measured as the norms' were (see comparabilityCaveats); absent when they are. */
  caveats?: string[];
}

/**
 * Compares a text's document scores with a collection of the norms. Devices the norms lack are left out. When `sha256` (see
 * `textDigest`) is the digest of one of the collection's own documents, that document is left out of every distribution.
 */
export function compareWithNorms(
  scores: Record<string, DeviceScore>,
  devices: readonly DeviceInfo[],
  norms: NormsFile,
  collection: string,
  sha256?: string,
): NormsComparison {
  if (!isPlainObject(scores)) throw new UsageError(`compareWithNorms(): scores must be document scores by device id (a result's document), not ${shownValue(scores)}`);
  if (!Array.isArray(devices as unknown)) throw new UsageError(`compareWithNorms(): devices must be a list of devices (a result's devices), not ${shownValue(devices)}`);
  devices.forEach((d: unknown, i) => {
    if (wrongShape(d, { id: 'string', title: 'string', score: 'object' }) !== undefined) throw new UsageError(`compareWithNorms(): devices[${i}] must be a device (with id, title and score, as in a result's devices), not ${shownValue(d)}`);
  });
  const wrongNorms = wrongShape(norms, { devices: 'object', collections: 'object' });
  if (wrongNorms !== undefined) throw new UsageError(`compareWithNorms(): norms must be norms as normsFrom() returns them (with devices and collections), not ${wrongNorms}`);
  if (typeof collection !== 'string') throw new UsageError(`compareWithNorms(): collection must be a collection name as a string, not ${shownValue(collection)}`);
  if (sha256 !== undefined && typeof sha256 !== 'string') throw new UsageError(`compareWithNorms(): sha256 must be a text's digest as a string (textDigest() gives one), not ${shownValue(sha256)}`);
  // Only the file's own collections: a name such as "toString" is no collection.
  const coll = Object.hasOwn(norms.collections, collection) ? norms.collections[collection] : undefined;
  if (!coll) throw new UsageError(`unknown collection "${collection}" for --against (known: ${collectionNames(norms).join(', ')})`);
  const self = memberOf(norms, collection, sha256);
  const label = self ? `other ${coll.label}` : coll.label;
  const out: DeviceStanding[] = [];
  for (const d of devices) {
    const full = coll.devices[d.id];
    const score = scores[d.id]?.score;
    if (!full || score === undefined) continue;
    const norm = distributionFor(full, self, d.id);
    const standing = standingOf(score, norm.values);
    const wording = norms.devices[d.id] ?? { more: `a higher ${d.title.toLowerCase()} score`, less: `a lower ${d.title.toLowerCase()} score` };
    out.push({ device: d.id, title: d.title, label: d.score.label, score, digits: d.score.digits, signed: d.score.min < 0, norm, ...standing, sentence: standingSentence(standing, wording, label) });
  }
  return {
    collection,
    label: coll.label,
    corpus: norms.corpus,
    generated: norms.generated,
    tool: norms.tool,
    file: BUILT_IN_NORMS,
    ...(self ? { leftOut: { file: self.file, ...(self.title ? { title: self.title } : {}) } } : {}),
    devices: out,
  };
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

/**
 * Where an analysis result stands in a collection of the norms (lexicons/norms.json, or a norms.json in a --lexicons folder).
 * `rules` are the run's rule settings: rules it switched off make its scores unlike the norms' (see comparabilityCaveats).
 */
export function standingAgainst(result: AnalysisResult, collection: string, lexiconDirs: readonly string[] = [], rules: Readonly<Record<string, 'off' | number>> = {}): NormsComparison {
  checkResult(result, 'standingAgainst', 'result');
  const lexicons = loadLexicons(lexiconDirs);
  const norms = normsFrom(lexicons);
  if (!norms) throw new InputError('no reference norms: lexicons/norms.json is missing (make it with `npm run norms -- <corpus folder>`)');
  const file = normsFileOf(lexiconDirs);
  const caveats = comparabilityCaveats(norms, lexicons, file, rules);
  return { ...compareWithNorms(result.document, result.devices, norms, collection, resultDigest(result)), file, ...(caveats.length > 0 ? { caveats } : {}) };
}

/**
 * What makes a run's scores unlike the measurements the norms were made of, one sentence each: lexicons other than those
 * the norms were computed with (a --lexicons folder, or files changed since), or rules the run switched off. Empty when it
 * measures as the norms did. (A norms file older than the digest is taken on trust for its lexicons.)
 */
export function comparabilityCaveats(norms: NormsFile, lexicons: LexiconSet, normsFile: string, rules: Readonly<Record<string, 'off' | number>> = {}): string[] {
  const out: string[] = [];
  if (norms.lexiconsDigest !== undefined && norms.lexiconsDigest !== lexicons.analysisDigest()) {
    out.push(`this run's lexicons are not the ones ${normsFile} was computed with (a --lexicons folder, or lexicon files changed since), so its percentiles compare unlike measurements`);
  }
  const off = Object.entries(rules)
    .filter(([, v]) => v === 'off' || v === 0)
    .map(([id]) => id)
    .sort();
  if (off.length > 0) out.push(`this run switches off ${off.length === 1 ? 'rule' : 'rules'} ${off.join(', ')}, which the norms count, so its percentiles compare unlike measurements`);
  return out;
}

/** How the built-in norms file is named in reports. */
export const BUILT_IN_NORMS = 'lexicons/norms.json';

/** The norms file a run reads: the last --lexicons folder that has a norms.json (it replaces ours), else the built-in one. */
export function normsFileOf(lexiconDirs: readonly string[]): string {
  for (let i = lexiconDirs.length - 1; i >= 0; i--) {
    const file = join(lexiconDirs[i], 'norms.json');
    if (existsSync(file)) return file;
  }
  return BUILT_IN_NORMS;
}

/**
 * A percentile rank as reports print it: one decimal, as in summary.csv, so that a rank of 99.7 never reads as 100 (above every
 * document) nor 0.4 as 0.
 */
export function formatPercentile(p: number): string {
  return Number.isFinite(p) ? p.toFixed(1) : '–';
}

/** The collection as sentences name it: "other …" when the text itself was left out of it. */
export function referenceLabel(n: Pick<NormsComparison, 'label' | 'leftOut'>): string {
  return n.leftOut ? `other ${n.label}` : n.label;
}
