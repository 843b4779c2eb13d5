// A finding listed for context but not scored is named for what it is where a reader meets it: a bare historical
// reference, whose explanation says the text draws no comparison, is no "possible historical analogy".

import test from 'ava';
import { analyze } from '../src/analyze.js';
import { renderHtml } from '../src/report/html.js';
import { buildWorksheet, renderAnswersMarkdown } from '../src/teach/worksheet.js';

const TEXT = '# Notes\n\nLincoln was born in Kentucky. He grew up poor.\n';

const unescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

test('the HTML report names a bare historical reference "Historical reference", in its tooltip, label and list', (t) => {
  const result = analyze(TEXT, { name: 'notes.md', year: 2020 });
  const k = result.findings.findIndex((f) => f.rule === 'history-reference');
  t.true(k >= 0);
  t.false(result.findings[k].scored);
  const html = renderHtml(result);
  const mark = new RegExp(`<mark class="hl [^"]*" id="hl-${k}" [^>]*>`).exec(html)![0];
  // The tooltip is made by the script from the kind and the explanation aria-describedby names (browser.test.ts); a
  // screen reader reads them.
  const [kind, why] = /aria-describedby="([^"]*)"/.exec(mark)![1].split(' ');
  const explanation = unescape(new RegExp(`id="${why}"[^>]*>([^<]*)`).exec(html)![1]);
  t.true(explanation.startsWith('A historical reference, listed but not counted'), explanation);
  t.regex(html, new RegExp(`id="${kind}" data-label="Historical reference">Historical reference \\(Historical analogy\\):<`));
  t.regex(html, new RegExp(`<li class="finding [^"]*" id="finding-${k}"><strong>Historical reference</strong>`));
  t.notRegex(mark, /possible historical analogy/i);
  // The legend names the label too.
  t.regex(html, /“possible historical analogy”, “historical reference”/);
});

test('a worksheet answer notes a bare historical reference as one, not as a possible analogy', (t) => {
  // A call to action draws the sentence; the reference to Lincoln is noted beside it.
  const result = analyze('# Notes\n\nVisit the old house where Lincoln was born in Kentucky.\n', { name: 'notes.md', year: 2020 });
  const answers = renderAnswersMarkdown(buildWorksheet(result, { count: 2 }));
  const line = answers.split('\n').find((l) => l.includes('Lincoln') && l.includes('listed for context'));
  t.truthy(line, answers);
  t.regex(line!, /Historical reference \(Historical analogy, listed for context, not scored\)/);
  t.notRegex(line!, /Possible historical analogy/);
});
