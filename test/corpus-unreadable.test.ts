// Corpus runs with documents that cannot be read: a file a MANIFEST.tsv lists but that is missing, an empty file. Each is
// reported, never dropped in silence, and never counted or scored as if it had been analyzed. And a document is read once,
// however many links lead to its folder.

import test from 'ava';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { readManifest } from '../src/corpus/manifest.js';
import { corpusJobs } from '../src/corpus/run.js';
import { InputError } from '../src/util/errors.js';
import { captureIO } from './helpers/io.js';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rl-unreadable-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

test('a file the MANIFEST.tsv lists but that is missing is reported as a document that could not be read', async (t) => {
  const root = folder({
    'a.txt': 'We must act now.\n',
    'b.txt': 'The committee met on Tuesday.\n',
    'MANIFEST.tsv': 'path\ttitle\tyear\na.txt\tSpeech A\t1990\nmissing.txt\tSpeech M\t1991\nb.txt\tSpeech B\t1992\n',
  });
  t.deepEqual(corpusJobs(root, '/').jobs.map((j) => j.file), ['a.txt', 'b.txt', 'missing.txt']);
  const io = captureIO(root);
  t.is(await main(['analyze', '.', '--jobs', '1', '--no-config', '--out', 'o', '--name', 'run'], io), 1);
  t.regex(io.err(), /skipped missing\.txt: .*no such file/);
  const csv = readFileSync(join(root, 'o', 'run', 'summary.csv'), 'utf8');
  t.regex(csv, /^missing\.txt,Speech M,,1991,.*no such file/m);
});

test('the run summary counts only the documents analyzed, and says how many could not be read', async (t) => {
  const root = folder({ 'a.txt': 'We must act now.\n', 'b.txt': 'The committee met on Tuesday.\n', 'empty.txt': '' });
  const io = captureIO(root);
  t.is(await main(['analyze', '.', '--jobs', '1', '--no-config', '--out', 'o', '--name', 'run'], io), 1);
  t.regex(io.out(), /^Analyzed 2 documents, \d+ words in [\d.]+ s; 1 could not be read\./);
});

test('an overview with no document analyzed shows no score table of zeros, only what could not be read', async (t) => {
  const root = folder({ 'empty.txt': '', 'blank.txt': '   \n' });
  const io = captureIO(root);
  t.is(await main(['analyze', '.', '--jobs', '1', '--no-config', '--out', 'o', '--name', 'run'], io), 1);
  t.regex(io.out(), /^Analyzed 0 documents, 0 words in [\d.]+ s; 2 could not be read\./);
  const overview = readFileSync(join(root, 'o', 'run', 'overview.md'), 'utf8');
  t.notRegex(overview, /## Scores across the documents|## Highest and lowest|Every document scores/);
  t.regex(overview, /## Documents that could not be analyzed\n\n- blank\.txt: .*\n- empty\.txt: /);
});

(process.platform === 'win32' ? test.skip : test)('a symbolic link that loops back to a folder above does not repeat its documents', (t) => {
  const root = folder({ 'a.txt': 'We must act now.\n' });
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, 'sub', 'b.txt'), 'The committee met on Tuesday.\n');
  symlinkSync('..', join(root, 'sub', 'up'));
  symlinkSync('sub', join(root, 'also-sub'));
  t.deepEqual(corpusJobs(root, '/').jobs.map((j) => j.file), ['a.txt', 'also-sub/b.txt']);
});

test('a corpus run with --format csv prints summary.csv and nothing else; html is refused, as it is for one text only', async (t) => {
  const root = folder({ 'a.txt': 'We must act now.\n', 'b.txt': 'The committee met on Tuesday.\n' });
  const csv = captureIO(root);
  t.is(await main(['analyze', '.', '--jobs', '1', '--no-config', '--out', 'o', '--name', 'run', '--format', 'csv'], csv), 0, csv.err());
  t.is(`\uFEFF${csv.out()}`, readFileSync(join(root, 'o', 'run', 'summary.csv'), 'utf8'), 'the file alone has a byte order mark');
  for (const format of ['html', 'all']) {
    const io = captureIO(root);
    t.is(await main(['analyze', '.', '--jobs', '1', '--no-config', '--out', 'o2', '--format', format], io), 2, format);
    t.regex(io.err(), new RegExp(`--format ${format} is for one text`));
  }
});

test('"format": "html" in a config file, a default for single texts, leaves a corpus run its Markdown overview', async (t) => {
  const root = folder({ 'a.txt': 'We must act now.\n', '.rhetoricrc.json': JSON.stringify({ format: 'html' }) });
  const io = captureIO(root);
  t.is(await main(['analyze', '.', '--jobs', '1', '--out', 'o', '--name', 'run'], io), 0, io.err());
  t.regex(io.out(), /^Analyzed 1 document/);
});

test('a MANIFEST.tsv that cannot be read is named in words, not by its error code', async (t) => {
  const root = folder({ 'a.txt': 'We must act now.\n' });
  mkdirSync(join(root, 'MANIFEST.tsv'));
  const io = captureIO(root);
  t.is(await main(['analyze', '.', '--jobs', '1', '--no-config', '--out', 'o', '--name', 'run'], io), 1);
  t.is(io.err(), `rhetoric: ${join(root, 'MANIFEST.tsv')} is a folder, not a manifest\n`);
  t.throws(() => readManifest(join(root, 'missing', 'MANIFEST.tsv')), { instanceOf: InputError, message: `${join(root, 'missing', 'MANIFEST.tsv')}: no such manifest` });
});

// Root reads any folder, whatever its permissions.
(process.platform === 'win32' || process.getuid?.() === 0 ? test.skip : test)('a folder of the corpus that cannot be read is named in words, not by its error code', (t) => {
  const root = folder({ 'a.txt': 'We must act now.\n' });
  mkdirSync(join(root, 'locked'));
  chmodSync(join(root, 'locked'), 0o000);
  try {
    t.throws(() => corpusJobs(root, '/'), { instanceOf: InputError, message: `${join(root, 'locked')}: permission denied` });
  } finally {
    chmodSync(join(root, 'locked'), 0o755);
  }
});

test('a skipped document is named once: the skip line, the overview and summary.csv give the reason without its path again', async (t) => {
  const root = folder({ 'a.txt': 'We must act now.\n', 'bin.txt': '\u0000\u0001bin', 'empty.txt': '' });
  const io = captureIO(root);
  t.is(await main(['analyze', '.', '--jobs', '1', '--no-config', '--out', 'o', '--name', 'run'], io), 1);
  t.is(io.err(), 'rhetoric: skipped bin.txt: looks like a binary file (NUL byte at offset 0); give a text file\nrhetoric: skipped empty.txt: is empty: nothing to analyze\n');
  t.regex(readFileSync(join(root, 'o', 'run', 'overview.md'), 'utf8'), /^- empty\.txt: is empty: nothing to analyze$/m);
  t.regex(readFileSync(join(root, 'o', 'run', 'summary.csv'), 'utf8'), /^empty\.txt,.*,is empty: nothing to analyze$/m);
});
