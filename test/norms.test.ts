// Norms: percentile definitions (quantiles and percentile rank), standing sentences, the norms file and `analyze --against`.

import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { compareWithNorms, describeScores, standingSentence, textDigest, type NormsFile } from '../src/compare/norms.js';
import { quantile, standingOf } from '../src/compare/percentile.js';
import { main } from '../src/cli/main.js';
import { UsageError } from '../src/util/errors.js';
import { captureIO } from './helpers/io.js';
import { CALLS, testNorms } from './helpers/norms.js';
import { sharedPath, sharedTest } from './helpers/shared.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

test('quantile interpolates linearly between order statistics (type 7)', (t) => {
  // Sorted 1, 2, 3, 4 (n = 4). h = (n − 1)·p. p = 0.25: h = 0.75 → 1 + 0.75·(2 − 1) = 1.75.
  t.is(quantile([4, 1, 3, 2], 0.25), 1.75);
  // p = 0.5: h = 1.5 → 2 + 0.5·(3 − 2) = 2.5. p = 0.9: h = 2.7 → 3 + 0.7·(4 − 3) = 3.7 (floating point: within 1e-12).
  t.is(quantile([4, 1, 3, 2], 0.5), 2.5);
  t.true(Math.abs(quantile([4, 1, 3, 2], 0.9) - 3.7) < 1e-12);
  t.is(quantile([4, 1, 3, 2], 0), 1);
  t.is(quantile([4, 1, 3, 2], 1), 4);
  t.is(quantile([7], 0.1), 7);
  t.true(Number.isNaN(quantile([], 0.5)));
  t.throws(() => quantile([1], 1.5));
});

test('percentile rank is the share below plus half the share tied', (t) => {
  const values = [1, 2, 3, 4];
  // 3 among 1, 2, 3, 4: 2 below, 1 equal, 1 above → (2 + 0.5)/4 = 62.5.
  t.deepEqual(standingOf(3, values), { below: 50, above: 25, equal: 25, percentile: 62.5, count: 4 });
  t.is(standingOf(5, values).percentile, 100);
  t.is(standingOf(0, values).percentile, 0);
  t.is(standingOf(2.5, values).percentile, 50);
  // Every document tied: the text stands at the 50th percentile, neither above nor below.
  t.deepEqual(standingOf(0, [0, 0, 0]), { below: 0, above: 0, equal: 100, percentile: 50, count: 3 });
  // Compared at 4 decimals: 0.12344 and 0.1234 are the same score.
  t.is(standingOf(0.12344, [0.1234]).equal, 100);
});

test('the standing sentence names the larger share, rounded down', (t) => {
  const w = { more: 'more calls to action', less: 'fewer calls to action' };
  // 25 documents, 24 below: 96%.
  const values = Array.from({ length: 25 }, (_, i) => i);
  t.is(standingSentence(standingOf(24, values), w, 'inaugural addresses'), 'more calls to action than 96% of inaugural addresses');
  // 1 of 3 below, 2 above → "fewer … than 66%" (66.67 rounded down).
  t.is(standingSentence(standingOf(1, [0, 2, 3]), w, 'speeches'), 'fewer calls to action than 66% of speeches');
  t.is(standingSentence(standingOf(0, [0, 0]), w, 'speeches'), 'the same score as every one of the speeches');
  t.is(standingSentence(standingOf(30, values), w, 'inaugural addresses'), 'more calls to action than all 25 inaugural addresses');
  t.is(standingSentence(standingOf(-1, values), w, 'inaugural addresses'), 'fewer calls to action than all 25 inaugural addresses');
});

test('describeScores records count, mean, quantiles and the sorted values', (t) => {
  const d = describeScores([3, 1, 2, 4]);
  t.deepEqual(d, { count: 4, mean: 2.5, p10: 1.3, p25: 1.75, p50: 2.5, p75: 3.25, p90: 3.7, values: [1, 2, 3, 4] });
});

const DEVICE = CALLS;
const fakeNorms = (): NormsFile => testNorms([1, 2, 3, 4], 100);

test('compareWithNorms places each document score and refuses an unknown collection with a usage error', (t) => {
  const scores = { call_to_action: { score: 3.5, metrics: {}, tallies: {} } };
  const c = compareWithNorms(scores, [DEVICE], fakeNorms(), 'speeches');
  t.is(c.devices.length, 1);
  t.is(c.devices[0].percentile, 75);
  t.is(c.devices[0].sentence, 'more calls to action than 75% of test speeches');
  const err = t.throws(() => compareWithNorms(scores, [DEVICE], fakeNorms(), 'nope'));
  t.true(err instanceof UsageError);
  t.regex(err!.message, /speeches/);
});

