// The HTML report stores each distinct explanation twice, as text in the page (a hidden copy that describes the highlights and the first
// list entry that gives it), and every highlight and later listed finding points at it.

import test from 'ava';
import { analyze } from '../src/analyze.js';
import { renderHtml } from '../src/report/html.js';
import type { AnalysisResult } from '../src/result.js';
import { escapeXml } from '../src/util/escape.js';
import { denseText } from '../bench/dense-text.js';

/** A small dense text: short lines full of devices, where many findings share a rule and its explanation. */
const RESULT: AnalysisResult = analyze(denseText(4000, 7), { name: 'dense.txt' });
const HTML = renderHtml(RESULT);

/** How many times `needle` occurs in `hay`. */
function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** The page's text as a reader gets it without scripts or styles: element content only, never attribute values. */
function pageText(html: string): string {
  return html
    .replace(/<script>[^]*?<\/script>/g, '')
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text inside the element with this id (its tags dropped), or undefined. */
function textOfId(html: string, id: string): string | undefined {
  const m = new RegExp(`<(\\w+)[^>]* id="${id}"[^>]*>([^]*?)</\\1>`).exec(html);
  return m ? pageText(m[2]) : undefined;
}

test('the dense text has explanations shared by many findings (the case this file is about)', (t) => {
  const counts = new Map<string, number>();
  for (const f of RESULT.findings) counts.set(f.explanation, (counts.get(f.explanation) ?? 0) + 1);
  t.true(RESULT.findings.length > 300, `${RESULT.findings.length} findings`);
  t.true(Math.max(...counts.values()) >= 30, `the most shared explanation has ${Math.max(...counts.values())} findings`);
});

test('an explanation shared by many findings appears twice in the page source: what describes its highlights, and the first list entry that gives it', (t) => {
  const distinct = [...new Set(RESULT.findings.map((f) => f.explanation))];
  // One explanation may begin another ("“cruel” is rated −3 …" and "… Here it is negated by “No more”, …"): each of those holds it twice more.
  const expected = (e: string) => 2 * distinct.filter((other) => other.includes(e)).length;
  const repeated = distinct.map((e) => [e, occurrences(HTML, escapeXml(e)), expected(e)] as const).filter(([, n, want]) => n !== want);
  t.deepEqual(repeated, [], 'explanations that the page holds other than twice');
});

test('every explanation is text of the page, not only an attribute or a style', (t) => {
  const text = pageText(HTML);
  const missing = [...new Set(RESULT.findings.map((f) => f.explanation))].filter((e) => !text.includes(e));
  t.deepEqual(missing, []);
  t.false(/content:\s*attr\(/.test(HTML), 'no text drawn by CSS from attributes');
});

test('each highlight is described by the elements that hold its kind and its explanation, outside the closed lists, and carries no copy of them', (t) => {
  const marks = [...HTML.matchAll(/<mark class="hl [^>]*>/g)].map((m) => m[0]);
  t.is(marks.length, RESULT.findings.length);
  // Browsers leave the content of a closed <details> out of a description: what describes a highlight is in no list.
  const hidden = /<div id="explanations" hidden>([^]*?)<\/div>/.exec(HTML)?.[1] ?? '';
  const wrong: string[] = [];
  for (const mark of marks) {
    const k = Number(/ data-finding="(\d+)"/.exec(mark)![1]);
    const f = RESULT.findings[k];
    const [kind, why] = / aria-describedby="([^"]+)"/.exec(mark)?.[1].split(' ') ?? [];
    const title = RESULT.devices.find((d) => d.id === f.device)!.title;
    if (!kind || !textOfId(hidden, kind)?.endsWith(` (${title}):`)) wrong.push(`${k}: described by ${kind} ≠ its kind`);
    if (!why || textOfId(hidden, why) !== f.explanation) wrong.push(`${k}: described by ${why} ≠ its explanation`);
    if (mark.includes(escapeXml(f.explanation))) wrong.push(`${k}: the highlight repeats its explanation`);
  }
  t.deepEqual(wrong, []);
  // Continuation fragments carry only what links them to their finding.
  for (const cont of HTML.match(/<mark class="hl-cont [^>]*>/g) ?? []) t.false(/ title=/.test(cont), cont);
});

test('every listed finding gives its explanation or links to the listed finding that gives it', (t) => {
  const wrong: string[] = [];
  for (const [k, f] of RESULT.findings.entries()) {
    const item = new RegExp(`<li class="finding [^"]*" id="finding-${k}">([^]*?)</li>`).exec(HTML)?.[1];
    if (item === undefined) {
      wrong.push(`${k}: not listed`);
      continue;
    }
    if (pageText(item).includes(f.explanation)) continue;
    const to = /<a class="same" href="#finding-(\d+)"/.exec(item)?.[1];
    const target = to === undefined ? undefined : new RegExp(`id="finding-${to}">([^]*?)</li>`).exec(HTML)?.[1];
    if (target === undefined || !pageText(target).includes(f.explanation) || Number(to) >= k) wrong.push(`${k}: neither its explanation nor a link to an earlier finding that gives it`);
  }
  t.deepEqual(wrong, []);
});

test('a page of many findings costs a few hundred bytes a finding, not one copy of its explanation each', (t) => {
  const perFinding = Buffer.byteLength(HTML) / RESULT.findings.length;
  t.true(perFinding < 700, `${Math.round(perFinding)} bytes a finding`);
});

test('a listed finding sets its quoted words apart from its explanation, which may quote the same word ("“tired”: “tired” is rated …")', (t) => {
  const result = analyze('The ferrymen are tired. We must act before the winter.', { name: 'ferry.txt' });
  const html = renderHtml(result);
  const k = result.findings.findIndex((f) => f.quote === 'tired');
  t.true(k >= 0);
  const item = new RegExp(`<li class="finding [^"]*" id="finding-${k}">[^]*?</li>`).exec(html)![0];
  t.regex(pageText(item), /^Loaded wording tired: “tired” is rated −2/);
  // A later finding with the same explanation points back after the same colon.
  const again = analyze('The ferrymen are tired. The boatmen are tired too.', { name: 'ferry.txt' });
  const second = again.findings.filter((f) => f.quote === 'tired')[1];
  t.truthy(second);
  t.regex(renderHtml(again), new RegExp(`id="finding-${again.findings.indexOf(second)}"><strong>Loaded wording</strong> <q>tired</q>: <a class="same"`));
});
