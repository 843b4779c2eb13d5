// A V8 startup snapshot for the analysis of one text: Node starts with compromise already loaded and warm and the CLI's
// own code in memory, instead of loading both. `npm run build` makes the snapshot; bin/rhetoric.js runs the command
// from it when it is usable, and in its own process otherwise (same output, only slower).
//
// A snapshot holds only what its entry script built (scripts/snapshot-entry.cjs), from one file: so the build first
// bundles the compiled CLI (dist/) into one CommonJS file with esbuild. A snapshot is valid only for the Node binary
// and V8 flags it was built with, and a process can only start from it: so the command is run in a child process,
// started with the same flags, and the stamp written beside the snapshot says what it was built from.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzesCorpus, v8Flags, wantsHelp } from './command-line.js';
import { hasOwnNodeOptions, runInChild, type FlagSetting } from './launch.js';

/** The package's root folder (this file is src/cli/snapshot.ts or dist/cli/snapshot.js). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'rhetoric.js');
const SNAPSHOT_DIR = join(ROOT, 'dist', 'snapshot');
const SNAPSHOT_BLOB = join(SNAPSHOT_DIR, 'startup.blob');
const SNAPSHOT_STAMP = join(SNAPSHOT_DIR, 'startup.json');
const SNAPSHOT_ENTRY = join(ROOT, 'scripts', 'snapshot-entry.cjs');
/** The compiled CLI in one file, as the snapshot holds it. */
const SNAPSHOT_BUNDLE = join(SNAPSHOT_DIR, 'cli.cjs');
const DIST = join(ROOT, 'dist');
/** The built-in lexicons, and the build's record of which of them it checked (src/lexicon/load.ts). */
const LEXICONS = join(ROOT, 'lexicons');
const CHECKED_LEXICONS = join(DIST, 'lexicon', 'checked-lexicons.json');

/**
 * What a snapshot was built with: a process can start from it only with the same Node binary and V8 flags; it holds
 * the compromise that was installed then (its file's size and time, so a reinstall makes the snapshot stale) and the
 * compiled code of that build (the time of its newest file, so a later build without a snapshot makes it stale), and
 * the built-in lexicons it holds prepared (each file's size and time, so an edited lexicon makes it stale).
 */
export interface SnapshotStamp {
  node: string;
  platform: string;
  arch: string;
  flags: string[];
  compromise: string;
  code: string;
  /** The built-in lexicons it was prepared from (see builtinLexicons); absent in a stamp written before they were kept. */
  lexicons?: string;
  /** Whether it holds them read and prepared (false: the build fell back to a snapshot without them). */
  prepared?: boolean;
}

/** When the newest compiled file of dist/ (outside the snapshot's own folder) was written. */
function compiledCode(dir = DIST): string {
  let newest = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (path !== SNAPSHOT_DIR) walk(path);
      } else if (e.name.endsWith('.js')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(dir);
  return new Date(newest).toISOString();
}

/**
 * What identifies the built-in lexicons: each file's name, size and time, and those of the build's record of the checked
 * ones. The snapshot holds them read and prepared (src/cli/run.ts, prepareSnapshot), so an edited, added or removed
 * lexicon makes it stale. Empty when they cannot be read (then no snapshot is used, and the run reports the error).
 */
