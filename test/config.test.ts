import test from 'ava';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfig, resolveSettings } from '../src/config/settings.js';
import { parseThresholds, passedThresholds } from '../src/fail-on.js';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';
import { analyze } from '../src/analyze.js';
import { InputError } from '../src/util/errors.js';

function tempTree(): string {
  return mkdtempSync(join(tmpdir(), 'rhetoric-config-'));
}

test('a .rhetoricrc.json is found from the input folder upwards, and the command line overrides it', (t) => {
  const root = tempTree();
  mkdirSync(join(root, 'a', 'b'), { recursive: true });
  writeFileSync(join(root, '.rhetoricrc.json'), JSON.stringify({ sectionWords: 300, devices: { slogan: false }, lexicons: ['lex'] }));
  const found = findConfig(join(root, 'a', 'b'));
  t.is(found?.file, join(root, '.rhetoricrc.json'));
  const s = resolveSettings(join(root, 'a', 'b'), { sectionWords: 800 });
  t.is(s.values.sectionWords, 800);
  t.is(s.sources.sectionWords, 'command line');
  t.deepEqual(s.values.devices, { slogan: false });
  t.is(s.sources.devices, join(root, '.rhetoricrc.json'));
  t.deepEqual(s.values.lexicons, [join(root, 'lex')], 'paths in a config file are relative to it');
  t.is(s.sources.out, 'default');
});

test('a "rhetoric" field in package.json is a config too; the nearest config wins', (t) => {
  const root = tempTree();
  mkdirSync(join(root, 'pkg'));
  writeFileSync(join(root, '.rhetoricrc.json'), JSON.stringify({ sectionWords: 300 }));
  writeFileSync(join(root, 'pkg', 'package.json'), JSON.stringify({ name: 'x', rhetoric: { sectionWords: 700 } }));
  t.is(resolveSettings(join(root, 'pkg'), {}).values.sectionWords, 700);
  t.is(resolveSettings(root, {}).values.sectionWords, 300);
});

