// Counts written for people carry thousands separators everywhere the tool writes them in words: report.md, report.html,
// the section charts, the terminal summary and the corpus overview.

import test from 'ava';
import { analyze } from '../src/analyze.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderHtml } from '../src/report/html.js';
import { renderSummary } from '../src/report/summary.js';
import { compareResults } from '../src/compare/model.js';
import { compareTerminalTable } from '../src/report/compare/terminal.js';
import { counted, thousands } from '../src/util/plural.js';

test('thousands() groups the digits of an integer in threes', (t) => {
  t.is(thousands(7), '7');
  t.is(thousands(999), '999');
  t.is(thousands(1000), '1,000');
  t.is(thousands(102800), '102,800');
  t.is(thousands(1234567), '1,234,567');
  t.is(counted(1, 'word'), '1 word');
  t.is(counted(102800, 'word'), '102,800 words');
});

test('a text of over a thousand words is counted with a separator in report.md and report.html', (t) => {
  const text = Array.from({ length: 150 }, (_, i) => `The council met on day ${i + 1} and read the minutes aloud.`).join(' ');
  const result = analyze(text, { name: 'minutes.txt' });
  t.true(result.source.words >= 1000);
  const shown = thousands(result.source.words);
  t.regex(shown, /^\d{1,3},\d{3}$/);
  t.true(renderMarkdown(result).includes(`${shown} words`));
  t.true(renderHtml(result).includes(`${shown} words`));
  // The terminal summary: the header line and the whole document's row of the table.
  const summary = renderSummary(result);
  t.true(summary.includes(`${shown} words`));
  t.regex(summary, new RegExp(`Whole document\\s+${shown} `));
});

test('the terminal table of a comparison writes word counts with thousands separators', (t) => {
  const text = Array.from({ length: 150 }, (_, i) => `The council met on day ${i + 1} and read the minutes aloud.`).join(' ');
  const long = analyze(text, { name: 'minutes.txt' });
  const short = analyze('We must act now. Join us on Sunday.', { name: 'call.txt' });
  const row = compareTerminalTable(compareResults([long, short])).split('\n').find((l) => l.startsWith('Words'))!;
  t.true(row.includes(thousands(long.source.words)), row);
  t.regex(thousands(long.source.words), /,/);
});
