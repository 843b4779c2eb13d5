// trends.svg lays out its labels so that none covers a dot, another label or the panel's heading, even in a crowded run.

import test from 'ava';
import { loadChartKit } from '../src/report/charts/kit.js';
import { deviceInfoOf, type SummaryRow } from '../src/corpus/summary.js';
import { trendsSvg } from '../src/report/compare/trends-svg.js';
import { assertLabelsClear, panels } from './helpers/chart-geometry.js';

const DEVICES = deviceInfoOf();

function row(year: number, value: number): SummaryRow {
  return { file: `${year}-address.txt`, title: `Address of ${year}`, author: null, year, words: 1000, sections: 1, sentences: 50, scores: Object.fromEntries(DEVICES.map((d) => [d.id, value])) };
}

test('labels in a crowded run of dots cover no dot, no other label and no heading', async (t) => {
  // Forty yearly documents: the five farthest from the median are neighbours, among close neighbours of their own.
  const values = Array.from({ length: 40 }, (_, i) => 0.1 + 0.02 * (i % 3));
  [0.28, 0.3, 0.32, 0.3, 0.28].forEach((v, k) => (values[18 + k] = v));
  values[17] = 0.26;
  values[23] = 0.26;
  const svg = trendsSvg('crowded', values.map((v, i) => row(1900 + i, v)), DEVICES, await loadChartKit());
  const labelled = panels(svg)[0].labels.map((l) => l.what.split(' ')[0]);
  t.deepEqual(labelled.sort(), ['1918-address', '1919-address', '1920-address', '1921-address', '1922-address']);
  assertLabelsClear(t, svg, 900);
});

test('labels of extremes at the panel\'s top and right edge stay clear of the heading and inside the chart', async (t) => {
  // The highest documents are the first and the last, each under the heading's line or at the right edge.
  const values = Array.from({ length: 60 }, (_, i): number => (i % 2 ? 0.5 : 0.45));
  values[0] = 2;
  values[1] = 1.9;
  values[57] = 1.9;
  values[58] = 1.95;
  values[59] = 2;
  const svg = trendsSvg('edges', values.map((v, i) => row(1800 + 4 * i, v)), DEVICES, await loadChartKit());
  assertLabelsClear(t, svg, 900);
});
