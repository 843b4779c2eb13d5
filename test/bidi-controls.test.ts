// Bidi formatting characters from the input (an RLO, an RLI left open) never reorder the report's own words around them.

import test from 'ava';
import { analyze } from '../src/index.js';
import { compareResults } from '../src/compare/model.js';
import { renderCompareMarkdown } from '../src/report/compare/compare-md.js';
import { renderHtml } from '../src/report/html.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { buildWorksheet, renderAnswersMarkdown, renderWorksheetHtml, renderWorksheetMarkdown } from '../src/teach/worksheet.js';
import { closeBidi } from '../src/util/escape.js';
import { openBidi } from './property-invariants.js';

const RLO = '\u202e';
const RLI = '\u2067';
// A heading with an override it never ends, sentences that open one (and an isolate) and leave it open till the line ends.
const TEXT = `Our ${RLO}march\n\n${RLO}They are traitors to our people. Down with the ${RLI}tyrants! Let us march on.\n\nLike Rome before its fall, ${RLO}we are weak.\n`;

test('closeBidi closes what the text leaves open, in the order the bidi algorithm pairs them', (t) => {
  t.is(closeBidi('plain text'), 'plain text');
  t.is(closeBidi(`a ${RLO}b\u202c c`), `a ${RLO}b\u202c c`, 'a closed override is left as it is');
  t.is(closeBidi(`${RLO}b`), `${RLO}b\u202c`);
  t.is(closeBidi(`${RLO}a ${RLI}b`), `${RLO}a ${RLI}b\u2069\u202c`, 'innermost first');
  t.is(closeBidi(`${RLI}a ${RLO}b\u2069 c`), `${RLI}a ${RLO}b\u2069 c`, 'a PDI closes the embeddings opened inside its isolate');
  t.is(closeBidi(`${RLI}a\u202c`), `${RLI}a\u202c\u2069`, 'a PDF does not close an isolate');
});

test('report.md: no finding line, heading or table row is left reordered by formatting its text opened', (t) => {
  const result = analyze(TEXT, { name: `speech ${RLO}draft.txt` });
  t.true(result.findings.length >= 4);
  const md = renderMarkdown(result);
  const lines = md.split('\n');
  for (const line of lines) t.is(openBidi(line), 0, JSON.stringify(line));
  // The words after a quote are read after it, in order.
  const quoted = lines.filter((l) => l.includes('(rule `'));
  t.true(quoted.some((l) => l.includes(RLO)), 'some quotes hold the override');
  for (const line of quoted) t.is(openBidi(line.slice(0, line.indexOf('(rule `'))), 0, line);
});

test('report.html: quotes in the lists of findings and names in the page’s own lines end what they open', (t) => {
  const result = analyze(TEXT, { name: `speech ${RLO}draft.txt` });
  const html = renderHtml(result);
  const items = [...html.matchAll(/<li class="finding[^"]*"[^>]*>(.*?)<\/li>/g)].map((m) => m[1]);
  t.true(items.length >= 4);
  t.true(items.some((i) => i.includes(RLI)), 'some quotes hold the isolate');
  for (const item of items) t.is(openBidi(item.slice(0, item.indexOf('</q>'))), 0, item);
  // The page's own words that follow the file name and the title.
  for (const after of ['. The highlights are', ' — rhetoric report</title>']) {
    const at = html.indexOf(after);
    t.true(at > 0, after);
    t.is(openBidi(html.slice(html.lastIndexOf('\n', at), at)), 0, after);
  }
});

test('worksheet, answer key and comparison: the same', (t) => {
  const result = analyze(TEXT, { name: `speech ${RLO}draft.txt` });
  const ws = buildWorksheet(result, { count: 20 });
  for (const md of [renderWorksheetMarkdown(ws), renderAnswersMarkdown(ws)]) for (const line of md.split('\n')) t.is(openBidi(line), 0, JSON.stringify(line));
  for (const line of renderWorksheetHtml(ws).split('\n').filter((l) => /class="(where|meta)"/.test(l))) t.is(openBidi(line), 0, line);
  const other = analyze('Down with the kings! Let us go.', { name: 'other.txt' });
  for (const line of renderCompareMarkdown(compareResults([result, other])).split('\n')) t.is(openBidi(line), 0, JSON.stringify(line));
});
