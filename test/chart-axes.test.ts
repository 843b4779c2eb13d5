import test from 'ava';
import { loadChartKit } from '../src/report/charts/kit.js';
import { yAxis } from '../src/report/compare/axes.js';

/** The tick labels a y axis over `domain` draws, as numbers. */
async function tickLabels(domain: [number, number]): Promise<number[]> {
  const kit = await loadChartKit();
  const canvas = kit.canvas(200, 200, 't', 'axis', 'axis test');
  yAxis(canvas.svg, canvas.ticks, domain, { x: 40, top: 10, bottom: 190, width: 150 }, 2);
  return [...canvas.finish().matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => Number(m[1].replace('−', '-'))).filter(Number.isFinite);
}

test('a y axis whose domain dips just below zero gets a labelled tick below zero', async (t) => {
  const labels = await tickLabels([-0.02, 0.25]);
  t.true(labels.some((v) => v < 0), `labels ${labels.join(', ')}`);
  t.true(labels.includes(0));
});

test('a y axis that stays at or above zero gets no tick below it', async (t) => {
  const labels = await tickLabels([0, 0.25]);
  t.false(labels.some((v) => v < 0), `labels ${labels.join(', ')}`);
});

test('a y axis whose highest value falls between ticks reaches the next tick, so the tallest bar stays under a labelled line', async (t) => {
  // 5.86 lies past the tick at 5 (ticks 0, 1, …, 5 for this span): the axis goes on to 6.
  const labels = await tickLabels([0, 5.86]);
  t.true(Math.max(...labels) >= 5.86, `labels ${labels.join(', ')}`);
  // A domain that ends on a tick gets no extra one.
  const exact = await tickLabels([0, 0.25]);
  t.is(Math.max(...exact), 0.25, `labels ${exact.join(', ')}`);
  // Symmetric domains (the sentiment arcs) widen at both ends.
  const both = await tickLabels([-0.33, 0.33]);
  t.true(Math.min(...both) <= -0.33 && Math.max(...both) >= 0.33, `labels ${both.join(', ')}`);
});

test('trends.svg marks whole years only, even when the documents span one or two years', async (t) => {
  const { trendsSvg } = await import('../src/report/compare/trends-svg.js');
  const { deviceInfoOf } = await import('../src/corpus/summary.js');
  const devices = deviceInfoOf();
  const rows = [1787, 1787, 1788, 1788].map((year, i) => ({ file: `federalist-${i}.txt`, title: `No. ${i}`, author: null, year, words: 100, sections: 1, sentences: 5, scores: Object.fromEntries(devices.map((d) => [d.id, i / 10])) }));
  const svg = trendsSvg('papers', rows, devices, await loadChartKit());
  // The x-axis labels are the <text> elements that read as a year; the old axis labelled 1787.1, 1787.2, … 1787.9.
  const years = [...svg.matchAll(/<text[^>]*>(1[78]\d\d(?:\.\d+)?)<\/text>/g)].map((m) => m[1]);
  t.true(years.length > 0);
  t.deepEqual([...new Set(years)], ['1787', '1788']);
  const single = trendsSvg('one year', rows.slice(0, 2), devices, await loadChartKit());
  t.deepEqual([...new Set([...single.matchAll(/<text[^>]*>(1[78]\d\d(?:\.\d+)?)<\/text>/g)].map((m) => m[1]))], ['1787', '1788'], 'one year: the axis runs to the next');
  const long = trendsSvg('long', [{ ...rows[0], year: 1790 }, { ...rows[1], year: 2020 }], devices, await loadChartKit());
  t.true([...long.matchAll(/<text[^>]*>((?:19|20)\d\d)<\/text>/g)].length >= 3, 'a long span keeps its round-year ticks');
});

test('trends.svg of a few documents says every document off the median is labelled, not "the 5 documents"', async (t) => {
  const { trendsSvg } = await import('../src/report/compare/trends-svg.js');
  const { deviceInfoOf } = await import('../src/corpus/summary.js');
  const devices = deviceInfoOf();
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ file: `${1990 + i}-speech.txt`, title: `Speech ${i}`, author: null, year: 1990 + i, words: 100, sections: 1, sentences: 5, scores: Object.fromEntries(devices.map((d) => [d.id, i])) }));
  const kit = await loadChartKit();
  const two = trendsSvg('two speeches', rows(2), devices, kit);
  const many = () => trendsSvg('many', rows(8), devices, kit);
  t.regex(two, /One dot per document \(2\), by year; labelled: every document off each device's median\./);
  t.regex(two, /in each panel every document off the median is labelled\./);
  t.regex(many(), /in each panel the 5 documents farthest from the median are labelled\./);
  t.false(two.includes('the 5 documents'));
  t.regex(many(), /labelled: the 5 documents farthest from each device's median\./);
});
