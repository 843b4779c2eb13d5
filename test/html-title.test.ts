import test from 'ava';
import { analyze, renderHtml } from '../src/index.js';

/** The page's <main>, without the findings lists and section asides. */
function mainOf(html: string): string {
  return html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<aside[\s\S]*?<\/aside>/g, '').replace(/<details class="findings">[\s\S]*?<\/details>/g, '');
}

// A text with a title but no section headings is cut into parts: its title is shown once, as the page's title, above "Part 1".
for (const [name, text] of [
  ['plain.txt', 'The Bridge We Keep Not Building\n\nEvery winter the ferry stops. We wait for the spring.\n\nThe board promised a bridge.'],
  ['marked.md', '# The Bridge We Keep Not Building\n\nEvery winter the ferry stops. We wait for the spring.\n\nThe board promised a bridge.'],
] as const) {
  test(`${name}: the title of a text without section headings appears once, before the first part`, (t) => {
    const result = analyze(text, { name });
    t.is(result.sections[0].kind, 'part');
    const main = mainOf(renderHtml(result));
    const shown = main.replace(/<span class="md-mark">[^<]*<\/span>/g, '').match(/The Bridge We Keep Not Building/g) ?? [];
    t.is(shown.length, 1, main);
    const h1 = main.indexOf('<h1 class="doc-title">');
    const part = main.indexOf('<h2 class="part">');
    t.true(h1 >= 0 && part > h1, 'the title comes before "Part 1"');
    t.notRegex(main, /<h3 id="section-0-title">/);
  });
}
