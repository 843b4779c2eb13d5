// `rhetoric eval <gold.jsonl>`: agreement with annotated sentences (precision/recall/F1 per device, Pearson r for sentiment).

import { resolve } from 'node:path';
import { goldPlace, parseGold, readGold, BINARY_DEVICES, type BinaryDevice } from '../../eval/gold.js';
import { bootstrapIntervals, type BootstrapIntervals, type Interval } from '../../eval/bootstrap.js';
import { evaluateGold, type EvalReport } from '../../eval/score.js';
import { evaluateSentimentTsv, parseSentimentTsv, sentimentAgreement } from '../../eval/sentiment-tsv.js';
import { prf, sumCounts } from '../../eval/stats.js';
import { terminalSafe } from '../../report/summary.js';
import { UsageError } from '../../util/errors.js';
import { counted } from '../../util/plural.js';
import { decodeDataStdin, DEFAULT_MAX_BYTES, loadBuffer } from '../../text/load.js';
import type { CliIO } from '../io.js';
import type { Command } from '../main.js';
import { warnUnknownRules } from '../rule-warning.js';
import { loadOptionsOf, settingsFromArgs, withReadOptions } from '../settings-args.js';
import type { ResolvedSettings } from '../../config/settings.js';
import { escapeControlChars } from '../../util/escape.js';
import { operand } from '../end-of-options.js';

export const evalCommand: Command = {
  command: 'eval [gold]',
  describe: 'Score the analyzers against an annotated gold file (JSONL; its format: see README.md, "Measuring accuracy")',
  builder: (y) =>
    withReadOptions(y)
      .positional('gold', { type: 'string', describe: 'Gold file: one JSON document a line (- for stdin)' })
      .option('root', { type: 'string', describe: "Folder that gold 'doc' paths resolve against (default: the parent of the gold file's folder; for stdin, the current folder)" })
      .option('format', { choices: ['text', 'json'] as const, default: 'text', describe: 'text table, or the JSON figures' })
      .option('verbose', {
        type: 'boolean',
        default: false,
        describe: 'List every false positive and false negative with the rules that fired (JSON: a "disagreements" list)',
      })
      .option('device', {
        type: 'string',
        array: true,
        choices: [...EVAL_DEVICES],
        describe: 'Only these devices (repeatable) in the text table, its micro row and --verbose: for a gold file labelled for some devices only',
      })
      .option('by-document', { type: 'boolean', default: false, describe: 'Also show the figures of each document (JSON: a "documents" list)' })
      .option('by-rule', {
        type: 'boolean',
        default: false,
        describe: 'Also show, for each rule, the gold sentences it flags, how many the annotators marked, and how many depend on it alone (JSON: a "rules" list)',
      })
      .option('ci', {
        type: 'boolean',
        default: false,
        describe: 'Also show 95% bootstrap intervals of every F1 and of Pearson r (1,000 resamples of the sentences, seeded: a run repeats exactly)',
      })
      .option('ci-by', {
        choices: ['sentence', 'document'] as const,
        default: 'sentence',
        describe: 'What --ci resamples: sentences, or whole documents (how much the figures hang on which texts were annotated)',
      })
      .option('lexicons', { type: 'string', array: true, describe: 'Extra lexicon folders (config key "lexicons")' })
      .option('rule', { type: 'string', describe: 'Turn a rule off or re-weight it while scoring: id=off or id=0.5 (repeatable; config key "rules")' })
      .option('config', { type: 'string', describe: 'Use this config file instead of searching for .rhetoricrc.json from the gold file\'s folder (--no-config: ignore config files)' })
      .option('sentiment-tsv', {
        type: 'string',
        describe: "Instead of a gold file: score the sentiment analyzer alone against a human-rated file in VADER's format (id<TAB>mean rating<TAB>text; - for stdin); prints Pearson r",
      })
      .example('$0 eval ../shared/gold/dev.jsonl', 'Precision, recall and F1 per device')
      .example('$0 eval --sentiment-tsv ../shared/data/sentiment/nytEditorialSnippets_GroundTruth.txt', 'Pearson r of our sentiment against human ratings')
      .example('$0 eval ../shared/gold/dev.jsonl --verbose --device slogan', 'Every slogan disagreement')
      .example('$0 eval ../shared/gold/dev.jsonl --by-rule --device us_them', 'How far each us/them rule agrees with the annotators')
      .example('$0 eval ../shared/gold/dev.jsonl --ci', 'The figures with 95% bootstrap intervals')
      .example('$0 eval heldout.jsonl --ci --ci-by document', 'Intervals from resampling whole documents')
      .example('$0 eval sample.jsonl --device us_them --device historical_analogy', 'A file labelled for two devices only')
      .example('$0 eval ../shared/gold/dev.jsonl --rule us-them-learned=off', 'The figures without one rule'),
  async run(args, io) {
    if (args.sentimentTsv !== undefined) {
      if (args.gold) throw new UsageError('give either a gold file or --sentiment-tsv, not both');
      const fromStdin = operand(args.sentimentTsv) === '-';
      const file = fromStdin ? '-' : resolve(io.cwd, String(args.sentimentTsv));
      const settings = evalSettings(args, io.cwd, file, io);
      const load = loadOptionsOf(settings);
      const r = fromStdin
        ? sentimentAgreement(parseSentimentTsv(loadBuffer(await io.readStdin(load.maxBytes), '-', load).text, 'stdin'), settings.lexicons, settings.rules)
        : evaluateSentimentTsv(file, settings.lexicons, { load, rules: settings.rules });
      if (args.format === 'json') io.stdout(`${JSON.stringify({ sentiment: r }, null, 2)}\n`);
      else io.stdout(`sentiment: Pearson r ${pct(r.pearson)}, Spearman ${pct(r.spearman)} (n=${r.n})\n`);
      return 0;
    }
    if (args.gold === undefined) throw new UsageError('eval needs a gold file (or --sentiment-tsv FILE)');
    // A gold file piped in has no folder: its paths resolve against --root or the current folder.
    const fromStdin = operand(args.gold) === '-';
    const goldFile = fromStdin ? '-' : resolve(io.cwd, String(args.gold));
    const root = args.root ? resolve(io.cwd, String(args.root)) : undefined;
    const settings = evalSettings(args, io.cwd, goldFile, io);
    // The gold file is read up to 50 MB, or up to --max-bytes when that is higher (a pipe only up to the limit): --max-bytes
    // is the limit of the documents it names, which may be set low without refusing the gold file itself.
    const { limitName } = loadOptionsOf(settings);
    const goldLoad = { maxBytes: Math.max(settings.maxBytes, DEFAULT_MAX_BYTES), limitName };
    const gold = fromStdin ? parseGold(decodeDataStdin(await io.readStdin(goldLoad.maxBytes), 'gold file', goldLoad), 'stdin', root ?? io.cwd) : readGold(goldFile, root, goldLoad);
    // A document with no annotated sentence is allowed (a placeholder, a text still to annotate) but counts for nothing.
    for (const g of gold) {
      if (g.sentences.length === 0) io.stderr(`rhetoric: warning: ${escapeControlChars(goldPlace(g))}: ${escapeControlChars(g.doc)} has no annotated sentences ("sentences": []), so it adds nothing to the figures\n`);
    }
    const report = evaluateGold(gold, { lexicons: settings.lexicons, rules: settings.rules, sectionWords: settings.sectionWords, load: loadOptionsOf(settings) });
    const ci = args.ci || args.ciBy === 'document' ? bootstrapIntervals(report.outcomes, { by: args.ciBy === 'document' ? 'document' : 'sentence' }) : undefined;
    if (args.format === 'json') {
      const { devices, micro, sentiment, sentences, documents, rules, disagreements } = report;
      const extra = { ...(args.byDocument ? { documents } : {}), ...(args.byRule ? { rules } : {}), ...(ci ? { ci } : {}), ...(args.verbose ? { disagreements } : {}) };
      io.stdout(`${JSON.stringify({ devices, micro, sentiment, sentences, ...extra }, null, 2)}\n`);
      return 0;
    }
    const only = args.device as EvalDevice[] | undefined;
    io.stdout(formatEvalTable(report, Boolean(args.byDocument), only, ci));
    if (args.byRule) io.stdout(formatRuleTable(report, only));
    if (args.verbose) io.stdout(formatDisagreements(report, only));
    return 0;
  },
};

