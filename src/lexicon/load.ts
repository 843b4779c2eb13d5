// Loads and validates lexicons/*.json once per process; a user's folders add or override entries by id.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../util/digest.js';
import { InputError, shownValue, UsageError, wrongShape } from '../util/errors.js';
import { readDataFile } from '../text/load.js';
import { fileError } from '../util/fs.js';
import { lexiconSchemas, type EntryByKind, type Lexicon } from './schema.js';

/** The lexicons shipped with the toolkit (`lexicons/` at the package root, from `src/` or `dist/`). */
export const BUILTIN_LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lexicons');

/**
 * Where `npm run build` records the built-in lexicon files it validated (file name → SHA-256 of the bytes), next to
 * the compiled loader. A file whose bytes still match is read without validating it again; from the sources, or after
 * any edit, every file is validated.
 */
export const CHECKED_STAMP = fileURLToPath(new URL('./checked-lexicons.json', import.meta.url));

/** The data file of reference norms (see src/compare/norms.ts): read with the lexicons, but no input to the analysis. */
const NORMS_FILE = 'norms.json';

/** The SHA-256 of a lexicon file's text, as the stamp records it. */
export function lexiconDigest(text: string): string {
  return sha256Hex(text);
}

/** All lexicons of a run, by name. */
export class LexiconSet {
  readonly lexicons = new Map<string, Lexicon>();
  /** Raw contents of `data` files (figures such as norms), by name. */
  readonly data = new Map<string, unknown>();
  /** Names of the lexicons and data files read as the build validated them (their own checks need not run again). */
  readonly checked = new Set<string>();
  /** Every file read, in order, as "name.json sha256" (a --lexicons folder's files after the built-in ones). */
  readonly sources: string[] = [];

  /**
   * One SHA-256 over every file that shapes the analysis (all read files but norms.json, which only describes results):
   * the same for two runs exactly when they measured with the same word lists, patterns, models and settings.
   */
  analysisDigest(): string {
    return lexiconDigest(this.sources.filter((s) => !s.startsWith(`${NORMS_FILE} `)).join('\n'));
  }

  /** The lexicon `name`, checked to be of `kind`. Throws when it is missing: analyzers depend on their data. */
  get<K extends keyof EntryByKind>(name: string, kind: K): Lexicon<K> {
    const lex = this.lexicons.get(name);
    if (!lex) throw new InputError(`lexicon "${name}" not found (looked in ${BUILTIN_LEXICON_DIR} and any --lexicons folder)`);
    if (lex.kind !== kind) throw new InputError(`lexicon "${name}" (${lex.file}) is of kind "${lex.kind}", expected "${kind}"`);
    return lex as unknown as Lexicon<K>;
  }

  /** The lexicon `name` if present. */
  find<K extends keyof EntryByKind>(name: string, kind: K): Lexicon<K> | undefined {
    const lex = this.lexicons.get(name);
    return lex && lex.kind === kind ? (lex as unknown as Lexicon<K>) : undefined;
  }

  private readonly derivedValues = new Map<string, unknown>();

  /**
   * A value computed once from this set and kept as long as it lives (compiled patterns, phrase matchers, models),
   * by a key the caller owns ("us-them:vocabulary"). Analyzers call this instead of keeping caches of their own.
   */
  derived<T>(key: string, build: () => T): T {
    if (this.derivedValues.has(key)) return this.derivedValues.get(key) as T;
    const value = build();
    this.derivedValues.set(key, value);
    return value;
  }

  /** Every lexicon serving `device`. */
  forDevice(device: string): Lexicon[] {
    return [...this.lexicons.values()].filter((l) => l.device === device);
  }

