// The Markdown report, the charts and the report writer, on small texts and hand-made results.

import test from 'ava';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { analyze } from '../src/analyze.js';
import type { Finding } from '../src/analyzers/types.js';
import type { AnalysisResult } from '../src/result.js';
import { chartPaths, loadChartKit, MAX_SECTION_CHARTS, overviewSvg, sectionSvg, sentimentArcSvg } from '../src/report/charts/index.js';
import { fixed, px, signed, truncate } from '../src/report/charts/kit.js';
import { arcBars } from '../src/report/charts/sentiment-arc.js';
import { quoteInContext, renderMarkdown, strongest, verdict } from '../src/report/markdown.js';
import { renderSummary, terminalSafe } from '../src/report/summary.js';
import { MANIFEST_FILE, renderReportFiles, reportManifest, writeReportFiles } from '../src/report/write.js';

const SPEECH = [
  '# A Town Meeting',
  '',
  'Good evening. The hall opens at seven and the meeting ends at nine.',
  '',
  '## The problem',
  '',
  'They have taken our bridge, and their greed is a disgrace. We are angry and we are tired of their lies.',
  '',
  '## The answer',
  '',
  'Join us on Saturday! Let us fill the square. We must not give up. Down with the toll barons!',
  '',
].join('\n');

const copy = (r: AnalysisResult): AnalysisResult => structuredClone(r);

test('the Markdown report has every part the issue lists, in order', (t) => {
  const result = analyze(SPEECH, { name: 'meeting.md' });
  const md = renderMarkdown(result);
  const order = ['# Rhetoric report: A Town Meeting', '## In brief', '](overview.svg)', '## Scores by section', '## Sentiment arc', '](sentiment-arc.svg)', '## Strongest findings', '## Sections', '## How to read these scores', '## Glossary', '## Limitations'];
  let at = -1;
  for (const part of order) {
    const i = md.indexOf(part);
    t.true(i > at, `${part} after the previous part`);
    at = i;
  }
  for (const p of chartPaths(result).sections) t.true(md.includes(`](${p})`), `embeds ${p}`);
  // One table row per section plus the whole document.
  t.is(md.split('\n').filter((l) => /^\| \d+ \| /.test(l)).length, result.sections.length);
  t.regex(md, /\| {2}\| \*\*Whole document\*\* \|/);
});

test('the source line and the section headings write their numbers as they are (neither starts an ordered list)', (t) => {
  const result = copy(analyze(SPEECH, { name: 'meeting.md' }));
  result.tool = { ...result.tool, version: '2.10.3' };
  const line = renderMarkdown(result).split('\n').find((l) => l.startsWith('Source: '));
  t.truthy(line);
  t.true(line!.endsWith(` · ${result.tool.name} 2.10.3`), line);
  // A heading's text is not a list item either: sections are numbered "### 1. Title".
  t.true(renderMarkdown(result).includes(`\n### 1. ${result.sections[0].title}\n`));
});

test('score definitions, glossary and table formats come from result.devices, not from the renderer', (t) => {
  const result = copy(analyze(SPEECH, { name: 'meeting.md' }));
  result.devices[1] = {
    ...result.devices[1],
    title: 'Chant Device',
    description: 'A made-up description for this test',
    score: { ...result.devices[1].score, label: 'chants per page', definition: 'A made-up definition for this test', digits: 4 },
  };
  result.sections[0].scores[result.devices[1].id].score = 1.5;
  const md = renderMarkdown(result);
  t.true(md.includes('**Chant Device** (chants per page; from 0 up): A made-up definition for this test'));
  t.true(md.includes('A made-up description for this test'));
  t.regex(md, /\| 1 \| A Town Meeting \|[^\n]*\| 1\.5000 \|/);
});

