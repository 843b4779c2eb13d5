// How a report folder goes from one run's files to the next run's in one step, safe from crashes and from other runs.
//
// The new files are first written, and synced to the disk, in a hidden staging folder inside the report folder. Then,
// holding the folder's lock (one writer at a time), the run reads the manifest, and writes it again listing its files
// with a note of what is pending: the renames from the staging folder and the removal of stale files. That one atomic
// write is the step: before it the folder's manifest lists the last runs' files, all in place; after it, this run's.
// Then the files are renamed into place, the stale ones removed, and the manifest written again without the note.
// A run killed before the step leaves only its staging folder, which the next run that writes here removes; a run
// killed after it leaves the note, and the next run that writes here (of any kind) first does what it says.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../util/errors.js';
import { processIsGone, withFolderLock, LOCK_FILE } from '../util/folder-lock.js';
import { describeCode, ensureDir, insideDir, isDirectory, syncFolder, writeFileAtomic, writeFileDurable } from '../util/fs.js';
import { MANIFEST_FILE, readPendingCommit, STAGING_FOLDER, type PendingCommit } from './manifest.js';

/** What a run makes of the folder as it stands, decided holding the lock: its manifest (with a pending note, or without), and what to remove. */
export interface FolderPlan {
  manifest(pending?: PendingCommit): string;
  /** Files to remove once the new ones are in place (paths relative to the folder). */
  remove: string[];
  /** Folders to remove after that, when they are empty. */
  prune: string[];
}

/** This machine, as staging folders name it. */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/** A temp file that writeFileAtomic left beside the manifest: `..rhetoric-report.json.<pid>.<n>.<random>.tmp`. */
const MANIFEST_TEMP = /^\.\.rhetoric-report\.json\.(\d+)\.\d+\.[a-z0-9]+\.tmp$/;

/**
 * Writes `files` (paths relative to `dir`, an existing folder) into `dir` as one step, and removes what `plan` (called
 * holding the folder's lock, after any interrupted run has been finished) says. Returns the full paths written. A
 * failure before the step leaves the folder as it was; one after it (a file system that refuses a rename) leaves the
 * note for the next run to finish.
 */
export function commitFiles(dir: string, files: readonly { path: string; data: string | Uint8Array }[], plan: () => FolderPlan): string[] {
  const targets = files.map((f) => insideDir(dir, f.path));
  const base = resolve(dir);
  for (const target of targets) {
    if (target === join(base, MANIFEST_FILE) || target === join(base, LOCK_FILE)) throw new InputError(`refusing to write over the report folder's own file: ${basename(target)}`);
  }
  const staging = stage(dir, files, targets);
  let committed = false;
  try {
    withFolderLock(dir, (stillLocked) => {
      finishInterrupted(dir);
      const made = prepareTargets(dir, targets, staging);
      let folderPlan: FolderPlan;
      let pending: PendingCommit;
      try {
        folderPlan = plan();
        // The folder's own files are never removed, whatever a manifest lists.
        const remove = folderPlan.remove.filter((p) => p !== MANIFEST_FILE && p !== LOCK_FILE && !STAGING_FOLDER.test(p.split('/')[0]));
        pending = { staging: basename(staging), files: targets.map((t) => relative(base, t).split(sep).join('/')), remove, prune: folderPlan.prune };
        stillLocked();
        writeFileAtomic(join(dir, MANIFEST_FILE), folderPlan.manifest(pending));
      } catch (err) {
        for (const folder of made.reverse()) removeIfEmpty(folder);
        throw err;
      }
      committed = true;
      finish(dir, pending);
      writeFileAtomic(join(dir, MANIFEST_FILE), folderPlan.manifest());
      rmSync(staging, { recursive: true, force: true });
    });
  } finally {
    if (!committed) rmSync(staging, { recursive: true, force: true });
  }
  return targets;
}

