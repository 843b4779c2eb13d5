// The HTML report's headings form an outline a screen reader can follow: none deeper than one level below the one before.

import test from 'ava';
import { analyze } from '../src/analyze.js';
import { renderHtml } from '../src/report/html.js';

/** Heading levels of the page in document order, outside the inline charts. */
function headingLevels(html: string): number[] {
  return [...html.replace(/<svg[\s\S]*?<\/svg>/g, '').matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

for (const [name, text] of [
  ['titled.md', '# Hands off the harbour\n\nThey want us divided. Down with the harbour tax!\n\n## What we ask\n\nJoin us at the town hall on Monday.\n\n### And then\n\nWe will win.\n'],
  ['untitled.txt', 'They want us divided. Down with the harbour tax! Join us at the town hall on Monday.\n'],
] as const) {
  test(`${name}: the headings never skip a level going down, and the first is h1 or h2`, (t) => {
    const levels = headingLevels(renderHtml(analyze(text, { name })));
    t.true(levels.length > 0);
    t.true(levels[0] <= 2, `the page opens with h${levels[0]}`);
    const skips = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${l}`] : []));
    t.deepEqual(skips, [], levels.join(' '));
  });
}
