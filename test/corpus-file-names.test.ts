// Corpus runs over documents whose file names hold control characters (a newline, a tab, an escape): summary.csv and
// summary.json give the same name, so a pipeline can join the two files on it, and a stderr line that names such a file
// stays one line (the name's control characters escaped) while the JSON keeps the true name.

import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { escapeControlChars } from '../src/util/escape.js';
import { captureIO } from './helpers/io.js';

/** File names a POSIX file system allows (Windows refuses control characters in names). */
const NAMES = ['a\u0001b.txt', 'tab\there.txt', 'new\nline.txt', 'cr\rreturn.txt', 'esc\u001b[31mred.txt', 'plain.txt'];

const posixTest = process.platform === 'win32' ? test.skip : test;

const TEXT = 'We must act now. The committee met on Tuesday.\n';

function folder(names: readonly string[], texts: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'rl-names-'));
  for (const name of names) writeFileSync(join(root, name), texts[name] ?? TEXT);
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
  return { code, csv: parseCsv(readFileSync(join(dir, 'summary.csv'), 'utf8').replace(/^\uFEFF/, '')), json: JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) };
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

// Spanish of our own, long enough (50 words or more) for the function-word test to judge.
const SPANISH =
  'Los vecinos del puerto llevan años esperando una respuesta del ayuntamiento. Cada invierno las tormentas rompen el muelle y nadie ' +
  'arregla nada. Pedimos una reunión abierta, con presupuesto claro y fechas concretas, porque el pueblo merece saber qué pasará con ' +
  'sus barcas, sus casas y su trabajo antes de que llegue otra vez el mal tiempo a la costa.\n';

posixTest('stderr lines that name a file stay one line each, the name escaped; summary.json keeps the true names', async (t) => {
  const names = ['empty\nbad.txt', 'es\npañol.txt', 'loud\u001b[31m.txt'];
  const root = folder(names, { 'empty\nbad.txt': '', 'es\npañol.txt': SPANISH });
  const io = captureIO(root);
  t.is(await main(['analyze', '.', '--jobs', '1', '--no-config', '--out', 'o', '--name', 'run', '--fail-on', 'call_to_action>0'], io), 1);
  const lines = io.err().split('\n');
  t.is(lines.length, 4, io.err());
  t.is(lines[0], 'rhetoric: skipped empty\\nbad.txt: is empty: nothing to analyze');
  t.is(lines[1], 'rhetoric: warning: 1 document of 3 does not look like English (es\\npañol.txt; see notEnglish in summary.json); the rules and word lists are written for English, so their scores say little');
  t.regex(lines[2], /^rhetoric: --fail-on: loud\\u001b\[31m\.txt: call_to_action [\d.]+ > 0$/);
  t.is(lines[3], '');
  const summary = JSON.parse(readFileSync(join(root, 'o', 'run', 'summary.json'), 'utf8')) as { rows: { file: string }[] };
  t.deepEqual(summary.rows.map((r) => r.file), names);

  const one = captureIO(root);
  t.is(await main(['analyze', 'es\npañol.txt', '--no-config', '--out', 'o'], one), 0);
  t.regex(one.err(), /^rhetoric: warning: es\\npañol\.txt does not look like English \(.*\n$/, 'one text: one line too');
  const missing = captureIO(root);
  t.is(await main(['analyze', 'no\nsuch/', '--no-config', '--out', 'o'], missing), 1);
  t.regex(missing.err(), /^rhetoric: \S*no\\nsuch: no such file\n$/, 'an error naming the argument is one line');
});

test('escapeControlChars writes control characters and line separators as JSON-style escapes, and nothing else', (t) => {
  t.is(escapeControlChars('a\nb\tc\rd\u0001e\u001b[0m\u007f\u009b\u2028f'), 'a\\nb\\tc\\rd\\u0001e\\u001b[0m\\u007f\\u009b\\u2028f');
  t.is(escapeControlChars('C:\\corpus\\année "1".txt'), 'C:\\corpus\\année "1".txt', 'backslashes, quotes and letters are kept');
});

posixTest('the lines that name the folder written stay one line when --out holds control characters', async (t) => {
  const root = folder(['speech.txt', 'other.txt'], {
    'speech.txt': 'Down with the tyrants! We must act now. They are traitors to our people. The committee met on Tuesday.\n',
  });
  const out = 'out\ndir\u001b[2J';
  const shown = 'out\\ndir\\u001b[2J';
  const commands: [string[], RegExp, 'out' | 'err'][] = [
    [['analyze', 'speech.txt', '--out', out], /^Report: (.*)\/report\.md /m, 'out'],
    [['analyze', '.', '--jobs', '1', '--out', out, '--name', 'run'], /^Report: (.*)\/overview\.md /m, 'out'],
    [['compare', 'speech.txt', 'other.txt', '--out', out], /^wrote (.*)$/m, 'err'],
    [['worksheet', 'speech.txt', '--out', out], /^wrote .* to (.*): worksheet\.md/m, 'err'],
  ];
  for (const [args, line, stream] of commands) {
    const io = captureIO(root);
    t.is(await main([...args, '--no-config'], io), 0, io.err());
    const printed = stream === 'out' ? io.out() : io.err();
    t.false(printed.includes('\u001b'), `${args[0]}: no escape character reaches the terminal`);
    const match = line.exec(printed);
    t.truthy(match, `${args.join(' ')}: ${printed}`);
    t.true(match![1].includes(shown), `${args.join(' ')} names ${match![1]}`);
  }
});
