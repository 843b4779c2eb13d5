// A V8 startup snapshot for the analysis of one text: Node starts with compromise already loaded and warm, instead of
// loading it (about 0.15 s of CPU; net of the second process's start, the op-ed end to end went from 1,051 to 1,009 ms,
// medians of npm run bench). `npm run build` makes the snapshot; bin/rhetoric.js runs the command from it when it is
// usable, and in its own process otherwise (same output, only slower).
//
// A snapshot holds only what its entry script built (scripts/snapshot-entry.cjs), it is valid only for the Node
// binary and V8 flags it was built with, and a process can only start from it: so the command is run in a child
// process, started with the same flags, and the stamp written beside the snapshot says what it was built with.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzesCorpus, v8Flags, wantsHelp } from './command-line.js';

/** The package's root folder (this file is src/cli/snapshot.ts or dist/cli/snapshot.js). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'rhetoric.js');
const SNAPSHOT_DIR = join(ROOT, 'dist', 'snapshot');
const SNAPSHOT_BLOB = join(SNAPSHOT_DIR, 'startup.blob');
const SNAPSHOT_STAMP = join(SNAPSHOT_DIR, 'startup.json');
const SNAPSHOT_ENTRY = join(ROOT, 'scripts', 'snapshot-entry.cjs');

/**
 * What a snapshot was built with: a process can start from it only with the same Node binary and V8 flags, and it
 * holds the compromise that was installed then (its file's size and time, so a reinstall makes the snapshot stale).
 */
export interface SnapshotStamp {
  node: string;
  platform: string;
  arch: string;
  flags: string[];
  compromise: string;
}

/** The file of compromise that the tagger loads (src/nlp/tagger.ts), and what identifies its installed copy. */
function installedCompromise(): { file: string; identity: string } {
  const file = createRequire(import.meta.url).resolve('compromise/two');
  const { size, mtimeMs } = statSync(file);
  return { file, identity: `${size} bytes, modified ${new Date(mtimeMs).toISOString()}` };
}

/** The stamp of a snapshot built by this Node with `flags`, holding the installed compromise. */
function stampFor(flags: string[], compromise: string): SnapshotStamp {
  return { node: process.version, platform: process.platform, arch: process.arch, flags, compromise };
}

/** The V8 flags a snapshot is built with: those of a command that analyzes one text. */
function snapshotFlags(): string[] {
  return v8Flags(['analyze', '-']);
}

/** The process facts that decide whether a command line may run from the snapshot. */
export interface LaunchSetting {
  /** The stamp beside the snapshot, or undefined when there is no snapshot. */
  stamp: SnapshotStamp | undefined;
  /** RHETORIC_SNAPSHOT ("off" runs every command in its own process) and NODE_OPTIONS. */
  env: NodeJS.ProcessEnv;
  /** The Node options of this process: a child started from the snapshot would not have them. */
  execArgv: readonly string[];
  cwd: string;
  /** What identifies the installed compromise (see SnapshotStamp). */
  compromise: string;
}

/**
 * Whether `argv` runs from the snapshot: the analysis of one text (a corpus is analyzed on worker threads, which a
 * snapshot does not reach), started with no Node options of its own, when the snapshot was built by this Node with
 * the flags this command runs with.
 */
export function runsFromSnapshot(argv: readonly string[], setting: LaunchSetting): boolean {
  const { stamp, env } = setting;
  if (stamp === undefined || env.RHETORIC_SNAPSHOT === 'off' || setting.execArgv.length > 0 || (env.NODE_OPTIONS ?? '').trim() !== '') return false;
  const input = argv[1];
  if (argv[0] !== 'analyze' || wantsHelp(argv) || input === undefined || (input.startsWith('-') && input !== '-') || analyzesCorpus(argv, setting.cwd)) return false;
  const here = stampFor(v8Flags(argv), setting.compromise);
  return stamp.node === here.node && stamp.platform === here.platform && stamp.arch === here.arch && sameList(stamp.flags, here.flags) && stamp.compromise === here.compromise;
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
 * The child shares this process's standard streams; an interrupt or termination sent to this process is passed on to
 * it, and a child killed by a signal takes this process down the same way.
 */
export async function runFromSnapshot(argv: string[]): Promise<number | undefined> {
  const stamp = snapshotStamp();
  if (stamp === undefined) return undefined;
  if (!runsFromSnapshot(argv, { stamp, env: process.env, execArgv: process.execArgv, cwd: process.cwd(), compromise: installedCompromise().identity })) return undefined;
  const child = spawn(process.execPath, [...v8Flags(argv), '--snapshot-blob', SNAPSHOT_BLOB, BIN, ...argv], { stdio: 'inherit' });
  const pass = (signal: NodeJS.Signals): void => void child.kill(signal);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, pass);
  const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null } | undefined>((resolve) => {
    child.once('error', () => resolve(undefined));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  for (const s of signals) process.off(s, pass);
  if (ended === undefined) return undefined;
  if (ended.signal) process.kill(process.pid, ended.signal);
  return ended.code ?? 1;
}

/**
 * Builds the snapshot (npm run build): Node runs scripts/snapshot-entry.cjs with the flags of a one-text analysis and
 * writes the snapshot, then the stamp. Written to a temporary name first, so a failed build leaves no half-written
 * snapshot; without the stamp, no run uses an older one.
 */
export function buildSnapshot(): void {
  const flags = snapshotFlags();
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  rmSync(SNAPSHOT_STAMP, { force: true });
  const partial = `${SNAPSHOT_BLOB}.partial`;
  const compromise = installedCompromise();
  const built = spawnSync(process.execPath, [...flags, '--snapshot-blob', partial, '--build-snapshot', SNAPSHOT_ENTRY, compromise.file], { encoding: 'utf8' });
  if (built.status !== 0) {
    rmSync(partial, { force: true });
    throw new Error(`building the startup snapshot failed: ${(built.stderr || built.error?.message || '').trim().split('\n')[0]}`);
  }
  renameSync(partial, SNAPSHOT_BLOB);
  writeFileSync(SNAPSHOT_STAMP, `${JSON.stringify(stampFor(flags, compromise.identity), null, 2)}\n`);
}
