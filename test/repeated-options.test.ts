// --config and --no-config given more than once, or together. Each command runs in-process through main(argv, io).

import test from 'ava';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { Comparison } from '../src/compare/model.js';
import { captureIO, type CapturedIO } from './helpers/io.js';

const FIERY = 'Down with the bosses! Join us! We must organise every factory. The workers demand justice. The workers will not wait. The workers will march. The workers will win. The workers know it.\n';
const CALM = 'The harbour board met on Tuesday to review the budget for the coming year. The meeting closed at noon.\n';
const EVAL_FIXTURES = fileURLToPath(new URL('./fixtures/eval/', import.meta.url));

/** A folder with two texts, a .rhetoricrc.json the search finds (sectionWords 200) and another config file (100). */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-repeated-'));
  writeFileSync(join(dir, 'fiery.txt'), FIERY);
  writeFileSync(join(dir, 'calm.txt'), CALM);
  writeFileSync(join(dir, '.rhetoricrc.json'), JSON.stringify({ sectionWords: 200 }));
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ sectionWords: 100 }));
  return dir;
}

/** A usage error: exit 2, nothing on stdout, one line and the help hint on stderr. */
function usageError(t: import('ava').ExecutionContext, code: number, io: CapturedIO, pattern: RegExp): void {
  t.is(code, 2, io.err());
  t.is(io.out(), '');
  const lines = io.err().split('\n').filter((l) => l !== '');
  t.is(lines.length, 2, io.err());
  t.regex(lines[0], pattern);
  t.is(lines[1], "Try 'rhetoric --help'.");
}

/** The sectionWords a compare run used, from compare.json on stdout. */
async function comparedSectionWords(t: import('ava').ExecutionContext, dir: string, args: string[]): Promise<unknown> {
  const io = captureIO(dir);
  t.is(await main(['compare', 'fiery.txt', 'calm.txt', '--out', 'out', '--format', 'json', ...args], io), 0, io.err());
  return (JSON.parse(io.out()) as Comparison).provenance.settings?.sectionWords;
}

test('--config and --no-config together are a usage error in every order, and nothing is written', async (t) => {
  const dir = folder();
  for (const args of [['--config', 'other.json', '--no-config'], ['--no-config', '--config', 'other.json'], ['--no-config', '--config=other.json', '--no-config']]) {
    const io = captureIO(dir);
    const code = await main(['compare', 'fiery.txt', 'calm.txt', '--out', 'out', '--format', 'json', ...args], io);
    usageError(t, code, io, /^rhetoric: --config and --no-config cannot be given together$/);
  }
  t.false(existsSync(join(dir, 'out')), 'no report folder');
});

test('--no-config or --config given twice is honoured as if given once; two --config files: the last one', async (t) => {
  const dir = folder();
  t.is(await comparedSectionWords(t, dir, []), 200, 'the .rhetoricrc.json the search finds');
  t.is(await comparedSectionWords(t, dir, ['--no-config', '--no-config']), 500, 'the default');
  t.is(await comparedSectionWords(t, dir, ['--config', 'other.json', '--config', 'other.json']), 100);
  t.is(await comparedSectionWords(t, dir, ['--config', 'other.json', '--config', '.rhetoricrc.json']), 200);
  t.is(await comparedSectionWords(t, dir, ['--config', '.rhetoricrc.json', '--config', 'other.json']), 100);
});

test('eval: --config with --no-config is a usage error, not a run with the config file found', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-repeated-eval-'));
  cpSync(join(EVAL_FIXTURES, 'gold'), join(dir, 'gold'), { recursive: true });
  cpSync(join(EVAL_FIXTURES, 'corpus'), join(dir, 'corpus'), { recursive: true });
  writeFileSync(join(dir, '.rhetoricrc.json'), JSON.stringify({ rules: { 'slogan-down-with': 'off' } }));
  writeFileSync(join(dir, 'other.json'), JSON.stringify({}));
  const io = captureIO(dir);
  usageError(t, await main(['eval', 'gold/tiny.jsonl', '--config', 'other.json', '--no-config'], io), io, /--config and --no-config cannot be given together/);
  const twice = captureIO(dir);
  t.is(await main(['eval', 'gold/tiny.jsonl', '--format', 'json', '--no-config', '--no-config'], twice), 0, twice.err());
  t.is(twice.err(), '', 'no "eval uses rules from .rhetoricrc.json"');
  t.is((JSON.parse(twice.out()) as { devices: Record<string, { tp: number }> }).devices.slogan.tp, 1, 'slogan-down-with is on');
});

test('config --print honours --no-config, and refuses it with --config', async (t) => {
  const dir = folder();
  const found = captureIO(dir);
  t.is(await main(['config', '--print', 'fiery.txt'], found), 0, found.err());
  t.regex(found.out(), /^config file: .*\.rhetoricrc\.json\n/);
  const none = captureIO(dir);
  t.is(await main(['config', '--print', '--no-config', 'fiery.txt'], none), 0, none.err());
  t.regex(none.out(), /^config file: none found\n/);
  t.regex(none.out(), /^sectionWords = 500 {2}\(default\)$/m);
  const both = captureIO(dir);
  usageError(t, await main(['config', '--print', '--config', 'other.json', '--no-config', 'fiery.txt'], both), both, /--config and --no-config cannot be given together/);
});
