// The HTML report: span nesting, one highlight per finding, self-containment, determinism, and inert hostile text.

import test from 'ava';
import fc from 'fast-check';
import { analyze } from '../src/analyze.js';
import { renderHtml } from '../src/report/html.js';
import { nestSpans, type MarkSpan, type NestPiece } from '../src/report/html/nest.js';
import { escapeXml } from '../src/util/escape.js';
import { withFindings } from './helpers/findings.js';

/** Replays nest pieces: checks the open/close discipline and returns the text coverage and each span's covered offsets. */
function replay(from: number, to: number, pieces: NestPiece[]): { covered: number[]; bySpan: Map<number, number[]>; firsts: Map<number, number>; maxDepthOk: boolean } {
  const stack: number[] = [];
  const covered: number[] = [];
  const bySpan = new Map<number, number[]>();
  const firsts = new Map<number, number>();
  let maxDepthOk = true;
  for (const p of pieces) {
    if (p.kind === 'open') {
      if (p.depth !== stack.length) maxDepthOk = false;
      stack.push(p.id);
      if (p.first) firsts.set(p.id, (firsts.get(p.id) ?? 0) + 1);
    } else if (p.kind === 'close') {
      const top = stack.pop();
      if (top !== p.id) throw new Error(`closed ${p.id} but ${top} was open`);
    } else {
      for (let i = p.start; i < p.end; i++) {
        covered.push(i);
        for (const id of stack) bySpan.set(id, [...(bySpan.get(id) ?? []), i]);
      }
    }
  }
  if (stack.length) throw new Error('unclosed fragments');
  return { covered, bySpan, firsts, maxDepthOk };
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

test('nestSpans keeps nested spans whole and splits only a span that crosses another', (t) => {
  const spans: MarkSpan[] = [
    { id: 0, start: 0, end: 10 },
    { id: 1, start: 2, end: 5 },
    { id: 2, start: 8, end: 14 },
  ];
  const pieces = nestSpans(0, 20, spans);
  const opens = pieces.filter((p) => p.kind === 'open');
  // 0 and 1 nest; 2 crosses the end of 0, so it opens inside 0 and continues after it: 4 fragments in all.
  t.deepEqual(
    opens.map((p) => (p.kind === 'open' ? [p.id, p.first, p.depth] : [])),
    [
      [0, true, 0],
      [1, true, 1],
      [2, true, 1],
      [2, false, 0],
    ],
  );
  const r = replay(0, 20, pieces);
  t.deepEqual(r.covered, range(0, 20));
  t.deepEqual(r.bySpan.get(2), range(8, 14));
});

test('nestSpans puts the longer of two spans that start together outside, and clips to the block', (t) => {
  const pieces = nestSpans(5, 12, [
    { id: 7, start: 5, end: 8 },
    { id: 3, start: 5, end: 30 },
    { id: 4, start: 0, end: 3 },
  ]);
  const opens = pieces.filter((p): p is Extract<NestPiece, { kind: 'open' }> => p.kind === 'open');
  t.deepEqual(opens.map((p) => p.id), [3, 7]);
  const r = replay(5, 12, pieces);
  t.deepEqual(r.bySpan.get(3), range(5, 12));
  t.false(r.bySpan.has(4));
});

test('nestSpans: for any spans, text is covered once in order, each span covers exactly its range, one first fragment each', (t) => {
  const spanArb = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 30 })).map(([s, len]) => ({ start: s, end: s + len }));
  fc.assert(
    fc.property(fc.array(spanArb, { maxLength: 12 }), fc.nat(20), fc.integer({ min: 1, max: 80 }), (raw, from, width) => {
      const to = from + width;
      const spans = raw.map((s, id) => ({ id, ...s }));
      const pieces = nestSpans(from, to, spans);
      const r = replay(from, to, pieces);
      if (!r.maxDepthOk) return false;
      if (r.covered.join() !== range(from, to).join()) return false;
      for (const s of spans) {
        const want = range(Math.max(from, s.start), Math.min(to, s.end));
        const got = r.bySpan.get(s.id) ?? [];
        if (got.join() !== want.join()) return false;
        if ((r.firsts.get(s.id) ?? 0) !== (want.length ? 1 : 0)) return false;
      }
      return true;
    }),
    { numRuns: 400 },
  );
  t.pass();
});

