// Corpus mode: file discovery (folders, globs, MANIFEST.tsv), one row per document in input order, summary files, overview, trends.

import test from 'ava';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { main } from '../src/cli/main.js';
import { discoverFiles, globToRegExp, isCorpusArgument } from '../src/corpus/discover.js';
import { documentYear, parseManifest, yearFromFileName } from '../src/corpus/manifest.js';
import { corpusJobs, summarizeCorpus } from '../src/corpus/run.js';
import { mostExtreme } from '../src/corpus/stats.js';
import { summarizeFile, type SummaryRow } from '../src/corpus/summary.js';
import { assertLabelsClear } from './helpers/chart-geometry.js';
import { captureIO } from './helpers/io.js';
import { sharedPath, sharedTest } from './helpers/shared.js';

const TEXTS: Record<string, string> = {
  '1990-first.txt': 'Down with tyranny! We must act now. Join us in the struggle for justice.\n',
  '2000-second.txt': 'The committee met on Tuesday. It reviewed the budget and adjourned at noon.\n',
  '2010-third.md': '# A third text\n\nLet us work together. Our enemies want to take what is ours. Forward to victory!\n',
};

function tempCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-corpus-'));
  for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'README.md'), '# About this folder\n\nNot a document.\n');
  writeFileSync(join(dir, 'notes.json'), '{}');
  return dir;
}

test('a folder gives its text files in sorted order, skipping README and other extensions', (t) => {
  const dir = tempCorpus();
  mkdirSync(join(dir, 'more'));
  writeFileSync(join(dir, 'more', '2020-fourth.txt'), 'Another text here.\n');
  const d = discoverFiles(dir, '/');
  t.deepEqual(d.files.map((f) => f.file), ['1990-first.txt', '2000-second.txt', '2010-third.md', 'more/2020-fourth.txt']);
  t.true(isCorpusArgument(dir, '/'));
  t.false(isCorpusArgument(join(dir, '1990-first.txt'), '/'));
  t.false(isCorpusArgument('-', '/'));
});

test('globs match within and across folders', (t) => {
  const re = globToRegExp('*.txt');
  t.true(re.test('a.txt'));
  t.false(re.test('sub/a.txt'));
  t.true(globToRegExp('**/*.txt').test('sub/deeper/a.txt'));
  t.true(globToRegExp('**/*.txt').test('a.txt'));
  t.true(globToRegExp('19[0-9]?-*.{txt,md}').test('1961-Kennedy.md'));
  t.false(globToRegExp('19[0-9]?-*.{txt,md}').test('2017-Trump.txt'));
  const dir = tempCorpus();
  const d = discoverFiles('*.txt', dir);
  t.deepEqual(d.files.map((f) => f.file), ['1990-first.txt', '2000-second.txt']);
  t.throws(() => discoverFiles('*.nothing', dir), { message: /no text files found/ });
});