/** The settings that change what the analyzers find, which eval honours as analyze does: command line, then config file. */
const EVAL_SETTINGS = ['lexicons', 'rules', 'sectionWords', 'encoding', 'maxBytes'] as const;

/**
 * Eval scores the analyzers as `rhetoric analyze` would run them on the same files: extra lexicons, rules switched off
 * or re-weighted, section length and how files are read come from the command line, then from the config file found from
 * the gold file's folder upwards (or --config), then the defaults. When a config file changes any of them, stderr says so,
 * since the figures then are those of the configured analyzers. Its other keys (devices, format, out …) are about reports
 * and are not used.
 */
function evalSettings(args: Record<string, unknown>, cwd: string, input: string, io: CliIO): ResolvedSettings['values'] {
  const { lexicons, rule, config, encoding, maxBytes } = args;
  const resolved = settingsFromArgs({ lexicons, rule, config, encoding, maxBytes }, cwd, input);
  const fromConfig = EVAL_SETTINGS.filter((k) => resolved.configFile !== undefined && resolved.sources[k] === resolved.configFile);
  if (fromConfig.length > 0) io.stderr(`rhetoric: eval uses ${fromConfig.join(', ')} from ${escapeControlChars(resolved.configFile ?? '')} (--no-config to score without it)\n`);
  warnUnknownRules(resolved.values.rules, resolved.values.lexicons, io);
  return resolved.values;
}

