// CSV output opened in a spreadsheet: a title taken from the text never runs as a formula, in either CSV the CLI writes.

import test from 'ava';
import { analyze } from '../src/analyze.js';
import { renderScoresCsv } from '../src/report/csv.js';
import { renderSummaryCsv } from '../src/report/compare/summary-files.js';
import { spreadsheetSafe } from '../src/util/escape.js';

const TEXT = ['# =HYPERLINK("http://example.com","open me")', '', 'We must act now.', '', '## @SUM(A1:A9)', '', 'The committee met on Tuesday.', ''].join('\n');

/** The cells of one CSV line as written by csv-stringify (quoted cells may hold commas and doubled quotes). */
function cells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => (m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]));
}

test('--format csv: section and document titles that look like formulas are written as text', (t) => {
  const result = analyze(TEXT, { name: 'formulas.md' });
  t.deepEqual(result.sections.map((s) => s.title[0]), ['=', '@'], 'the titles start as a formula would');
  const titles = renderScoresCsv(result).trimEnd().split('\n').slice(1).map((l) => cells(l)[2]);
  t.deepEqual(titles, ["'=HYPERLINK(\"http://example.com\",\"open me\")", "'@SUM(A1:A9)", "'=HYPERLINK(\"http://example.com\",\"open me\")"]);
});

test('summary.csv and the single-document CSV guard cells the same way', (t) => {
  const result = analyze(TEXT, { name: 'formulas.md' });
  const row = { file: '+cmd.txt', title: result.title, author: '-x', year: null, words: 1, sections: 1, sentences: 1, scores: {} };
  const summary = cells(renderSummaryCsv([row], []).trimEnd().split('\n')[1]);
  t.deepEqual(summary.slice(0, 3), [spreadsheetSafe('+cmd.txt'), spreadsheetSafe(result.title), spreadsheetSafe('-x')]);
  t.is(spreadsheetSafe('+cmd.txt'), "'+cmd.txt");
  t.is(spreadsheetSafe('Plain title'), 'Plain title');
});
