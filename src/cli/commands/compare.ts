// `rhetoric compare <file> <file> [...]`: analyze several texts and write a comparison report (scores, evidence, arcs, keyness).

import { basename, resolve } from 'node:path';
import { startComparison, stopWordsFrom } from '../../compare/model.js';
import { normsFileOf, normsFrom } from '../../compare/norms.js';
import { loadLexicons } from '../../lexicon/load.js';
import { loadChartKit } from '../../report/charts/kit.js';
import { sentimentArcsSvg } from '../../report/compare/arcs-svg.js';
import { renderCompareMarkdown } from '../../report/compare/compare-md.js';
import { compareSvg } from '../../report/compare/compare-svg.js';
import { compareTerminalTable, DEFAULT_COLUMNS } from '../../report/compare/terminal.js';
import { writeReportFiles } from '../../report/write.js';
import { writeHoldingSignals } from '../signals.js';
import { loadOptionsOf, settingsFromArgs, withInputOptions } from '../settings-args.js';
import { UsageError } from '../../util/errors.js';
import { folderSlug } from '../../util/slug.js';
import type { Command } from '../main.js';
import { documentMetadata, type DocumentMetadata, type ManifestCache } from '../../corpus/manifest.js';
import { isCorpusArgument } from '../../corpus/discover.js';
import { corpusJobs, inInputOrder } from '../../corpus/run.js';
import { compareFile } from '../../corpus/compare-file.js';
import { defaultJobs, startComparisonPool } from '../../corpus/pool.js';
import { warnNotEnglish } from '../language-warning.js';
import { warnUnknownRules } from '../rule-warning.js';
import { escapeControlChars } from '../../util/escape.js';

/** One text to compare: its file, the name it is shown by (a folder's document: its path in the folder), and what is known of it. */
interface TextToCompare {
  path: string;
  name?: string;
  metadata: DocumentMetadata;
}

/**
 * The texts the arguments name, in order, and a name for each argument (for the report folder's): a file is one text,
 * described by its MANIFEST.tsv row (or its file name) and named by its file name without its extension; a folder or a
 * glob stands for its documents as `rhetoric analyze` finds them in corpus mode (in file-name order, the files its
 * MANIFEST.tsv lists when it has one), each shown by its path in the folder and described by the manifest's row.
 */
function textsOf(args: readonly string[], cwd: string): { texts: TextToCompare[]; stems: string[] } {
  const texts: TextToCompare[] = [];
  const stems: string[] = [];
  // Each MANIFEST.tsv is read once, however many of the texts it describes.
  const manifests: ManifestCache = new Map();
  for (const arg of args) {
    if (!isCorpusArgument(arg, cwd)) {
      texts.push({ path: resolve(cwd, arg), metadata: documentMetadata(resolve(cwd, arg), manifests) });
      stems.push(basename(arg).replace(/\.[^.]+$/, ''));
      continue;
    }
    const corpus = corpusJobs(arg, cwd, manifests);
    stems.push(corpus.name);
    for (const job of corpus.jobs) {
      const metadata = { ...(job.title ? { title: job.title } : {}), ...(job.author ? { author: job.author } : {}), ...(job.year !== undefined ? { year: job.year } : {}) };
      texts.push({ path: job.path, name: job.file, metadata });
    }
  }
  return { texts, stems };
}

