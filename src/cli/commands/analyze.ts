// `rhetoric analyze <file|->`: analyze one text, write its report folder, print a summary (or the JSON).

import { relative, resolve } from 'node:path';
import pc from 'picocolors';
import { analyze, requireProse, type Timing } from '../../analyze.js';
import { standingAgainst } from '../../compare/norms.js';
import { warnNormsCaveats } from '../norms-warning.js';
import { isCorpusArgument } from '../../corpus/discover.js';
import { yearOption, yearOptionOf } from '../../corpus/manifest.js';
import { addNormsFiles } from '../../report/compare/norms-report.js';
import { DEFAULT_COLUMNS, normsTerminalTable } from '../../report/compare/terminal.js';
import { renderJson } from '../../report/json.js';
import { jsonlLine } from '../../corpus/stream.js';
import { summaryRowOf } from '../../corpus/summary.js';
import { renderSummary } from '../../report/summary.js';
import { releasePrestartedChartWorker, startChartsAhead } from '../../report/charts/ahead.js';
import { renderReportFiles, writeReportFiles } from '../../report/write.js';
import { writeHoldingSignals } from '../signals.js';
import { formatOption, loadBuffer, loadFile } from '../../text/load.js';
import { passedThresholds } from '../../fail-on.js';
import { checkedRunTargets, loadOptionsOf, settingsFromArgs, withInputOptions } from '../settings-args.js';
import { UsageError } from '../../util/errors.js';
import { folderSlug } from '../../util/slug.js';
import { compromiseFromSnapshot } from '../../nlp/tagger.js';
import { warnIfNotEnglish } from '../language-warning.js';
import { warnUnknownRules } from '../rule-warning.js';
import type { Command } from '../main.js';
import { escapeControlChars } from '../../util/escape.js';
import { operand } from '../end-of-options.js';


