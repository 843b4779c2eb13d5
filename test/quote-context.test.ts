import test from 'ava';
import { analyze, compareResults, renderMarkdown } from '../src/index.js';
import { renderCompareMarkdown } from '../src/report/compare/compare-md.js';
import { quoteInContext } from '../src/report/markdown.js';

// A long sentence whose loaded word sits far from both ends: the report shows a window of it, cut between words.
const LONG =
  'Our neighbour Bartholomew Underwood, who keeps the lighthouse beyond the harbourmaster’s cottage, said that winning this ' +
  'vote would be a wonderful victory for every family that remembers the storms of the eighties and the long repairs afterwards.';

/** The words of a shown window (escapes and bold marks removed) must each be a whole word of the text. */
function wholeWordsOnly(t: import('ava').ExecutionContext, shown: string, text: string): void {
  const plain = shown.replace(/\*\*/g, '').replace(/\\(.)/g, '$1').replace(/^“|”$/g, '');
  const pieces = plain.split('…').map((p) => p.trim()).filter(Boolean);
  for (const piece of pieces) {
    const at = text.indexOf(piece);
    t.true(at >= 0, `“${piece}” is in the text`);
    const before = text[at - 1] ?? ' ';
    const after = text[at + piece.length] ?? ' ';
    t.false(/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(piece[0]), `“${piece}” starts inside a word`);
    t.false(/[\p{L}\p{N}]/u.test(after) && /[\p{L}\p{N}]/u.test(piece[piece.length - 1]), `“${piece}” ends inside a word`);
  }
}

test('the Markdown report cuts the context of a quote between words, never inside one', (t) => {
  const result = analyze(LONG, { name: 'long.txt' });
  const found = result.findings.filter((f) => f.device === 'sentiment');
  t.true(found.length > 0);
  let cut = 0;
  for (const f of found) {
    const shown = quoteInContext(result, f);
    if (shown.includes('…')) cut++;
    wholeWordsOnly(t, shown, LONG);
  }
  t.true(cut > 0, 'at least one window is cut');
  const report = renderMarkdown(result);
  t.true(found.every((f) => report.includes(quoteInContext(result, f)) || found.length > 5), 'the report shows these windows');
});

test('compare.md cuts the context of its examples between words', (t) => {
  const filler = 'The committee met again on Tuesday afternoon in the old library, and after a long and patient discussion of the budget lines ';
  const a = analyze(`${filler}${LONG}`, { name: 'a.txt' });
  const b = analyze('We lost. It was a disaster and a tragedy.', { name: 'b.txt' });
  const md = renderCompareMarkdown(compareResults([a, b]));
  const lines = md.split('\n').filter((l) => l.startsWith('- **a.txt**, line'));
  t.true(lines.length > 0);
  for (const l of lines) {
    const m = /: (“.*”) — /.exec(l);
    if (m) wholeWordsOnly(t, m[1], `${filler}${LONG}`);
  }
});
