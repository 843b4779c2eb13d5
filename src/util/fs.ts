// File helpers: safe writes (temp file + rename in the same folder, so no reader ever sees half a file, and never outside the output folder), and a read file's byte-order mark.

import { accessSync, constants, existsSync, lstatSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

let tempCounter = 0;

/** A temp file name beside `path`, hidden and unique to this process. */
function tempPathFor(path: string): string {
  tempCounter++;
  return resolve(dirname(path), `.${basename(path).slice(0, 80)}.${process.pid}.${tempCounter}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/** Writes `data` to `path` atomically (temp file + rename in the same folder). */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, data, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new InputError(`cannot write ${path}: ${describeCode(err)}`);
  }
}

/**
 * Writes several files so that a failure leaves the earlier versions untouched: every file is first written to a
 * temp file beside its target, and only when all are written are they renamed into place. Only these paths change.
 */
export function writeFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[]): void {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const tmp = tempPathFor(f.path);
      staged.push({ tmp, path: f.path });
      writeFileSync(tmp, f.data, { flag: 'wx' });
    }
  } catch (err) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw new InputError(`cannot write ${staged[staged.length - 1]?.path ?? 'report'}: ${describeCode(err)}`);
  }
  // A folder in the way of any target would make its rename fail half-way: refuse before renaming anything.
  const blocked = staged.find((s) => isDirectory(s.path));
  if (blocked) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw new InputError(`cannot write ${blocked.path}: ${describeCode({ code: 'EISDIR' })}`);
  }
  for (let i = 0; i < staged.length; i++) {
    try {
      renameSync(staged[i].tmp, staged[i].path);
    } catch (err) {
      for (const s of staged.slice(i)) rmSync(s.tmp, { force: true });
      throw new InputError(`cannot write ${staged[i].path}: ${describeCode(err)}`);
    }
  }
}

function isDirectory(path: string): boolean {
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
  for (const level of missing.reverse()) mkdirSync(level);
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
