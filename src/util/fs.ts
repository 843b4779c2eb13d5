// File helpers: safe writes (temp file + rename in the same folder, synced to the disk, so no reader ever sees half a file, and never outside the output folder), and a read file's byte-order mark.

import { accessSync, closeSync, constants, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

let tempCounter = 0;

/** A temp file name beside `path`, hidden and unique to this process. */
function tempPathFor(path: string): string {
  tempCounter++;
  return resolve(dirname(path), `.${basename(path).slice(0, 80)}.${process.pid}.${tempCounter}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/**
 * Writes `data` to `path` atomically (temp file + rename in the same folder) and durably: the data reach the disk before
 * the rename, and the rename before this returns, so that after a crash or power loss the file is the old one or the new
 * one, never empty or cut short.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = tempPathFor(path);
  try {
    writeFileDurable(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new InputError(`cannot write ${path}: ${describeCode(err)}`);
  }
  syncFolder(dirname(path));
}

/** Writes a new file (failing if `path` exists) and waits until its data are on the disk. */
export function writeFileDurable(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'wx');
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Waits until the names in folder `dir` (files made, renamed or removed) are on the disk. Where a system cannot sync a
 * folder this way, it does nothing.
 */
export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not possible here (some file systems refuse fsync on a folder): the names reach the disk in the system's own time.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** True when `path` is a folder (not followed when it is a link). */
export function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Creates a folder (and its parents) or says in one line why it cannot. */
export function ensureDir(dir: string): void {
  try {
    makeDirs(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR' || code === 'EEXIST') {
      throw new InputError(`cannot create output folder ${dir}: ${blockingFile(dir) ?? 'a part of the path'} is a file, not a folder`);
    }
    throw new InputError(`cannot create output folder ${dir}: ${describeCode(err)}`);
  }
  if (!statSync(dir).isDirectory()) throw new InputError(`cannot create output folder ${dir}: ${dir} is a file, not a folder`);
}

/**
 * Says in one line, as ensureDir would, when `dir` cannot be made or written, without making it: a run that takes long
 * (a corpus) checks this before its work rather than fail at the end, and leaves no empty folder when it stops early.
 */
export function checkCanCreateDir(dir: string): void {
  const blocking = blockingFile(dir);
  if (blocking !== undefined) throw new InputError(`cannot create output folder ${dir}: ${blocking} is a file, not a folder`);
  try {
    accessSync(nearestExisting(dir), constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new InputError(`cannot create output folder ${dir}: ${describeCode(err)}`);
  }
}

/**
 * `mkdir -p`, one level at a time from the nearest existing ancestor down. (Node 20's recursive mkdirSync never returns
 * for a path under /proc, where each missing level reports ENOENT and it retries the parent forever.)
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  const base = nearestExisting(dir);
  for (let p = resolve(dir); p !== base; p = dirname(p)) missing.push(p);
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (err) {
      // Another process made the same folder between the look and the making (two runs writing one new folder): fine.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !isDirectory(level)) throw err;
    }
  }
}

/** `path` itself when it exists, else its nearest existing ancestor (the root at the last). */
function nearestExisting(path: string): string {
  let p = resolve(path);
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  return p;
}

/** The nearest existing ancestor of `dir` (or `dir` itself) that is not a folder. */
function blockingFile(dir: string): string | undefined {
  for (let p = resolve(dir); ; p = dirname(p)) {
    try {
      if (existsSync(p)) return statSync(p).isDirectory() ? undefined : p;
    } catch {
      return undefined;
    }
    if (dirname(p) === p) return undefined;
  }
}

/** An error of the file system in words, for one-line messages ("permission denied"), or its code. */
export function describeCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'ENOSPC') return 'no space left on the disk';
  if (code === 'EISDIR') return 'a folder of that name is in the way';
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  if (code === 'ENOENT') return 'this file system does not allow a folder there';
  return code ?? (err as Error).message;
}

/**
 * Resolves `name` inside `root`, refusing any path that would land outside it: `..`, absolute paths, and (where the
 * folders exist) symbolic links that lead out of `root`.
 */
export function insideDir(root: string, name: string): string {
  const base = resolve(root);
  const full = resolve(base, name);
  if (!isInside(base, full) || name.includes('\0')) throw new InputError(`refusing to write outside the output folder: ${name}`);
  // Follow links on the existing part of the path.
  let existing = dirname(full);
  while (!existsSync(existing) && existing !== base && isInside(base, existing)) existing = dirname(existing);
  if (existsSync(base) && existsSync(existing)) {
    const realBase = realpathSync(base);
    const realParent = realpathSync(existing);
    if (realParent !== realBase && !isInside(realBase, realParent)) throw new InputError(`refusing to write outside the output folder: ${name}`);
  }
  return full;
}

/** True when `child` is strictly inside `parent` (both resolved). */
function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** A file's text without the byte-order mark some editors (Windows Notepad, Excel) write before it. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * One clear line for a file that cannot be read: what went wrong in words ("no such file", "is a folder"), not an error
 * code alone. `kind` is what the file was to be ("file", "lexicon file", "gold file"), named in the message.
 */
export function fileError(path: string, err: unknown, kind = 'file'): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${path}: no such ${kind}`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${path}: permission denied`);
  if (code === 'EISDIR') return new InputError(`${path} is a folder, not a ${kind}`);
  if (code === 'ENOTDIR') return new InputError(`${path}: no such ${kind} (a part of the path is not a folder)`);
  if (code === 'ENAMETOOLONG') return new InputError(`${path.slice(0, 80)}…: file name too long`);
  return new InputError(`${path}: cannot read${kind === 'file' ? '' : ` ${kind}`} (${code ?? (err as Error).message})`);
}