export const compareCommand: Command = {
  command: 'compare <files..>',
  describe: 'Compare two or more texts side by side and write a comparison report (a folder or a quoted glob stands for its texts)',
  builder: (y) =>
    withInputOptions(y)
      .positional('files', { type: 'string', array: true, describe: 'Two or more text or Markdown files, or folders and quoted globs that hold them, as analyze reads a corpus (stdin is not read)' })
      .option('name', { type: 'string', describe: 'Report folder name; default compare-<file names>' })
      .option('format', { choices: ['md', 'json'] as const, default: 'md', describe: 'md: write the report and print a summary table; json: also print compare.json to stdout' })
      .option('min-frequency', { type: 'number', default: 3, describe: 'Keyness: least occurrences in a text for a word or phrase to be listed' })
      .option('min-g2', { type: 'number', default: 3.84, describe: 'Keyness: least log-likelihood G² for a word or phrase to be listed (3.84 is p < 0.05, 10.83 p < 0.001, 15.13 p < 0.0001)' })
      .option('top', { type: 'number', default: 20, describe: 'Keyness: most words (and phrases) listed per text' })
      .option('jobs', { type: 'number', describe: 'Analyze this many texts at once on worker threads (default: one per core; 1 = no workers), as analyze does a folder' })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print nothing but errors' })
      .example('$0 compare op-ed.txt speech.txt', 'Write reports/compare-op-ed-speech/ and print a table')
      .example('$0 compare a.txt b.txt c.txt --format json', 'Print the comparison as JSON')
      .example('$0 compare speeches/', 'Compare every text of a folder (write reports/compare-speeches/)')
      .example('$0 compare a.txt b.txt --min-g2 10.83', 'List only key terms at p < 0.001'),
  async run(args, io) {
    const files = (args.files as unknown[]).map(String);
    // One file alone is refused before anything is read; a folder or a glob may hold two texts or more.
    if (files.length < 2 && !isCorpusArgument(files[0] ?? '', io.cwd)) throw new UsageError('compare needs at least two files, or a folder or glob that holds them (it does not read stdin)');
    const settings = settingsFromArgs(args, io.cwd, files[0]).values;
    const minFrequency = Number(args.minFrequency);
    const top = Number(args.top);
    if (!Number.isInteger(minFrequency) || minFrequency < 1) throw new UsageError('--min-frequency must be a whole number of at least 1');
    if (!Number.isInteger(top) || top < 1) throw new UsageError('--top must be a whole number of at least 1');
    const minG2 = Number(args.minG2);
    if (!Number.isFinite(minG2) || minG2 < 0) throw new UsageError('--min-g2 must be a number of at least 0');
    const lexiconDirs = settings.lexicons;
    if (!args.quiet) warnUnknownRules(settings.rules, lexiconDirs, io);
    const jobs = args.jobs === undefined ? undefined : Number(args.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError('--jobs must be a whole number of at least 1');
    const { texts, stems } = textsOf(files, io.cwd);
    if (texts.length < 2) throw new UsageError(`compare needs at least two texts: ${escapeControlChars(files[0])} holds one`);
    const lexicons = loadLexicons(lexiconDirs);
    const comparison = startComparison({
      stopWords: stopWordsFrom(lexicons),
      keyness: { minFrequency, minG2, limit: top },
      norms: normsFrom(lexicons),
      normsFile: normsFileOf(lexiconDirs),
      metadata: texts.map((t) => t.metadata),
      settings: { sectionWords: settings.sectionWords, devices: settings.devices, rules: settings.rules, lexicons: lexiconDirs, encoding: settings.encoding },
    });
    // Each text is analyzed (on a worker thread, or here with --jobs 1), added to the comparison in order, and its analysis
    // let go: memory holds what the comparison keeps of each text, never every analysis at once (640 MB of RSS for the State of the Union).
    const threads = Math.min(jobs ?? defaultJobs(), texts.length);
    const pool = threads > 1 ? startComparisonPool(threads) : undefined;
    const analysis = { sectionWords: settings.sectionWords, lexicons: lexiconDirs, devices: settings.devices, rules: settings.rules, load: loadOptionsOf(settings) };
    const compare = pool ? pool.compare : compareFile;
    try {
      const analyzed = texts.map((t) => ({ path: t.path, ...(t.name !== undefined ? { name: t.name } : {}), ...(t.metadata.year !== undefined ? { year: t.metadata.year } : {}) }));
      // As analyze does a folder: four texts per worker in flight keep every worker busy while they still come in order.
      for await (const text of inInputOrder(analyzed, (job) => compare(job, analysis), pool ? pool.size * 4 : 1)) {
        if (text.notEnglish && !args.quiet) warnNotEnglish(text.name, text.notEnglish, io);
        comparison.add(text.input);
      }
    } finally {
      await pool?.close();
    }
    const finished = comparison.finish();
    const slug = args.name ? folderSlug(String(args.name)) : `compare-${folderSlug(stems.join('-'), 52)}`;
    const dir = resolve(settings.out, slug);
    const kit = await loadChartKit();
    const json = `${JSON.stringify(finished, null, 2)}\n`;
    await writeHoldingSignals(dir, () => writeReportFiles(dir, [
      { path: 'compare.md', contents: renderCompareMarkdown(finished) },
      { path: 'compare.json', contents: json },
      { path: 'compare.svg', contents: compareSvg(finished, kit) },
      { path: 'sentiment-arcs.svg', contents: sentimentArcsSvg(finished, kit) },
    ], 'compare'));
    if (args.format === 'json') io.stdout(json);
    else if (!args.quiet) {
      io.stdout(compareTerminalTable(finished, io.stdoutColumns ?? DEFAULT_COLUMNS));
      io.stderr(`wrote ${escapeControlChars(dir)}\n`);
    }
    return 0;
  },
};