  /**
   * The rules that `device`'s data files describe: a data file marked `"rules": true` lists in `entries` the rules (and
   * the conditions on them) that no single lexicon entry makes, each with the id its findings carry and its note.
   */
  ruleNotes(device: string): { lexicon: string; description: string; rules: { id: string; note: string; detail?: string }[] }[] {
    const out: { lexicon: string; description: string; rules: { id: string; note: string; detail?: string }[] }[] = [];
    for (const [lexicon, raw] of this.data) {
      const file = raw as { device?: unknown; rules?: unknown; entries?: unknown; description?: unknown };
      if (file.device !== device || file.rules !== true || !Array.isArray(file.entries)) continue;
      const rules = (file.entries as { id?: unknown; note?: unknown; detail?: unknown }[]).filter((e): e is { id: string; note: string; detail?: unknown } => typeof e.id === 'string' && typeof e.note === 'string');
      out.push({
        lexicon,
        description: typeof file.description === 'string' ? file.description : '',
        rules: rules.map((e) => ({ id: e.id, note: e.note, ...(typeof e.detail === 'string' ? { detail: e.detail } : {}) })),
      });
    }
    return out;
  }
}

const cache = new Map<string, LexiconSet>();

/** A JavaScript caller's lexicon set, checked: what loadLexicons() returns, not a folder name, a list of folders or null. */
export function checkLexiconSet(lexicons: unknown, fn: string): asserts lexicons is LexiconSet {
  if (wrongShape(lexicons, { data: 'map', lexicons: 'map', derived: 'function' }) !== undefined) {
    const hint = typeof lexicons === 'string' || Array.isArray(lexicons) ? ' (pass folders to loadLexicons() first)' : '';
    throw new UsageError(`${fn}() takes a lexicon set as loadLexicons() returns it, not ${shownValue(lexicons)}${hint}`);
  }
}

/**
 * Loads the built-in lexicons, then each extra folder in order (later folders override earlier entries with the same id).
 * Cached per process. `stamp` is the build's record of validated built-in files (tests point it elsewhere).
 */
export function loadLexicons(extraDirs: readonly string[] = [], stamp: string = CHECKED_STAMP): LexiconSet {
  checkLexiconFolders(extraDirs);
  const dirs = [BUILTIN_LEXICON_DIR, ...extraDirs.map((d) => resolve(d))];
  const key = [stamp, ...dirs].join('\0');
  const cached = cache.get(key);
  if (cached) return cached;
  const set = new LexiconSet();
  for (const dir of dirs) loadFolder(dir, set, dir !== BUILTIN_LEXICON_DIR, dir === BUILTIN_LEXICON_DIR ? readStamp(stamp) : new Map());
  cache.set(key, set);
  return set;
}

/** A JavaScript caller's `lexicons`, checked: a list of folder paths (a single string is the commonest slip). `fn`, when given, is named first. */
export function checkLexiconFolders(dirs: unknown, fn?: string): void {
  if (dirs === undefined) return;
  if (!Array.isArray(dirs) || dirs.some((d) => typeof d !== 'string')) {
    const given = typeof dirs === 'string' ? `a string; write [${JSON.stringify(dirs)}]` : Array.isArray(dirs) ? 'a list with something other than a path in it' : String(dirs === null ? 'null' : typeof dirs);
    throw new UsageError(`${fn ? `${fn}(): ` : ''}lexicons must be a list of folders (paths as strings), not ${given}`);
  }
}

function readStamp(file: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

function loadFolder(dir: string, set: LexiconSet, isUser: boolean, stamp: Map<string, string>): void {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(`lexicon folder ${dir} is not a folder`);
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw fileError(dir, err, 'lexicon folder');
  }
  for (const name of names) {
    const file = join(dir, name);
    // Some Windows editors save UTF-8 with a byte-order mark, which is no part of the JSON, or "Unicode" (UTF-16) text, as
    // for config and gold files. A folder named like a lexicon, a broken link, a file without read permission: bad input,
    // named in words.
    const text = readDataFile(file, 'lexicon file');
    const digest = lexiconDigest(text);
    set.sources.push(`${name} ${digest}`);
    const checked = stamp.get(name) === digest;
    const lex = checked ? readCheckedFile(file, text) : parseLexiconFile(file, text);
    // A user's file of the same name replaces or extends the built-in one, which is then no longer as the build checked it.
    if (checked) set.checked.add(basename(name, '.json'));
    else set.checked.delete(basename(name, '.json'));
    if (lex === 'data') {
      set.data.set(basename(name, '.json'), JSON.parse(text));
      continue;
    }
    const existing = set.lexicons.get(lex.lexicon);
    if (existing && isUser) set.lexicons.set(lex.lexicon, mergeLexicons(existing, lex));
    else if (existing) throw new InputError(`${file}: lexicon name "${lex.lexicon}" is used twice`);
    // A user's lexicon adds to or overrides one the analyzers read: one of a new name would be read by none, silently.
    else if (isUser) throw new InputError(`${file}: no analyzer reads a lexicon named "${lex.lexicon}"; name one they read (${[...set.lexicons.keys()].sort().join(', ')})`);
    else set.lexicons.set(lex.lexicon, lex);
  }
}

