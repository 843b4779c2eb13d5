// The HTML pages read every kind of line break as the parser does: lone CR, U+2028 and U+2029 lines give the sections, headings, paragraphs and lines of LF ones.

import test from 'ava';
import { analyze, buildWorksheet, renderHtml, renderWorksheetHtml } from '../src/index.js';

const LINES = ['A Speech', '', 'Down with the tyrants! Let us march on!', '', 'The second part', '', 'They are traitors to our people.', 'Like Rome before its fall, we are weak.', '', 'Let us go on!'];
const BREAKS: Record<string, string> = { LF: '\n', CRLF: '\r\n', CR: '\r', 'U+2028': '\u2028', 'U+2029': '\u2029' };

/** Each section's text blocks as "tag: text" lines, with every line break (a <br> after one too) written as "⏎". */
function blocksBySection(html: string): string[][] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main
    .split(/(?=<section class="sec")/)
    .filter((s) => s.startsWith('<section'))
    .map((section) => {
      const body = section.slice(section.indexOf('<div class="body">'), section.search(/<details class="findings"|<p class="findings/));
      return [...body.matchAll(/<(h1|h2|h3|p)\b[^>]*>([\s\S]*?)<\/\1>/g)].map(
        ([, tag, inner]) => `${tag}: ${inner.replace(/<br>/g, '').replace(/<[^>]+>/g, '').replace(/\r\n|[\r\n\u2028\u2029]/g, '⏎')}`,
      );
    });
}

for (const [name, br] of Object.entries(BREAKS)) {
  test(`report.html: a text with ${name} line breaks gets the title, headings, paragraphs and sections of the same text with LF`, (t) => {
    const result = analyze(LINES.join(br), { name: 'speech.txt' });
    t.deepEqual(result.sections.map((s) => s.title), ['A Speech', 'The second part']);
    const html = renderHtml(result);
    t.deepEqual(blocksBySection(html), [
      ['h1: A Speech', 'p: Down with the tyrants! Let us march on!'],
      ['h2: The second part', 'p: They are traitors to our people.⏎Like Rome before its fall, we are weak.', 'p: Let us go on!'],
    ]);
    // A browser breaks no line at U+2028 or U+2029 (white-space: pre-wrap breaks only at line feeds): each is followed by <br>.
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    t.is((main.match(/[\u2028\u2029](?!<br>)/g) ?? []).length, 0);
  });
}

test('worksheet.html: a sentence keeps a line break made by U+2028 or U+2029 (a <br> after it), as one made by LF', (t) => {
  for (const br of ['\u2028', '\u2029']) {
    const result = analyze(`They are traitors${br}to our people. Down with the tyrants! Let us march on together now.`, { name: 'lines.txt' });
    const page = renderWorksheetHtml(buildWorksheet(result, { count: 3 }));
    const quotes = [...page.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((m) => m[1]);
    t.true(quotes.includes(`They are traitors${br}<br>to our people.`), JSON.stringify(quotes));
  }
});
