// Markdown reports read as GitHub reads them (the GFM spec and GitHub's text filters): a quoted sentence, a title or a
// file name renders as exactly the text it was, never as a link, an emoji, a mention, struck text, a task box, a footnote,
// a code block or raw HTML.

import test from 'ava';
import fc from 'fast-check';
import { analyze } from '../src/index.js';
import { compareResults } from '../src/compare/model.js';
import { renderCompareMarkdown } from '../src/report/compare/compare-md.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { buildWorksheet, renderAnswersMarkdown, renderWorksheetMarkdown } from '../src/teach/worksheet.js';
import { closeBidi, escapeMarkdownCell, escapeMarkdownInline, markdownStrong, stripXmlInvalid } from '../src/util/escape.js';
import { elementsOf, gfmProblems, githubFilterHits, renderGfm, textOfHtml } from './helpers/gfm.js';
import { assertProperty, documentArbitrary, seedFor } from './property-generators.js';

/** Invented sentences, each holding what GFM or GitHub's filters would read as syntax. */
const SENTENCES = [
  'Read the plan at https://example.org/plan and join us.',
  'Our site www.example.org has the facts, and so does Www.example.net.',
  'Shout it at HTTPS://EXAMPLE.ORG/NOW or fetch ftp://files.example.org/plan.txt today.',
  'Write to the committee at vote@example.org before Friday.',
  'Or write mailto:vote@example.org and xmpp:vote@example.org, or to a@_b.example.org.',
  'We are :fire: and they are :-1: on this.',
  'Flags :fire:https://example.org/fire and :+1:www.example.org side by side.',
  'They promised ~~lower taxes~~ and ~more~ jobs.',
  'A promise[^1] is a debt.',
  'Either us | or them | nobody else.',
  '<script>alert(1)</script> <img src=x onerror=alert(1)> <!-- hide --> <details>open</details> </p>',
  'Thank you @citizens, and see #12 and owner/repo#7 for more.',
  'As GH-123 and gh-45 say, the fix is 9fceb02d0ae598e95dc970b74767f19372d61af8 (or 9fceb02 for short).',
  'A ticket costs $5 and a meal $10, so $$x$$ is cheap.',
  'Their <b>bold</b> promise: *all* for _some_, and a | for the rest.',
  'Bread &amp; roses, &#x41; and &copy; as typed.',
  'A back\\slash, a \\* and a \\\\ stay.',
  '> not a quote',
  '1. not a list',
  '- [ ] not a task',
  '[x] not a box either',
  '---',
  '===',
  '    not code',
  '\tnot code either',
];

/** Each way a report sets text among its own Markdown: the Markdown, and the element whose text must be the sentence. */
const PLACES: { name: string; md: (s: string) => string; block: RegExp }[] = [
  // Not the first line of the file, where a renderer drops a byte order mark.
  { name: 'paragraph', md: (s) => `Quoted:\n\n${escapeMarkdownInline(s)}`, block: /^<p>Quoted:<\/p>\n<p>([\s\S]*)<\/p>$/ },
  { name: 'list item', md: (s) => `- ${escapeMarkdownInline(s)}`, block: /^<ul>\n<li>([\s\S]*)<\/li>\n<\/ul>$/ },
  { name: 'block quote', md: (s) => `> ${escapeMarkdownInline(s)}`, block: /^<blockquote>\n<p>([\s\S]*)<\/p>\n<\/blockquote>$/ },
  { name: 'heading', md: (s) => `## Section: ${escapeMarkdownInline(s)}`, block: /^<h2>Section: ([\s\S]*)<\/h2>$/ },
  { name: 'table cell', md: (s) => `| Title | Line |\n|---|---:|\n| ${escapeMarkdownCell(s)} | 3 |`, block: /<td>([\s\S]*)<\/td>\n<td align="right">3<\/td>/ },
  {
    name: 'bold quote',
    md: (s) => `- Line 3: ${markdownStrong(`“${escapeMarkdownInline('Say ')}`, escapeMarkdownInline(s), `${escapeMarkdownInline(' now')}”`)}`,
    block: /^<ul>\n<li>Line 3: “Say\s*<strong>([\s\S]*)<\/strong>\s*now”<\/li>\n<\/ul>$/,
  },
];