/** A tiny corpus with the five collections and a MANIFEST, two documents each. */
function tinyCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-norms-'));
  const rows = ['path\ttitle\tauthor/speaker\tyear\twords'];
  const texts = [
    'We must act now. Join us! Down with tyranny! Our enemies want to take what is ours.',
    'The committee met on Tuesday and reviewed the budget. It adjourned at noon.',
  ];
  for (const c of ['inaugural', 'sotu', 'fdr', 'federalist', 'classics']) {
    mkdirSync(join(dir, c));
    texts.forEach((text, i) => {
      writeFileSync(join(dir, c, `${1900 + i}-doc.txt`), `${text}\n`);
      rows.push(`${c}/${1900 + i}-doc.txt\tDoc ${i}\tNobody\t${1900 + i}\t10`);
    });
  }
  writeFileSync(join(dir, 'MANIFEST.tsv'), `${rows.join('\n')}\n`);
  return dir;
}

test('npm run norms writes every collection and "all", and the same file twice, on one thread or two', (t) => {
  const corpus = tinyCorpus();
  const run = (out: string, jobs: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/norms.ts'), corpus, '--out', out, '--date', '2001-02-03', '--jobs', jobs], { cwd: ROOT, encoding: 'utf8' });
  const a = join(corpus, 'a.json');
  const b = join(corpus, 'b.json');
  const r1 = run(a, '1');
  t.is(r1.status, 0, r1.stderr);
  const r2 = run(b, '2');
  t.is(r2.status, 0, r2.stderr);
  t.regex(r2.stderr, /2 worker threads/);
  t.is(readFileSync(a, 'utf8'), readFileSync(b, 'utf8'));
  const norms = JSON.parse(readFileSync(a, 'utf8')) as NormsFile;
  t.is(norms.generated, '2001-02-03');
  t.deepEqual(Object.keys(norms.collections), ['inaugural', 'sotu', 'fdr', 'federalist', 'classics', 'all']);
  t.is(norms.collections.all.documents, 10);
  // Every document is listed with its text's SHA-256 and its scores, which are the values of its collection.
  t.is(norms.documents?.length, 10);
  for (const doc of norms.documents ?? []) {
    t.is(doc.sha256, textDigest(readFileSync(join(corpus, doc.file), 'utf8')), doc.file);
  }
  for (const [name, c] of Object.entries(norms.collections)) {
    const members = (norms.documents ?? []).filter((doc) => name === 'all' || doc.collection === name);
    for (const [device, d] of Object.entries(c.devices)) t.deepEqual(members.map((m) => m.scores[device]).sort((x, y) => x - y), d.values, `${name} ${device}`);
  }
  for (const c of Object.values(norms.collections)) {
    for (const d of Object.values(c.devices)) {
      t.is(d.values.length, c.documents);
      t.true(d.p10 <= d.p25 && d.p25 <= d.p50 && d.p50 <= d.p75 && d.p75 <= d.p90);
    }
  }
});

test('analyze --against writes norms.md, norms.svg and a section of report.md, and prints the standing', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-against-'));
  writeFileSync(join(dir, 'speech.txt'), 'We must act now. Join us! Down with tyranny! Our enemies want to take what is ours. Forward to victory!\n');
  const io = captureIO(dir);
  const code = await main(['analyze', 'speech.txt', '--against', 'inaugural', '--out', 'out'], io);
  t.is(code, 0, io.err());
  t.regex(io.out(), /Against US presidential inaugural addresses/);
  t.regex(io.out(), /than \d+% of US presidential inaugural addresses/);
  const report = readFileSync(join(dir, 'out/speech/report.md'), 'utf8');
  t.regex(report, /## Against US presidential inaugural addresses/);
  t.regex(readFileSync(join(dir, 'out/speech/norms.md'), 'utf8'), /\| Calls to action \|/);
  const svg = readFileSync(join(dir, 'out/speech/norms.svg'), 'utf8');
  t.is(XMLValidator.validate(svg), true);
  t.regex(svg, /<title[^>]*>[^<]+<\/title>/);
  t.regex(svg, /<desc[^>]*>[^<]+<\/desc>/);

  const bad = captureIO(dir);
  t.is(await main(['analyze', 'speech.txt', '--against', 'nowhere', '--out', 'out'], bad), 2);
  t.regex(bad.err(), /unknown collection "nowhere"/);
});

sharedTest('lexicons/norms.json covers the five collections with the MANIFEST counts', (t) => {
  const norms = JSON.parse(readFileSync(join(ROOT, 'lexicons/norms.json'), 'utf8')) as NormsFile;
  const manifest = readFileSync(sharedPath('corpus/MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  for (const c of ['inaugural', 'sotu', 'fdr', 'federalist', 'classics']) {
    const expected = manifest.filter((l) => l.startsWith(`${c}/`)).length;
    t.is(norms.collections[c]?.documents, expected, c);
  }
  t.is(norms.collections.all.documents, manifest.filter((l) => !l.startsWith('seed/')).length);
  t.true(existsSync(join(ROOT, 'lexicons/norms.json')));
});
