// A report folder that several commands write into: each removes only the files its own earlier runs wrote there.

import test, { type ExecutionContext } from 'ava';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { MANIFEST_FILE, writeReportFiles } from '../src/report/write.js';
import { listFiles } from './helpers/files.js';
import { captureIO } from './helpers/io.js';

const SPEECH = '# The bridge\n\nWe will build the bridge together. Down with the tolls!\n\n# The town\n\nJoin us at the town hall on Monday. They took our jobs, and we must stand up now.\n';
const OTHER = 'They took our jobs and our homes. We must stand up now. The workers will win this fight.\n';

const ANALYZE = ['overview.svg', 'report.json', 'report.md', 'sections/01-the-bridge.svg', 'sections/02-the-town.svg', 'sentiment-arc.svg'];
const COMPARE = ['compare.json', 'compare.md', 'compare.svg', 'sentiment-arcs.svg'];
const WORKSHEET = ['answers.html', 'answers.md', 'worksheet.html', 'worksheet.md'];
const CORPUS = ['overview.md', 'summary.csv', 'summary.json'];

/** A temporary folder holding speech.md, other.txt and a folder of both (texts/), and a runner of the CLI there. */
function setup(t: ExecutionContext) {
  const cwd = mkdtempSync(join(tmpdir(), 'rl-shared-'));
  t.teardown(() => rmSync(cwd, { recursive: true, force: true }));
  writeFileSync(join(cwd, 'speech.md'), SPEECH);
  writeFileSync(join(cwd, 'other.txt'), OTHER);
  mkdirSync(join(cwd, 'texts'));
  writeFileSync(join(cwd, 'texts', 'a.md'), SPEECH);
  writeFileSync(join(cwd, 'texts', 'b.txt'), OTHER);
  const run = async (...argv: string[]) => {
    const io = captureIO(cwd);
    t.is(await main([...argv, '--out', 'out', '--quiet'], io), 0, io.err());
  };
  const dir = join(cwd, 'out', 'speech');
  return { cwd, dir, run, files: () => listFiles(dir).filter((f) => f !== MANIFEST_FILE) };
}

const sorted = (...lists: string[][]) => lists.flat().sort();

test('analyze, compare, a folder run and worksheet share a report folder, and no run removes what another wrote', async (t) => {
  const { dir, run, files } = setup(t);
  await run('analyze', 'speech.md');
  t.deepEqual(files(), ANALYZE);
  await run('compare', 'speech.md', 'other.txt', '--name', 'speech');
  t.deepEqual(files(), sorted(ANALYZE, COMPARE), 'compare keeps the report');
  await run('analyze', 'speech.md');
  t.deepEqual(files(), sorted(ANALYZE, COMPARE), 'analyze keeps the comparison');
  await run('worksheet', 'speech.md', '--count', '2');
  await run('analyze', 'texts', '--name', 'speech', '--jobs', '1');
  t.deepEqual(files(), sorted(ANALYZE, COMPARE, WORKSHEET, CORPUS));
  await run('compare', 'speech.md', 'other.txt', '--name', 'speech');
  await run('analyze', 'speech.md');
  await run('worksheet', 'speech.md', '--count', '2');
  t.deepEqual(files(), sorted(ANALYZE, COMPARE, WORKSHEET, CORPUS), 'every kind of run kept the others’ files');
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { files: Record<string, string[]> };
  t.deepEqual(manifest.files, { analyze: ANALYZE, compare: COMPARE, corpus: CORPUS, worksheet: WORKSHEET });
});

test('each kind of run still removes the files its own earlier run wrote and this one does not', async (t) => {
  const { dir, run, files } = setup(t);
  await run('analyze', 'speech.md', '--format', 'all');
  await run('compare', 'speech.md', 'other.txt', '--name', 'speech');
  t.true(files().includes('report.html'));
  // A file the last comparison listed that this version's comparison no longer writes.
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { files: Record<string, string[]> };
  manifest.files.compare.push('old-compare.svg');
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
  writeFileSync(join(dir, 'old-compare.svg'), '<svg/>');
  writeFileSync(join(dir, 'sections', '09-gone.svg'), '<svg/>');
  await run('analyze', 'speech.md');
  t.deepEqual(files(), sorted(ANALYZE, COMPARE, ['old-compare.svg']), 'report.html and the gone section chart are removed, the comparison’s file is not');
  await run('compare', 'speech.md', 'other.txt', '--name', 'speech');
  t.deepEqual(files(), sorted(ANALYZE, COMPARE), 'the comparison removes its own old file');
});

