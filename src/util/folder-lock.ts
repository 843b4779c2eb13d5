// A folder's lock: one process at a time changes what the folder holds (a report folder's files and manifest). The lock
// is a file made with O_EXCL that names its owner; one left by a process that is gone is taken over, and a live owner is
// waited for, a short while, then named in a one-line error.

import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { InputError } from './errors.js';
import { describeCode } from './fs.js';

/** The lock file, in the folder it guards. */
export const LOCK_FILE = '.rhetoric-report.lock';

/** How long a writer waits for another live one to finish, by default: a commit holds the lock for milliseconds. */
const DEFAULT_WAIT_MS = 10_000;

/** A lock file that cannot be read as an owner (its owner died, or the machine stopped, between making and writing it) is stale once this old. */
const UNREADABLE_STALE_MS = 2_000;

/** Who holds a lock: process id, host, this boot of the machine and the process's start (Linux), and a nonce unique to this hold. */
interface Owner {
  pid: number;
  host: string;
  boot?: string;
  started?: string;
  nonce: string;
}

/**
 * Runs `fn` holding the lock of `dir` (an existing folder), and releases it after, whatever `fn` does. Another live
 * process's lock is waited for up to `waitMs`, then refused with an InputError naming the process and the lock file. A
 * lock whose owner is gone (no such process, another boot, or its process id now another process's) is taken over.
 * `fn` may call `check()` to learn that it still holds the lock before a step that must not be taken without it.
 */
export function withFolderLock<T>(dir: string, fn: (check: () => void) => T, waitMs = DEFAULT_WAIT_MS): T {
  const path = join(dir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), boot: bootId(), started: startTimeOf(process.pid), nonce: Math.random().toString(36).slice(2, 12) } satisfies Owner);
  acquire(dir, path, mine, waitMs);
  try {
    return fn(() => {
      if (readText(path) !== mine) throw new InputError(`cannot write ${dir}: another run took over its lock (${path}); nothing was changed`);
    });
  } finally {
    // Another process's lock (one that took this one over as stale) is not ours to remove.
    if (readText(path) === mine) rmSync(path, { force: true });
  }
}

function acquire(dir: string, path: string, mine: string, waitMs: number): void {
  const deadline = Date.now() + waitMs;
  let pause = 2;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, mine);
      } finally {
        closeSync(fd);
      }
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new InputError(`cannot write ${dir}: ${describeCode(err)}`);
    }
    const held = readText(path);
    if (held === undefined) continue; // released meanwhile
    const owner = ownerOf(held);
    if (owner === undefined ? isOld(path) : isGone(owner)) {
      takeOver(path, held);
      continue;
    }
    if (Date.now() >= deadline) throw busy(dir, path, owner);
    sleep(pause);
    pause = Math.min(pause * 2, 50);
  }
}

/**
 * Waits while another live process holds the lock of `dir`, without taking it, and refuses as withFolderLock does once
 * `waitMs` has passed. The event loop runs while it waits, so a signal that ends the run (Ctrl-C) ends it at once: a
 * writer calls this before it holds those signals and takes the lock (whose own wait, synchronous, would hold them).
 */
export async function waitForFolderLock(dir: string, waitMs = DEFAULT_WAIT_MS): Promise<void> {
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + waitMs;
  let pause = 2;
  for (;;) {
    const held = readText(path);
    if (held === undefined) return;
    const owner = ownerOf(held);
    // A lock whose owner is gone is free: withFolderLock takes it over.
    if (owner === undefined ? isOld(path) : isGone(owner)) return;
    if (Date.now() >= deadline) throw busy(dir, path, owner);
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 50);
  }
}

/** The one-line refusal of a folder whose lock a live process holds. */
function busy(dir: string, path: string, owner: Owner | undefined): InputError {
  const who = owner ? `process ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}` : 'a process that is starting';
  return new InputError(`cannot write ${dir}: another run (${who}) is writing this folder; try again when it has finished, or remove ${path} if no run is`);
}

/**
 * Removes a stale lock, unless another process took it over first: the lock is moved aside (an atomic step that only one
 * process can take for a given file) and removed only when it is the one found stale; one that another process made
 * meanwhile is put back. (A third process that locks the folder in the moment it is aside would share the lock: it needs
 * three runs at once on a folder whose last writer was killed while it held the lock.)
 */
function takeOver(path: string, stale: string): void {
  const aside = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // Gone already: another process removed it.
  }
  if (readText(aside) !== stale) {
    try {
      linkSync(aside, path);
    } catch {
      // The folder is locked again meanwhile: the moved lock's owner learns it before committing (see check()).
    }
  }
  rmSync(aside, { force: true });
}

function ownerOf(text: string): Owner | undefined {
  try {
    const o = JSON.parse(text) as Partial<Owner>;
    return Number.isInteger(o.pid) && o.pid! > 0 && typeof o.host === 'string' ? (o as Owner) : undefined;
  } catch {
    return undefined;
  }
}

/** True when the lock's owner is certainly gone; an owner on another host is taken to be alive (it cannot be asked). */
function isGone(owner: Owner): boolean {
  if (owner.host !== hostname()) return false;
  const boot = bootId();
  if (owner.boot !== undefined && boot !== undefined && owner.boot !== boot) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return true;
  }
  // A live process with that id: gone all the same when it started at another time than the owner did.
  const started = startTimeOf(owner.pid);
  return owner.started !== undefined && started !== undefined && started !== owner.started;
}

function isOld(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > UNREADABLE_STALE_MS;
  } catch {
    return false;
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** This boot of the machine (Linux); undefined where the system does not say. */
function bootId(): string | undefined {
  return readText('/proc/sys/kernel/random/boot_id')?.trim();
}

/** When process `pid` started, in clock ticks since boot (Linux: field 22 of /proc/<pid>/stat); undefined where unknown. */
function startTimeOf(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  // The fields after the command name, which is in parentheses and may hold spaces or parentheses itself.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

/** True when no process has id `pid` on this machine (the owner of a staging folder or temp file left behind). */
export function processIsGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const pauseCell = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
  Atomics.wait(pauseCell, 0, 0, ms);
}
