// compare carries each text's title, author or speaker and year from a MANIFEST.tsv (or its own title and file name) into
// compare.json, compare.md, the charts' tooltips and the terminal.

import test from 'ava';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import { compareResults, type Comparison } from '../src/compare/model.js';
import { documentMetadata, documentYear } from '../src/corpus/manifest.js';
import { renderCompareMarkdown } from '../src/report/compare/compare-md.js';
import { UsageError } from '../src/util/errors.js';
import { captureIO } from './helpers/io.js';

const HARBOUR = 'We must rebuild the harbour wall before winter. Join us at the quay on Monday!\n';
const ORCHARD = 'The orchard was quiet in October. The pickers went home early and the press stood still.\n';
const MILL = '# Notes from the Mill\n\nThe mill wheel turned slowly all summer. Nobody complained about the noise.\n';

/** A corpus folder with a MANIFEST.tsv one level up that lists two of the three texts (invented titles and speakers). */
function corpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'rl-compare-meta-'));
  mkdirSync(join(root, 'speeches'));
  writeFileSync(join(root, 'speeches', 'harbour.txt'), HARBOUR);
  writeFileSync(join(root, 'speeches', 'orchard.txt'), ORCHARD);
  writeFileSync(join(root, 'speeches', '1931-mill.md'), MILL);
  writeFileSync(
    join(root, 'MANIFEST.tsv'),
    'path\ttitle\tauthor/speaker\tyear\n' +
      'speeches/harbour.txt\tAddress on the Harbour Wall\tMarta Quayle\t1952\n' +
      'speeches/orchard.txt\tAn Autumn Letter\tIvo Brennan\t1907-10-02\n',
  );
  return root;
}

test('documentMetadata reads a file\'s MANIFEST.tsv row (title, author or speaker, year), else the year its name starts with', (t) => {
  const root = corpus();
  t.deepEqual(documentMetadata(join(root, 'speeches', 'harbour.txt')), { title: 'Address on the Harbour Wall', author: 'Marta Quayle', year: 1952 });
  t.deepEqual(documentMetadata(join(root, 'speeches', 'orchard.txt')), { title: 'An Autumn Letter', author: 'Ivo Brennan', year: 1907 });
  t.deepEqual(documentMetadata(join(root, 'speeches', '1931-mill.md')), { year: 1931 });
  t.is(documentYear(join(root, 'speeches', 'harbour.txt')), 1952);
  t.throws(() => documentMetadata(42 as unknown as string), { instanceOf: UsageError });
});

test('compare.json, compare.md, the terminal and the charts name each text\'s title and speaker; an unlisted file keeps its own title', async (t) => {
  const root = corpus();
  const io = captureIO(join(root, 'speeches'));
  t.is(await main(['compare', 'harbour.txt', 'orchard.txt', '1931-mill.md', '--out', '../out', '--name', 'three', '--no-config'], io), 0, io.err());
  const out = join(root, 'out', 'three');
  const c = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8')) as Comparison;
  t.deepEqual(
    c.texts.map((x) => [x.name, x.title, x.author, x.year]),
    [
      ['harbour.txt', 'Address on the Harbour Wall', 'Marta Quayle', 1952],
      ['orchard.txt', 'An Autumn Letter', 'Ivo Brennan', 1907],
      ['1931-mill.md', 'Notes from the Mill', null, 1931],
    ],
  );
  const md = readFileSync(join(out, 'compare.md'), 'utf8');
  t.regex(md, /## Texts\n\n\| Text \| Title \| Author or speaker \| Year \|\n\|---\|---\|---\|---:\|\n/);
  t.regex(md, /^\| harbour\.txt \| Address on the Harbour Wall \| Marta Quayle \| 1952 \|$/m);
  t.regex(md, /^\| 1931-mill\.md \| Notes from the Mill \| — \| 1931 \|$/m);
  t.regex(io.out(), /^key words of harbour\.txt \(Address on the Harbour Wall, Marta Quayle, 1952\): /m);
  t.regex(io.out(), /^key words of 1931-mill\.md \(Notes from the Mill, 1931\): /m);
  t.regex(readFileSync(join(out, 'compare.svg'), 'utf8'), /<title>orchard\.txt \(An Autumn Letter, Ivo Brennan, 1907\): /);
  t.regex(readFileSync(join(out, 'sentiment-arcs.svg'), 'utf8'), /<path [^>]*data-text="0"[^>]*>\n<title>harbour\.txt \(Address on the Harbour Wall, Marta Quayle, 1952\)<\/title><\/path>/);
});

test('texts without a manifest row, heading or dated name get no texts table: there is nothing to say beyond their names', (t) => {
  const c = compareResults([analyze(HARBOUR, { name: 'a.txt' }), analyze(ORCHARD, { name: 'b.txt' })]);
  t.deepEqual(c.texts.map((x) => [x.title, x.author, x.year]), [['a.txt', null, null], ['b.txt', null, null]]);
  t.false(renderCompareMarkdown(c).includes('## Texts'));
  // A year alone is worth a table: the reader learns when each text is from.
  const dated = compareResults([analyze(HARBOUR, { name: '1950-a.txt', year: 1950 }), analyze(ORCHARD, { name: 'b.txt' })]);
  t.regex(renderCompareMarkdown(dated), /## Texts\n\n\| Text \| Year \|\n\|---\|---:\|\n\| 1950-a\.txt \| 1950 \|\n\| b\.txt \| — \|\n/);
});

test('compareResults refuses metadata that is no list of {title, author} strings, one per result', (t) => {
  const results = [analyze(HARBOUR, { name: 'a.txt' }), analyze(ORCHARD, { name: 'b.txt' })];
  t.is(compareResults(results, { metadata: [undefined, { author: 'Ivo Brennan' }] }).texts[1].author, 'Ivo Brennan');
  for (const metadata of ['Ivo', [{ title: 3 }], [{}, {}, {}], [null]]) {
    t.throws(() => compareResults(results, { metadata } as never), { instanceOf: UsageError, message: /^compareResults\(\): options\.metadata/ }, JSON.stringify(metadata));
  }
});
