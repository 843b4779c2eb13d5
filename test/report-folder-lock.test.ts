// The lock of a report folder: a live writer's lock is waited for and then named in one line; a lock whose owner is gone
// (killed, another boot, its process id reused) is taken over; one whose owner cannot be asked is not; and the staging
// folder of a live writer is left alone while that of a dead one is removed.

import test from 'ava';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReportFiles } from '../src/report/write.js';
import { InputError } from '../src/util/errors.js';
import { LOCK_FILE, waitForFolderLock, withFolderLock } from '../src/util/folder-lock.js';
import { listFiles } from './helpers/files.js';

const HOLDER = fileURLToPath(new URL('./helpers/hold-folder-lock.ts', import.meta.url));
const WRITER = fileURLToPath(new URL('./helpers/wait-for-lock.ts', import.meta.url));
const onLinux = existsSync('/proc/self/stat') && existsSync('/proc/sys/kernel/random/boot_id');

function scratch(t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-lock-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A child process that holds the lock of `dir` once it resolves. */
async function holder(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), HOLDER, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder ended (${code})`)));
  });
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  const ended = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await ended;
}

const REPORT = [{ path: 'report.md', contents: '# A report\n' }];

test('a live writer’s lock is waited for, then refused in one line naming it; once it is killed, its lock is taken over', async (t) => {
  const dir = scratch(t);
  const child = await holder(dir);
  try {
    let ran = false;
    const err = t.throws(() => withFolderLock(dir, () => (ran = true), 0), { instanceOf: InputError });
    t.is(err?.message, `cannot write ${dir}: another run (process ${child.pid}) is writing this folder; try again when it has finished, or remove ${join(dir, LOCK_FILE)} if no run is`);
    t.false(ran);
  } finally {
    await kill(child);
  }
  t.true(existsSync(join(dir, LOCK_FILE)), 'the killed writer left its lock');
  t.is(withFolderLock(dir, () => 'ran', 0), 'ran');
  t.false(existsSync(join(dir, LOCK_FILE)), 'the stale lock is gone, and so is the one that took it over');
});

test('waiting for a live writer’s lock lets the event loop run, refuses in the same line once the wait is over, and ends when the lock is free', async (t) => {
  const dir = scratch(t);
  const child = await holder(dir);
  try {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const err = await t.throwsAsync(waitForFolderLock(dir, 300), { instanceOf: InputError });
    clearInterval(timer);
    t.is(err?.message, `cannot write ${dir}: another run (process ${child.pid}) is writing this folder; try again when it has finished, or remove ${join(dir, LOCK_FILE)} if no run is`);
    t.true(ticks > 0, 'timers ran while it waited');
    t.true(existsSync(join(dir, LOCK_FILE)), 'the wait does not touch the lock');
  } finally {
    await kill(child);
  }
  // The owner is gone: nothing to wait for (withFolderLock takes its lock over).
  await waitForFolderLock(dir, 0);
  rmSync(join(dir, LOCK_FILE));
  await waitForFolderLock(dir, 0);
  t.pass();
});

test('Ctrl-C ends a run that waits for another run’s lock at once, and nothing is written', async (t) => {
  const dir = scratch(t);
  const child = await holder(dir);
  try {
    const writer = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), WRITER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    writer.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const ended = new Promise<NodeJS.Signals | null>((resolve) => writer.once('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve) => writer.stdout!.on('data', (d: Buffer) => d.toString().includes('writing') && resolve()));
    // Well inside the lock's ten-second wait, which a run that held the signals while waiting would sit out.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sent = Date.now();
    writer.kill('SIGINT');
    t.is(await ended, 'SIGINT', stderr);
    t.true(Date.now() - sent < 5_000, `ended ${Date.now() - sent} ms after the signal`);
    t.deepEqual(listFiles(dir), [LOCK_FILE], 'no report file, staging folder or manifest');
  } finally {
    await kill(child);
  }
});

(onLinux ? test : test.skip)('a lock of a process id now another process’s, or of another boot, is taken over (Linux)', (t) => {
  const dir = scratch(t);
  const owner = { pid: process.pid, host: hostname(), boot: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(), nonce: 'x' };
  // This process is alive, but it is not the one that started at tick 1 of this boot.
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...owner, started: '1' }));
  t.is(withFolderLock(dir, () => 'ran', 0), 'ran');
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...owner, boot: 'another boot' }));
  t.is(withFolderLock(dir, () => 'ran', 0), 'ran');
  t.false(existsSync(join(dir, LOCK_FILE)));
});

test('a lock of another host is never taken over; one that names no owner is, once it is old', (t) => {
  const dir = scratch(t);
  const lock = join(dir, LOCK_FILE);
  writeFileSync(lock, JSON.stringify({ pid: 999999, host: `not-${hostname()}`, nonce: 'x' }));
  t.throws(() => withFolderLock(dir, () => 0, 0), { message: new RegExp(`another run \\(process 999999 on not-${hostname()}\\) is writing this folder`) });
  // Made but not yet written by its owner: waited for while new, taken over once old.
  writeFileSync(lock, '');
  t.throws(() => withFolderLock(dir, () => 0, 0), { message: /another run \(a process that is starting\) is writing this folder/ });
  utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
  t.is(withFolderLock(dir, () => 'ran', 0), 'ran');
});

test('a writer whose lock another process took over learns it before its step, and leaves that lock alone', (t) => {
  const dir = scratch(t);
  const lock = join(dir, LOCK_FILE);
  const theirs = JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'theirs' });
  t.throws(
    () =>
      withFolderLock(dir, (stillLocked) => {
        stillLocked();
        writeFileSync(lock, theirs);
        stillLocked();
      }),
    { message: `cannot write ${dir}: another run took over its lock (${lock}); nothing was changed` },
  );
  t.is(readFileSync(lock, 'utf8'), theirs);
});

test('a report write removes the staging folder of a writer that is gone, never that of a live one or of another machine', async (t) => {
  const dir = scratch(t);
  const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const gone = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => gone.once('exit', resolve));
  try {
    const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
    // A live process's, a gone one's, and one of another machine (whose process ids say nothing here).
    const staging = [`.rhetoric-staging.${live.pid}.${host}.abc`, `.rhetoric-staging.${gone.pid}.${host}.abc`, `.rhetoric-staging.${gone.pid}.0badc0de.abc`];
    for (const name of staging) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, '0'), 'staged');
    }
    writeReportFiles(dir, REPORT);
    t.deepEqual(listFiles(dir), [`${staging[0]}/0`, `${staging[2]}/0`, '.rhetoric-report.json', 'report.md'].sort());
  } finally {
    await kill(live);
  }
});