test('a glob takes the text files it matches, as a folder does; a file named on its own is read whatever its extension', async (t) => {
  const dir = tempCorpus();
  writeFileSync(join(dir, 'chart.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'speech.pdf'), '%PDF-1.4\n');
  writeFileSync(join(dir, 'speech.log'), 'We must act now. Join us in the struggle for justice.\n');
  mkdirSync(join(dir, 'more'));
  writeFileSync(join(dir, 'more', '2020-fourth.txt'), 'Another text here.\n');
  writeFileSync(join(dir, 'more', 'data.json'), '{"a": 1}\n');
  t.deepEqual(discoverFiles('*', dir).files.map((f) => f.file), ['1990-first.txt', '2000-second.txt', '2010-third.md']);
  t.deepEqual(discoverFiles('**/*', dir).files.map((f) => f.file), discoverFiles(dir, '/').files.map((f) => f.file), 'the same files as the folder');
  t.throws(() => discoverFiles('*.{png,pdf,json,log}', dir), { message: /^\*\.\{png,pdf,json,log\}: no text files found \(looked for \.txt, \.text, \.md, \.markdown\)$/ });
  const io = captureIO(dir);
  t.is(await main(['analyze', '*.{json,png}', '--out', 'out', '--no-config'], io), 1);
  t.is(io.err(), 'rhetoric: *.{json,png}: no text files found (looked for .txt, .text, .md, .markdown)\n');
  const one = captureIO(dir);
  t.is(await main(['analyze', 'speech.log', '--out', 'out', '--no-config', '--format', 'jsonl'], one), 0, one.err());
  t.regex(one.out(), /^\{"file":"speech\.log"/);
});

test('a glob leaves out the files of a report written into the folder it walks, as a folder run does', async (t) => {
  const parent = mkdtempSync(join(tmpdir(), 'rl-corpus-self-glob-'));
  const dir = join(parent, 'texts');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(dir, name), text);
  t.is(await main(['analyze', 'texts', '--out', '.', '--name', 'texts', '--no-config'], captureIO(parent)), 0);
  t.true(existsSync(join(dir, 'overview.md')));
  t.deepEqual(discoverFiles('texts/*.md', parent).files.map((f) => f.file), ['2010-third.md']);
});

test('years come from the file name, or a MANIFEST.tsv (also one folder up), which also gives titles', (t) => {
  t.is(yearFromFileName('/x/1961-Kennedy.txt'), 1961);
  t.is(yearFromFileName('/x/federalist-10.txt'), undefined);
  t.is(yearFromFileName('/x/19610-a.txt'), undefined);
  const m = parseManifest('path\ttitle\tauthor/speaker\tyear\nsub/a.txt\tA title\tSomeone\t1848\n', '/c/MANIFEST.tsv');
  t.deepEqual([...m.entries.values()][0], { path: '/c/sub/a.txt', relativePath: 'sub/a.txt', title: 'A title', author: 'Someone', year: 1848 });

  const root = mkdtempSync(join(tmpdir(), 'rl-manifest-'));
  mkdirSync(join(root, 'speeches'));
  writeFileSync(join(root, 'speeches', 'farewell.txt'), 'Goodbye and good luck.\n');
  writeFileSync(join(root, 'speeches', 'hello.txt'), 'Hello and welcome.\n');
  writeFileSync(join(root, 'MANIFEST.tsv'), 'path\ttitle\tyear\nspeeches/farewell.txt\tThe Farewell\t1796\nspeeches/hello.txt\tThe Hello\t1801\n');
  const { jobs } = corpusJobs(join(root, 'speeches'), '/');
  t.deepEqual(jobs.map((j) => [j.file, j.title, j.year]), [['farewell.txt', 'The Farewell', 1796], ['hello.txt', 'The Hello', 1801]]);
  // A folder with its own MANIFEST.tsv: the documents are the files it lists (paths relative to it).
  const { jobs: fromRoot } = corpusJobs(root, '/');
  t.deepEqual(fromRoot.map((j) => j.file), ['speeches/farewell.txt', 'speeches/hello.txt']);
});

test('an absolute path in a MANIFEST.tsv is used as it is; a file outside the corpus folder is read and keeps that path', async (t) => {
  const parent = mkdtempSync(join(tmpdir(), 'rl-manifest-abs-'));
  const root = join(parent, 'corpus');
  const elsewhere = join(parent, 'elsewhere');
  mkdirSync(root);
  mkdirSync(elsewhere);
  writeFileSync(join(root, 'a.txt'), 'We must act now.\n');
  writeFileSync(join(root, 'b.txt'), 'The committee met on Tuesday.\n');
  writeFileSync(join(elsewhere, 'x.txt'), 'Join us in the struggle for justice.\n');
  const [inside, outside, missing] = [join(root, 'b.txt'), join(elsewhere, 'x.txt'), join(elsewhere, 'gone.txt')];
  writeFileSync(join(root, 'MANIFEST.tsv'), `path\ttitle\tyear\na.txt\tA\t1990\n${inside}\tB\t1991\n${outside}\tX\t1992\n${missing}\tGone\t1993\n`);
  t.deepEqual([...parseManifest(readFileSync(join(root, 'MANIFEST.tsv'), 'utf8'), join(root, 'MANIFEST.tsv')).entries.keys()], [join(root, 'a.txt'), inside, outside, missing]);
  t.is(documentYear(inside), 1991, 'one text analyzed alone takes its year from the entry too');
  const slashed = (p: string) => p.split('\\').join('/');
  const byFile = new Map(corpusJobs(root, '/').jobs.map((j) => [j.file, [j.title, j.year]]));
  t.deepEqual(byFile, new Map<string, unknown>([
    [slashed(missing), ['Gone', 1993]],
    [slashed(outside), ['X', 1992]],
    ['a.txt', ['A', 1990]],
    ['b.txt', ['B', 1991]],
  ]), 'a file inside the folder is named from it, one outside by the absolute path the manifest gives');
  const io = captureIO(parent);
  t.is(await main(['analyze', 'corpus', '--jobs', '1', '--no-config', '--out', 'out', '--format', 'json'], io), 1, 'the missing file is reported');
  t.is(io.err(), `rhetoric: skipped ${slashed(missing)}: no such file\n`);
  const rows = (JSON.parse(io.out()) as { rows: SummaryRow[] }).rows;
  t.deepEqual(rows.map((r) => [r.file, r.words > 0, r.error ?? null]), [
    [slashed(missing), false, 'no such file'],
    [slashed(outside), true, null],
    ['a.txt', true, null],
    ['b.txt', true, null],
  ]);
});

test('summarizeFile turns one path into one row; bad input becomes an error row', (t) => {
  const dir = tempCorpus();
  const row = summarizeFile({ path: join(dir, '1990-first.txt'), file: '1990-first.txt', year: 1990 });
  t.is(row.file, '1990-first.txt');
  t.is(row.year, 1990);
  t.is(row.words, 14);
  t.true(row.sections >= 1);
  t.deepEqual(Object.keys(row.scores), ['sentiment', 'slogan', 'historical_analogy', 'us_them', 'call_to_action']);
  t.is(row.error, undefined);
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 0]));
  const bad = summarizeFile({ path: join(dir, 'broken.txt'), file: 'broken.txt' });
  t.regex(bad.error ?? '', /binary/);
  t.is(bad.words, 0);
});

