// A reader that stops early ("rhetoric … | head -1") is no error: no stack trace, the exit code of a finished run.

import test from 'ava';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath, sharedTest } from './helpers/shared.js';

const BIN = fileURLToPath(new URL('../bin/rhetoric.js', import.meta.url));

/** Runs the CLI and closes its standard output after the first chunk, as `| head -c 1` does. */
function readFirstChunkOnly(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('explain piped into a reader that stops after the first chunk ends quietly', async (t) => {
  const { code, stderr } = await readFirstChunkOnly(['explain']);
  t.is(code, 0, stderr);
  t.notRegex(stderr, /EPIPE|at .*\(node:/);
});

sharedTest('a corpus run whose JSONL reader stops early still finishes quietly', async (t) => {
  // The corpus reports go to a folder of the test's own, not to reports/ in the checkout.
  const work = mkdtempSync(join(tmpdir(), 'rhetoric-stdout-closed-'));
  t.teardown(() => rmSync(work, { recursive: true, force: true }));
  const out = join(work, 'reports');
  const { code, stderr } = await readFirstChunkOnly(['analyze', sharedPath('corpus/federalist'), '--jobs', '2', '--format', 'jsonl', '--quiet', '--out', out]);
  t.is(code, 0, stderr);
  t.notRegex(stderr, /EPIPE|at .*\(node:/);
});

(existsSync('/dev/full') ? test : test.skip)('standard output that cannot be written (a full disk) fails the run with one line', async (t) => {
  const out = openSync('/dev/full', 'w');
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'explain', 'slogan'], { stdio: ['ignore', out, 'pipe'] });
    let err = '';
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (c) => resolve({ code: c, stderr: err }));
  });
  closeSync(out);
  t.is(code, 1);
  t.regex(stderr, /^rhetoric: cannot write to standard output: ENOSPC/m);
  t.notRegex(stderr, /at .*\(node:/);
});
