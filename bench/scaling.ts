// Scaling benchmark (not a test): analysis and rendering time for the op-ed repeated 1×, 10× and 100×, for each hard text at the op-ed's size, and for one at 1× and 30× its size.
// Run: npm run bench:scaling [-- --sizes 1,10,100 --no-render --hard-only]

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { renderReportFiles } from '../src/report/write.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OPED = fileURLToPath(new URL('../../shared/corpus/seed/no-volveran-2006.txt', import.meta.url));
const FALLBACK = `${ROOT}examples/example.md`;

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const sizes = option('sizes', '1,10,100').split(',').map(Number);
const render = !flag('no-render');

interface Row {
  name: string;
  chars: number;
  words: number;
  sections: number;
  parseMs: number;
  analyzeMs: number;
  renderMs: number;
  analyzers: Record<string, number>;
}

async function measure(name: string, text: string): Promise<Row> {
  const t0 = performance.now();
  const result = analyze(text, { name, timing: true });
  const t1 = performance.now();
  if (render) await renderReportFiles(result, ['md', 'json']);
  const t2 = performance.now();
  return {
    name,
    chars: text.length,
    words: result.source.words,
    sections: result.sections.length,
    parseMs: result.timing?.parse ?? 0,
    analyzeMs: t1 - t0,
    renderMs: render ? t2 - t1 : 0,
    analyzers: result.timing?.analyzers ?? {},
  };
}

const ms = (n: number) => `${Math.round(n)}`.padStart(7);
function print(rows: Row[], base?: Row): void {
  const devices = Object.keys(rows[0]?.analyzers ?? {});
  console.log(['text'.padEnd(26), 'chars'.padStart(9), 'words'.padStart(8), 'sect'.padStart(5), 'parse', ...devices.map((d) => d.slice(0, 7).padStart(7)), 'analyze', ' render', '  total', 'µs/word', base ? 'vs 1× per word' : ''].join(' '));
  for (const r of rows) {
    const total = r.analyzeMs + r.renderMs;
    const perWord = (total * 1000) / Math.max(1, r.words);
    const ratio = base ? (perWord / ((((base.analyzeMs + base.renderMs) * 1000) / Math.max(1, base.words)))).toFixed(2) : '';
    console.log([r.name.padEnd(26), `${r.chars}`.padStart(9), `${r.words}`.padStart(8), `${r.sections}`.padStart(5), ms(r.parseMs).slice(2), ...devices.map((d) => ms(r.analyzers[d] ?? 0)), ms(r.analyzeMs), ms(r.renderMs), ms(total), perWord.toFixed(0).padStart(7), ratio.padStart(8)].join(' '));
  }
}

const source = existsSync(OPED) ? OPED : FALLBACK;
const base = readFileSync(source, 'utf8');
console.log(`node ${process.version}; base text ${source} (${base.length} chars); times in ms${render ? '' : ' (rendering skipped)'}`);

// Warm up: lexicons, the tagger and the chart library load once per process.
await measure('warm-up', base);

if (!flag('hard-only')) {
  const rows: Row[] = [];
  for (const n of sizes) rows.push(await measure(`op-ed ×${n}`, Array.from({ length: n }, () => base).join('\n\n')));
  console.log('\nThe op-ed repeated (linear work keeps µs/word flat; the last column is the per-word cost against 1×):');
  print(rows, rows[0]);
}

// Hard texts, each cut or repeated to about the op-ed's size.
const size = base.length;
const fit = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const hard: Record<string, string> = {
  'no punctuation': fit('people power struggle bread land peace the and of we they workers '),
  'one long line': fit('We must fight for bread, land and peace. Down with the oligarchy! They lie to us; we know it. '),
  'unbroken token': 'x'.repeat(size),
  'exclamation marks': fit('!'),
  'No! repeated': fit('No! '),
  'repeated slogan': fit('Down with imperialism! '),
  'the the the': fit('the '),
  'emoji flood': fit('🔥 🔥! 👨‍👩‍👧 '),
  'all headings': fit('## Heading here\n\n'),
  'CRLF paragraphs': fit('We stand together.\r\n\r\nThey divide us!\r\n'),
  'lone CR lines': fit('We stand together.\rThey divide us!\r'),
  'Markdown table rows': `# Table\n\n${fit('| a | b | Down with them! |\n')}`,
  'HTML tags': fit('<b>Down</b> with <i>them</i>! <script>alert(1)</script> '),
  'RTL and zero-width': fit('שלום\u200bעולם. مرحبا\u200dبالعالم! \u202eabc\u202c '),
};
const hardRows: Row[] = [];
for (const [name, text] of Object.entries(hard)) hardRows.push(await measure(name, text));
console.log(`\nHard texts at the op-ed's size (${size} chars); the issue asks under 2,000 ms each:`);
print(hardRows);
const slow = hardRows.filter((r) => r.analyzeMs + r.renderMs > 2000);
console.log(slow.length ? `\nOver 2 s: ${slow.map((r) => r.name).join(', ')}` : '\nEvery hard text finished in under 2 s.');

// A hard text whose whole-document pass once grew with the square of its length, at 1× and 30× the op-ed's size: one
// adversary named throughout, where every sentence naming it asked about every earlier sentence that cast it (the us/them
// document pass and the features of its learned model).
const grown = (unit: (i: number) => string, times: number): string => {
  let out = '';
  for (let i = 0; out.length < size * times; i++) out += unit(i);
  return out;
};
const adversary = (i: number): string =>
  `Germany invaded province ${i} without warning. Germany held a census in town ${i}. Germany held a fair in May.${i % 5 === 4 ? '\n\n' : ' '}`;
const growRows: Row[] = [await measure('one adversary ×1', grown(adversary, 1)), await measure('one adversary ×30', grown(adversary, 30))];
console.log("\nA hard text at 1× and 30× the op-ed's size (linear work keeps µs/word flat):");
print(growRows);
