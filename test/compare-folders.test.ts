// rhetoric compare takes a folder or a quoted glob as corpus mode does: it stands for its texts, in file-name order.

import test from 'ava';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { Comparison } from '../src/compare/model.js';
import { captureIO } from './helpers/io.js';

/** A folder of three invented speeches (one in a subfolder) with a MANIFEST.tsv for two of them, and a loose file beside it. */
function speeches(): string {
  const root = mkdtempSync(join(tmpdir(), 'rl-compare-folder-'));
  mkdirSync(join(root, 'speeches', 'late'), { recursive: true });
  writeFileSync(join(root, 'speeches', '1950-quay.txt'), 'We must rebuild the harbour wall before winter. Join us at the quay on Monday!\n');
  writeFileSync(join(root, 'speeches', '1952-orchard.txt'), 'The orchard was quiet in October. The pickers went home early and the press stood still.\n');
  writeFileSync(join(root, 'speeches', 'late', '1960-bridge.txt'), 'They have taken our bridge and their greed is a disgrace. Forward to the square!\n');
  writeFileSync(join(root, 'speeches', 'MANIFEST.tsv'), 'path\ttitle\tauthor/speaker\tyear\n1950-quay.txt\tAt the Quay\tMarta Quayle\t1950\n1952-orchard.txt\tAn Autumn Letter\tIvo Brennan\t1952\nlate/1960-bridge.txt\tOn the Bridge\tMarta Quayle\t1960\n');
  writeFileSync(join(root, 'loose.txt'), 'The mill wheel turned slowly all summer. Nobody complained about the noise.\n');
  return root;
}

test('a folder stands for its texts: each named by its path in the folder and described by its manifest row', async (t) => {
  const root = speeches();
  const io = captureIO(root);
  t.is(await main(['compare', 'speeches', '--out', 'out', '--no-config'], io), 0, io.err());
  t.true(existsSync(join(root, 'out', 'compare-speeches', 'compare.md')), 'the report is named after the folder');
  const c = JSON.parse(readFileSync(join(root, 'out', 'compare-speeches', 'compare.json'), 'utf8')) as Comparison;
  t.deepEqual(c.texts.map((x) => [x.name, x.title, x.author, x.year]), [
    ['1950-quay.txt', 'At the Quay', 'Marta Quayle', 1950],
    ['1952-orchard.txt', 'An Autumn Letter', 'Ivo Brennan', 1952],
    ['late/1960-bridge.txt', 'On the Bridge', 'Marta Quayle', 1960],
  ]);
});

test('a quoted glob and a file can be mixed; a folder of one text alone is a usage error', async (t) => {
  const root = speeches();
  const io = captureIO(root);
  t.is(await main(['compare', 'speeches/195*.txt', 'loose.txt', '--format', 'json', '--out', 'out', '--no-config'], io), 0, io.err());
  const c = JSON.parse(io.out()) as Comparison;
  t.deepEqual(c.texts.map((x) => [x.name, x.author]), [['1950-quay.txt', 'Marta Quayle'], ['1952-orchard.txt', 'Ivo Brennan'], ['loose.txt', null]]);
  const one = captureIO(root);
  t.is(await main(['compare', 'speeches/late', '--out', 'out', '--no-config'], one), 2);
  t.regex(one.err(), /^rhetoric: compare needs at least two texts: speeches\/late holds one\n/);
  const single = captureIO(root);
  t.is(await main(['compare', 'loose.txt', '--out', 'out', '--no-config'], single), 2);
  t.regex(single.err(), /at least two files/);
});
