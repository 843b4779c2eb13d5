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

test('options after "--" are named in a one-line usage error that shows where they go; so is a file name read as options', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-dashdash-'));
  writeFileSync(join(dir, '-draft.txt'), 'We must act now.\n');
  const after = captureIO(dir);
  t.is(await main(['analyze', '--', '-draft.txt', '--quiet'], after), 2);
  const first = after.err().split('\n')[0];
  t.is(first, 'rhetoric: "--quiet" comes after "--", which ends the options, so it is read as a file name: put options before "--" (rhetoric analyze --quiet -- -draft.txt)');
  const two = captureIO(dir);
  t.is(await main(['analyze', '--', '-draft.txt', '--quiet', '--out', 'o'], two), 2);
  t.regex(two.err(), /^rhetoric: "--quiet" and "--out" come after "--".*\(rhetoric analyze --quiet --out o -- -draft\.txt\)\n/);
  t.false(existsSync(join(dir, 'o')), 'nothing written');
  const bare = captureIO(dir);
  t.is(await main(['analyze', '--no-config', '-draft.txt'], bare), 2);
  t.regex(bare.err(), /^rhetoric: "-draft\.txt" is read as options \(-d -r -a …\), not as a file name: .*rhetoric analyze -- -draft\.txt\) or as \.\/-draft\.txt\n/);
  // The suggestion works.
  const fixed = captureIO(dir);
  t.is(await main(['analyze', '--quiet', '--out', 'o', '--', '-draft.txt'], fixed), 0, fixed.err());
});

test('compare, which takes many files, names an option after "--" that is no file in the same one-line usage error; a file of that name is compared', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-dashdash-'));
  writeFileSync(join(dir, 'a.txt'), 'We must act now. They lied to us.\n');
  writeFileSync(join(dir, 'b.txt'), 'The harvest was good this year.\n');
  const after = captureIO(dir);
  t.is(await main(['compare', '--', 'a.txt', 'b.txt', '--quiet'], after), 2);
  t.is(after.err().split('\n')[0], 'rhetoric: "--quiet" comes after "--", which ends the options, so it is read as a file name: put options before "--" (rhetoric compare a.txt b.txt --quiet)');
  const valued = captureIO(dir);
  t.is(await main(['compare', '--', 'a.txt', 'b.txt', '--out', 'o', '--quiet'], valued), 2);
  t.regex(valued.err(), /^rhetoric: "--out" and "--quiet" come after "--".*\(rhetoric compare a\.txt b\.txt --out o --quiet\)\n/, 'an option\'s value moves with it');
  t.false(existsSync(join(dir, 'o')), 'nothing written');
  writeFileSync(join(dir, '--quiet'), 'Down with the tyrants!\n');
  const named = captureIO(dir);
  t.is(await main(['compare', '--no-config', '--jobs', '1', '--', 'a.txt', 'b.txt', '--quiet'], named), 0, named.err());
  t.regex(named.out(), /--quiet/, 'the file named --quiet is one of the texts compared');
});
