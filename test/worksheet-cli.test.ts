import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

test('rhetoric worksheet --count with no number names what it was given, not "NaN"', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-ws-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'speech.txt'), 'We will win. Join us now.\n');
  const io = captureIO(dir);
  t.is(await main(['worksheet', 'speech.txt', '--count', 'abc', '--out', 'out'], io), 2);
  t.notRegex(io.err(), /NaN/);
  t.regex(io.err(), /^rhetoric: --count must be a whole number from 1 to \d+/);
});

test('rhetoric worksheet says "1 question" for one', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-ws-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'speech.txt'), 'We will win. Join us now.\n');
  const io = captureIO(dir);
  t.is(await main(['worksheet', 'speech.txt', '--count', '1', '--out', 'out'], io), 0);
  t.regex(io.err(), /^wrote 1 question to /);
});
