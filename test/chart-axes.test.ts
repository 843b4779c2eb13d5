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