test('findings are quoted in their sentence with their line numbers, strongest first', (t) => {
  const result = copy(analyze(SPEECH, { name: 'meeting.md' }));
  const text = result.text;
  const start = text.indexOf('Down with the toll barons!');
  const sentence = result.sentences.find((s) => s.start <= start && s.end > start)!;
  const fake = (strength: number, s: number, e: number): Finding => ({
    device: 'slogan',
    rule: 'test-rule',
    start: s,
    end: e,
    quote: text.slice(s, e),
    strength,
    explanation: 'Because of a test.',
    scored: true,
    sentence: sentence.index,
    section: sentence.section,
    line: 11,
    column: 1,
  });
  result.findings = result.findings.filter((f) => f.device !== 'slogan');
  result.findings.push(fake(0.4, start, start + 9), fake(0.95, start, start + 26));
  const md = renderMarkdown(result);
  const block = md.slice(md.indexOf('### Slogans'), md.indexOf('###', md.indexOf('### Slogans') + 4));
  t.regex(block, /1\. Line 11: “\*\*Down with the toll barons!\*\*” \(rule `test-rule`, strength 0\.95\)\. Because of a test\./);
  t.regex(block, /2\. Line 11: “\*\*Down with\*\* the toll barons!”/);
  t.deepEqual(strongest(result.findings.filter((f) => f.device === 'slogan'), 1).map((f) => f.strength), [0.95]);
  // Other sentences come before a second finding of the same sentence.
  const other = result.sentences.find((s) => !s.heading && s.index !== sentence.index)!;
  const elsewhere = { ...fake(0.3, other.start, other.start + 3), sentence: other.index };
  t.deepEqual(strongest([fake(0.95, start, start + 26), fake(0.4, start, start + 9), elsewhere], 2).map((f) => f.strength), [0.95, 0.3]);
});

test('the verdict gives counts, densities and who "us" and "them" are from the tallies', (t) => {
  const result = copy(analyze(SPEECH, { name: 'meeting.md' }));
  result.document.us_them = { ...result.document.us_them, tallies: { us: { 'the people': 3, we: 5 }, them: { 'the barons': 2 } } };
  const v = verdict(result);
  t.regex(v, /^This text has \d+ words in \d+ sentences and 3 sections\./);
  t.regex(v, /in-group \(“us”\) labels are “we” \(5\), “the people” \(3\)/);
  t.regex(v, /out-group \(“them”\) labels are “the barons” \(2\)/);
  t.regex(v, /not judgments of the text\.$/);
  t.notRegex(v, /\b(?:dangerous|propaganda|manipulative|populist)\b/i, 'no verdict words');
  // The same tallies are listed under the device, generically.
  t.regex(renderMarkdown(result), /- in-group \(“us”\): we \(5\), the people \(3\)\n- out-group/);
});

test('text from the input is escaped in Markdown and never breaks the SVGs', async (t) => {
  const hostile = '# <img src=x onerror=alert(1)> & [link](javascript:x) \u0007 bell \u00a0nbsp \ud800 lone\n\n## <script>alert(1)</script> | pipe\n\nThey are a **gang** of <b>thieves</b>! Down with them!\n';
  const result = analyze(hostile, { name: '<evil>.md' });
  const md = renderMarkdown(result);
  t.notRegex(md, /<img|<script|<b>/);
  // An unescaped ] right before (javascript: would make a link; an escaped \] cannot.
  t.notRegex(md, /(?<!\\)\]\(javascript:/);
  const kit = await loadChartKit();
  const svgs = [overviewSvg(result, kit), sentimentArcSvg(result, kit)!, ...result.sections.map((s) => sectionSvg(result, s, kit))];
  for (const svg of svgs) {
    t.is(XMLValidator.validate(svg), true);
    t.notRegex(svg, /<img|<script|<b>|&nbsp;|\u0007/);
  }
});