test('rows come in input order, whatever order a summarizer finishes in', async (t) => {
  const jobs = ['a', 'b', 'c'].map((f) => ({ path: f, file: f }));
  const slowFirst = async (job: { file: string }): Promise<SummaryRow> => {
    await new Promise((r) => setTimeout(r, job.file === 'a' ? 30 : 1));
    return { file: job.file, title: job.file, author: null, year: null, words: 1, sections: 1, sentences: 1, scores: {} };
  };
  const seen: string[] = [];
  const rows = await summarizeCorpus(jobs, {}, (r) => seen.push(r.file), slowFirst);
  t.deepEqual(rows.map((r) => r.file), ['a', 'b', 'c']);
  t.deepEqual(seen, ['a', 'b', 'c']);

  // Three in flight (as a worker pool would run them): b and c finish first, the rows still come out a, b, c.
  let running = 0;
  let most = 0;
  const finished: string[] = [];
  const counted = async (job: { file: string }): Promise<SummaryRow> => {
    running++;
    most = Math.max(most, running);
    const row = await slowFirst(job);
    running--;
    finished.push(job.file);
    return row;
  };
  const parallel = await summarizeCorpus(jobs, {}, undefined, counted, 3);
  t.deepEqual(parallel.map((r) => r.file), ['a', 'b', 'c']);
  t.is(most, 3);
  t.deepEqual(finished, ['b', 'c', 'a']);
});

test('mostExtreme picks the documents farthest from the median, never one at the median', (t) => {
  const rows = [0, 1, 2, 3, 10, -5].map((v, i) => ({ file: `d${i}`, title: '', author: null, year: 2000 + i, words: 1, sections: 1, sentences: 1, scores: { x: v } }));
  // Median of -5, 0, 1, 2, 3, 10 is (1 + 2)/2 = 1.5; distances: 1.5, 0.5, 0.5, 1.5, 8.5, 6.5.
  t.deepEqual(mostExtreme(rows, 'x', 3).map((r) => r.file), ['d4', 'd5', 'd0']);
});

test('rhetoric analyze <folder> writes summary.csv, summary.json, overview.md and trends.svg', async (t) => {
  const dir = tempCorpus();
  const io = captureIO(dir);
  const code = await main(['analyze', '.', '--out', 'out', '--name', 'tiny'], io);
  t.is(code, 0, io.err());
  t.regex(io.out(), /Analyzed 3 documents/);
  const out = join(dir, 'out/tiny');
  const csv = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n');
  t.is(csv.length, 4);
  t.is(csv[0], 'file,title,author,year,words,sections,sentences,sentiment,slogan,historical_analogy,us_them,call_to_action,error');
  t.true(csv[1].startsWith('1990-first.txt,'));
  t.true(csv[3].startsWith('2010-third.md,A third text,,2010,'));
  const json = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { documents: number; rows: SummaryRow[] };
  t.is(json.documents, 3);
  t.deepEqual(json.rows.map((r) => r.year), [1990, 2000, 2010]);
  t.regex(readFileSync(join(out, 'overview.md'), 'utf8'), /3 documents analyzed/);
  const svg = readFileSync(join(out, 'trends.svg'), 'utf8');
  t.is(XMLValidator.validate(svg), true);
  t.regex(svg, /<title[^>]*>[^<]+<\/title>/);
  t.regex(svg, /<desc[^>]*>[^<]+<\/desc>/);
  t.regex(svg, /Year/);

  const again = captureIO(dir);
  await main(['analyze', '.', '--out', 'out', '--name', 'tiny'], again);
  t.is(readFileSync(join(out, 'trends.svg'), 'utf8'), svg, 'same input, same bytes');

  const asJson = captureIO(dir);
  t.is(await main(['analyze', '*.txt', '--out', 'out', '--format', 'json'], asJson), 0);
  t.is((JSON.parse(asJson.out()) as { documents: number }).documents, 2);
});

