// --format jsonl: one file gives the same line as a folder gives each of its documents, so their lines can be mixed.

import test from 'ava';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

test('the jsonl line of one file equals the line a folder run gives that file', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'rl-jsonl-'));
  mkdirSync(join(root, 'texts'));
  writeFileSync(join(root, 'texts', '1990-speech.txt'), 'Down with tyranny! We must act now. Join us in the struggle for justice.\n');
  const one = captureIO(root);
  t.is(await main(['analyze', 'texts/1990-speech.txt', '--format', 'jsonl', '--out', 'o1', '--no-config'], one), 0, one.err());
  const folder = captureIO(root);
  t.is(await main(['analyze', 'texts', '--format', 'jsonl', '--out', 'o2', '--jobs', '1', '--no-config'], folder), 0, folder.err());
  const lines = [one.out(), folder.out()].map((out) => out.trimEnd().split('\n'));
  t.is(lines[0].length, 1);
  t.is(lines[1].length, 1);
  const [single, fromFolder] = lines.map((l) => JSON.parse(l[0]) as Record<string, unknown>);
  t.deepEqual(Object.keys(single), Object.keys(fromFolder));
  t.deepEqual(single, fromFolder);
  t.is(single.year, 1990);
  t.true(Array.isArray(single.findings) && single.findings.length > 0);
});