test('a manifest of an older version (one list, of the last run) counts as the files of the kind of run it shows', async (t) => {
  const { dir, run, files } = setup(t);
  await run('analyze', 'speech.md');
  await run('compare', 'speech.md', 'other.txt', '--name', 'speech');
  const legacy = (list: string[]) => writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify({ generator: 'rhetoric-lens', files: list.sort() }, null, 2)}\n`);

  // As an older analyze left it, with a chart this version does not write.
  writeFileSync(join(dir, 'old-chart.svg'), '<svg/>');
  legacy([...ANALYZE, 'old-chart.svg']);
  await run('compare', 'speech.md', 'other.txt', '--name', 'speech');
  t.deepEqual(files(), sorted(ANALYZE, COMPARE, ['old-chart.svg']), 'the comparison leaves the older report alone');
  await run('analyze', 'speech.md');
  t.deepEqual(files(), sorted(ANALYZE, COMPARE), 'analyze removes the older report’s stale chart');

  // As an older compare left it: its list is the comparison's, so analyze keeps it.
  writeFileSync(join(dir, 'old-compare.svg'), '<svg/>');
  legacy([...COMPARE, 'old-compare.svg']);
  await run('analyze', 'speech.md');
  t.deepEqual(files(), sorted(ANALYZE, COMPARE, ['old-compare.svg']));
  await run('compare', 'speech.md', 'other.txt', '--name', 'speech');
  t.deepEqual(files(), sorted(ANALYZE, COMPARE));

  // A list that shows no kind of run is nobody's: its files stay.
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  legacy(['notes.txt', ...COMPARE]);
  legacy(['notes.txt']);
  await run('analyze', 'speech.md');
  await run('compare', 'speech.md', 'other.txt', '--name', 'speech');
  t.true(existsSync(join(dir, 'notes.txt')));
});

test('a worksheet folder is a report folder: a folder run over the texts does not read the worksheet as a document', async (t) => {
  const { cwd } = setup(t);
  const io = captureIO(cwd);
  t.is(await main(['worksheet', 'texts/a.md', '--count', '2', '--out', 'texts/sheets', '--quiet'], io), 0, io.err());
  t.true(existsSync(join(cwd, 'texts', 'sheets', 'a', 'worksheet.md')));
  t.is(await main(['analyze', 'texts', '--out', 'out', '--jobs', '1', '--format', 'json', '--quiet'], io), 0, io.err());
  const summary = JSON.parse(readFileSync(join(cwd, 'out', 'texts', 'summary.json'), 'utf8')) as { rows: { file: string }[] };
  t.deepEqual(summary.rows.map((r) => r.file), ['a.md', 'b.txt']);
});

test('writeReportFiles: a file one kind writes over becomes its own, and is removed only when that kind no longer writes it', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-kinds-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const f = (...paths: string[]) => paths.map((path) => ({ path, contents: `${path}\n` }));
  writeReportFiles(dir, f('a.txt', 'shared.txt'), 'one');
  writeReportFiles(dir, f('b.txt', 'shared.txt'), 'two');
  writeReportFiles(dir, f('a.txt'), 'one');
  t.deepEqual(listFiles(dir), [MANIFEST_FILE, 'a.txt', 'b.txt', 'shared.txt'], 'shared.txt is the second kind’s now');
  writeReportFiles(dir, f('b.txt'), 'two');
  t.deepEqual(listFiles(dir), [MANIFEST_FILE, 'a.txt', 'b.txt']);
  // Section charts named like a report's are swept only by analyze, and not when another kind listed them.
  mkdirSync(join(dir, 'sections'));
  writeReportFiles(dir, f('sections/01-theirs.svg'), 'two');
  writeFileSync(join(dir, 'sections', '02-stray.svg'), '<svg/>');
  writeReportFiles(dir, f('c.txt'), 'three');
  t.true(existsSync(join(dir, 'sections', '02-stray.svg')), 'only analyze sweeps section charts');
  writeReportFiles(dir, f('report.md'));
  t.true(existsSync(join(dir, 'sections', '01-theirs.svg')), 'listed by another kind');
  t.false(existsSync(join(dir, 'sections', '02-stray.svg')), 'named like a chart of an earlier report');
});

test('writeReportFiles takes a kind of run as a name, before touching the disk', (t) => {
  const dir = join(mkdtempSync(join(tmpdir(), 'rl-kinds-')), 'r');
  t.teardown(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
  for (const bad of ['', 'Analyze', '../x', '__proto__', 5, null]) {
    t.throws(() => writeReportFiles(dir, [{ path: 'x.md', contents: 'x' }], bad as string), {
      message: /^writeReportFiles\(\): kind must be the name of what writes the report, such as "analyze" or "compare" \(lower-case letters, digits and dashes\), not /,
    });
  }
  t.false(existsSync(dir));
});
