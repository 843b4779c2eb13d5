// Run settings from defaults, a config file (.rhetoricrc.json or package.json "rhetoric") and the command line, with where each came from.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { analyzers } from '../analyzers/index.js';
import { checkOptionsObject, checkPath, InputError, shownValue, UsageError } from '../util/errors.js';
import { lazySchemas } from '../util/zod.js';
import { readDataFile } from '../text/load.js';

/** Every setting, its default and its meaning. The README's Options table is generated from this list. */
export const SETTINGS = {
  devices: { flag: '--devices', default: {} as Record<string, boolean>, describe: 'Devices to run; `{"slogan": false}` turns one off (all run by default).' },
  rules: { flag: '--rule', default: {} as Record<string, 'off' | number>, describe: 'Rules by id: `"off"`, or a factor on their strength (`0.5`).' },
  lexicons: { flag: '--lexicons', default: [] as string[], describe: 'Extra lexicon folders that add or override entries (relative to the config file).' },
  sectionWords: { flag: '--section-words', default: 500, describe: 'Target words per section for texts without headings.' },
  format: { flag: '--format', default: 'md', describe: 'Report formats: `md` (Markdown + SVG + JSON files), `json` (also print JSON), `html`, `all`, `jsonl`, `csv`.' },
  out: { flag: '--out', default: 'reports', describe: 'Folder that receives the report folder `<out>/<slug>/` (relative to the config file).' },
  against: { flag: '--against', default: undefined as string | undefined, describe: 'Reference collection to rank the text against (`inaugural`, `sotu`, `fdr`, `federalist`, `classics`, `all`).' },
  failOn: { flag: '--fail-on', default: undefined as string | undefined, describe: 'Exit 1 when a document score passes a threshold: `"call_to_action>12,us_them>0.3"`.' },
  encoding: { flag: '--encoding', default: 'utf8', describe: 'Input encoding: `utf8` or `latin1`.' },
  maxBytes: { flag: '--max-bytes', default: 50 * 1024 * 1024, describe: 'Largest input file, in bytes.' },
} as const;

export type SettingName = keyof typeof SETTINGS;

/** Settings as a config file may give them. Unknown keys are errors. */
export const configSchema = lazySchemas((z) =>
  z.strictObject({
    devices: z.record(z.string(), z.boolean()).optional(),
    rules: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'rule ids are dash-case'), z.union([z.literal('off'), z.literal('on'), z.number().min(0).max(10)])).optional(),
    lexicons: z.array(z.string().min(1)).optional(),
    sectionWords: z.number().int().min(50).max(100000).optional(),
    format: z.enum(['md', 'json', 'html', 'all', 'jsonl', 'csv']).optional(),
    out: z.string().min(1).optional(),
    against: z.string().min(1).optional(),
    failOn: z.string().min(1).optional(),
    encoding: z.enum(['utf8', 'latin1']).optional(),
    maxBytes: z.number().int().positive().optional(),
  }),
);

export type ConfigValues = z.infer<ReturnType<typeof configSchema>>;

/** Where a setting's value came from: "default", "command line", or a config file path. */
export type SettingSource = string;

/** The settings of a run, as resolveSettings() merges them, and where each came from. */
export interface ResolvedSettings {
  /** Each setting's value. Paths from a config file are resolved against its folder; rules set to "on" are dropped. */
  values: {
    devices: Record<string, boolean>;
    rules: Record<string, 'off' | number>;
    lexicons: string[];
    sectionWords: number;
    format: string;
    out: string;
    against?: string;
    failOn?: string;
    encoding: 'utf8' | 'latin1';
    maxBytes: number;
  };
  /** Each setting's source: "default", "command line" or the config file's path. */
  sources: Record<SettingName, SettingSource>;
  /** The config file that was used, if any. */
  configFile?: string;
}

/** A config file found from a folder upwards: `.rhetoricrc.json`, or a `"rhetoric"` field in `package.json`. */
export interface FoundConfig {
  file: string;
  values: ConfigValues;
}

