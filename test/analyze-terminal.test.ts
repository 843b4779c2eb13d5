// The table `rhetoric analyze FILE` prints fits the terminal (80 columns when there is none), laid out by the same code
// as compare's: device titles wrap, a section title is shortened before any number is, and no line is wider.

import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import { fixed, signed } from '../src/report/charts/kit.js';
import { renderSummary } from '../src/report/summary.js';
import type { AnalysisResult } from '../src/result.js';
import { thousands } from '../src/util/plural.js';
import { captureIO } from './helpers/io.js';

/** An invented address in five sections, some with long headings. */
const ADDRESS = [
  '# What the river board has done to the lower valley since the spring floods',
  'They have taken our bridge and their greed is a disgrace. The board sold the ferry and raised the toll twice.',
  '# Down by the mill',
  'Down with the toll! We must stand together, as our grandparents stood together in the hungry winter of 1889.',
  '# A quiet report on the cider harvest and the orchard accounts of the season',
  'The orchard committee met on Tuesday. It reviewed the cider budget and adjourned at noon.',
  '# What we must do',
  'Join us at the mill gate on Monday! Bring your neighbours. Let us rebuild the bridge ourselves.',
  '# The road ahead',
  'The valley will be ours again. We will not be silent.',
].join('\n\n');

function address(): AnalysisResult {
  return analyze(ADDRESS, { name: 'valley.md' });
}

/** Each row's cells as the table must print them: words, then every device score, none cut. */
function cells(r: AnalysisResult): string[][] {
  const score = (id: string, x: number | undefined) => {
    const d = r.devices.find((e) => e.id === id)!;
    return x === undefined ? 'n/a' : d.score.min < 0 ? signed(x, d.score.digits) : fixed(x, d.score.digits);
  };
  return [
    ...r.sections.map((s) => [thousands(s.words), ...r.devices.map((d) => score(d.id, s.scores[d.id]?.score))]),
    [thousands(r.source.words), ...r.devices.map((d) => score(d.id, r.document[d.id]?.score))],
  ];
}

/** The table's rows: the lines that start with a section number or name the whole document. */
function rows(out: string): string[] {
  return out.split('\n').filter((l) => /^\d+ {2}|^ +Whole document/.test(l));
}

test('at 80 columns every line fits, each section keeps its number and every number of its row', (t) => {
  const r = address();
  const out = renderSummary(r, undefined, 80);
  t.deepEqual(out.split('\n').filter((l) => Array.from(l).length > 80), [], 'no line wider than 80');
  const table = rows(out);
  t.is(table.length, r.sections.length + 1, 'one block: each row once');
  table.forEach((line, i) => {
    const numbers = line.trim().split(/\s+/).slice(-cells(r)[i].length);
    t.deepEqual(numbers, cells(r)[i], `row ${i + 1}: words and scores whole, in order`);
    if (i < r.sections.length) t.true(line.startsWith(`${i + 1}  `), `row ${i + 1} keeps its number`);
  });
  t.true(table[0].includes('…'), 'a long title is shortened');
  for (const d of r.devices) for (const word of d.title.split(' ')) t.true(out.split('\n').slice(3, 6).some((l) => l.includes(word)), `the header names ${d.title}`);
  t.regex(out, /^Calls to action: calls per 1,000 words$/m, 'the legend comes a device or two to a line');
});

test('at 120 columns the section titles show as far as 34 characters, and the legend wraps too', (t) => {
  const r = address();
  const out = renderSummary(r, undefined, 120);
  t.deepEqual(out.split('\n').filter((l) => Array.from(l).length > 120), [], 'no line wider than 120');
  const table = rows(out);
  t.is(table.length, r.sections.length + 1);
  t.true(table[1].startsWith('2  Down by the mill '), table[1]);
  t.true(table[0].startsWith('1  What the river board has done to…'), table[0]);
  table.forEach((line, i) => t.deepEqual(line.trim().split(/\s+/).slice(-cells(r)[i].length), cells(r)[i]));
});

test('rhetoric analyze FILE prints its table for the terminal\'s width, and for 80 columns when it writes to no terminal', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-analyze-width-'));
  writeFileSync(join(dir, 'valley.md'), `${ADDRESS}\n`);
  const widest = async (columns?: number) => {
    // No colour, whose escape codes take no columns on a terminal but would be counted here.
    const io = { ...captureIO(dir, '', { NO_COLOR: '1' }), ...(columns ? { stdoutIsTTY: true, stdoutColumns: columns } : {}) };
    t.is(await main(['analyze', 'valley.md', '--out', 'out', '--no-config'], io), 0, io.err());
    return Math.max(...io.out().split('\n').map((l) => Array.from(l).length));
  };
  t.true((await widest()) <= 80);
  t.true((await widest(120)) <= 120);
  t.true((await widest(120)) > 80, 'a wider terminal gets a wider table');
  t.true((await widest(60)) <= 60);
});