function mergeLexicons(base: Lexicon, override: Lexicon): Lexicon {
  if (base.kind !== override.kind) {
    throw new InputError(`${override.file}: lexicon "${override.lexicon}" is of kind "${override.kind}" but the built-in one is "${base.kind}"`);
  }
  const byId = new Map(base.entries.map((e) => [e.id, e] as const));
  for (const e of override.entries) byId.set(e.id, e);
  const entryFiles = { ...base.entryFiles, ...Object.fromEntries(override.entries.map((e) => [e.id, override.file])) };
  return { ...base, file: override.file, entries: [...byId.values()] as Lexicon['entries'], entryFiles };
}

/** A lexicon file whose exact bytes the build validated: parsed, not checked again. */
function readCheckedFile(file: string, text: string): Lexicon | 'data' {
  const raw = JSON.parse(text) as Omit<Lexicon, 'file' | 'kind' | 'entries'> & {
    kind: Lexicon['kind'] | 'data';
    entries?: Lexicon['entries'];
    fragments?: Record<string, string>;
  };
  if (raw.kind === 'data') return 'data';
  const { lexicon, kind, device, description, source } = raw;
  let entries = raw.entries ?? [];
  if (kind === 'patterns' && raw.fragments) {
    entries = (entries as EntryByKind['patterns'][]).map((e) => ({ ...e, pattern: expandFragments(e.pattern, raw.fragments, `${file}: entry "${e.id}"`) }));
  }
  return { lexicon, kind, device, description, source, entries, file };
}

/** `{{name}}` in a pattern: a fragment named in the same file's `fragments`. */
const FRAGMENT_REFERENCE = /\{\{([a-z0-9][a-z0-9-]*)\}\}/g;

/**
 * A pattern with every `{{name}}` replaced by the file's fragment of that name, as written (a fragment that is to be
 * one item of a pattern is written as a group). Fragments do not name other fragments.
 */
export function expandFragments(pattern: string, fragments: Readonly<Record<string, string>> | undefined, where: string): string {
  if (!pattern.includes('{{')) return pattern;
  return pattern.replace(FRAGMENT_REFERENCE, (_, name: string) => {
    const fragment = fragments?.[name];
    if (fragment === undefined) throw new InputError(`${where}: pattern uses {{${name}}}, which the file's "fragments" does not define`);
    if (fragment.includes('{{')) throw new InputError(`${where}: fragment "${name}" names another fragment; fragments are written out in full`);
    return fragment;
  });
}

/** Validates one lexicon file's text. Errors name the file and the entry. */
export function parseLexiconFile(file: string, text: string): Lexicon | 'data' {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const { lexiconFile, entrySchemas } = lexiconSchemas();
  const head = lexiconFile.safeParse(raw);
  if (!head.success) throw new InputError(`${file}: ${describeIssue(head.error.issues[0])}`);
  const { lexicon, kind, device, description, source, fragments } = head.data;
  if (fragments && kind !== 'patterns') throw new InputError(`${file}: "fragments" are for lexicons of kind "patterns"`);
  if (basename(file, '.json') !== lexicon && !file.includes('\0')) {
    throw new InputError(`${file}: "lexicon" is "${lexicon}" but the file is named ${basename(file)}; they must match`);
  }
  if (kind === 'data') return 'data';
  const schema = entrySchemas[kind];
  const entries = (head.data.entries ?? []) as unknown[];
  const seen = new Set<string>();
  const valid: EntryByKind[typeof kind][] = [];
  entries.forEach((entry, i) => {
    const label = typeof (entry as { id?: unknown })?.id === 'string' ? `entry "${(entry as { id: string }).id}"` : `entry #${i + 1}`;
    const parsed = schema.safeParse(entry);
    if (!parsed.success) throw new InputError(`${file}: ${label}: ${describeIssue(parsed.error.issues[0])}`);
    const e = parsed.data as EntryByKind[typeof kind];
    if (seen.has(e.id)) throw new InputError(`${file}: ${label} appears twice`);
    seen.add(e.id);
    if (kind === 'patterns') {
      const rule = e as EntryByKind['patterns'];
      rule.pattern = expandFragments(rule.pattern, fragments, `${file}: ${label}`);
      checkPattern(file, label, rule);
    }
    if (kind === 'wordlist') checkNoDuplicates(file, label, (e as EntryByKind['wordlist']).words);
    if (kind === 'terms') checkNoDuplicates(file, label, (e as EntryByKind['terms']).terms);
    valid.push(e);
  });
  return { lexicon, kind, device, description, source, entries: valid, file };
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'invalid';
  const where = issue.path.length ? `field "${issue.path.map(String).join('.')}": ` : '';
  return `${where}${issue.message}`;
}

