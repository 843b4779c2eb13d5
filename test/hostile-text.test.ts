// Hard texts that must work: every fixture in test/fixtures/hostile/ and the large generated ones complete and keep every invariant.

import test, { type ExecutionContext } from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, parse } from '../src/index.js';
import { renderReportFiles, type ReportFormat } from '../src/report/write.js';
import { decodeText } from '../src/text/load.js';
import { MAX_SENTENCE_CHARS, maskSpans } from '../src/text/parse.js';
import { slugify } from '../src/util/slug.js';
import { ALL_FORMATS, fileProblems, resultProblems, splitsPair } from './property-invariants.js';

const DIR = fileURLToPath(new URL('./fixtures/hostile/', import.meta.url));

interface Expectation {
  behaviour: string;
  generated?: boolean;
  sections?: string[];
  title?: string;
  sentence?: string;
  absent?: string[];
  lines?: number;
  headingLine?: Record<string, number>;
}

const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as { fixtures: Record<string, Expectation> };

/** Analyzes, renders every format, and checks the common invariants; returns the result for specific checks. */
async function analyzeAndCheck(t: ExecutionContext, name: string, text: string, render = true) {
  const result = analyze(text, { name });
  t.deepEqual(resultProblems(text, result), [], `${name}: result invariants`);
  const doc = parse(text);
  // A sentence's text is the source with its skipped spans (comments, link addresses) blanked, offset for offset.
  t.is(doc.prose, maskSpans(text, doc.skipped));
  for (const s of doc.sentences) {
    if (s.text !== doc.prose.slice(s.start, s.end)) t.fail(`${name}: sentence ${s.index} does not round-trip`);
    if (!s.heading && s.end - s.start > MAX_SENTENCE_CHARS) t.fail(`${name}: sentence ${s.index} has ${s.end - s.start} characters`);
    for (const tok of s.tokens) {
      if (tok.text !== text.slice(tok.start, tok.end)) t.fail(`${name}: token at ${tok.start} does not round-trip`);
      if (splitsPair(text, tok.start) || splitsPair(text, tok.end)) t.fail(`${name}: token at ${tok.start} cuts a surrogate pair`);
    }
  }
  if (render) {
    const files = await renderReportFiles(result, ALL_FORMATS as unknown as ReportFormat[]);
    t.true(files.length >= 2, `${name}: at least report.md and report.json`);
    t.deepEqual(fileProblems(text, files), [], `${name}: rendered files`);
  }
  return { result, doc };
}

const committed = Object.entries(expected.fixtures).filter(([, e]) => !e.generated);

test('every committed fixture is listed in expected.json and exists', (t) => {
  t.true(committed.length >= 14);
  for (const [name] of committed) t.notThrows(() => readFileSync(`${DIR}${name}`), name);
});

for (const [name, e] of committed) {
  test(`fixture ${name}: ${e.behaviour}`, async (t) => {
    const text = decodeText(readFileSync(`${DIR}${name}`), name);
    const { result, doc } = await analyzeAndCheck(t, name, text);
    if (e.sections) t.deepEqual(result.sections.map((s) => s.title), e.sections);
    if (e.title) t.is(result.title, e.title);
    if (e.sentence) t.true(result.sentences.some((s) => text.slice(s.start, s.end) === e.sentence), `a sentence ${JSON.stringify(e.sentence)}`);
    for (const gone of e.absent ?? []) {
      t.false(result.sentences.some((s) => text.slice(s.start, s.end).includes(gone)), `no sentence holds ${JSON.stringify(gone)}`);
      t.false(result.findings.some((f) => f.quote.includes(gone)), `no finding quotes ${JSON.stringify(gone)}`);
    }
    if (e.lines !== undefined) t.is(result.source.lines, e.lines);
    for (const [title, line] of Object.entries(e.headingLine ?? {})) t.is(result.sections.find((s) => s.title === title)?.line, line);
    // No title or sentence boundary keeps line-break or tab characters at its edges.
    for (const s of result.sections) t.is(s.title, s.title.trim(), `section title ${JSON.stringify(s.title)} is trimmed`);
    for (const s of doc.sentences) t.notRegex(s.text, /^[ \t\r\n]|[ \t\r\n]$/, `sentence ${JSON.stringify(s.text)} is trimmed`);
  });
}