test('a corpus with an unreadable file still reports the others and exits 1; no dates means no trends.svg', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-corpus-bad-'));
  writeFileSync(join(dir, 'good.txt'), 'We must act now.\n');
  writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x00]));
  const io = captureIO(dir);
  t.is(await main(['analyze', '.', '--out', 'out', '--name', 'mixed'], io), 1);
  t.regex(io.err(), /skipped bad\.txt/);
  const csv = readFileSync(join(dir, 'out/mixed/summary.csv'), 'utf8').trim().split('\n');
  t.is(csv.length, 3);
  t.false(existsSync(join(dir, 'out/mixed/trends.svg')));
  const missing = captureIO(dir);
  t.is(await main(['analyze', 'nothing-*.txt', '--out', 'out'], missing), 1);
  t.regex(missing.err(), /no text files found/);
});

test('--against adds percentile columns and an overview section; an unknown collection is a usage error', async (t) => {
  const dir = tempCorpus();
  const io = captureIO(dir);
  t.is(await main(['analyze', '.', '--out', 'out', '--name', 'vs', '--against', 'inaugural'], io), 0, io.err());
  const csv = readFileSync(join(dir, 'out/vs/summary.csv'), 'utf8').trim().split('\n');
  t.true(csv[0].endsWith(',sentiment_percentile,slogan_percentile,historical_analogy_percentile,us_them_percentile,call_to_action_percentile,error'));
  const cells = csv[1].split(',');
  const p = Number(cells[cells.length - 2]);
  t.true(p >= 0 && p <= 100);
  t.regex(readFileSync(join(dir, 'out/vs/overview.md'), 'utf8'), /## Against US presidential inaugural addresses/);
  const bad = captureIO(dir);
  t.is(await main(['analyze', '.', '--out', 'out', '--against', 'nowhere'], bad), 2);
  t.regex(bad.err(), /unknown collection/);
});

sharedTest('rhetoric analyze ../shared/corpus/inaugural gives 59 rows and trends.svg', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'rl-inaugural-'));
  const io = captureIO(out);
  t.is(await main(['analyze', sharedPath('corpus/inaugural'), '--out', out], io), 0, io.err());
  const csv = readFileSync(join(out, 'inaugural/summary.csv'), 'utf8').trim().split('\n');
  t.is(csv.length, 60);
  t.true(csv[1].startsWith('1789-Washington.txt,'));
  t.regex(csv[1], /,1789,/);
  const trends = readFileSync(join(out, 'inaugural/trends.svg'), 'utf8');
  t.is(XMLValidator.validate(trends), true);
  // Its labels cover no dot, no other label and no heading (2013-Obama's and 1993-Clinton's sat on dots).
  assertLabelsClear(t, trends, 900);
});

test('an output folder that cannot be made is said before any document is analyzed: no JSONL line, nothing written', async (t) => {
  const dir = tempCorpus();
  writeFileSync(join(dir, 'afile'), 'in the way\n');
  const io = captureIO(dir);
  t.is(await main(['analyze', '.', '--out', 'afile', '--format', 'jsonl', '--jobs', '1'], io), 1);
  t.is(io.out(), '', 'no line printed before the error');
  t.regex(io.err(), /^rhetoric: cannot create output folder .*afile.*: .*afile is a file, not a folder\n$/);
});

test('a broken link to a text file is reported as a document that could not be read, not left out unnoticed', async (t) => {
  const dir = tempCorpus();
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
  const io = captureIO(dir);
  t.is(await main(['analyze', '.', '--out', 'out', '--name', 'run', '--format', 'csv'], io), 1);
  t.regex(io.err(), /skipped dangling\.txt/);
  t.regex(io.out(), /^dangling\.txt,/m);
});

test('a report written into the corpus folder itself is not read as documents by the next run', async (t) => {
  const parent = mkdtempSync(join(tmpdir(), 'rl-corpus-self-'));
  const dir = join(parent, 'texts');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(dir, name), text);
  t.is(await main(['analyze', 'texts', '--out', '.', '--name', 'texts'], captureIO(parent)), 0);
  t.true(existsSync(join(dir, 'overview.md')));
  const io = captureIO(parent);
  t.is(await main(['analyze', 'texts', '--out', 'out', '--format', 'csv'], io), 0, io.err());
  t.deepEqual(io.out().trim().split('\n').slice(1).map((l) => l.split(',')[0]), Object.keys(TEXTS).sort());
});

test('--against gives the percentile columns even when no document could be read', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-corpus-none-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'dots.txt'), '...\n');
  const io = captureIO(dir);
  t.is(await main(['analyze', '.', '--out', 'out', '--against', 'sotu', '--format', 'csv'], io), 1);
  t.true(io.out().split('\n')[0].endsWith(',call_to_action_percentile,error'), io.out().split('\n')[0]);
});
