// Computes reference norms (lexicons/norms.json): per collection and device, the distribution of per-document scores.
// Usage: npm run norms -- <corpus folder with MANIFEST.tsv> [--date YYYY-MM-DD] [--out lexicons/norms.json] [--jobs N]
// Reproducible: the date is the MANIFEST's modification day (UTC) unless --date is given, never the time of the run.

import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectAnalyzers, TOOL } from '../src/analyze.js';
import { ALL_COLLECTIONS, describeScores, PERCENTILE_DEFINITION, QUANTILE_DEFINITION, type NormDocument, type NormsFile } from '../src/compare/norms.js';
import { MANIFEST_NAME, readManifest } from '../src/corpus/manifest.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { defaultJobs, startSummaryPool, type SummaryPool } from '../src/corpus/pool.js';
import { summarizeCorpus } from '../src/corpus/run.js';
import type { SummaryJob, SummaryRow } from '../src/corpus/summary.js';
import { writeFileAtomic } from '../src/util/fs.js';

/** The collections of the reference corpus, in order, with the plural noun phrase that sentences use. */
const COLLECTIONS: Record<string, string> = {
  inaugural: 'US presidential inaugural addresses',
  sotu: 'State of the Union addresses',
  fdr: 'F. D. Roosevelt speeches and fireside chats',
  federalist: 'Federalist Papers',
  classics: 'classic political texts',
};
const ALL_LABEL = 'documents of the reference corpus';

/** How each device's standing is worded ("more calls to action than 96% of …"). */
const WORDING: Record<string, { more: string; less: string }> = {
  sentiment: { more: 'a more positive tone', less: 'a more negative tone' },
  slogan: { more: 'more possible slogans', less: 'fewer possible slogans' },
  historical_analogy: { more: 'more historical analogies', less: 'fewer historical analogies' },
  us_them: { more: 'more us/them framing', less: 'less us/them framing' },
  call_to_action: { more: 'more calls to action', less: 'fewer calls to action' },
};

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const corpus = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
  if (!corpus) {
    process.stderr.write('usage: npm run norms -- <corpus folder with MANIFEST.tsv> [--date YYYY-MM-DD] [--out FILE]\n');
    return 2;
  }
  const root = resolve(corpus);
  const manifestFile = join(root, MANIFEST_NAME);
  const manifest = readManifest(manifestFile);
  const date = option(args, '--date') ?? statSync(manifestFile).mtime.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    process.stderr.write(`--date must be YYYY-MM-DD, got ${date}\n`);
    return 2;
  }
  const out = resolve(option(args, '--out') ?? fileURLToPath(new URL('../lexicons/norms.json', import.meta.url)));
  const devices = selectAnalyzers(undefined);
  const threads = Number(option(args, '--jobs') ?? defaultJobs());
  if (!Number.isInteger(threads) || threads < 1) {
    process.stderr.write('--jobs must be a whole number of at least 1\n');
    return 2;
  }
  // Worker threads give the same rows in the same order as one thread, so the file does not depend on --jobs.
  const pool: SummaryPool | undefined = threads > 1 ? startSummaryPool(threads) : undefined;
  try {
    return await computeNorms(manifest, manifestFile, date, out, devices, pool);
  } finally {
    await pool?.close();
  }
}

