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
