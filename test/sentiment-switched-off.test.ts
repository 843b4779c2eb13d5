// A sentiment rating whose finding a rule option or an in-text directive drops leaves the sentence's value as well:
// a score never rests on evidence the report no longer shows.

import test from 'ava';
import { analyze } from '../src/index.js';

const LOVE = 'We love this wonderful happy day.';
const HATE = 'This is a horrible hateful disgusting disaster.';

const sentimentOf = (text: string, options: Parameters<typeof analyze>[1] = {}) => {
  const r = analyze(text, { devices: ['sentiment'], ...options });
  return { score: r.document.sentiment!.score, values: r.sentences.map((s) => s.values.sentiment), findings: r.findings.filter((f) => f.device === 'sentiment') };
};

test('a sentiment rule switched off (or set to 0) by option no longer moves the sentiment its findings are gone from', (t) => {
  const on = sentimentOf(`${LOVE}\n`);
  t.true(on.score > 0.5, `${on.score}`);
  t.true(on.findings.every((f) => f.rule === 'sentiment-afinn'));
  const off = sentimentOf(`${LOVE}\n`, { rules: { 'sentiment-afinn': 'off' } });
  t.deepEqual(off.findings, []);
  t.is(off.score, 0, 'no rated word left, so neutral');
  const zero = sentimentOf(`${LOVE}\n`, { rules: { 'sentiment-afinn': 0 } });
  t.true(zero.findings.length > 0 && zero.findings.every((f) => !f.scored), 'factor 0: listed, not scored');
  t.is(zero.score, 0);
  // A factor above 0 changes a finding's strength, never a score.
  t.is(sentimentOf(`${LOVE}\n`, { rules: { 'sentiment-afinn': 0.5 } }).score, on.score);
});

test('a line whose sentiment a directive disables is valued as a line without its rated words', (t) => {
  const disabled = sentimentOf(`${LOVE}\n\n<!-- rhetoric-disable-next-line sentiment -->\n${HATE}\n`);
  const plain = sentimentOf(`${LOVE}\n\nThis is a table chair window table.\n`);
  t.false(disabled.findings.some((f) => f.start > disabled.findings[0].start + LOVE.length), 'no finding on the disabled line');
  // The disabled sentence takes only its context, as a sentence of unrated words would.
  t.deepEqual(disabled.values, plain.values);
  t.is(disabled.score, plain.score);
  t.true(disabled.score > 0.5, `${disabled.score}: the hatred of the disabled line is not counted`);
});

test('a lone "!" whose finding is switched off gives no lean, and a framing shift switched off does not move the sentence', (t) => {
  t.true(sentimentOf('Onward!\n').score > 0);
  t.is(sentimentOf('Onward!\n', { rules: { 'sentiment-exclamation': 'off' } }).score, 0);
  t.is(sentimentOf('<!-- rhetoric-disable sentiment -->\nOnward!\n').score, 0);
  const call = 'Vote on Tuesday.\n';
  const framed = analyze(call).document.sentiment!.score;
  t.true(framed > 0, `${framed}: the call's framing shift`);
  t.is(analyze(call, { rules: { 'sentiment-framing-call': 'off' } }).document.sentiment!.score, 0);
});