/** Looks for a config from `startDir` up to the file-system root; the nearest wins. */
export function findConfig(startDir: string): FoundConfig | undefined {
  checkPath(startDir, 'findConfig', 'the folder to search from');
  let dir = resolve(startDir);
  for (;;) {
    const rc = join(dir, '.rhetoricrc.json');
    if (existsSync(rc)) return { file: rc, values: readConfigFile(rc) };
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const raw = readJson(pkg) as { rhetoric?: unknown };
      if (raw && typeof raw === 'object' && raw.rhetoric !== undefined) return { file: pkg, values: validateConfig(raw.rhetoric, `${pkg} ("rhetoric" field)`) };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates one config file. */
export function readConfigFile(file: string): ConfigValues {
  return validateConfig(readJson(file), file);
}

function readJson(file: string): unknown {
  // Some Windows editors save UTF-8 with a byte-order mark, which is no part of the JSON, or "Unicode" (UTF-16) text.
  const text = readDataFile(file, 'config file');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

/** Validates config values; errors name the key and the file. */
export function validateConfig(raw: unknown, file: string): ConfigValues {
  const parsed = configSchema().safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue.code === 'unrecognized_keys') {
      throw new InputError(`${file}: unknown key "${(issue as { keys: string[] }).keys[0]}" (known: ${Object.keys(SETTINGS).join(', ')})`);
    }
    const key = issue.path.map(String).join('.') || '(top level)';
    throw new InputError(`${file}: key "${key}": ${issue.message}`);
  }
  const known = new Set(analyzers.map((a) => a.id));
  for (const device of Object.keys(parsed.data.devices ?? {})) {
    if (!known.has(device)) throw new InputError(`${file}: key "devices.${device}": unknown device (known: ${[...known].join(', ')})`);
  }
  if (parsed.data.devices && [...known].every((d) => parsed.data.devices![d] === false)) {
    throw new InputError(`${file}: key "devices": turns off every device, which leaves nothing to analyze`);
  }
  return parsed.data;
}

/**
 * Merges defaults, the config file found from `startDir` (unless `noConfig`) and the command-line values
 * (only those the user gave), recording the source of each setting.
 */
export function resolveSettings(startDir: string, cli: Partial<ResolvedSettings['values']>, options: { configFile?: string; noConfig?: boolean } = {}): ResolvedSettings {
  checkPath(startDir, 'resolveSettings', 'the folder to search from');
  checkOptionsObject(cli, 'resolveSettings', 'the command-line values');
  checkOptionsObject(options, 'resolveSettings');
  if (options.configFile !== undefined && (typeof options.configFile !== 'string' || options.configFile === '')) {
    throw new UsageError(`resolveSettings(): options.configFile must be a file path as a string, not ${shownValue(options.configFile)}`);
  }
  const found = options.noConfig ? undefined : options.configFile ? { file: resolve(options.configFile), values: readConfigFile(resolve(options.configFile)) } : findConfig(startDir);
  const values = {} as Record<SettingName, unknown>;
  const sources = {} as Record<SettingName, SettingSource>;
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    values[name] = SETTINGS[name].default;
    sources[name] = 'default';
    const fromFile = found?.values[name];
    if (fromFile !== undefined) {
      values[name] = fromFile;
      sources[name] = found!.file;
    }
    const fromCli = cli[name];
    if (fromCli !== undefined && !(Array.isArray(fromCli) && fromCli.length === 0) && !(isPlainObject(fromCli) && Object.keys(fromCli).length === 0)) {
      // Maps from the command line add to the config file's, lists replace.
      values[name] = isPlainObject(fromCli) && isPlainObject(values[name]) ? { ...(values[name] as object), ...fromCli } : fromCli;
      sources[name] = 'command line';
    }
  }
  // Paths in a config file are relative to the file.
  if (found && sources.lexicons === found.file) values.lexicons = (values.lexicons as string[]).map((d) => resolve(dirname(found.file), d));
  if (found && sources.out === found.file) values.out = resolve(dirname(found.file), values.out as string);
  const rules = values.rules as Record<string, 'off' | 'on' | number>;
  const cleanRules: Record<string, 'off' | number> = {};
  for (const [id, v] of Object.entries(rules)) if (v !== 'on') cleanRules[id] = v;
  values.rules = cleanRules;
  return { values: values as ResolvedSettings['values'], sources, configFile: found?.file };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The merged settings as lines "name = value  (source)", for `rhetoric config --print`. */
export function formatSettings(settings: ResolvedSettings): string {
  const lines: string[] = [];
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const v = settings.values[name];
    lines.push(`${name} = ${v === undefined ? '(unset)' : JSON.stringify(v)}  (${settings.sources[name]})`);
  }
  return `${lines.join('\n')}\n`;
}
