import test from 'ava';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfig, resolveSettings } from '../src/config/settings.js';
import { parseThresholds, passedThresholds } from '../src/fail-on.js';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

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

test('--fail-on thresholds parse, and the passed ones are named', (t) => {
  const th = parseThresholds('call_to_action>12, us_them>=0.3,sentiment<-0.2', ['sentiment', 'us_them', 'call_to_action']);
  t.deepEqual(th.map((x) => x.op), ['>', '>=', '<']);
  const doc = { document: { call_to_action: { score: 14, metrics: {}, tallies: {} }, us_them: { score: 0.3, metrics: {}, tallies: {} }, sentiment: { score: 0.1, metrics: {}, tallies: {} } } };
  t.deepEqual(passedThresholds(doc, th), ['call_to_action 14 > 12', 'us_them 0.3 >= 0.3']);
  t.throws(() => parseThresholds('slogans>1', ['slogan']), { message: /unknown device "slogans"/ });
  t.throws(() => parseThresholds('slogan=>1', ['slogan']), { message: /cannot read/ });
});
