// summary.csv opens right in a spreadsheet: the file starts with a UTF-8 byte order mark, without which Excel reads a CSV
// in the system's legacy code page and garbles every accented title; the same CSV printed to stdout (for a pipe) has none.

import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

/** An invented corpus whose titles and file names are not ASCII. */
function corpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'rl-csv-bom-'));
  writeFileSync(join(root, 'MANIFEST.tsv'), 'path\ttitle\tyear\nségur.txt\tDiscours sur l’école publique\t1990\nb.txt\tРечь о мосте\t1991\n');
  writeFileSync(join(root, 'ségur.txt'), 'We must build the school now.\n');
  writeFileSync(join(root, 'b.txt'), 'The committee met on Tuesday.\n');
  return root;
}

test('summary.csv starts with a UTF-8 byte order mark and holds its titles in UTF-8', async (t) => {
  const root = corpus();
  const io = captureIO(root);
  t.is(await main(['analyze', '.', '--jobs', '1', '--no-config', '--quiet', '--out', 'o', '--name', 'run'], io), 0, io.err());
  const bytes = readFileSync(join(root, 'o', 'run', 'summary.csv'));
  t.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  t.true(text.startsWith('\uFEFFfile,title,'));
  t.true(text.includes('ségur.txt,Discours sur l’école publique,,1990,'));
  t.true(text.includes('b.txt,Речь о мосте,,1991,'));
});

test('--format csv prints the same CSV without the byte order mark', async (t) => {
  const root = corpus();
  const io = captureIO(root);
  t.is(await main(['analyze', '.', '--jobs', '1', '--no-config', '--out', 'o', '--name', 'run', '--format', 'csv'], io), 0, io.err());
  t.true(io.out().startsWith('file,title,'));
  t.is(`\uFEFF${io.out()}`, readFileSync(join(root, 'o', 'run', 'summary.csv'), 'utf8'));
});
