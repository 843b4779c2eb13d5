// Size benchmark (not a test): how big report.html gets for the example speech and for a pathological dense text, and what its bytes are spent on.
// Run: npx tsx bench/html-size.ts [--kb 200] [--seed 1]

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { renderReportFiles } from '../src/report/write.js';
import { escapeXml } from '../src/util/escape.js';
import { denseText } from './dense-text.js';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const kb = Number(option('kb', '200'));
const seed = Number(option('seed', '1'));

/** report.html as `rhetoric analyze --format all` writes it (charts inlined). */
async function reportHtml(text: string, name: string): Promise<{ html: string; findings: number; explanations: string[] }> {
  const result = analyze(text, { name });
  const files = await renderReportFiles(result, ['md', 'html']);
  const html = files.find((f) => f.path === 'report.html')!.contents as string;
  return { html, findings: result.findings.length, explanations: [...new Set(result.findings.map((f) => f.explanation))] };
}

/** Bytes spent on some parts of the page: attributes of the highlights by name, the findings lists, inline SVG. */
function breakdown(html: string): [string, number][] {
  const sum = (re: RegExp, within = html) => [...within.matchAll(re)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
  const marks = [...html.matchAll(/<mark [^>]*>/g)].map((m) => m[0]).join('\n');
  return [
    ['<mark …> opening tags', Buffer.byteLength(marks)],
    ...['title', 'data-explanation', 'aria-label', 'aria-describedby'].map((a): [string, number] => [`  ${a}="…"`, sum(new RegExp(` ${a}="[^"]*"`, 'g'), marks)]),
    ['findings lists <li class="finding…">', sum(/<li class="finding[^]*?<\/li>/g)],
    ['inline <svg>', sum(/<svg[^]*?<\/svg>/g)],
  ];
}

/** How often each distinct explanation appears in the page source (as escaped text), in all. */
function copies(html: string, explanations: readonly string[]): { copies: number; bytes: number; most: number } {
  let all = 0;
  let bytes = 0;
  let most = 0;
  for (const e of explanations) {
    const needle = escapeXml(e);
    let n = 0;
    for (let at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + needle.length)) n++;
    all += n;
    bytes += n * Buffer.byteLength(needle);
    most = Math.max(most, n);
  }
  return { copies: all, bytes, most };
}

const mb = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} KB`).padStart(10);
async function report(name: string, text: string): Promise<void> {
  const { html, findings, explanations } = await reportHtml(text, name);
  const bytes = Buffer.byteLength(html);
  console.log(`\n${name}: ${text.length.toLocaleString('en-US')} chars, ${findings.toLocaleString('en-US')} findings, ${explanations.length} distinct explanations`);
  console.log(`  report.html ${bytes.toLocaleString('en-US')} bytes (${mb(bytes).trim()}), ${Math.round(bytes / Math.max(1, findings))} bytes a finding`);
  const c = copies(html, explanations);
  console.log(`  explanation texts in the source: ${c.copies.toLocaleString('en-US')} copies (${mb(c.bytes).trim()}); the most repeated one ${c.most}×`);
  for (const [part, n] of breakdown(html)) if (n) console.log(`  ${part.padEnd(40)} ${mb(n)}  ${((100 * n) / bytes).toFixed(1).padStart(5)}%`);
}

const example = fileURLToPath(new URL('../examples/example.md', import.meta.url));
await report('example.md', readFileSync(example, 'utf8'));
await report(`dense-${kb}kb.txt (seed ${seed})`, denseText(kb * 1000, seed));
