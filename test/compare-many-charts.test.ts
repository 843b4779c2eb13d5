// The comparison charts of more texts than colours and styles keep apart (24): a row of bars per text named at its start,
// and a small sentiment-arc panel per text, so that every text's marks can be found by its name.

import test from 'ava';
import { analyze } from '../src/analyze.js';
import { compareResults, type Comparison } from '../src/compare/model.js';
import { loadChartKit } from '../src/report/charts/kit.js';
import { sentimentArcsSvg } from '../src/report/compare/arcs-svg.js';
import { compareSvg } from '../src/report/compare/compare-svg.js';
import { renderCompareMarkdown } from '../src/report/compare/compare-md.js';
import { marksOf, overlaps } from './helpers/chart-geometry.js';

const TEXTS = [
  'We must rebuild the harbour wall before winter. Join us at the quay on Monday! Down with the toll barons!',
  'The orchard was quiet in October. The pickers went home early and the press stood still. It was a sad and grim year.',
  'They have taken our bridge and their greed is a disgrace. We will not be silent. Forward to the square! We love this town.',
];

/** Thirty texts (three invented ones, in turn), each under its own name. */
function thirty(): Comparison {
  return compareResults(Array.from({ length: 30 }, (_, i) => analyze(TEXTS[i % 3], { name: `speech-${String(i + 1).padStart(2, '0')}.txt` })));
}

function attrs(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

test('compare.svg of thirty texts: each device\'s bar of a text lies in the row its name labels, and no two names overlap', async (t) => {
  const c = thirty();
  const svg = compareSvg(c, await loadChartKit());
  const names = marksOf(svg).texts.filter((x) => /^speech-\d\d\.txt$/.test(x.what));
  t.deepEqual(names.map((x) => x.what), c.texts.map((x) => x.name), 'every text named once, in order');
  names.forEach((a, i) => names.slice(i + 1).forEach((b) => t.false(overlaps(a, b), `${a.what} and ${b.what}`)));
  for (const d of c.devices) {
    const group = svg.slice(svg.indexOf(`data-device="${d.id}"`)).split('<g class="device"')[0];
    const bars = [...group.matchAll(/<rect([^>]*)>\s*<title>([^<:]+): ([^<]+)<\/title>/g)].map((m) => ({ box: attrs(m[1]), name: m[2], value: m[3] }));
    t.is(bars.length, 30, d.id);
    bars.forEach((bar, i) => {
      t.is(bar.name, c.texts[i].name, `${d.id}: bar ${i + 1} is its text's`);
      t.is(Number(bar.value), Number(c.texts[i].scores[d.id].toFixed(d.score.digits)), `${d.id}: ${bar.name}'s value`);
      // The bar's middle is level with its name's row: inside the name's box, stretched to the row's height.
      const middle = Number(bar.box.y) + Number(bar.box.height) / 2;
      t.true(middle > names[i].y0 - 3 && middle < names[i].y1 + 3, `${d.id}: ${bar.name}'s bar at ${middle}, its name from ${names[i].y0} to ${names[i].y1}`);
    });
  }
});

test('sentiment-arcs.svg of thirty texts: a panel per text under its name, each arc inside its own panel', async (t) => {
  const c = thirty();
  const svg = sentimentArcsSvg(c, await loadChartKit());
  const names = marksOf(svg).texts.filter((x) => /^speech-\d\d\.txt$/.test(x.what));
  t.deepEqual(names.map((x) => x.what), c.texts.map((x) => x.name));
  const panels = [...svg.matchAll(/<rect([^>]*)fill="none"([^>]*)>/g)].map((m) => attrs(m[1] + m[2])).map((a) => ({ x0: Number(a.x), y0: Number(a.y), x1: Number(a.x) + Number(a.width), y1: Number(a.y) + Number(a.height) }));
  t.is(panels.length, 30);
  const paths = [...svg.matchAll(/<path d="([^"]+)"[^>]*data-text="(\d+)"/g)].map((m) => ({ i: Number(m[2]), points: [...m[1].matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((p) => [Number(p[1]), Number(p[2])]) }));
  t.is(paths.length, 30);
  for (const { i, points } of paths) {
    const panel = panels[i];
    t.true(points.every(([x, y]) => x >= panel.x0 && x <= panel.x1 && y >= panel.y0 && y <= panel.y1), `${c.texts[i].name}'s arc inside its panel`);
    // Its name sits just above its panel, within the panel's width.
    t.true(names[i].y1 <= panel.y0 && names[i].y1 > panel.y0 - 14 && names[i].x0 >= panel.x0 - 1 && names[i].x1 <= panel.x1, `${c.texts[i].name} names its panel`);
  }
  panels.forEach((a, i) => panels.slice(i + 1).forEach((b) => t.false(overlaps({ ...a, what: '' }, { ...b, what: '' }), 'panels apart')));
});

test('compare.md describes the charts of thirty texts as they are drawn: rows of bars and a panel per text', (t) => {
  const md = renderCompareMarkdown(thirty());
  t.true(md.includes('![Device scores of each text, one row per text and one column per device](compare.svg)'));
  t.true(md.includes('![Sentiment of each text from start to end, one panel per text](sentiment-arcs.svg)'));
  t.regex(md, /^Each panel shows a text's running mean of sentence sentiment/m);
  t.false(md.includes('one group per device'));
});