test('charts have a title, a description, axis titles and a legend, and the same result gives the same bytes', async (t) => {
  const result = analyze(SPEECH, { name: 'meeting.md' });
  const kit = await loadChartKit();
  const charts = { overview: overviewSvg(result, kit), arc: sentimentArcSvg(result, kit)!, section: sectionSvg(result, result.sections[1], kit) };
  for (const [name, svg] of Object.entries(charts)) {
    t.regex(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="([a-z0-9-]+)-title \1-desc"/, name);
    t.regex(svg, /<title id="[a-z0-9-]+-title">[^<]+<\/title>\s*<desc id="[a-z0-9-]+-desc">[^<]+<\/desc>/, name);
    t.true(svg.includes('class="legend"') || svg.includes('>Legend<'), `${name} has a legend`);
    t.notRegex(svg, /\d\.\d{3,}/, `${name}: numbers have at most two decimals`);
  }
  t.regex(charts.overview, />Device<[\s\S]*>Section</);
  t.regex(charts.arc, />Sentence number<[\s\S]*>Sentiment</);
  t.regex(charts.section, />Sentence number \(in the whole text\)</);
  const again = await loadChartKit();
  t.is(overviewSvg(result, again), charts.overview);
  t.is(sentimentArcSvg(result, again), charts.arc);
  t.is(sectionSvg(result, result.sections[1], again), charts.section);
});

test('renderReportFiles returns md, json and every chart in memory, identical on a second render', async (t) => {
  const result = analyze(SPEECH, { name: 'meeting.md' });
  const files = await renderReportFiles(result, ['md', 'json']);
  t.deepEqual(files.map((f) => f.path), ['report.md', 'overview.svg', 'sentiment-arc.svg', 'sections/01-a-town-meeting.svg', 'sections/02-the-problem.svg', 'sections/03-the-answer.svg', 'report.json']);
  t.deepEqual(await renderReportFiles(result, ['md', 'json']), files);
  t.deepEqual((await renderReportFiles(result, ['json'])).map((f) => f.path), ['report.json']);
});

test('section chart names come from slugify and stay unique when titles repeat or are not Latin', (t) => {
  const result = copy(analyze(SPEECH, { name: 'meeting.md' }));
  result.sections[1].title = '../../etc/passwd';
  result.sections[2].title = 'Свобода!';
  const paths = chartPaths(result).sections;
  t.deepEqual(paths, ['sections/01-a-town-meeting.svg', 'sections/02-etc-passwd.svg', 'sections/03-section.svg']);
});

test('writeReportFiles removes files of an earlier run of the report and nothing else', async (t) => {
  const parent = mkdtempSync(join(tmpdir(), 'rhetoric-write-'));
  const dir = join(parent, 'report');
  const result = analyze(SPEECH, { name: 'meeting.md' });
  const files = await renderReportFiles(result, ['md', 'json']);
  writeReportFiles(dir, [...files, { path: 'sections/04-gone.svg', contents: '<svg/>' }, { path: 'old.svg', contents: '<svg/>' }]);
  t.true(existsSync(join(dir, 'old.svg')));
  writeFileSync(join(dir, 'mine.txt'), 'keep me');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', '01-x.svg'), 'keep me');
  writeReportFiles(dir, files);
  t.false(existsSync(join(dir, 'sections/04-gone.svg')));
  t.false(existsSync(join(dir, 'old.svg')));
  t.true(existsSync(join(dir, 'mine.txt')));
  t.true(existsSync(join(dir, 'sub', '01-x.svg')));
  t.deepEqual(readdirSync(join(dir, 'sections')).sort(), ['01-a-town-meeting.svg', '02-the-problem.svg', '03-the-answer.svg']);
  t.is(readFileSync(join(dir, MANIFEST_FILE), 'utf8'), reportManifest(files).contents);
  // A manifest naming paths outside the folder is ignored.
  writeFileSync(join(dir, '..', 'outside.txt'), 'not ours');
  for (const listed of [['report.md', '../outside.txt', 'mine.txt/../../x'], { analyze: ['../outside.txt', '/x/../../outside.txt', '..\\outside.txt'] }]) {
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ files: listed }));
    writeReportFiles(dir, files);
    t.true(existsSync(join(dir, '..', 'outside.txt')));
  }
});

