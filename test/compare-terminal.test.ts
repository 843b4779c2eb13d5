// The comparison's terminal table fits the terminal (80 columns when there is none) however many texts it has, and never
// cuts a number: past a few texts each text is a row, and devices that do not fit come in blocks with the names again.

import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import { compareResults, type Comparison } from '../src/compare/model.js';
import { fixed, signed } from '../src/report/charts/kit.js';
import { compareTerminalTable } from '../src/report/compare/terminal.js';
import type { AnalysisResult } from '../src/result.js';
import { thousands } from '../src/util/plural.js';
import { captureIO } from './helpers/io.js';

const TEXTS = [
  'We must rebuild the harbour wall before winter. Join us at the quay on Monday! Down with the toll barons!',
  'The orchard was quiet in October. The pickers went home early and the press stood still.',
  'They have taken our bridge and their greed is a disgrace. We will not be silent. Forward to the square!',
  'Like the weavers of 1848, we stand together. Let us march as our grandparents marched.',
];

/** Twenty results of four invented texts, each under its own long dated file name. */
function twenty(): Comparison {
  const results = TEXTS.map((text, i) => analyze(text.repeat(1 + i), { name: `x.txt` }));
  return compareResults(Array.from({ length: 20 }, (_, i): AnalysisResult => {
    const r = results[i % 4];
    return { ...r, source: { ...r.source, name: `${1901 + 4 * i}-address-to-the-assembly.txt` } };
  }));
}

/** Each cell as the table prints it: every device score and the word count of every text. */
function cells(c: Comparison): string[][] {
  return c.texts.map((t) => [...c.devices.map((d) => (d.score.min < 0 ? signed : fixed)(t.scores[d.id], d.score.digits)), thousands(t.words)]);
}

/** The table part of the output: the lines before the key words. */
function tableOf(out: string): string[] {
  return out.slice(0, out.indexOf('\nkey words of')).split('\n');
}

test('twenty texts fit 80 columns, one row each, with every number whole in its row', (t) => {
  const c = twenty();
  const table = tableOf(compareTerminalTable(c));
  const wide = table.filter((l) => Array.from(l).length > 80);
  t.deepEqual(wide, [], 'no line is wider than 80 columns');
  cells(c).forEach((row, i) => {
    const line = table.find((l) => l.startsWith(`${1901 + 4 * i}-`));
    t.truthy(line, `a row for text ${i + 1}`);
    t.deepEqual(line!.trim().split(/\s+/).slice(1), row, `text ${i + 1}: its scores and words, in device order, none cut`);
  });
  for (const d of c.devices) for (const word of d.title.split(' ')) t.true(table.slice(0, 2).some((l) => l.includes(word)), `the header names ${d.title}`);
  // Two texts fit side by side: one column each, as the table always had.
  const two = tableOf(compareTerminalTable(compareResults([analyze(TEXTS[0], { name: 'harbour.txt' }), analyze(TEXTS[1], { name: 'orchard.txt' })])));
  t.is(two[0], `${' '.repeat(22)}${'harbour'.padStart(16)}${'orchard'.padStart(16)}`);
  t.regex(two[1], /^Sentiment {13}/);
});

test('a narrow terminal gets the devices in blocks, each with every text\'s name again; numbers are never cut', (t) => {
  const c = twenty();
  const table = tableOf(compareTerminalTable(c, 40));
  t.deepEqual(table.filter((l) => Array.from(l).length > 40), []);
  const blocks = table.join('\n').split('\n\n');
  t.true(blocks.length > 1, 'more than one block');
  for (const block of blocks) for (let i = 0; i < 20; i++) t.regex(block, new RegExp(`^${1901 + 4 * i}-`, 'm'), `text ${i + 1} named in every block`);
  // Every number of every text, read back block by block in order.
  const found = c.texts.map(() => [] as string[]);
  for (const block of blocks) {
    for (const line of block.split('\n')) {
      const i = c.texts.findIndex((_, k) => line.startsWith(`${1901 + 4 * k}-`));
      if (i >= 0) found[i].push(...line.trim().split(/\s+/).slice(1));
    }
  }
  t.deepEqual(found, cells(c));
});

test('rhetoric compare lays the table out for the terminal\'s width, and for 80 columns when it writes to no terminal', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-compare-width-'));
  const files = TEXTS.map((text, i) => {
    writeFileSync(join(dir, `speech-${i + 1}.txt`), `${text}\n`);
    return `speech-${i + 1}.txt`;
  });
  const longest = async (columns?: number) => {
    const io = { ...captureIO(dir), ...(columns ? { stdoutIsTTY: true, stdoutColumns: columns } : {}) };
    t.is(await main(['compare', ...files, '--out', 'out', '--no-config'], io), 0, io.err());
    return Math.max(...tableOf(io.out()).map((l) => Array.from(l).length));
  };
  t.true((await longest()) <= 80);
  t.true((await longest(200)) > 80, 'a wide terminal takes four texts side by side');
  t.true((await longest(50)) <= 50);
});