function checkNoDuplicates(file: string, label: string, values: string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    const k = v.toLowerCase();
    if (seen.has(k)) throw new InputError(`${file}: ${label} lists "${v}" twice`);
    seen.add(k);
  }
}

/** Ways a rule's regular expression can take more than linear time on a long sentence. */
export interface PatternRisks {
  /** An unbounded quantifier inside a group that itself repeats without bound: (a+)+, (?:(?:\w)+\s)*. Exponential. */
  nestedQuantifier: boolean;
  /** An unbounded quantifier inside a lookbehind: (?<!x[^.]*). Evaluated at every position, so quadratic. */
  unboundedLookbehind: boolean;
}

/**
 * Scans a regular expression's source (without compiling it) for constructs that backtrack super-linearly.
 * Bounded windows such as (?:\w+\s+){0,3} and bounded lookbehinds such as (?<!\bnot\s) are fine.
 */
export function patternRisks(pattern: string): PatternRisks {
  const risks: PatternRisks = { nestedQuantifier: false, unboundedLookbehind: false };
  // One frame per open group: whether it holds an unbounded quantifier, and whether it is a lookbehind.
  const stack: { unbounded: boolean; lookbehind: boolean }[] = [{ unbounded: false, lookbehind: false }];
  const unboundedAt = (i: number): boolean => {
    const c = pattern[i];
    if (c === '*' || c === '+') return true;
    return c === '{' && /^\{\d+,\}/.test(pattern.slice(i, i + 12));
  };
  const markUnbounded = () => {
    for (const f of stack) f.unbounded = true;
    if (stack.some((f) => f.lookbehind)) risks.unboundedLookbehind = true;
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      i += 2;
      if (unboundedAt(i)) markUnbounded();
      continue;
    }
    if (c === '[') {
      // Skip a character class (escapes and a leading ] included).
      i++;
      if (pattern[i] === '^') i++;
      if (pattern[i] === ']') i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      if (unboundedAt(i)) markUnbounded();
      continue;
    }
    if (c === '(') {
      stack.push({ unbounded: false, lookbehind: pattern.startsWith('(?<=', i) || pattern.startsWith('(?<!', i) });
      i++;
      continue;
    }
    if (c === ')') {
      const group = stack.length > 1 ? stack.pop()! : stack[0];
      i++;
      if (unboundedAt(i)) {
        if (group.unbounded) risks.nestedQuantifier = true;
        markUnbounded();
      }
      continue;
    }
    if (unboundedAt(i) && i > 0) markUnbounded();
    i++;
  }
  return risks;
}

function checkPattern(file: string, label: string, e: EntryByKind['patterns']): void {
  try {
    new RegExp(e.pattern, e.flags ?? 'i');
  } catch (err) {
    throw new InputError(`${file}: ${label}: pattern does not compile (${(err as Error).message})`);
  }
  const risks = patternRisks(e.pattern);
  if (risks.nestedQuantifier) {
    throw new InputError(`${file}: ${label}: pattern nests a quantifier inside a repeated group, which can take exponential time`);
  }
  if (risks.unboundedLookbehind) {
    throw new InputError(`${file}: ${label}: pattern has an unbounded quantifier inside a lookbehind, which takes quadratic time (bound it, e.g. {0,80})`);
  }
}