function builtinLexicons(): string {
  try {
    const files = readdirSync(LEXICONS).filter((n) => n.endsWith('.json')).sort().map((n) => join(LEXICONS, n));
    return [...files, CHECKED_LEXICONS].map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${file.slice(ROOT.length)} ${size} ${mtimeMs}`;
    }).join('\n');
  } catch {
    return '';
  }
}

/** The file of compromise that the tagger loads (src/nlp/tagger.ts), and what identifies its installed copy. */
function installedCompromise(): { file: string; identity: string } {
  const file = createRequire(import.meta.url).resolve('compromise/two');
  const { size, mtimeMs } = statSync(file);
  return { file, identity: `${size} bytes, modified ${new Date(mtimeMs).toISOString()}` };
}

/** The stamp of a snapshot built by this Node with `flags`, holding the installed compromise, the compiled code and the built-in lexicons. */
function stampFor(flags: string[], compromise: string, code: string, lexicons: string, prepared: boolean): SnapshotStamp {
  return { node: process.version, platform: process.platform, arch: process.arch, flags, compromise, code, lexicons, prepared };
}

/** The V8 flags a snapshot is built with: those of a command that analyzes one text. */
function snapshotFlags(): string[] {
  return v8Flags(['analyze', '-']);
}

/** The process facts that decide whether a command line may run from the snapshot. */
export interface LaunchSetting extends FlagSetting {
  /** The stamp beside the snapshot, or undefined when there is no snapshot. */
  stamp: SnapshotStamp | undefined;
  /** RHETORIC_SNAPSHOT ("off" runs every command in its own process) and NODE_OPTIONS. */
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * What identifies the installed compromise and the compiled code (see SnapshotStamp): read from the disk, so asked
   * only for a command that would run from the snapshot.
   */
  compromise: () => string;
  code: () => string;
  lexicons: () => string;
}

/**
 * Whether `argv` runs from the snapshot: the analysis of one text (a corpus is analyzed on worker threads, which a
 * snapshot does not reach), started with no Node options of its own, when the snapshot was built by this Node with
 * the flags this command runs with.
 */
export function runsFromSnapshot(argv: readonly string[], setting: LaunchSetting): boolean {
  const { stamp, env } = setting;
  if (stamp === undefined || env.RHETORIC_SNAPSHOT === 'off' || hasOwnNodeOptions(setting)) return false;
  const input = argv[1];
  if (argv[0] !== 'analyze' || wantsHelp(argv) || input === undefined || (input.startsWith('-') && input !== '-') || analyzesCorpus(argv, setting.cwd)) return false;
  return (
    stamp.node === process.version &&
    stamp.platform === process.platform &&
    stamp.arch === process.arch &&
    sameList(stamp.flags, v8Flags(argv)) &&
    stamp.compromise === setting.compromise() &&
    stamp.code === setting.code() &&
    // A stamp written before the lexicons were kept, or lexicons that could not be read, fit nothing.
    !!stamp.lexicons &&
    stamp.lexicons === setting.lexicons()
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The stamp beside the built snapshot, or undefined when there is none (or it cannot be read). */
export function snapshotStamp(): SnapshotStamp | undefined {
  try {
    return existsSync(SNAPSHOT_BLOB) ? (JSON.parse(readFileSync(SNAPSHOT_STAMP, 'utf8')) as SnapshotStamp) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the command line in a child process started from the snapshot and resolves to its exit code, or to undefined
 * when the command does not run from the snapshot (or the child could not be started): then the caller runs it itself.
 * The child shares this process's standard streams and signals (runInChild).
 */
export async function runFromSnapshot(argv: string[]): Promise<number | undefined> {
  const stamp = snapshotStamp();
  if (stamp === undefined) return undefined;
  const setting = { stamp, env: process.env, execArgv: process.execArgv, cwd: process.cwd(), compromise: () => installedCompromise().identity, code: () => compiledCode(), lexicons: builtinLexicons };
  if (!runsFromSnapshot(argv, setting)) return undefined;
  return runInChild([...v8Flags(argv), '--snapshot-blob', SNAPSHOT_BLOB, BIN, ...argv]);
}

/**
 * Bundles the compiled CLI (dist/cli/run.js and all it loads) into one CommonJS file for the snapshot. Each module's
 * `import.meta.url` becomes its own file's URL, so what it finds beside itself (lexicons, the chart worker, package.json)
 * is found as before; `import()` becomes `require`, which a run started from a snapshot can use. d3-node (drawn on the
 * chart worker, which loads it from dist/ as usual), piscina (corpus runs, never started from the snapshot) and zod
 * (loaded only when a lexicon or config file needs checking) stay outside, loaded when asked for.
 */
async function bundleCli(): Promise<void> {
  const esbuild = await import('esbuild');
  const { readFile } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  await esbuild.build({
    entryPoints: [join(DIST, 'cli', 'run.js')],
    outfile: SNAPSHOT_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    supported: { 'dynamic-import': false },
    external: ['d3-node', 'piscina', 'zod'],
    logLevel: 'error',
    plugins: [
      {
        name: 'module-own-url',
        setup(build) {
          build.onLoad({ filter: /\.m?js$/, namespace: 'file' }, async (args) => {
            const contents = (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
            return { contents, loader: 'js', resolveDir: dirname(args.path) };
          });
        },
      },
      {
        // string-width (yargs, cliui and wrap-ansi measure the help text with it) builds Unicode tables and a segmenter
        // when it loads, about 0.1 s of CPU that every run paid, though only help and usage text call it. Each `import`
        // of its default export gets a function that loads it on its first call instead (a `require` of it, as the
        // progress bar's, is left as it is).
        name: 'string-width-on-first-use',
        setup(build) {
          build.onResolve({ filter: /^string-width$/ }, async (args) => {
            if (args.pluginData === STRING_WIDTH_ITSELF || args.kind !== 'import-statement') return undefined;
            const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: STRING_WIDTH_ITSELF });
            return found.errors.length > 0 ? { errors: found.errors } : { path: found.path, namespace: 'string-width-on-first-use' };
          });
          build.onLoad({ filter: /.*/, namespace: 'string-width-on-first-use' }, (args) => ({
            contents: `let stringWidth;\nexport default function stringWidthOnFirstUse(string, options) {\n  stringWidth ??= require(${JSON.stringify(args.path)}).default;\n  return stringWidth(string, options);\n}\n`,
            loader: 'js',
            resolveDir: dirname(args.path),
          }));
        },
      },
    ],
  });
}

/** Marks the resolution of string-width that finds the module itself, not the loader in its place (see bundleCli). */
const STRING_WIDTH_ITSELF = Symbol('string-width itself');

/**
 * Builds the snapshot (npm run build): bundles the CLI, then Node runs scripts/snapshot-entry.cjs with the flags of a
 * one-text analysis and writes the snapshot, then the stamp. Written to a temporary name first, so a failed build
 * leaves no half-written snapshot; without the stamp, no run uses an older one.
 */
export async function buildSnapshot(): Promise<void> {
  const flags = snapshotFlags();
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  rmSync(SNAPSHOT_STAMP, { force: true });
  const code = compiledCode();
  await bundleCli();
  const partial = `${SNAPSHOT_BLOB}.partial`;
  const compromise = installedCompromise();
  const lexicons = builtinLexicons();
  const buildWith = (mode: string[]) =>
    spawnSync(process.execPath, [...flags, '--snapshot-blob', partial, '--build-snapshot', SNAPSHOT_ENTRY, compromise.file, SNAPSHOT_BUNDLE, ...mode], { encoding: 'utf8' });
  let built = buildWith([]);
  const prepared = built.status === 0;
  if (!prepared) {
    // Prepared with the lexicons, it may fail where a lexicon's long pattern ran on the warm-up sentence (V8 cannot keep
    // its machine code): then the snapshot is built without them, and runs prepare them as a run without it does.
    process.stderr.write(`note: the startup snapshot is built without the lexicons prepared (${firstErrorLine(built)})\n`);
    built = buildWith(['cold']);
  }
  if (built.status !== 0) {
    rmSync(partial, { force: true });
    throw new Error(`building the startup snapshot failed: ${firstErrorLine(built)}`);
  }
  renameSync(partial, SNAPSHOT_BLOB);
  writeFileSync(SNAPSHOT_STAMP, `${JSON.stringify(stampFor(flags, compromise.identity, code, lexicons, prepared), null, 2)}\n`);
}

/** The lines of Node's warning that a built-in module used by a snapshot script is not verified. */
const NODE_SNAPSHOT_WARNING = /^(?:\(node:\d+\) Warning|It may still work|To request support|\(Use `node)/;

/** The first line of what a failed snapshot build said, past Node's warnings about snapshot scripts. */
function firstErrorLine(built: ReturnType<typeof spawnSync>): string {
  const said = String(built.stderr ?? '')
    .split('\n')
    .map((line) => line.replace(/^#\s*/, '').trim())
    .find((line) => line !== '' && !NODE_SNAPSHOT_WARNING.test(line));
  return said ?? built.error?.message ?? `exit ${built.status}`;
}
