// The reports tell a reader how to read them: in HTML each device’s colour and line in words, what strength means, what each score means, and what the tool cannot see; in Markdown what strength means.

import test from 'ava';
import { analyze } from '../src/analyze.js';
import { deviceGuides } from '../src/explain.js';
import { renderHtml } from '../src/report/html.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { deviceLooks } from '../src/report/html/style.js';
import { buildWorksheet, renderAnswersMarkdown } from '../src/teach/worksheet.js';
import { LIMITATIONS, STRENGTH_NOTE } from '../src/report/reading.js';
import { escapeXml } from '../src/util/escape.js';

const TEXT = `# Hands off the harbour

They want us divided. Down with the harbour tax! Join us at the town hall on Monday.
`;

/** The page's text between two headings of the "How to read this report" part. */
function part(html: string, id: string): string {
  const start = html.indexOf(`<h2 id="${id}">`);
  if (start < 0) return '';
  const ends = [html.indexOf('<h2 ', start + 1), html.indexOf('</details>', start)].filter((i) => i >= 0);
  return html.slice(start, Math.min(...ends));
}

test('the legend names each device’s colour and line style, and says what strength means', (t) => {
  const result = analyze(TEXT, { name: 'harbour.md' });
  const html = renderHtml(result);
  const legend = part(html, 'legend');
  const looks = deviceLooks(result.devices.map((d) => d.id));
  result.devices.forEach((d, i) => {
    t.true(legend.includes(escapeXml(d.title)), d.id);
    t.true(legend.includes(`${looks[i].colourName}, ${looks[i].line} underline`), d.id);
  });
  t.true(legend.includes(escapeXml(STRENGTH_NOTE)));
  // Sentiment's framing findings carry their own label: the legend names it, so a reader can tell them from loaded words.
  const sentiment = deviceGuides().find((g) => g.id === 'sentiment')!;
  for (const label of Object.values(sentiment.categoryLabels ?? {})) t.true(legend.includes(escapeXml(label)), label);
});

test('the report says what each score means and what the tool cannot see, in general and for each device', (t) => {
  const result = analyze(TEXT, { name: 'harbour.md' });
  const html = renderHtml(result);
  const scores = part(html, 'scores');
  for (const d of result.devices) t.true(scores.includes(escapeXml(d.score.definition)), d.id);
  const limits = part(html, 'limits');
  for (const l of LIMITATIONS) t.true(limits.includes(escapeXml(l)), l);
  for (const g of deviceGuides()) for (const l of g.limits) t.true(limits.includes(escapeXml(l)), `${g.id}: ${l}`);
});

test('report.md says what strength means where it explains the scores', (t) => {
  const md = renderMarkdown(analyze(TEXT, { name: 'harbour.md' }));
  const reading = md.slice(md.indexOf('## How to read these scores'), md.indexOf('## Glossary'));
  t.true(reading.includes(STRENGTH_NOTE));
});

test('the sentiment score is also said in plain words, before its full definition, in report.md, report.html and the answer key', (t) => {
  const result = analyze(TEXT, { name: 'harbour.md' });
  const score = result.devices.find((d) => d.id === 'sentiment')!.score;
  // What a student needs: the range, where the value comes from, that every word is shown, and what it does not say.
  t.regex(score.plain ?? '', /−1 .*0 .*\+1/);
  t.regex(score.plain ?? '', /words and phrases that carry a rating/);
  t.regex(score.plain ?? '', /finding you can see and check in the text/);
  t.regex(score.plain ?? '', /tone of the language, not whether the author is right/);
  const meaning = `${score.plain} Precisely: ${score.definition}`;
  t.true(part(renderHtml(result), 'scores').includes(escapeXml(meaning)));
  const md = renderMarkdown(result);
  t.true(md.slice(md.indexOf('## How to read these scores'), md.indexOf('## Glossary')).includes(meaning));
  const answers = renderAnswersMarkdown(buildWorksheet(result, { count: 3 }));
  t.true(answers.includes(`**Sentiment values.** ${score.plain}`));
  // Scores without plain words keep their definition alone.
  const slogan = result.devices.find((d) => d.id === 'slogan')!.score;
  t.is(slogan.plain, undefined);
  t.true(md.includes(`: ${slogan.definition}`));
});
