// An option given more than once: a single-value option takes its last value, a repeatable one keeps them all, and
// --config with --no-config is a usage error. Each command runs in-process through main(argv, io).

import test from 'ava';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

test('a single-value option given twice takes its last value: --out and --name of worksheet and compare, --top', async (t) => {
  const dir = folder();
  const sheet = captureIO(dir);
  t.is(await main(['worksheet', 'fiery.txt', '--out', 'w1', '--out', 'w2', '--name', 'a', '--name', 'b', '--count', '9', '--count', '2', '--no-config'], sheet), 0, sheet.err());
  t.true(existsSync(join(dir, 'w2', 'b', 'worksheet.md')), sheet.err());
  t.false(existsSync(join(dir, 'w1')));
  t.false(existsSync(join(dir, 'w1,w2')));
  t.regex(sheet.err(), /^wrote 2 questions to /);

  const io = captureIO(dir);
  t.is(await main(['compare', 'fiery.txt', 'calm.txt', '--out', 'a', '--out', 'b', '--name', 'x', '--name', 'y', '--top', '3', '--top', '5', '--format', 'json', '--no-config'], io), 0, io.err());
  t.true(existsSync(join(dir, 'b', 'y', 'compare.json')), io.err());
  t.false(existsSync(join(dir, 'a')));
  t.false(existsSync(join(dir, 'a,b')));
  t.is((JSON.parse(io.out()) as Comparison).keyness.limit, 5);
});

test('--format given twice: the last one, checked against the choices', async (t) => {
  const dir = folder();
  const json = captureIO(dir);
  t.is(await main(['compare', 'fiery.txt', 'calm.txt', '--out', 'out', '--format', 'md', '--format', 'json', '--no-config'], json), 0, json.err());
  t.notThrows(() => JSON.parse(json.out()));
  const md = captureIO(dir);
  t.is(await main(['compare', 'fiery.txt', 'calm.txt', '--out', 'out', '--format', 'json', '--format', 'md', '--no-config'], md), 0, md.err());
  t.regex(md.out(), /^\s+fiery\s+calm\n/);
  const bad = captureIO(dir);
  usageError(t, await main(['compare', 'fiery.txt', 'calm.txt', '--out', 'out', '--format', 'md', '--format', 'csv'], bad), bad, /^rhetoric: --format "csv" is not one of "md", "json"$/);
  const analyzed = captureIO(dir);
  t.is(await main(['analyze', 'fiery.txt', '--out', 'out', '--format', 'md', '--format', 'json', '--no-config'], analyzed), 0, analyzed.err());
  t.is((JSON.parse(analyzed.out()) as { source: { name: string } }).source.name, 'fiery.txt');
});

test('eval --root given twice: the last one', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-repeated-root-'));
  cpSync(join(EVAL_FIXTURES, 'gold'), join(dir, 'gold'), { recursive: true });
  cpSync(join(EVAL_FIXTURES, 'corpus'), join(dir, 'corpus'), { recursive: true });
  mkdirSync(join(dir, 'empty'));
  const io = captureIO(dir);
  t.is(await main(['eval', 'gold/tiny.jsonl', '--root', 'empty', '--root', '.', '--format', 'json', '--no-config'], io), 0, io.err());
  t.is((JSON.parse(io.out()) as { sentences: number }).sentences, 4);
});

test('repeatable options keep every value: --rule and --lexicons', async (t) => {
  const dir = folder();
  mkdirSync(join(dir, 'lex1'));
  mkdirSync(join(dir, 'lex2'));
  const io = captureIO(dir);
  const args = ['--rule', 'slogan-down-with=off', '--rule', 'analogy-as-in=0.5', '--lexicons', 'lex1', '--lexicons', 'lex2', '--no-config'];
  t.is(await main(['compare', 'fiery.txt', 'calm.txt', '--out', 'out', '--format', 'json', ...args], io), 0, io.err());
  const settings = (JSON.parse(io.out()) as Comparison).provenance.settings;
  t.deepEqual(settings?.rules, { 'slogan-down-with': 'off', 'analogy-as-in': 0.5 });
  t.deepEqual(settings?.lexicons, [join(dir, 'lex1'), join(dir, 'lex2')]);
  t.true(readFileSync(join(dir, 'out', 'compare-fiery-calm', 'compare.json'), 'utf8').includes('lex2'));
});

test('--devices and --fail-on given twice add up, as their comma-separated lists do', async (t) => {
  const dir = folder();
  const io = captureIO(dir);
  const code = await main(['analyze', 'fiery.txt', '--out', 'out', '--format', 'json', '--quiet', '--no-config', '--devices', 'slogan', '--devices', 'call_to_action', '--fail-on', 'slogan>1000', '--fail-on', 'call_to_action>0'], io);
  t.is(code, 1, 'the second threshold counts: the text has calls to action');
  t.deepEqual((JSON.parse(io.out()) as { devices: { id: string }[] }).devices.map((d) => d.id), ['slogan', 'call_to_action']);
  t.regex(io.err(), /call_to_action/);
});