test('long texts are drawn as at most 600 bars covering every sentence', (t) => {
  const values = Array.from({ length: 1501 }, (_, i) => (i % 7 === 0 ? null : Math.sin(i) / 2));
  const bars = arcBars(values, 0, values.length);
  t.true(bars.length <= 600);
  t.is(bars[0].from, 0);
  t.is(bars[bars.length - 1].to, 1501);
  for (let i = 1; i < bars.length; i++) t.is(bars[i].from, bars[i - 1].to);
});

test('number and label formatting is fixed: no -0, no exponents, whole code points', (t) => {
  t.is(fixed(-0.0001, 2), '0.00');
  t.is(signed(0.5, 2), '+0.50');
  t.is(signed(-0.004, 2), '0.00');
  t.is(px(1e-9), '0');
  t.is(px(12.3456), '12.35');
  t.is(truncate('😀😀😀😀', 3), '😀😀…');
  t.is(truncate('short', 10), 'short');
});

test('quotes never split a surrogate pair and long quotes are shortened', (t) => {
  const result = copy(analyze('We love 😀 our town and we will fight for it! ' + 'Long words here. '.repeat(3), { name: 'x.txt' }));
  const s = result.sentences[0];
  const at = result.text.indexOf('😀');
  const f: Finding = { device: 'sentiment', rule: 'r', start: at + 1, end: at + 6, quote: '', strength: 1, explanation: 'x', scored: true, sentence: s.index, section: s.section, line: 1, column: 1 };
  t.notRegex(quoteInContext(result, f), /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
});

test('the terminal summary strips control characters from the input', (t) => {
  const result = copy(analyze(SPEECH, { name: 'meeting.md' }));
  result.title = 'Evil \u001b[31mred\u001b[0m title';
  result.sections[0].title = 'bell\u0007 and \u202eright-to-left';
  const out = renderSummary(result);
  t.notRegex(out, /[\u0000-\u0009\u000b-\u001f\u202e]/);
  t.is(terminalSafe('a\u001b[2Jb'), 'a [2Jb');
  t.regex(out, /Whole document/);
});

test('a run without sentiment has no arc chart and no broken link, and its charts stay valid', async (t) => {
  const result = analyze(SPEECH, { name: 'meeting.md', devices: { sentiment: false } });
  const files = await renderReportFiles(result, ['md', 'json']);
  t.false(files.some((f) => f.path === 'sentiment-arc.svg'));
  const md = files.find((f) => f.path === 'report.md')!.contents;
  t.false(md.includes('sentiment-arc.svg'));
  for (const f of files.filter((x) => x.path.endsWith('.svg'))) t.is(XMLValidator.validate(f.contents), true, f.path);
});

test('a text with more headings than MAX_SECTION_CHARTS gets charts and heat-map rows for its first sections only, and says so', async (t) => {
  const n = MAX_SECTION_CHARTS + 20;
  const text = Array.from({ length: n }, (_, i) => `Heading number ${i + 1}\n\nA short paragraph of text under heading ${i + 1}.`).join('\n\n');
  const result = analyze(text, { name: 'outline.txt' });
  t.is(result.sections.length, n);
  t.is(chartPaths(result).sections.length, MAX_SECTION_CHARTS);
  const md = renderMarkdown(result);
  t.true(md.includes(`(Charts are drawn for the first ${MAX_SECTION_CHARTS} sections only.)`));
  t.is((md.match(/\]\(sections\//g) ?? []).length, MAX_SECTION_CHARTS);
  const overview = overviewSvg(result, await loadChartKit());
  t.regex(overview, new RegExp(`Heat map of the first ${MAX_SECTION_CHARTS} of ${n} sections`));
  t.true(overview.includes(`${MAX_SECTION_CHARTS}. Heading number ${MAX_SECTION_CHARTS}<`));
  t.false(overview.includes(`${MAX_SECTION_CHARTS + 1}. Heading number`), 'rows stop at the limit');
  t.is(XMLValidator.validate(overview), true);
});