async function computeNorms(
  manifest: ReturnType<typeof readManifest>,
  manifestFile: string,
  date: string,
  out: string,
  devices: ReturnType<typeof selectAnalyzers>,
  pool: SummaryPool | undefined,
): Promise<number> {

  const collections: NormsFile['collections'] = {};
  const all: SummaryRow[] = [];
  const documents: NormDocument[] = [];
  const started = performance.now();
  let totalWords = 0;
  for (const [name, label] of Object.entries(COLLECTIONS)) {
    const jobs: SummaryJob[] = [...manifest.entries.values()]
      .filter((e) => e.relativePath.split('/')[0] === name)
      .sort((a, b) => (a.relativePath < b.relativePath ? -1 : 1))
      .map((e) => ({ path: e.path, file: e.relativePath, ...(e.title ? { title: e.title } : {}), ...(e.year !== undefined ? { year: e.year } : {}) }));
    if (jobs.length === 0) {
      process.stderr.write(`norms: no documents of collection "${name}" in ${manifestFile}; skipped\n`);
      continue;
    }
    const t0 = performance.now();
    const rows = pool ? await summarizeCorpus(jobs, {}, undefined, pool.summarize, pool.size * 2) : await summarizeCorpus(jobs);
    const failed = rows.filter((r) => r.error);
    if (failed.length) {
      for (const r of failed.slice(0, 5)) process.stderr.write(`norms: cannot analyze ${r.file}: ${r.error}\n`);
      process.stderr.write(`norms: ${failed.length} documents of ${name} failed; ${out} was not written\n`);
      return 1;
    }
    const words = rows.reduce((n, r) => n + r.words, 0);
    totalWords += words;
    const seconds = (performance.now() - t0) / 1000;
    process.stderr.write(`norms: ${name}: ${rows.length} documents, ${words} words in ${seconds.toFixed(1)} s (${Math.round(words / seconds)} words/s)\n`);
    collections[name] = normsOf(label, rows, devices.map((d) => d.id));
    all.push(...rows);
    for (const r of rows) documents.push(documentOf(name, r, devices.map((d) => d.id)));
  }
  collections[ALL_COLLECTIONS] = normsOf(ALL_LABEL, all, devices.map((d) => d.id));
  const seconds = (performance.now() - started) / 1000;

  const file: NormsFile = {
    lexicon: 'norms',
    kind: 'data',
    description:
      'Reference norms: for each collection of the reference corpus and each device, the distribution of the whole-document score (count, mean, 10/25/50/75/90th percentiles and every sorted value), and every document with its SHA-256 and scores (a text compared with a collection it belongs to is left out of it). Generated by `npm run norms -- <corpus>`; regenerate it when an analyzer changes. lexiconsDigest is the SHA-256 over the lexicon files it was measured with (all but this one): a run whose lexicons differ is warned that its percentiles compare unlike measurements.',
    corpus: `${MANIFEST_NAME} of the rhetoric-lens reference corpus (${all.length} documents, ${totalWords} words)`,
    generated: date,
    tool: `${TOOL.name} ${TOOL.version}`,
    percentileDefinition: PERCENTILE_DEFINITION,
    quantileDefinition: QUANTILE_DEFINITION,
    devices: Object.fromEntries(devices.map((d) => [d.id, { title: d.title, label: d.score.label, ...(WORDING[d.id] ?? { more: `a higher ${d.title.toLowerCase()} score`, less: `a lower ${d.title.toLowerCase()} score` }) }])),
    collections,
    documents,
    lexiconsDigest: loadLexicons().analysisDigest(),
  };
  writeFileAtomic(out, `${JSON.stringify(file, null, 2)}\n`);
  process.stderr.write(`norms: wrote ${out}: ${all.length} documents, ${totalWords} words in ${seconds.toFixed(1)} s (${Math.round(totalWords / seconds)} words/s, ${pool ? `${pool.size} worker threads` : 'one thread'})\n`);
  return 0;
}

function normsOf(label: string, rows: readonly SummaryRow[], devices: readonly string[]): NormsFile['collections'][string] {
  return {
    label,
    documents: rows.length,
    words: rows.reduce((n, r) => n + r.words, 0),
    devices: Object.fromEntries(devices.map((d) => [d, describeScores(rows.map((r) => r.scores[d] ?? 0))])),
  };
}

/** A document's line in the norms: where it is, which text it was (SHA-256) and its scores, so a text can be recognised as one of them. */
function documentOf(collection: string, r: SummaryRow, devices: readonly string[]): NormDocument {
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    collection,
    file: r.file,
    ...(r.title ? { title: r.title } : {}),
    ...(r.year !== null ? { year: r.year } : {}),
    words: r.words,
    sha256: r.sha256 ?? '',
    scores: Object.fromEntries(devices.map((d) => [d, round(r.scores[d] ?? 0)])),
  };
}

process.exitCode = await main().catch((err: Error) => {
  process.stderr.write(`norms: ${err.message}\n`);
  return 1;
});