export const analyzeCommand: Command = {
  command: 'analyze <file>',
  describe: 'Analyze a text (a file, or - for stdin) and write its report folder',
  builder: (y) =>
    withInputOptions(y)
      .positional('file', { type: 'string', describe: 'Text or Markdown file, or - to read stdin' })
      .option('name', { type: 'string', describe: 'Name of the report folder (made into a slug); default: the file name without extension, or "stdin"' })
      .option('format', {
        choices: ['md', 'json', 'html', 'all', 'jsonl', 'csv'] as const,
        describe: '(default md) md: write the report and print a summary table; json: write the report and print report.json to stdout (nothing else); html or all (one text): also write report.html, one self-contained page with every finding highlighted; jsonl (folders and globs): one compact JSON line per document (its summary row and findings) on stdout as each completes (for one file, one line); csv: write the report and print the section and document scores as CSV (folders and globs: summary.csv)',
      })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print no summary (errors still go to stderr; --format json still prints the JSON)' })
      .option('against', { type: 'string', describe: 'Also compare the scores with a reference collection of lexicons/norms.json (inaugural, sotu, fdr, federalist, classics or all): percentiles in the summary, report.md, norms.md and norms.svg' })
      .option('fail-on', { type: 'string', describe: 'Exit 1 when a document score passes a threshold, e.g. "call_to_action>12,us_them>0.3" (folders and globs: when any document\'s does; each is named on stderr)' })
      .option('jobs', { type: 'number', describe: 'Folders and globs: analyze this many documents at once on worker threads (default: one per core; 1 = no workers)' })
      .option('timing', { type: 'boolean', default: false, describe: 'Print the milliseconds of each step and analyzer to stderr' })
      .option('year', { type: 'number', describe: 'One text: the year it was written or delivered (default: its year in a MANIFEST.tsv beside it, or a year that starts the file name, as in 1961-Kennedy.txt). Historical analogy measures the past it names from this year; a corpus takes each document\'s year from its MANIFEST.tsv or file name' })
      .example('$0 analyze speech.txt --against inaugural', 'Also say where each score stands among US inaugural addresses')
      .example('$0 analyze corpus/inaugural', 'Analyze every text of a folder (or a quoted glob): summary.csv, summary.json, overview.md, trends.svg')
      .example('$0 analyze speech.txt', 'Write reports/speech/ and print a summary table')
      .example('$0 analyze speech.md --devices slogan,call_to_action --rule slogan-no-x=off', 'Run two devices, one rule off')
      .example('$0 analyze speech.md --quiet --fail-on "us_them>0.3"', 'In CI: exit 1 when more than 30% of sentences use us/them framing')
      .example('$0 analyze speech.txt --format html', 'Also write reports/speech/report.html: the text with every finding highlighted and explained')
      .example('$0 analyze speech.md --out out --name my-speech', 'Write out/my-speech/')
      .example('cat op-ed.txt | $0 analyze - --format json > result.json', 'Analyze stdin; the JSON result goes to stdout')
      .example('$0 analyze speech.txt --lexicons my-lexicons --timing', 'Add your own lexicon entries and show what each analyzer costs'),
  async run(args, io) {
    const started = performance.now();
    const file = operand(args.file)!;
    const resolved = settingsFromArgs(args, io.cwd, file);
    const settings = resolved.values;
    // Thresholds and an unknown collection are refused before the text is analyzed.
    const thresholds = checkedRunTargets(resolved);
    const format = settings.format;
    if (!['md', 'json', 'html', 'all', 'jsonl', 'csv'].includes(format)) throw new UsageError(`--format must be md, json, html, all, jsonl or csv (got "${format}")`);
    const sectionWords = settings.sectionWords;
    const lexicons = settings.lexicons;
    const analysis = { sectionWords, lexicons, devices: settings.devices, rules: settings.rules };
    if (!args.quiet) warnUnknownRules(settings.rules, lexicons, io);
    const jobs = args.jobs === undefined ? undefined : Number(args.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError('--jobs must be a whole number of at least 1');
    const year = args.year === undefined ? undefined : Number(args.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1 && year <= 9999)) throw new UsageError('--year must be a whole number from 1 to 9999');
    if (isCorpusArgument(file, io.cwd)) {
      if (year !== undefined) throw new UsageError("--year is for one text: a corpus takes each document's year from its MANIFEST.tsv or file name");
      // A config file's html (a default for single texts) leaves a corpus run its Markdown overview; asked for here, it is an error.
      const oneTextOnly = format === 'html' || format === 'all';
      if (oneTextOnly && resolved.sources.format === 'command line') throw new UsageError(`--format ${format} is for one text: a folder or glob gives summary.csv, summary.json and overview.md (--format md, json, jsonl or csv)`);
      // Corpus mode (workers, progress bar, corpus reports) is loaded only for a corpus run, which needs no chart worker.
      releasePrestartedChartWorker();
      const { runCorpusAnalysis } = await import('./analyze-corpus.js');
      return runCorpusAnalysis({ input: file, out: settings.out, name: args.name as string | undefined, format: oneTextOnly ? 'md' : (format as 'md' | 'json' | 'jsonl' | 'csv'), quiet: Boolean(args.quiet), against: settings.against, thresholds, jobs, options: { ...analysis, load: loadOptionsOf(settings) } }, io);
    }
    const loadOptions = loadOptionsOf(settings);
    const loaded = file === '-' ? loadBuffer(await io.readStdin(loadOptions.maxBytes), '-', loadOptions) : loadFile(resolve(io.cwd, file), loadOptions);
    const displayName = loaded.name;
    if (!args.quiet) warnIfNotEnglish(displayName, loaded.text, lexicons, io);

    // The chart library loads on a worker thread while this thread analyzes.
    const charts = startChartsAhead();
    let result: ReturnType<typeof analyze>;
    let files: Awaited<ReturnType<typeof renderReportFiles>>;
    let r0: number;
    try {
      const dated = year !== undefined || file === '-' ? yearOption(year) : yearOptionOf(resolve(io.cwd, file));
      result = requireProse(analyze(loaded.text, { name: displayName, ...formatOption(loaded), ...analysis, timing: Boolean(args.timing), ...dated }));
      r0 = performance.now();
      files = await renderReportFiles(result, format === 'html' || format === 'all' ? ['md', 'json', 'html'] : ['md', 'json'], charts.render, lexicons);
    } finally {
      charts.close();
    }
    const standing = settings.against !== undefined ? standingAgainst(result, settings.against, lexicons, settings.rules) : undefined;
    if (!args.quiet) warnNormsCaveats(standing?.caveats, io);
    if (standing) await addNormsFiles(files, result, standing);
    const r1 = performance.now();
    const slug = folderSlug(typeof args.name === 'string' && args.name !== '' ? args.name : displayName.replace(/\.[^.]+$/, ''));
    const dir = resolve(settings.out, slug);
    await writeHoldingSignals(dir, () => writeReportFiles(dir, files, 'analyze'));
    const r2 = performance.now();

    if (format === 'json') io.stdout(renderJson(result));
    // The same line as a corpus run gives each document (its summary row and findings), so lines of both kinds mix.
    else if (format === 'jsonl') io.stdout(jsonlLine({ ...summaryRowOf({ path: loaded.path, file: displayName, ...yearOption(result.source.year) }, result), findings: result.findings }));
    // csv-stringify is loaded only for the format that needs it.
    else if (format === 'csv') io.stdout((await import('../../report/csv.js')).renderScoresCsv(result));
    else if (!args.quiet) {
      const on = io.stdoutIsTTY && io.env.NO_COLOR === undefined;
      const c = pc.createColors(on);
      const shown = escapeControlChars(relative(io.cwd, dir) || '.');
      io.stdout(`${renderSummary(result, { bold: c.bold, dim: c.dim }, io.stdoutColumns ?? DEFAULT_COLUMNS)}\nReport: ${shown}/report.md (${files.length} files)\n`);
      if (standing) io.stdout(normsTerminalTable(standing));
    }
    if (args.timing && result.timing) io.stderr(timingTable(result.timing, r1 - r0, r2 - r1, performance.now() - started, charts.drawnOn));
    // Findings never change the exit code, except through thresholds the user set.
    if (thresholds) {
      const passed = passedThresholds(result, thresholds);
      if (passed.length) {
        io.stderr(`rhetoric: --fail-on: ${passed.join('; ')}\n`);
        return 1;
      }
    }
    return 0;
  },
};

/** Per-step milliseconds for --timing, one step a line. */
function timingTable(t: Timing, renderMs: number, writeMs: number, totalMs: number, chartsOn: string): string {
  const rows: [string, number][] = [
    ['parse', t.parse],
    ...Object.entries(t.analyzers).map(([k, v]) => [`analyzer ${k}`, v] as [string, number]),
    [`render (md, json; charts on the ${chartsOn})`, renderMs],
    ['write files', writeMs],
    ['command total', totalMs],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  const tagger = compromiseFromSnapshot() ? ' (tagger loaded from the startup snapshot)' : '';
  return `timing (ms), ${t.taggedSentences} sentences tagged${tagger}:\n${rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v.toFixed(1).padStart(8)}`).join('\n')}\n`;
}