/** Writes the files, synced to the disk, into a new staging folder in `dir`, each under its index; returns that folder. */
function stage(dir: string, files: readonly { data: string | Uint8Array }[], targets: readonly string[]): string {
  const staging = join(dir, `.rhetoric-staging.${process.pid}.${HOST}.${Math.random().toString(36).slice(2, 10)}`);
  try {
    mkdirSync(staging);
  } catch (err) {
    throw new InputError(`cannot write ${targets[0] ?? dir}: ${describeCode(err)}`);
  }
  let i = 0;
  try {
    for (; i < files.length; i++) writeFileDurable(join(staging, String(i)), files[i].data);
    syncFolder(staging);
    syncFolder(dir);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw new InputError(`cannot write ${targets[i]}: ${describeCode(err)}`);
  }
  return staging;
}

/**
 * Makes the folders the files go into, and refuses, before anything is renamed, a file that a rename would fail on: a
 * folder of its name in the way, or a folder on another file system than the staging folder. Returns the folders made.
 */
function prepareTargets(dir: string, targets: readonly string[], staging: string): string[] {
  const made: string[] = [];
  const device = statSync(staging).dev;
  try {
    for (const target of targets) {
      const parent = dirname(target);
      for (let p = parent; !existsSync(p) && p !== resolve(dir); p = dirname(p)) made.unshift(p);
      ensureDir(parent);
      if (isDirectory(target)) throw new InputError(`cannot write ${target}: ${describeCode({ code: 'EISDIR' })}`);
      if (statSync(parent).dev !== device) throw new InputError(`cannot write ${target}: its folder is on another file system than ${dir}`);
    }
  } catch (err) {
    for (const folder of [...made].reverse()) removeIfEmpty(folder);
    throw err;
  }
  return [...new Set(made)];
}

/** Does what a pending note says: renames the staged files still there into place, syncs, removes the stale files, prunes folders. */
function finish(dir: string, pending: PendingCommit): void {
  const staging = join(dir, pending.staging);
  const folders = new Set<string>();
  pending.files.forEach((path, i) => {
    const staged = join(staging, String(i));
    // A staged file that is gone has been renamed into place already (by a run that was killed while doing this).
    if (!existsSync(staged)) return;
    let target: string;
    try {
      target = insideDir(dir, path);
    } catch {
      return; // A note that names a place outside the folder (edited by hand) is not followed there.
    }
    try {
      if (!existsSync(dirname(target))) ensureDir(dirname(target));
      renameSync(staged, target);
    } catch (err) {
      throw err instanceof InputError ? err : new InputError(`cannot write ${target}: ${describeCode(err)}`);
    }
    folders.add(dirname(target));
  });
  for (const folder of folders) syncFolder(folder);
  for (const path of pending.remove) {
    try {
      rmSync(insideDir(dir, path), { force: true });
    } catch {
      // A path we cannot resolve inside the folder or cannot remove is left alone.
    }
  }
  for (const path of pending.prune) {
    try {
      removeIfEmpty(insideDir(dir, path));
    } catch {
      // Outside the folder: left alone.
    }
  }
  syncFolder(dir);
}

/**
 * Finishes what runs killed while writing into `dir` left (called holding its lock): the renames and removals of a pending
 * note (then the note itself is dropped), and the staging folders and manifest temp files of processes that are gone.
 */
function finishInterrupted(dir: string): void {
  const pending = readPendingCommit(dir);
  if (pending) {
    finish(dir, pending);
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { pending?: unknown };
    delete manifest.pending;
    writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    rmSync(join(dir, pending.staging), { recursive: true, force: true });
  }
  for (const name of readdirSync(dir)) {
    // A staging folder of another machine (a folder shared over the network) may be a live run's: left alone.
    const staged = STAGING_FOLDER.exec(name);
    const owner = staged && staged[2] === HOST ? staged : MANIFEST_TEMP.exec(name);
    if (owner && processIsGone(Number(owner[1]))) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

function removeIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty, or not there: either way nothing to do.
  }
}
