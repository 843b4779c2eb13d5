// Corpus runs over documents whose file names hold control characters (a newline, a tab, an escape): summary.csv and
// summary.json give the same name, so a pipeline can join the two files on it.

import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

/** File names a POSIX file system allows (Windows refuses control characters in names). */
const NAMES = ['a\u0001b.txt', 'tab\there.txt', 'new\nline.txt', 'cr\rreturn.txt', 'esc\u001b[31mred.txt', 'plain.txt'];

const posixTest = process.platform === 'win32' ? test.skip : test;

function folder(names: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'rl-names-'));
  for (const name of names) writeFileSync(join(root, name), 'We must act now. The committee met on Tuesday.\n');
  return root;
}

/** The records of a CSV file (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(cell);
      cell = '';
    } else if (ch === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

/** A corpus run over `root`: its exit code, summary.csv as records and summary.json. */
async function run(root: string): Promise<{ code: number; csv: string[][]; json: { rows: { file: string; title: string }[] } }> {
  const code = await main(['analyze', '.', '--jobs', '1', '--no-config', '--quiet', '--out', 'o', '--name', 'run'], captureIO(root));
  const dir = join(root, 'o', 'run');
  return { code, csv: parseCsv(readFileSync(join(dir, 'summary.csv'), 'utf8')), json: JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) };
}

posixTest('summary.csv gives a file name with control characters exactly as summary.json does', async (t) => {
  const { code, csv, json } = await run(folder(NAMES));
  t.is(code, 0);
  const [header, ...body] = csv;
  t.is(header[0], 'file');
  t.deepEqual(body.map((r) => r[0]), json.rows.map((r) => r.file), 'the file columns join');
  t.deepEqual(body.map((r) => r[1]), json.rows.map((r) => r.title), 'so do the titles');
  t.deepEqual([...json.rows.map((r) => r.file)].sort(), [...NAMES].sort(), 'summary.json has the true names');
});

posixTest('a name that a spreadsheet would run as a formula keeps its guard, control characters before it or not', async (t) => {
  const names = ['\u0001=cmd.txt', '+sum.txt'];
  const { csv, json } = await run(folder(names));
  t.deepEqual(json.rows.map((r) => r.file), ['\u0001=cmd.txt', '+sum.txt']);
  t.deepEqual(csv.slice(1).map((r) => r[0]), ["'\u0001=cmd.txt", "'+sum.txt"], 'the guard apostrophe, then the name exactly');
});