/** The elements a place's own Markdown makes; anything else was made from the text. */
const OWN = new Set(['p', 'ul', 'li', 'blockquote', 'h2', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong']);

test('every sentence renders under GFM as exactly itself, wherever a report sets it', (t) => {
  for (const sentence of SENTENCES) {
    for (const place of PLACES) {
      const md = place.md(sentence);
      const html = renderGfm(md).trim();
      const where = `${place.name} ${JSON.stringify(sentence)} as ${JSON.stringify(md)}\n→ ${html}`;
      const block = place.block.exec(html);
      if (!block) {
        t.fail(`${where}: not a plain ${place.name}`);
        continue;
      }
      // Markdown trims a line's ends (the report's own spaces stand there), so the sentence is compared without its edges.
      t.is(textOfHtml(block[1]).trim(), sentence.trim(), where);
      t.deepEqual(elementsOf(block[1]).map((e) => e.tag).filter((tag) => !/^<strong>$/.test(tag)), [], `${where}: elements made from the text`);
      t.deepEqual(elementsOf(html).filter((e) => !OWN.has(e.name)).map((e) => e.tag), [], where);
      t.deepEqual(githubFilterHits(html), [], `${where}: GitHub's filters would change it`);
    }
  }
});

test('property: any text, escaped and set in any of those places, renders under GFM as the text (line breaks as spaces, unshowable characters dropped)', (t) => {
  assertProperty(
    t,
    fc.property(documentArbitrary(12).filter((s) => /\S/.test(stripXmlInvalid(s))), fc.constantFrom(...PLACES), (text, place) => {
      const html = renderGfm(place.md(text)).trim();
      const block = place.block.exec(html);
      if (!block) throw new Error(`not a plain ${place.name}: ${html}`);
      // Markdown drops the spaces and tabs at a line's ends; markdownStrong moves any white space at the quote's ends outside the bold.
      const edges = place.name === 'bold quote' ? (x: string) => x.trim() : (x: string) => x.replace(/^[ \t]+|[ \t]+$/g, '');
      const want = edges(closeBidi(stripXmlInvalid(text).replace(/[\r\n\u2028\u2029]+/g, ' ')));
      const got = edges(textOfHtml(block[1]));
      if (got !== want) throw new Error(`${place.name} shows ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
      const made = elementsOf(block[1]).filter((e) => e.tag !== '<strong>');
      if (made.length) throw new Error(`${place.name}: the text made ${made.map((e) => e.tag).join(' ')}`);
      const hits = githubFilterHits(html);
      if (hits.length) throw new Error(`${place.name}: GitHub would change ${hits.join('; ')}`);
    }),
    { numRuns: 400, seed: seedFor(31) },
  );
});

test('a sentence with leading spaces or a tab keeps them, and is no code block, at the start of a line', (t) => {
  for (const sentence of ['    four spaces first', '\tA tab first', '  \t mixed', '      six']) {
    const html = renderGfm(`> ${escapeMarkdownInline(sentence)}`);
    t.false(html.includes('<pre>'), html);
    t.is(textOfHtml(html).trim(), sentence.trim());
  }
  t.is(escapeMarkdownInline(' one space'), ' one space', 'one to three spaces are no code and stay as they are');
});

/** An invented speech with every kind of GFM syntax in its sentences and its heading. */
const SPEECH = [
  '# Down with ~~them~~ :fire: @rivals #9',
  '',
  'Let us march on https://example.org/march today! Down with the oligarchy at www.example.org!',
  'They are traitors to our people, says vote@example.org. Join us :fire: now!',
  'We must unite, @citizens, as in 1917 | never again. Long live the ~~old~~ new republic!',
  '',
  '## Our plan[^1] #12',
  '',
  'Let us build it with <b>bold</b> hands &amp; &#x41; hearts! Forward to victory, like the Paris Commune!',
].join('\n');

test('report.md, worksheet.md, answers.md and compare.md of a text full of GFM syntax: no link, emoji, mention or strike made from it', (t) => {
  const name = 'www.example.org @crowd #7 :fire: ~~x~~ [^2].txt';
  const result = analyze(SPEECH, { name });
  t.true(result.findings.length > 5);
  const worksheet = buildWorksheet(result, { count: 6 });
  const other = analyze('Down with https://example.org/tyrants! Hands off our ~~schools~~! @all of us #1 :rage:', { name: 'b.txt' });
  for (const [file, md] of [
    ['report.md', renderMarkdown(result)],
    ['worksheet.md', renderWorksheetMarkdown(worksheet)],
    ['answers.md', renderAnswersMarkdown(worksheet)],
    ['compare.md', renderCompareMarkdown(compareResults([result, other]))],
  ] as const) {
    t.deepEqual(gfmProblems(md), [], file);
  }
  const report = renderGfm(renderMarkdown(result));
  t.true(textOfHtml(report).includes(`Source: ${name} ·`), 'the file name shows as it was');
  t.regex(report, /<h1>Rhetoric report: Down with ~~them~~ :(?:<!-- -->)?fire: @(?:<!-- -->)?rivals #(?:<!-- -->)?9<\/h1>/);
});

test('report.md of a text with prices, issue numbers and a commit SHA in its title and quotes: GitHub shows them as typed, no math, issue or commit link', (t) => {
  const text = [
    '# Fees of $5 and $10 (GH-42, 9fceb02d0ae598e95dc970b74767f19372d61af8)',
    '',
    'Down with the $5 fee and the $10 fine! Hands off GH-42 and 9fceb02d0ae598e95dc970b74767f19372d61af8! We must act now.',
  ].join('\n');
  const md = renderMarkdown(analyze(text, { name: 'fees $5 $10.md' }));
  t.deepEqual(gfmProblems(md), []);
  const shown = textOfHtml(renderGfm(md));
  t.true(shown.includes('Rhetoric report: Fees of $5 and $10 (GH-42, 9fceb02d0ae598e95dc970b74767f19372d61af8)'), shown.slice(0, 200));
  t.true(shown.includes('Down with the $5 fee and the $10 fine!'));
  t.true(shown.includes('Source: fees $5 $10.md ·'));
});

test('report.md: every quote, read as GFM renders it, is a piece of the analyzed text as it was', (t) => {
  const result = analyze(SPEECH, { name: 'speech.md' });
  const html = renderGfm(renderMarkdown(result));
  const flat = result.text.replace(/\s+/g, ' ');
  const quotes = [...html.matchAll(/<li>Line \d+: “([\s\S]*?)” \(rule /g)].map((m) => textOfHtml(m[1]).replace(/^…|…$/g, ''));
  t.true(quotes.length >= 5, `${quotes.length} quotes`);
  for (const q of quotes) t.true(flat.includes(q), q);
  t.true(quotes.some((q) => q.includes('https://example.org/march')));
  t.true(quotes.some((q) => q.includes(':fire:')));
});

test('worksheet.md: each sentence a student reads renders as exactly the sentence, plain text with no link, emoji or mention', (t) => {
  const result = analyze(SPEECH, { name: 'speech.md' });
  const worksheet = buildWorksheet(result, { count: 6 });
  const html = renderGfm(renderWorksheetMarkdown(worksheet));
  const blocks = [...html.matchAll(/<blockquote>\n<p>([\s\S]*?)<\/p>\n<\/blockquote>/g)].map((m) => m[1]);
  const shown = blocks.map(textOfHtml);
  for (const block of blocks) {
    t.deepEqual(elementsOf(block), [], block);
    t.deepEqual(githubFilterHits(block), [], block);
  }
  t.deepEqual(
    shown,
    worksheet.items.map((item) => item.text.replace(/[\r\n\u2028\u2029]+/g, ' ')),
  );
  t.true(shown.some((s) => s.includes('@citizens') || s.includes('vote@example.org') || s.includes('https://')));
});