test('unknown keys and bad values are errors that name the key and the file', (t) => {
  const root = tempTree();
  const file = join(root, '.rhetoricrc.json');
  writeFileSync(file, JSON.stringify({ sectionWordz: 3 }));
  t.throws(() => findConfig(root), { message: new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: unknown key "sectionWordz"`) });
  writeFileSync(file, JSON.stringify({ sectionWords: 'many' }));
  t.throws(() => findConfig(root), { message: /key "sectionWords"/ });
  writeFileSync(file, JSON.stringify({ devices: { slogans: false } }));
  t.throws(() => findConfig(root), { message: /key "devices\.slogans": unknown device/ });
});

test('rhetoric config --print shows each value with its source; a broken config exits 1 with one line', async (t) => {
  const root = tempTree();
  writeFileSync(join(root, '.rhetoricrc.json'), JSON.stringify({ rules: { 'slogan-down-with': 'off' } }));
  writeFileSync(join(root, 'speech.txt'), 'Hello.');
  const io = captureIO(root);
  t.is(await main(['config', '--print', 'speech.txt'], io), 0);
  t.regex(io.out(), /rules = \{"slogan-down-with":"off"\}  \(.*\.rhetoricrc\.json\)/);
  t.regex(io.out(), /sectionWords = 500  \(default\)/);
  writeFileSync(join(root, '.rhetoricrc.json'), '{ not json');
  const bad = captureIO(root);
  t.is(await main(['config', '--print', 'speech.txt'], bad), 1);
  t.is(bad.err().trim().split('\n').length, 1);
  t.regex(bad.err(), /\.rhetoricrc\.json: not valid JSON/);
});

test('rhetoric config FILE without --print prints the same settings (printing is what the command does)', async (t) => {
  const root = tempTree();
  writeFileSync(join(root, '.rhetoricrc.json'), JSON.stringify({ rules: { 'slogan-down-with': 'off' } }));
  writeFileSync(join(root, 'speech.txt'), 'Hello.');
  const plain = captureIO(root);
  t.is(await main(['config', 'speech.txt'], plain), 0, plain.err());
  const printed = captureIO(root);
  t.is(await main(['config', '--print', 'speech.txt'], printed), 0);
  t.is(plain.out(), printed.out());
  t.regex(plain.out(), /rules = \{"slogan-down-with":"off"\}/);
  t.is(plain.err(), '');
});

test('--fail-on thresholds parse, and the passed ones are named', (t) => {
  const th = parseThresholds('call_to_action>12, us_them>=0.3,sentiment<-0.2', ['sentiment', 'us_them', 'call_to_action']);
  t.deepEqual(th.map((x) => x.op), ['>', '>=', '<']);
  const doc = { document: { call_to_action: { score: 14, metrics: {}, tallies: {} }, us_them: { score: 0.3, metrics: {}, tallies: {} }, sentiment: { score: 0.1, metrics: {}, tallies: {} } } };
  t.deepEqual(passedThresholds(doc, th), ['call_to_action 14 > 12', 'us_them 0.3 >= 0.3']);
  t.throws(() => parseThresholds('slogans>1', ['slogan']), { message: /unknown device "slogans"/ });
  t.throws(() => parseThresholds('slogan=>1', ['slogan']), { message: /cannot read/ });
});

const SPEECH = 'Down with the tyrants!\n\nWe must act now. Let us march together against the oligarchy and its gang of thieves.\n';

function csvOf(out: string): Record<string, string>[] {
  const [head, ...rows] = out.trim().split('\n').map((l) => l.split(','));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

test('a config file beside the input changes what analyze reports; the command line overrides it', async (t) => {
  const root = tempTree();
  writeFileSync(join(root, 'speech.txt'), SPEECH);
  const plain = captureIO(root);
  t.is(await main(['analyze', 'speech.txt', '--out', 'out', '--format', 'csv', '--no-config'], plain), 0);
  t.true('slogan' in csvOf(plain.out())[0], 'all devices run without a config');

  writeFileSync(join(root, '.rhetoricrc.json'), JSON.stringify({ devices: { slogan: false }, out: 'from-config' }));
  const configured = captureIO(root);
  t.is(await main(['analyze', 'speech.txt', '--format', 'csv'], configured), 0);
  const row = csvOf(configured.out())[0];
  t.false('slogan' in row, 'the config turned slogans off');
  t.true('call_to_action' in row);
  t.true(existsSync(join(root, 'from-config', 'speech', 'report.json')), 'out is read from the config, relative to it');

  const overridden = captureIO(root);
  t.is(await main(['analyze', 'speech.txt', '--format', 'csv', '--devices', 'slogan', '--out', 'cli-out'], overridden), 0);
  t.deepEqual(Object.keys(csvOf(overridden.out())[0]).slice(5), ['slogan']);
  t.true(existsSync(join(root, 'cli-out', 'speech', 'report.json')));
});

test('a rule turned off in the config disappears from the report', async (t) => {
  const root = tempTree();
  writeFileSync(join(root, 'speech.txt'), SPEECH);
  const before = captureIO(root);
  await main(['analyze', 'speech.txt', '--format', 'json', '--out', 'o'], before);
  const rules = new Set((JSON.parse(before.out()) as { findings: { rule: string; device: string }[] }).findings.filter((f) => f.device === 'slogan').map((f) => f.rule));
  t.true(rules.size > 0);
  const rule = [...rules][0];
  writeFileSync(join(root, '.rhetoricrc.json'), JSON.stringify({ rules: { [rule]: 'off' } }));
  const after = captureIO(root);
  await main(['analyze', 'speech.txt', '--format', 'json', '--out', 'o'], after);
  t.false((JSON.parse(after.out()) as { findings: { rule: string }[] }).findings.some((f) => f.rule === rule));
});

test('--fail-on exits 1 and names the passed threshold; without it findings never change the exit code', async (t) => {
  const root = tempTree();
  writeFileSync(join(root, 'speech.txt'), SPEECH);
  const failing = captureIO(root);
  t.is(await main(['analyze', 'speech.txt', '--quiet', '--out', 'o', '--no-config', '--fail-on', 'call_to_action>1'], failing), 1);
  t.regex(failing.err(), /--fail-on: call_to_action [\d.]+ > 1/);
  const passing = captureIO(root);
  t.is(await main(['analyze', 'speech.txt', '--quiet', '--out', 'o', '--no-config', '--fail-on', 'call_to_action>100000'], passing), 0);
  t.is(passing.err(), '');
  const none = captureIO(root);
  t.is(await main(['analyze', 'speech.txt', '--quiet', '--out', 'o', '--no-config'], none), 0);
  const bad = captureIO(root);
  t.is(await main(['analyze', 'speech.txt', '--quiet', '--out', 'o', '--fail-on', 'nonsense'], bad), 2);
});

test('compare and worksheet read the same config file and share the input options', async (t) => {
  const root = tempTree();
  writeFileSync(join(root, 'a.txt'), SPEECH);
  writeFileSync(join(root, 'b.txt'), 'The committee met on Tuesday. It approved the budget for the year.\n');
  writeFileSync(join(root, '.rhetoricrc.json'), JSON.stringify({ out: 'class' }));
  const ws = captureIO(root);
  t.is(await main(['worksheet', 'a.txt', '--count', '2', '--quiet'], ws), 0);
  t.true(existsSync(join(root, 'class', 'a', 'worksheet.md')), 'worksheet writes into the config file\'s out folder');
  const cmp = captureIO(root);
  t.is(await main(['compare', 'a.txt', 'b.txt', '--quiet'], cmp), 0);
  t.true(existsSync(join(root, 'class', 'compare-a-b', 'compare.md')));
  for (const command of [['worksheet', 'a.txt'], ['compare', 'a.txt', 'b.txt']]) {
    const bad = captureIO(root);
    t.is(await main([...command, '--section-words', '10', '--quiet'], bad), 2, `${command[0]} checks --section-words like analyze`);
    t.regex(bad.err(), /--section-words must be a whole number of at least 50/);
  }
});

test('a bad "against" or "failOn" in a config file is blamed on the file and key, not on a flag the user never typed', async (t) => {
  const root = tempTree();
  writeFileSync(join(root, 'speech.txt'), 'We must act now.\n');
  const rc = join(root, '.rhetoricrc.json');
  for (const [key, value, said] of [
    ['against', 'bogus', /unknown collection "bogus" \(known: /],
    ['failOn', 'nonsense', /cannot read "nonsense"/],
    ['failOn', 'slogans>1', /unknown device "slogans"/],
  ] as const) {
    writeFileSync(rc, JSON.stringify({ [key]: value }));
    const io = captureIO(root);
    t.is(await main(['analyze', 'speech.txt', '--quiet', '--out', 'o'], io), 1, `${key}: ${value}`);
    t.true(io.err().startsWith(`rhetoric: ${rc}: key "${key}": `), io.err());
    t.regex(io.err(), said);
    t.notRegex(io.err(), /--against|--fail-on|Try 'rhetoric --help'/);
    t.false(existsSync(join(root, 'o')), 'nothing is written');
    // config --print refuses what a run refuses, in the same words, rather than showing it as if it applied.
    const printed = captureIO(root);
    t.is(await main(['config', '--print', 'speech.txt'], printed), 1, `config --print with ${key}: ${value}`);
    t.is(printed.err(), io.err());
    t.is(printed.out(), '');
  }
  // The same values on the command line are still usage errors about the flag.
  const flag = captureIO(root);
  t.is(await main(['analyze', 'speech.txt', '--quiet', '--out', 'o', '--no-config', '--against', 'bogus'], flag), 2);
  t.regex(flag.err(), /--against/);
});

test('a config that turns every device off is refused, and so is an analysis with no device', async (t) => {
  const root = tempTree();
  writeFileSync(join(root, 'speech.txt'), 'We must act now.\n');
  const off = Object.fromEntries(['sentiment', 'slogan', 'historical_analogy', 'us_them', 'call_to_action'].map((d) => [d, false]));
  writeFileSync(join(root, '.rhetoricrc.json'), JSON.stringify({ devices: off }));
  const io = captureIO(root);
  t.is(await main(['analyze', 'speech.txt', '--quiet', '--out', 'o'], io), 1);
  t.regex(io.err(), /\.rhetoricrc\.json: key "devices": turns off every device/);
  t.false(existsSync(join(root, 'o')), 'no empty report is written');
  t.throws(() => analyze('We must act now.', { devices: [] }), { instanceOf: InputError, message: /no device to run/ });
  t.throws(() => analyze('We must act now.', { devices: off }), { instanceOf: InputError });
});

test('rhetoric config --print on a corpus folder shows the config that analyzing the folder uses', async (t) => {
  const root = tempTree();
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'docs', 'a.txt'), 'We must act now.\n');
  writeFileSync(join(root, 'docs', '.rhetoricrc.json'), JSON.stringify({ sectionWords: 300 }));
  const analyzed = resolveSettings(join(root, 'docs'), {});
  t.is(analyzed.values.sectionWords, 300, 'a corpus run on docs/ reads docs/.rhetoricrc.json');
  const io = captureIO(root);
  t.is(await main(['config', '--print', 'docs'], io), 0, io.err());
  t.regex(io.out(), /^config file: .*docs[/\\]\.rhetoricrc\.json$/m);
  t.regex(io.out(), /sectionWords = 300 {2}\(/);
});

test('a config file saved with a byte-order mark and CRLF line ends is read like any other', (t) => {
  const root = tempTree();
  writeFileSync(join(root, '.rhetoricrc.json'), '\uFEFF{\r\n  "sectionWords": 300\r\n}\r\n');
  t.is(resolveSettings(root, {}).values.sectionWords, 300);
});