test('fixture-specific: all headings and empty headed sections hold only their heading', (t) => {
  for (const name of ['all-headings.md', 'heading-no-body.md']) {
    const text = readFileSync(`${DIR}${name}`, 'utf8');
    const doc = parse(text);
    for (const s of doc.sections) {
      if (s.title.startsWith('Empty') || name === 'all-headings.md') {
        t.is(s.sentences.length, 1, `${name}: ${s.title}`);
        t.true(s.sentences[0].heading);
      }
    }
  }
});

test('fixture-specific: Markdown table rows are blocks of their own', (t) => {
  const text = readFileSync(`${DIR}markdown-table.md`, 'utf8');
  const doc = parse(text);
  const prose = doc.sentences.find((s) => s.text === 'The figures speak for themselves.');
  t.truthy(prose, 'the sentence before the table is not glued to the table');
  t.false(doc.sentences.some((s) => s.text.includes('|') && s.text.includes('Down with')));
});

test('fixture-specific: titles that look like paths or reserved names slug safely', (t) => {
  const text = readFileSync(`${DIR}markdown-injection.md`, 'utf8');
  for (const s of parse(text).sections) {
    const slug = slugify(s.title);
    t.regex(slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${JSON.stringify(s.title)} → ${slug}`);
    t.notRegex(slug, /^(?:con|prn|aux|nul|com\d|lpt\d)$/);
  }
});

// Large inputs, generated here rather than committed.
const generated: Record<string, () => string> = {
  'one-megabyte-sentence': () => {
    const words = ['people', 'power', 'struggle', 'bread', 'land', 'peace', 'the', 'and', 'of', 'we', 'they', 'workers'];
    const out: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const w = words[(i * 7 + (i >> 3)) % words.length];
      out.push(w);
      size += w.length + 1;
    }
    return out.join(' ');
  },
  'long-single-line': () => 'We must fight for bread, land and peace. Down with the oligarchy! They lie to us; we know it. '.repeat(2200).slice(0, 200_000),
  'long-unbroken-token': () => 'x'.repeat(99_999) + '😀'.repeat(50_000) + 'y',
  'long-markdown-heading': () => `# Title\n\n# a${' '.repeat(200_000)}b\n\n## Next\n\nSome text.\n`,
  exclamations: () => `${'!'.repeat(5000)}\n\n${'No! '.repeat(5000)}\n\nDown with them${'!'.repeat(5000)}\n`,
  'repeated-phrase': () => `${'Down with imperialism! '.repeat(5000)}\n\n${'the '.repeat(50_000)}\n`,
  'many-headings': () => Array.from({ length: 1000 }, (_, i) => `## Heading ${i + 1}\n\nWe must act now, number ${i + 1}.\n`).join('\n'),
  'one-sentence-20k': () => {
    const clauses = ['down with the tyrants', 'let us march on', 'they are traitors to our people', 'like Rome before its fall we are weak', 'the 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 river <b>bold</b> & "so" on', 'with | pipes * and _ marks #'];
    let text = '';
    for (let i = 0; text.length < 19_999; i++) text += `${i ? ', ' : ''}${clauses[i % clauses.length]}`;
    return `${text.slice(0, text.lastIndexOf(' ', 19_999))}.`;
  },
  'astral-flood': () => Array.from({ length: 100_000 }, (_, i) => (i % 10 === 9 ? '🔥!' : '🔥')).join(' '),
};

for (const [name, make] of Object.entries(generated)) {
  const e = expected.fixtures[name];
  test(`generated ${name}: ${e?.behaviour ?? 'listed in expected.json'}`, async (t) => {
    t.truthy(e, `${name} is listed in expected.json`);
    const text = make();
    // Rendering hundreds of section charts is the renderer's own benchmark (bench/scaling.ts); the largest texts check the analysis.
    const { result } = await analyzeAndCheck(t, name, text, text.length <= 320_000 && name !== 'many-headings');
    t.true(result.sentences.length > 0);
    if (name === 'many-headings') t.is(result.sections.length, 1000);
    if (name === 'long-markdown-heading') t.false(result.sections.some((s) => s.title.length > 300));
  });
}
