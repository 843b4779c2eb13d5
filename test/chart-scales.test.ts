import test from 'ava';
import { analyze } from '../src/index.js';
import { deviceScales } from '../src/report/charts/scales.js';

test('a signed scale spans at least a quarter of its bounds: a text whose sentiment is near 0 is drawn pale, not at full strength', (t) => {
  const result = analyze('The council met on Tuesday. The minutes were read and the meeting was closed.', { devices: ['sentiment'] });
  const sentiment = deviceScales(result).find((s) => s.device.id === 'sentiment')!;
  const score = result.document.sentiment!.score;
  t.true(Math.abs(score) < 0.25, `a near-neutral text (${score})`);
  t.is(sentiment.extent, 0.25);
  t.true(Math.abs(sentiment.normalize(score)) < 1);
});

test('a signed scale still fits a text whose sections go beyond the floor', (t) => {
  const result = analyze('What a wonderful, joyful, glorious day! We love this town and its brave, generous people.', { devices: ['sentiment'] });
  const sentiment = deviceScales(result).find((s) => s.device.id === 'sentiment')!;
  const scores = [...result.sections.map((s) => s.scores.sentiment!.score), result.document.sentiment!.score];
  const strongest = scores.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
  t.true(Math.abs(strongest) > 0.25, `a strongly positive text (${strongest})`);
  t.is(sentiment.extent, Math.abs(strongest));
  t.is(sentiment.normalize(strongest), 1);
});
