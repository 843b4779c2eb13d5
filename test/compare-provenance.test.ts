// What a researcher needs to cite a comparison: tool, settings, reference norms, each text's SHA-256 and the divisor of each
// difference in compare.json; --min-g2 for a stricter keyness threshold; every text named at a tied end of the summary.

import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import { compareResults, type Comparison } from '../src/compare/model.js';
import { textDigest } from '../src/compare/norms.js';
import { captureIO } from './helpers/io.js';

const FIERY = 'Down with the bosses! Join us! We must organise every factory. The workers demand justice. The workers will not wait. The workers will march. The workers will win. The workers know it.\n';
const CALM = 'The harbour board met on Tuesday to review the budget for the coming year. The meeting closed at noon.\n';
const DULL = 'The weather was mild on Wednesday. The library opened its new reading room in the afternoon.\n';
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

function texts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-compare-prov-'));
  writeFileSync(join(dir, 'fiery.txt'), FIERY);
  writeFileSync(join(dir, 'calm.txt'), CALM);
  writeFileSync(join(dir, 'dull.txt'), DULL);
  return dir;
}

test('compare.json says which tool, settings and reference made it, and which texts (by SHA-256) it compares', async (t) => {
  const dir = texts();
  const io = captureIO(dir);
  t.is(await main(['compare', 'fiery.txt', 'calm.txt', '--out', 'out', '--format', 'json', '--section-words', '120', '--no-config'], io), 0, io.err());
  const c = JSON.parse(io.out()) as Comparison;
  t.deepEqual(c.provenance.tool, { name: PACKAGE.name, version: PACKAGE.version });
  t.is(c.provenance.settings?.sectionWords, 120);
  t.is(c.provenance.reference?.collection, 'all');
  t.is(c.provenance.reference?.file, 'lexicons/norms.json');
  const norms = JSON.parse(readFileSync(new URL('../lexicons/norms.json', import.meta.url), 'utf8')) as { generated: string };
  t.is(c.provenance.reference?.generated, norms.generated);
  t.deepEqual(c.texts.map((x) => x.sha256), [textDigest(FIERY), textDigest(CALM)]);
  for (const d of c.differences) {
    t.true(d.divisor >= 0, d.device);
    if (d.divisor > 0) t.true(Math.abs(d.relative * d.divisor - d.spread) < 1e-3 * Math.max(1, d.spread), `${d.device}: relative is the spread over the divisor`);
  }
  t.regex(readFileSync(join(dir, 'out/compare-fiery-calm/compare.md'), 'utf8'), new RegExp(`Made by ${PACKAGE.name} ${PACKAGE.version.replace(/\./g, '\\.')}`));
});

test('--min-g2 sets the keyness threshold; a bad value is a usage error', async (t) => {
  const dir = texts();
  const lenient = captureIO(dir);
  t.is(await main(['compare', 'fiery.txt', 'calm.txt', '--out', 'out', '--format', 'json', '--min-frequency', '2', '--no-config'], lenient), 0, lenient.err());
  const before = JSON.parse(lenient.out()) as Comparison;
  t.true(before.texts[0].keyWords.length > 0, 'some key word at the default threshold');
  const top = Math.max(...before.texts.flatMap((x) => [...x.keyWords, ...x.keyPairs].map((k) => k.g2)));
  const strict = captureIO(dir);
  t.is(await main(['compare', 'fiery.txt', 'calm.txt', '--out', 'out', '--format', 'json', '--min-frequency', '2', '--min-g2', String(top + 1), '--no-config'], strict), 0, strict.err());
  const after = JSON.parse(strict.out()) as Comparison;
  t.is(after.keyness.minG2, top + 1);
  t.true(after.texts.every((x) => x.keyWords.length === 0 && x.keyPairs.length === 0));
  const bad = captureIO(dir);
  t.is(await main(['compare', 'fiery.txt', 'calm.txt', '--out', 'out', '--min-g2', '-1'], bad), 2);
  t.regex(bad.err(), /--min-g2/);
});

test('the summary names every text at the low end when several tie there', (t) => {
  const c = compareResults([analyze(FIERY, { name: 'fiery.txt' }), analyze(CALM, { name: 'calm.txt' }), analyze(DULL, { name: 'dull.txt' })]);
  const top = c.differences.find((d) => d.spread > 0)!;
  const low = c.texts[top.lowest].scores[top.device];
  const tied = c.texts.filter((x) => x.scores[top.device] === low);
  t.true(tied.length > 1, 'the two quiet texts tie at the low end of the largest difference');
  const first = c.summary.split('). ')[0];
  for (const x of tied) t.true(first.includes(x.name), `${x.name} named in "${first}"`);
});
