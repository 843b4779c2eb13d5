import test from 'ava';
import { analyze, renderHtml } from '../src/index.js';

// Markdown needs no blank line around an ATX heading: "## Part\nText" is a heading and a paragraph.
const TIGHT = '# Rally Notes\n## First part\nWe will win. Down with the tyrants!\n## Second part\nLet us march to the square.\n';

test('HTML page: Markdown headings with no blank line around them open their sections, and each section holds its own highlights', (t) => {
  const result = analyze(TIGHT, { name: 'tight.md' });
  t.deepEqual(result.sections.map((s) => s.title), ['Rally Notes', 'First part', 'Second part']);
  const html = renderHtml(result);
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const sections = main.split(/(?=<section class="sec" id="section-\d+")/).filter((s) => s.startsWith('<section'));
  t.is(sections.length, 3);
  result.findings.forEach((f, k) => t.true(sections[f.section].includes(`id="hl-${k}"`), `${f.rule} “${f.quote}” is highlighted in section ${f.section + 1}`));
  t.regex(sections[1], /<h2 id="section-1-title"><span class="md-mark">## <\/span>First part<\/h2>/);
  t.regex(sections[2], /<h2 id="section-2-title"><span class="md-mark">## <\/span>Second part<\/h2>/);
  const visible = main.replace(/<span class="md-mark">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');
  t.notRegex(visible, /(^|\n)#/, 'no # marks shown as text');
  t.is(visible.match(/Rally Notes/g)?.length, 1, 'the title is shown once');
});