/** The devices `--device` can pick: the four binary ones and sentiment. */
export const EVAL_DEVICES = [...BINARY_DEVICES, 'sentiment'] as const;
export type EvalDevice = (typeof EVAL_DEVICES)[number];

const pct = (x: number) => x.toFixed(3);
const span = ([lo, hi]: Interval) => `${pct(lo)}–${pct(hi)}`;

/**
 * The figures as a plain-text table. With `only`, just those devices: the micro row then sums the binary devices picked
 * (and is left out when one is picked, as it would repeat that row), and sentiment is shown only when picked.
 */
export function formatEvalTable(report: EvalReport, byDocument = false, only?: readonly EvalDevice[], ci?: BootstrapIntervals): string {
  const binary = BINARY_DEVICES.filter((d) => !only || only.includes(d));
  const withSentiment = !only || only.includes('sentiment');
  const level = ci ? `${Math.round(ci.level * 100)}% CI` : '';
  const rows = [['device', 'precision', 'recall', 'F1', ...(ci ? [`F1 ${level}`] : []), 'tp', 'fp', 'fn']];
  const row = (name: string, p: ReturnType<typeof prf>, interval?: Interval) => [
    name,
    pct(p.precision),
    pct(p.recall),
    pct(p.f1),
    ...(ci ? [interval ? span(interval) : '–'] : []),
    String(p.tp),
    String(p.fp),
    String(p.fn),
  ];
  for (const d of binary) rows.push(row(d, report.devices[d], ci?.devices[d]));
  // The micro interval covers the four devices; a micro row over some of them has none.
  if (!only) rows.push(row('micro', report.micro, ci?.micro));
  else if (binary.length > 1) rows.push(row(`micro (${binary.length} devices)`, microOf(report, binary)));
  let out = binary.length > 0 ? table(rows) : '';
  if (withSentiment) {
    const interval = ci ? `, ${level} ${span(ci.sentiment)}` : '';
    out += `${out ? '\n' : ''}sentiment: Pearson r ${pct(report.sentiment.pearson)}${interval}, Spearman ${pct(report.sentiment.spearman)} (n=${report.sentiment.n})\n`;
  }
  if (ci) {
    const what = ci.by === 'document' ? 'the documents (each kept whole)' : 'the sentences (documents are not resampled: --ci-by document for that)';
    out += `intervals: percentile bootstrap, ${ci.resamples} resamples of ${what}\n`;
  }
  out += `sentences: ${report.sentences}\n`;
  if (byDocument) {
    const docRows = [['document', 'sentences', ...binary.map((d) => `${d} F1`), ...(withSentiment ? ['sentiment r'] : [])]];
    for (const doc of report.documents) {
      docRows.push([terminalSafe(doc.doc), String(doc.sentences), ...binary.map((d) => pct(doc.devices[d].f1)), ...(withSentiment ? [pct(doc.sentiment.pearson)] : [])]);
    }
    out += `\n${table(docRows)}`;
  }
  return out;
}

/** Micro-averaged figures over some of the binary devices. */
function microOf(report: EvalReport, devices: readonly BinaryDevice[]) {
  return prf(sumCounts(devices.map((d) => report.devices[d])));
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n') + '\n';
}

/**
 * Each device's rules: the gold sentences a rule flags, how many of them the annotators marked (its precision here), and
 * the sentences no other scored rule flags (what dropping it would change). Rules that only list something for the
 * reader come last, marked "not scored": their figures say what scoring them would add.
 */
export function formatRuleTable(report: EvalReport, only?: readonly EvalDevice[]): string {
  let out = '';
  for (const d of BINARY_DEVICES) {
    if (only && !only.includes(d)) continue;
    const rows = [[`${d}, by rule`, 'sentences', 'marked', 'precision', 'alone', 'alone marked']];
    for (const r of report.rules.filter((x) => x.device === d)) {
      rows.push([r.scored ? r.rule : `${r.rule} (not scored)`, String(r.sentences), String(r.positive), pct(r.positive / r.sentences), String(r.alone), String(r.alonePositive)]);
    }
    if (rows.length > 1) out += `\n${table(rows)}`;
  }
  return out;
}

/** Every disagreement, grouped by device and kind (with `only`, of those devices). */
export function formatDisagreements(report: EvalReport, only?: readonly EvalDevice[]): string {
  let out = '';
  for (const d of BINARY_DEVICES) {
    if (only && !only.includes(d)) continue;
    for (const kind of ['fp', 'fn'] as const) {
      const list = report.disagreements.filter((x) => x.device === d && x.kind === kind);
      out += `\n## ${d}: ${counted(list.length, kind === 'fp' ? 'false positive' : 'false negative')}\n`;
      for (const x of list) {
        const rules = x.rules.length ? ` [${x.rules.join(', ')}]` : '';
        // The text is the document's: escape sequences and other control characters in it must not reach the terminal.
        out += `- ${terminalSafe(x.doc)}@${x.start}: ${terminalSafe(x.text.replace(/\s+/g, ' '))}${rules}\n`;
      }
    }
  }
  return out;
}
