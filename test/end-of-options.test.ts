// "--" ends the options: a file whose name starts with "-" can be named after it.

import test from 'ava';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { withEndOfOptions } from '../src/cli/end-of-options.js';
import { captureIO } from './helpers/io.js';

test('operands after "--" that look like options name files; "-" stays stdin; a command line without "--" is unchanged', (t) => {
  t.deepEqual(withEndOfOptions(['analyze', '--out', 'o', '--', '-x.txt', '-', '--y']), ['analyze', '--out', 'o', './-x.txt', '-', './--y']);
  t.deepEqual(withEndOfOptions(['analyze', 'a.txt', '--out', 'o']), ['analyze', 'a.txt', '--out', 'o']);
  t.deepEqual(withEndOfOptions(['compare', 'a.txt', '--', '--', '-b.txt']), ['compare', 'a.txt', './--', './-b.txt'], 'only the first "--" ends the options');
});

test('rhetoric analyze -- -x.txt analyzes the file named -x.txt; without "--" the name reads as an option', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-dashdash-'));
  writeFileSync(join(dir, '-x.txt'), 'Down with the tyrants! We must act now.\n');
  const io = captureIO(dir);
  t.is(await main(['analyze', '--no-config', '--quiet', '--out', 'o', '--', '-x.txt'], io), 0, io.err());
  t.true(existsSync(join(dir, 'o', 'x', 'report.json')), io.out());
  const plain = captureIO(dir);
  t.is(await main(['analyze', '--no-config', '--out', 'o', '-x.txt'], plain), 2);
});
