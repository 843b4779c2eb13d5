// Maps command-line arguments onto run settings, so a config file fills in whatever the command line leaves out.

import { dirname, resolve } from 'node:path';
import type { Argv } from 'yargs';
import { selectAnalyzers } from '../analyze.js';
import { analyzers } from '../analyzers/index.js';
import { resolveSettings, type ResolvedSettings, type SettingName } from '../config/settings.js';
import { isCorpusArgument } from '../corpus/discover.js';
import { collectionNorms } from '../corpus/percentiles.js';
import { parseThresholds } from '../fail-on.js';
import { DEFAULT_MAX_BYTES, parseByteSize, type LoadOptions } from '../text/load.js';
import { InputError, UsageError } from '../util/errors.js';

/** Smallest --section-words the parser honours. */
export const MIN_SECTION_WORDS = 50;

/**
 * The input and analysis options that analyze, compare and worksheet share with the config file. They have no yargs
 * defaults: unset means "ask the config file, then the default" (see settingsFromArgs).
 */
export function withInputOptions(y: Argv): Argv {
  return withReadOptions(
    y
      .option('out', { type: 'string', describe: 'Folder that receives the output folder <out>/<name>/ (default: reports; config key "out")' })
      .option('section-words', { type: 'number', describe: `Target words per section for texts without headings (default 500, at least ${MIN_SECTION_WORDS})` })
      .option('lexicons', { type: 'string', describe: 'Folder of lexicon files that add or override entries (repeatable)' }),
  )
    .option('devices', { type: 'string', describe: 'Devices to run, comma-separated (default: all; config key "devices")' })
    .option('rule', { type: 'string', describe: 'Turn a rule off or re-weight it: id=off or id=0.5 (repeatable; config key "rules")' })
    .option('config', { type: 'string', describe: 'Use this config file instead of searching for .rhetoricrc.json (--no-config: ignore config files)' });
}

/** --encoding and --max-bytes: how input files are read. In withInputOptions, and in eval for the documents a gold file names. */
export function withReadOptions(y: Argv): Argv {
  return y
    .option('encoding', { choices: ['utf8', 'latin1'] as const, describe: 'How the input file is encoded: utf8 (default) or latin1 for legacy files' })
    .option('max-bytes', { type: 'string', describe: `Refuse inputs larger than this many bytes (suffix K, M or G allowed; default ${DEFAULT_MAX_BYTES})` });
}

/** How the command line reads its inputs: the run's encoding and limit, and a file over the limit is told about --max-bytes. */
export function loadOptionsOf(settings: Pick<ResolvedSettings['values'], 'encoding' | 'maxBytes'>): LoadOptions {
  return { encoding: settings.encoding, maxBytes: settings.maxBytes, limitName: '--max-bytes' };
}

/** The settings of a run: defaults, then the config found from the input's folder, then the command line. */
export function settingsFromArgs(args: Record<string, unknown>, cwd: string, input?: string): ResolvedSettings {
  const cli: Partial<ResolvedSettings['values']> = {};
  if (args.devices !== undefined) cli.devices = parseDevices(String(args.devices));
  if (args.rule !== undefined) cli.rules = parseRules(args.rule);
  if (args.lexicons !== undefined) cli.lexicons = toList(args.lexicons).map((d) => resolve(cwd, d));
  if (args.sectionWords !== undefined) {
    cli.sectionWords = Number(args.sectionWords);
    if (!Number.isInteger(cli.sectionWords) || cli.sectionWords < MIN_SECTION_WORDS) {
      throw new UsageError(`--section-words must be a whole number of at least ${MIN_SECTION_WORDS}`);
    }
  }
  if (args.format !== undefined) cli.format = String(args.format);
  if (args.out !== undefined) cli.out = resolve(cwd, String(args.out));
  if (args.against !== undefined) cli.against = String(args.against);
  if (args.failOn !== undefined) cli.failOn = String(args.failOn);
  if (args.encoding !== undefined) cli.encoding = String(args.encoding) as 'utf8' | 'latin1';
  if (args.maxBytes !== undefined) cli.maxBytes = parseByteSize(String(args.maxBytes));
  // yargs reads --no-config as config: false.
  const settings = resolveSettings(configSearchStart(cwd, input), cli, {
    configFile: typeof args.config === 'string' && args.config !== '' ? resolve(cwd, args.config) : undefined,
    noConfig: args.config === false,
  });
  // A default out folder is relative to where the command runs.
  if (settings.sources.out === 'default') settings.values.out = resolve(cwd, settings.values.out);
  return settings;
}

/**
 * The folder the search for a config file starts from: a corpus folder itself, the folder of a file (or of a glob's
 * fixed part), or the working folder for stdin or no input.
 */
export function configSearchStart(cwd: string, input?: string): string {
  if (!input || input === '-') return cwd;
  const full = resolve(cwd, input);
  return isCorpusArgument(input, cwd) && !/[*?[]/.test(input) ? full : dirname(full);
}

function parseDevices(spec: string): Record<string, boolean> {
  const known = analyzers.map((a) => a.id);
  const wanted = spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (wanted.length === 0) throw new UsageError('--devices: name at least one device');
  for (const d of wanted) if (!known.includes(d)) throw new UsageError(`--devices: unknown device "${d}" (known: ${known.join(', ')})`);
  return Object.fromEntries(known.map((d) => [d, wanted.includes(d)]));
}

function parseRules(value: unknown): Record<string, 'off' | number> {
  const out: Record<string, 'off' | number> = {};
  for (const item of toList(value)) {
    const m = /^([a-z0-9][a-z0-9-]*)=(off|on|\d+(?:\.\d+)?)$/.exec(item.trim());
    if (!m) throw new UsageError(`--rule: cannot read "${item}" (expected id=off or id=0.5)`);
    if (m[2] !== 'on') out[m[1]] = m[2] === 'off' ? 'off' : Number(m[2]);
  }
  return out;
}

function toList(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String).filter((s) => s !== '');
}

/**
 * The --fail-on thresholds and the --against collection of a run's settings, checked before any text is read (a bad
 * value from a config file is bad input that names the file and key, as checkSetting makes it); returns the thresholds.
 */
export function checkedRunTargets(resolved: ResolvedSettings): ReturnType<typeof parseThresholds> | undefined {
  const settings = resolved.values;
  const failOn = settings.failOn;
  const thresholds = failOn !== undefined ? checkSetting(resolved, 'failOn', () => parseThresholds(failOn, analyzers.map((a) => a.id), selectAnalyzers(settings.devices).map((a) => a.id))) : undefined;
  const against = settings.against;
  if (against !== undefined) checkSetting(resolved, 'against', () => collectionNorms(against, settings.lexicons));
  return thresholds;
}

/**
 * Runs `check` on a setting's value. A usage error about a value that came from a config file names that file and key
 * (exit 1, as for any bad config value) rather than a flag the user never typed.
 */
export function checkSetting<T>(settings: ResolvedSettings, name: SettingName, check: () => T): T {
  try {
    return check();
  } catch (err) {
    const source = settings.sources[name];
    if (!(err instanceof UsageError) || source === 'command line' || source === 'default') throw err;
    throw new InputError(`${source}: key "${name}": ${err.message.replace(/^--[a-z-]+: /, '').replace(/ for --[a-z-]+/, '')}`);
  }
}