const SAMPLE = `A sample title

Down with the tyrants! Hands off our schools!

We gathered in the square & sang. Down with hunger!
`;

test('every finding is one focusable highlight with its device, rule, strength and explanation', (t) => {
  const result = analyze(SAMPLE, { name: 'sample.txt' });
  t.true(result.findings.length >= 3, 'the slogan rules find the sample slogans');
  const html = renderHtml(result);
  const marks = html.match(/<mark class="hl [^>]*>/g) ?? [];
  t.is(marks.length, result.findings.length);
  for (const [k, f] of result.findings.entries()) {
    const mark = marks.find((m) => m.includes(`id="hl-${k}"`));
    t.truthy(mark, `finding ${k} has a highlight`);
    t.true(mark!.includes(`data-device="${f.device}"`));
    t.true(mark!.includes(`data-rule="${f.rule}"`));
    t.true(mark!.includes(`data-strength="${f.strength.toFixed(2)}"`));
    t.true(mark!.includes('tabindex="0"'));
    const described = / aria-describedby="kind-\d+ (why-\d+)"/.exec(mark!)?.[1];
    t.truthy(described, `finding ${k} is described by its kind and explanation`);
    t.true(html.includes(`id="${described}">${escapeXml(f.explanation)}<`), 'the described-by target holds the explanation');
  }
  // One toggle per device, and the legend counts.
  for (const [i, d] of result.devices.entries()) t.true(html.includes(`id="show-${i}" data-dv="${i}" data-device="${d.id}" autocomplete="off" checked`));
});

test('overlapping findings nest: one primary highlight per finding, continuations for the crossing ones', (t) => {
  const base = analyze(SAMPLE, { name: 'sample.txt' });
  const at = SAMPLE.indexOf('Down with the tyrants!');
  const result = withFindings(base, [
    { device: 'slogan', start: at, end: at + 22 },
    { device: 'call_to_action', start: at, end: at + 9 },
    { device: 'us_them', start: at + 14, end: at + 30 }, // crosses the end of the slogan
    { device: 'sentiment', start: at + 14, end: at + 21 },
  ]);
  const html = renderHtml(result);
  t.is((html.match(/<mark class="hl /g) ?? []).length, 4);
  t.is((html.match(/<mark class="hl-cont /g) ?? []).length, 1);
  t.is((html.match(/<mark /g) ?? []).length, (html.match(/<\/mark>/g) ?? []).length);
  // The nested call to action sits one level deeper than the slogan that holds it.
  t.regex(html, /<mark class="hl dv1 u2" id="hl-0"[^>]*><mark class="hl dv4 u6" id="hl-1"/);
});

test('six findings nested on one phrase each get an underline of their own, drawn below the one around it, and the lines are spaced for the deepest', (t) => {
  const base = analyze(SAMPLE, { name: 'sample.txt' });
  const at = SAMPLE.indexOf('Down with the tyrants!');
  const devices = ['slogan', 'call_to_action', 'us_them', 'sentiment', 'historical_analogy', 'sentiment'];
  // Each span a little shorter than the one before, so each nests in the one before.
  const html = renderHtml(withFindings(base, devices.map((device, i) => ({ device, start: at, end: at + 22 - i }))));
  const offsets = devices.map((_, k) => Number(new RegExp(`<mark class="hl dv\\d u(\\d+)" id="hl-${k}"`).exec(html)?.[1]));
  // The slogan's line 2 px below the text; the wave below it takes more room than a plain line, and so does the double line.
  t.deepEqual(offsets, [2, 6, 15, 19, 23, 30]);
  for (const n of offsets) t.true(html.includes(`mark.u${n}{text-underline-offset:${n}px}`), `a rule for u${n}`);
  // The last (dotted, 2 px) reaches 32 px below the baseline, beyond the 25 px a page of five keeps: its lines are spaced for it.
  t.regex(html, /\.body p\{[^}]*line-height:calc\(\.95em \+ 32px\)/);
  t.regex(renderHtml(base), /\.body p\{[^}]*line-height:calc\(\.95em \+ 25px\)/, 'a page without such a stack keeps its spacing');
});

test('a block or a listed quote mostly in Hebrew or Arabic is marked right to left; English naming an Arabic town is not', (t) => {
  const text = `Voices\n\nזה טקסט בעברית על הגשר. Down with the toll!\n\nWe marched from الخليل to the river and back.\n`;
  const base = analyze(text, { name: 'voices.txt' });
  const hebrew = text.indexOf('זה טקסט');
  const html = renderHtml(withFindings(base, [{ device: 'sentiment', start: hebrew, end: hebrew + 'זה טקסט בעברית'.length }]));
  t.regex(html, /<p dir="rtl"><mark [^>]*>זה טקסט/);
  t.regex(html, /<q dir="rtl">זה טקסט בעברית<\/q>/);
  t.regex(html, /<p>We marched from الخليل/);
});

test('the page is self-contained: no external resource, one script allowed by hash, same bytes on every run', (t) => {
  const result = analyze(SAMPLE, { name: 'sample.txt' });
  const html = renderHtml(result);
  t.is(html, renderHtml(result));
  t.notRegex(html, /<link\b/i);
  t.notRegex(html, /\b(?:src|href)\s*=\s*["']?(?:https?:|\/\/|file:)/i);
  t.notRegex(html, /@import|url\(/i);
  t.is((html.match(/<script\b/gi) ?? []).length, 1);
  t.regex(html, /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'sha256-[A-Za-z0-9+/=]+'/);
  t.regex(html, /@media print/);
});

test('the device toggles start checked on every visit: no browser restores an unchecked box from an earlier one', (t) => {
  const html = renderHtml(analyze(SAMPLE, { name: 'sample.txt' }));
  const toggles = html.match(/<input type="checkbox" class="device-toggle"[^>]*>/g) ?? [];
  t.is(toggles.length, 5);
  for (const toggle of toggles) {
    t.regex(toggle, / checked>$/);
    t.regex(toggle, / autocomplete="off"/, 'Firefox keeps form state across reloads unless told not to');
  }
});

const HOSTILE = `<script>window.pwned = 1</script> Title

Down with <b onmouseover="alert(2)">tyranny</b> & "quotes" 'too'!

</textarea><img src=x onerror="window.pwned=3"> Visit javascript:alert(1) now. <a href="javascript:alert(2)">click</a>

Hands off "<svg onload=alert(4)>"!
`;

test('a hostile text renders as text: nothing it contains becomes markup or a script', (t) => {
  const result = analyze(HOSTILE, { name: '<img src=x onerror=alert(5)>.txt' });
  t.true(result.findings.some((f) => f.quote.includes('<b ')), 'a finding quotes the markup');
  const html = renderHtml(result);
  t.is((html.match(/<script\b/gi) ?? []).length, 1, 'only our own script tag');
  for (const bad of ['<b ', '<img', '</textarea>', '<a href="javascript', '<svg onload', 'onerror="', 'onmouseover="']) {
    t.false(html.includes(bad), `no raw ${bad}`);
  }
  t.false(/href="\s*javascript:/i.test(html));
  t.true(html.includes('&lt;script&gt;window.pwned = 1&lt;/script&gt;'));
  t.true(html.includes('&lt;/textarea&gt;&lt;img src=x onerror=&quot;window.pwned=3&quot;&gt;'));
  t.true(html.includes('&amp; &quot;quotes&quot; &#39;too&#39;'));
  // The highlighted markup is content, escaped; no highlight copies it into an attribute (a highlight is named by its own words).
  t.true(html.includes('&lt;b onmouseover=&quot;alert(2)&quot;&gt;tyranny&lt;/b&gt;'));
  t.false((html.match(/<mark [^>]*>/g) ?? []).some((tag) => tag.includes('onmouseover')));
});

test('Markdown headings become h1/h2 with their # marks kept but hidden; every section gets its own <section>', (t) => {
  const text = '# The title\n\nOpening words here. Down with hunger!\n\n## First part\n\nSome text in it.\n\n## Second part\n\nMore text here.\n';
  const result = analyze(text, { name: 'x.md' });
  const html = renderHtml(result);
  t.regex(html, /<h1 class="doc-title"><span class="md-mark"># <\/span>The title<\/h1>/);
  t.regex(html, /<h2 id="section-\d+-title"><span class="md-mark">## <\/span>First part<\/h2>/);
  t.is((html.match(/<section class="sec"/g) ?? []).length, result.sections.length);
  t.regex(html, /\.md-mark\{display:none\}/);
});
