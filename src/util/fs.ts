// Atomic file writes: write a temp file in the same folder, then rename, so no reader ever sees half a file.

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, basename } from 'node:path';
import { InputError } from './errors.js';

/** Writes `data` to `path` atomically (temp file + rename in the same folder). */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  const tmp = resolve(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new InputError(`cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** Creates a folder (and its parents) or says in one line why it cannot. */
export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new InputError(`cannot create output folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** Resolves `name` inside `root`, refusing any path that would land outside it. */
export function insideDir(root: string, name: string): string {
  const full = resolve(root, name);
  const rel = relative(resolve(root), full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new InputError(`refusing to write outside the output folder: ${name}`);
  return full;
}
