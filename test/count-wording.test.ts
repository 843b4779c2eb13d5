import test from 'ava';
import { analyze, buildWorksheet, loadChartKit, renderHtml, renderMarkdown, renderWorksheetMarkdown, sectionSvg, sentimentArcSvg } from '../src/index.js';
import { renderSummary } from '../src/report/summary.js';

// A one-word title section and a one-sentence text: every report says "1 word", "1 sentence", "1 section".
const HEADED = '# Manifesto\n\n## Demands\n\nWe want the park back. We will fight for it.\n';
const TINY = 'Enough.\n';

const noBadPlural = /(?<![\d,])1 (?:words|sentences|sections|questions|findings)\b/;

test('the Markdown report, the terminal summary and the HTML page say "1 sentence", "1 word", "1 section"', (t) => {
  for (const [text, name] of [[HEADED, 'a.md'], [TINY, 'b.txt']] as const) {
    const result = analyze(text, { name });
    const md = renderMarkdown(result);
    t.notRegex(md, noBadPlural, name);
    t.notRegex(renderSummary(result), noBadPlural, name);
    t.notRegex(renderHtml(result), noBadPlural, name);
  }
  const md = renderMarkdown(analyze(HEADED, { name: 'a.md' }));
  t.regex(md, /From line 1 · 1 word · 1 sentence\n/);
  t.regex(renderSummary(analyze(TINY, { name: 'b.txt' })), /1 word · 1 sentence · 1 section\n/);
});

test('charts and worksheets say "1 sentence" and "1 word"', async (t) => {
  const kit = await loadChartKit();
  const result = analyze(HEADED, { name: 'a.md' });
  t.notRegex(sectionSvg(result, result.sections[0], kit), noBadPlural);
  const tiny = analyze(TINY, { name: 'b.txt' });
  t.notRegex(sentimentArcSvg(tiny, kit) ?? '', noBadPlural);
  t.notRegex(renderWorksheetMarkdown(buildWorksheet(tiny, { count: 1, seed: '1' })), noBadPlural);
});
