// Corpus files a researcher cites: summary.json says which tool made it and which collection the percentiles rank in; each row
// carries its text's SHA-256; the overview never names an arbitrary few of many documents tied at the top or bottom.

import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { textDigest } from '../src/compare/norms.js';
import type { SummaryRow } from '../src/corpus/summary.js';
import { renderOverviewMarkdown } from '../src/report/compare/overview-md.js';
import type { DeviceInfo } from '../src/result.js';
import { captureIO } from './helpers/io.js';

const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
const TEXTS: Record<string, string> = {
  '1990-first.txt': 'Down with tyranny! We must act now. Join us in the struggle for justice.\n',
  '2000-second.txt': 'The committee met on Tuesday. It reviewed the budget and adjourned at noon.\n',
};

test('summary.json names the tool and the collection of the percentiles; each row has its text\'s SHA-256', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-corpus-prov-'));
  for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(dir, name), text);
  const io = captureIO(dir);
  t.is(await main(['analyze', '.', '--out', 'out', '--against', 'sotu', '--format', 'json', '--no-config'], io), 0, io.err());
  const summary = JSON.parse(io.out()) as { tool: unknown; against?: { collection: string; label: string; percentileDefinition: string }; rows: SummaryRow[] };
  t.deepEqual(summary.tool, { name: PACKAGE.name, version: PACKAGE.version });
  t.is(summary.against?.collection, 'sotu');
  t.regex(summary.against?.percentileDefinition ?? '', /half the share/);
  t.deepEqual(summary.rows.map((r) => r.sha256), Object.values(TEXTS).map(textDigest));

  const plain = captureIO(dir);
  t.is(await main(['analyze', '.', '--out', 'out', '--format', 'json', '--no-config'], plain), 0, plain.err());
  t.is((JSON.parse(plain.out()) as { against?: unknown }).against, undefined, 'no collection without --against');
});

const DEVICE: DeviceInfo = { id: 'x', title: 'Slogans', description: 'x', score: { label: 'per 1,000 words', definition: 'x', min: 0, max: null, digits: 2 } };

function row(file: string, score: number): SummaryRow {
  return { file, title: file, author: null, year: null, words: 100, sections: 1, sentences: 5, scores: { x: score } };
}

test('the overview says how many documents tie at an end instead of naming three of them', (t) => {
  const rows = [row('a', 5), row('b', 2), row('c', 0), row('d', 0), row('e', 0), row('f', 0)];
  const md = renderOverviewMarkdown('tiny', rows, [DEVICE], { trends: false });
  const lowest = /- Lowest: (.*)\n/.exec(md)?.[1] ?? '';
  const zeros = rows.filter((r) => r.scores.x === 0);
  for (const r of zeros) t.false(new RegExp(`\\b${r.file}\\b`).test(lowest), `${r.file} is not singled out: "${lowest}"`);
  t.true(lowest.includes(`${zeros.length} documents at 0.00`), lowest);
  const highest = /- Highest: (.*)\n/.exec(md)?.[1] ?? '';
  t.true(highest.startsWith('a 5.00; b 2.00; '), highest);
  t.true(highest.includes(`${zeros.length} documents at 0.00`), 'the third place is shared by the four at 0');

  // No tie across the cut: three names, as before.
  const distinct = renderOverviewMarkdown('tiny', [row('a', 4), row('b', 3), row('c', 2), row('d', 1), row('e', 0), row('f', -1)], [DEVICE], { trends: false });
  t.regex(distinct, /- Highest: a 4\.00; b 3\.00; c 2\.00\.\n- Lowest: f -1\.00; e 0\.00; d 1\.00\./);
});

test('the overview never names a document among the highest and the lowest at once: each end names at most half of them', (t) => {
  const ends = (rows: SummaryRow[]) => {
    const md = renderOverviewMarkdown('tiny', rows, [DEVICE], { trends: false });
    return [/- Highest: (.*)\.\n/.exec(md)?.[1], /- Lowest: (.*)\.\n/.exec(md)?.[1]];
  };
  // Of two documents the old overview listed both as highest and both again as lowest, the lower one first among "Highest".
  t.deepEqual(ends([row('a', 1), row('b', 3)]), ['b 3.00', 'a 1.00']);
  t.deepEqual(ends([row('a', 3), row('b', 2), row('c', 1), row('d', 0)]), ['a 3.00; b 2.00', 'd 0.00; c 1.00']);
  // Of five, two at each end; the middle one is in neither list.
  t.deepEqual(ends([row('a', 5), row('b', 4), row('c', 3), row('d', 2), row('e', 1)]), ['a 5.00; b 4.00', 'e 1.00; d 2.00']);
  // Of three with two tied at the bottom: they are counted, not one of them named.
  t.deepEqual(ends([row('a', 0), row('b', 2), row('c', 0)]), ['b 2.00', '2 documents at 0.00']);
});

test('the overview names documents tied at the lowest score in file order, as it does at the highest', (t) => {
  const rows = [row('a', 0), row('b', 0), row('c', 0), row('d', 2), row('e', 3), row('f', 4)];
  const md = renderOverviewMarkdown('tiny', rows, [DEVICE], { trends: false });
  // Reversing the highest-first ranking gave "c 0.00; b 0.00; a 0.00".
  t.regex(md, /- Lowest: a 0\.00; b 0\.00; c 0\.00\./);
  t.regex(md, /- Highest: f 4\.00; e 3\.00; d 2\.00\./);
});

test('the overview\'s table of documents writes counts with thousands separators, as report.md does', (t) => {
  const md = renderOverviewMarkdown('tiny', [{ ...row('long', 1), words: 12345 }, row('short', 0)], [DEVICE], { trends: false });
  t.regex(md, /\| long \| {2}\| 12,345 \| 1 \|/);
});

test('the overview prints the median percentile rank with one decimal, as every percentile rank is printed', (t) => {
  const ranked = (file: string, score: number, percentile: number): SummaryRow => ({ ...row(file, score), percentiles: { x: percentile } });
  const md = renderOverviewMarkdown('tiny', [ranked('a', 9, 99.7), ranked('b', 8, 99.7), ranked('c', 1, 40.25)], [DEVICE], { trends: false, against: { collection: 'sotu', label: 'State of the Union addresses' } });
  // The old table rounded to whole numbers: 99.7 read "100", which says above every document of the collection.
  t.regex(md, /\| Slogans \| 99\.7 \| 2 of 3 \|/);
  const even = renderOverviewMarkdown('tiny', [ranked('a', 9, 60.2), ranked('b', 1, 41.2)], [DEVICE], { trends: false, against: { collection: 'sotu', label: 'State of the Union addresses' } });
  t.regex(even, /\| Slogans \| 50\.7 \| 1 of 2 \|/, 'the mean of the two middle ranks, 50.7, not 51');
});
