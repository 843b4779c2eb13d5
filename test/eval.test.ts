// The scorer: a hand-made gold file and hand-made predictions, with every figure worked out by hand in the comments.

import test from 'ava';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../src/analyzers/types.js';
import { formatDisagreements } from '../src/cli/commands/eval.js';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import { captureIO } from './helpers/io.js';
import { readGold } from '../src/eval/gold.js';
import { scoreDocument } from '../src/eval/score.js';
import { correlate, parseSentimentTsv, readSentimentTsv } from '../src/eval/sentiment-tsv.js';
import { pearson, prf, spearman } from '../src/eval/stats.js';
import type { AnalysisResult } from '../src/result.js';
import { InputError } from '../src/util/errors.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/eval/', import.meta.url));
const GOLD = `${FIXTURES}gold/tiny.jsonl`;

// The fixture text has four sentences; the gold file labels them:
//   S1 "Down with the tyrants!"                 sentiment  2, slogan 1, us_them 1
//   S2 "We, the people, will not bow to them."  sentiment -1,            us_them 1
//   S3 "The committee met on Tuesday."          sentiment  0, slogan 1
//   S4 "This recalls the winter of 1917."       sentiment -1, historical_analogy 1
// Our hand-made predictions: slogan findings in S1 and S2, an us_them finding in S1, and an unscored call_to_action
// finding in S4; sentence sentiment values 0.5, −0.5, 0, 0.

function finding(device: string, start: number, end: number, scored = true): Finding {
  return { device, rule: `${device}-test`, start, end, quote: '', strength: 1, explanation: 'test', scored, sentence: 0, section: 0, line: 1, column: 1 };
}

function fakeResult(text: string, spans: { start: number; end: number }[]): AnalysisResult {
  const values = [0.5, -0.5, 0, 0];
  return {
    text,
    findings: [
      finding('slogan', spans[0].start, spans[0].start + 4),
      finding('slogan', spans[1].start + 3, spans[1].end),
      finding('us_them', spans[0].start + 14, spans[0].end - 1),
      finding('call_to_action', spans[3].start, spans[3].end, false),
    ],
    sentences: spans.map((s, i) => ({ index: i, section: 0, start: s.start, end: s.end, line: 1, words: 1, heading: false, values: { sentiment: values[i] } })),
  } as unknown as AnalysisResult;
}

test('readGold resolves doc paths against the parent of the gold folder and checks spans', (t) => {
  const [doc] = readGold(GOLD);
  t.is(doc.path, `${FIXTURES}corpus/speech.txt`);
  t.is(doc.sentences.length, 4);
  t.throws(() => readGold(`${FIXTURES}ratings.tsv`), { instanceOf: InputError, message: /not valid JSON/ });
  t.throws(() => readGold(`${FIXTURES}missing.jsonl`), { instanceOf: InputError, message: /no such gold file/ });
});

test('scoreDocument counts tp/fp/fn per device, ignores unscored findings, and pairs sentiment values', async (t) => {
  const [doc] = readGold(GOLD);
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(doc.path, 'utf8');
  t.is(text.slice(doc.sentences[0].start, doc.sentences[0].end), 'Down with the tyrants!');
  t.is(text.slice(doc.sentences[3].start, doc.sentences[3].end), 'This recalls the winter of 1917.');
  const scored = scoreDocument(doc, fakeResult(text, doc.sentences));

  // slogan: S1 predicted and gold → tp; S2 predicted, not gold → fp; S3 gold, not predicted → fn.
  t.deepEqual(scored.counts.slogan, { tp: 1, fp: 1, fn: 1 });
  // P = 1/2, R = 1/2, F1 = 2·½·½/(½+½) = 0.5.
  t.deepEqual(prf(scored.counts.slogan), { precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1 });
  // us_them: S1 tp, S2 fn → P = 1, R = 1/2, F1 = 2·1·½/(1½) = 2/3.
  t.deepEqual(scored.counts.us_them, { tp: 1, fp: 0, fn: 1 });
  t.is(Math.round(prf(scored.counts.us_them).f1 * 1e6) / 1e6, 0.666667);
  // historical_analogy: S4 gold, nothing predicted → fn 1.
  t.deepEqual(scored.counts.historical_analogy, { tp: 0, fp: 0, fn: 1 });
  // call_to_action: the S4 finding is not scored, and no gold positive → all zero, and no disagreement listed.
  t.deepEqual(scored.counts.call_to_action, { tp: 0, fp: 0, fn: 0 });
  t.false(scored.disagreements.some((d) => d.device === 'call_to_action'));

  // Micro over the four devices: tp 2, fp 1, fn 3 → P = 2/3, R = 2/5, F1 = 2·(2/3)(2/5)/(2/3+2/5) = (8/15)/(16/15) = 0.5.
  const micro = { tp: 2, fp: 1, fn: 3 };
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const c of Object.values(scored.counts)) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  t.deepEqual(sum, micro);
  t.is(Math.round(prf(sum).f1 * 1e9) / 1e9, 0.5);

  // Disagreements name the rules that fired (the fp in S2 by slogan-test).
  const fp = scored.disagreements.find((d) => d.kind === 'fp');
  t.is(fp?.device, 'slogan');
  t.deepEqual(fp?.rules, ['slogan-test']);

  // Rules: slogan-test flags S1 (gold 1) and S2 (gold 0), alone in both; us_them-test flags S1 (gold 1) alone; the
  // unscored call_to_action-test lists S4 (gold 0), where no scored rule fires.
  const tally = (rule: string) => scored.rules.find((r) => r.rule === rule);
  t.deepEqual(tally('slogan-test'), { device: 'slogan', rule: 'slogan-test', scored: true, sentences: 2, positive: 1, alone: 2, alonePositive: 1 });
  t.deepEqual(tally('us_them-test'), { device: 'us_them', rule: 'us_them-test', scored: true, sentences: 1, positive: 1, alone: 1, alonePositive: 1 });
  t.deepEqual(tally('call_to_action-test'), { device: 'call_to_action', rule: 'call_to_action-test', scored: false, sentences: 1, positive: 0, alone: 1, alonePositive: 0 });
  t.is(scored.rules.length, 3);

  // Sentiment: gold 2, −1, 0, −1 against 0.5, −0.5, 0, 0. Both means are 0.
  // Sxy = 2·0.5 + (−1)(−0.5) = 1.5; Sxx = 4+1+0+1 = 6; Syy = 0.25+0.25 = 0.5 → r = 1.5/√3 = 0.866025.
  t.deepEqual(scored.gold, [2, -1, 0, -1]);
  t.deepEqual(scored.predicted, [0.5, -0.5, 0, 0]);
  t.is(Math.round(pearson(scored.gold, scored.predicted) * 1e6) / 1e6, 0.866025);
  // Spearman: gold ranks 4, 1.5, 3, 1.5; predicted ranks 4, 1, 2.5, 2.5 (mean 2.5 each).
  // Sxy = 1.5·1.5 + (−1)(−1.5) + 0.5·0 + (−1)·0 = 3.75; Sxx = Syy = 4.5 → ρ = 3.75/4.5 = 0.833333.
  t.is(Math.round(spearman(scored.gold, scored.predicted) * 1e6) / 1e6, 0.833333);
});

test('a gold span over two of our sentences takes their values weighted by overlap', (t) => {
  // Gold span 0–10 covers our sentence A (0–4, value 1) for 4 units and B (4–10, value −1) for 6: (4·1 + 6·(−1))/10 = −0.2.
  const gold = { doc: 'x', path: 'x', sentences: [{ start: 0, end: 10, sentiment: 1, slogan: 0, historical_analogy: 0, us_them: 0, call_to_action: 0 }] } as const;
  const result = {
    text: '0123456789',
    findings: [],
    sentences: [
      { index: 0, section: 0, start: 0, end: 4, line: 1, words: 1, heading: false, values: { sentiment: 1 } },
      { index: 1, section: 0, start: 4, end: 10, line: 1, words: 1, heading: false, values: { sentiment: -1 } },
    ],
  } as unknown as AnalysisResult;
  const scored = scoreDocument({ ...gold, sentences: [...gold.sentences] }, result);
  t.is(Math.round(scored.predicted[0] * 1e9) / 1e9, -0.2);
});

test('stats: precision/recall/F1 and correlations in the degenerate cases', (t) => {
  t.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 0, recall: 0, f1: 0, tp: 0, fp: 0, fn: 0 });
  // tp 3, fp 1, fn 2 → P = 3/4, R = 3/5, F1 = 2·0.75·0.6/1.35 = 0.666667.
  t.is(Math.round(prf({ tp: 3, fp: 1, fn: 2 }).f1 * 1e6) / 1e6, 0.666667);
  t.is(pearson([1, 2, 3], [5, 5, 5]), 0, 'a constant series has no correlation');
  t.is(pearson([1], [2]), 0);
  t.is(pearson([1, 2, 3], [30, 20, 10]), -1);
  t.is(spearman([1, 2, 3, 4], [1, 4, 9, 16]), 1, 'Spearman only sees the order');
});

test('VADER-format files: three tab-separated fields, CRLF, errors that name the line', (t) => {
  const rows = readSentimentTsv(`${FIXTURES}ratings.tsv`);
  t.deepEqual(
    rows.map((r) => [r.id, r.rating]),
    [
      ['r1', 2.5],
      ['r2', -3],
      ['r3', 0.1],
      ['r4', 1.2],
    ],
  );
  t.is(rows[0].text, 'What a wonderful, happy day!', 'the CR of the line end is not part of the text');
  t.throws(() => readSentimentTsv(`${FIXTURES}bad-ratings.tsv`), { instanceOf: InputError, message: /bad-ratings\.tsv:1: expected id<TAB>rating<TAB>text/ });
  t.throws(() => parseSentimentTsv('a\tx\thello\n', 'f.tsv'), { message: 'f.tsv:1: rating "x" is not a number' });
  t.throws(() => parseSentimentTsv('\n\n', 'f.tsv'), { message: 'f.tsv: no rated texts' });
  // A scorer that returns the text length: lengths 28, 37, 31, 12 against ratings 2.5, −3, 0.1, 1.2.
  // Means: ratings 0.2, lengths 27. dx = 2.3, −3.2, −0.1, 1.0; dy = 1, 10, 4, −15.
  // Sxy = 2.3 − 32 − 0.4 − 15 = −45.1; Sxx = 5.29 + 10.24 + 0.01 + 1 = 16.54; Syy = 1 + 100 + 16 + 225 = 342.
  // r = −45.1 / √(16.54 · 342) = −45.1 / 75.2109 = −0.5996 (rounded to 4 places).
  const byLength = correlate(rows, (text) => text.length);
  t.is(byLength.n, 4);
  t.is(byLength.pearson, -0.5996);
});

function capture(): { io: CliIO; out: () => string; err: () => string } {
  const io = captureIO(FIXTURES);
  return { io, out: io.out, err: io.err };
}

test('rhetoric eval --sentiment-tsv prints Pearson r; bad files and mixed arguments fail cleanly', async (t) => {
  const ok = capture();
  t.is(await main(['eval', '--sentiment-tsv', 'ratings.tsv'], ok.io), 0);
  t.regex(ok.out(), /^sentiment: Pearson r -?\d\.\d{3}, Spearman -?\d\.\d{3} \(n=4\)\n$/);
  // The two strongly rated texts are the clearly loaded ones, in the right direction: the correlation is positive.
  const json = capture();
  t.is(await main(['eval', '--sentiment-tsv', 'ratings.tsv', '--format', 'json'], json.io), 0);
  const parsed = JSON.parse(json.out()) as { sentiment: { pearson: number; n: number } };
  t.is(parsed.sentiment.n, 4);
  t.true(parsed.sentiment.pearson > 0.8, `r = ${parsed.sentiment.pearson}`);

  const bad = capture();
  t.is(await main(['eval', '--sentiment-tsv', 'bad-ratings.tsv'], bad.io), 1);
  t.regex(bad.err(), /^rhetoric: .*bad-ratings\.tsv:1: expected id<TAB>rating<TAB>text.*\n$/);
  const both = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--sentiment-tsv', 'ratings.tsv'], both.io), 2);
  t.regex(both.err(), /either a gold file or --sentiment-tsv/);
});

test('rhetoric eval --by-rule adds each rule\'s sentences, how many the annotators marked and how many depend on it alone; JSON only when asked', async (t) => {
  const plain = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--format', 'json'], plain.io), 0);
  t.false('rules' in JSON.parse(plain.out()), 'the JSON figures keep their documented shape');
  const json = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--format', 'json', '--by-rule'], json.io), 0);
  const report = JSON.parse(json.out()) as { devices: Record<string, { tp: number; fp: number }>; rules: { device: string; rule: string; scored: boolean; sentences: number; positive: number }[] };
  t.true(report.rules.length > 0);
  // Where one scored rule decides every flagged sentence of a device, its figures are the device's tp and tp + fp.
  let checked = 0;
  for (const device of Object.keys(report.devices)) {
    const scoredRules = report.rules.filter((r) => r.device === device && r.scored);
    if (scoredRules.length !== 1) continue;
    checked++;
    t.is(scoredRules[0].positive, report.devices[device].tp, device);
    t.is(scoredRules[0].sentences, report.devices[device].tp + report.devices[device].fp, device);
  }
  t.true(checked >= 2, `${checked} devices with one rule`);
  const text = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--by-rule', '--device', 'slogan'], text.io), 0);
  t.regex(text.out(), /^slogan, by rule +sentences +marked +precision +alone +alone marked$/m);
  t.notRegex(text.out(), /^us_them, by rule/m);
});

test('rhetoric eval --ci adds a 95% interval to every F1 row and to Pearson r; the JSON gets a ci block only when asked', async (t) => {
  const text = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--ci'], text.io), 0);
  t.regex(text.out(), /^device +precision +recall +F1 +F1 95% CI +tp +fp +fn$/m);
  const slogan = text.out().split('\n').find((l) => l.startsWith('slogan '))!.trim().split(/\s+/);
  const [lo, hi] = slogan[4].split('–').map(Number);
  t.true(lo <= Number(slogan[3]) && Number(slogan[3]) <= hi, slogan.join(' '));
  t.regex(text.out(), /sentiment: Pearson r -?\d\.\d{3}, 95% CI -?\d\.\d{3}–-?\d\.\d{3}, Spearman/);
  const json = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--format', 'json', '--ci'], json.io), 0);
  const { ci } = JSON.parse(json.out()) as { ci: { devices: Record<string, [number, number]>; resamples: number } };
  t.is(ci.resamples, 1000);
  t.is(ci.devices.slogan.length, 2);
  const again = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--format', 'json', '--ci'], again.io), 0);
  t.is(again.out(), json.out(), 'seeded: the same intervals every run');
  // The tiny gold file is one document: resampling documents leaves every figure where it is.
  const byDocument = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--format', 'json', '--ci-by', 'document'], byDocument.io), 0);
  const whole = JSON.parse(byDocument.out()) as { devices: Record<string, { f1: number }>; ci: { by: string; devices: Record<string, [number, number]> } };
  t.is(whole.ci.by, 'document');
  for (const [device, [lo, hi]] of Object.entries(whole.ci.devices)) {
    t.is(lo, whole.devices[device].f1, device);
    t.is(hi, whole.devices[device].f1, device);
  }
});

test('rhetoric eval --format json --verbose adds every disagreement, as many as the false positives and negatives it counts', async (t) => {
  const json = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--format', 'json', '--verbose'], json.io), 0);
  const report = JSON.parse(json.out()) as { devices: Record<string, { fp: number; fn: number }>; disagreements: { device: string; kind: string; text: string; rules: string[] }[] };
  for (const [device, d] of Object.entries(report.devices)) {
    t.is(report.disagreements.filter((x) => x.device === device && x.kind === 'fp').length, d.fp, device);
    t.is(report.disagreements.filter((x) => x.device === device && x.kind === 'fn').length, d.fn, device);
  }
  t.true(report.disagreements.length > 0);
  for (const x of report.disagreements) t.true(x.text.length > 0);
});

test('rhetoric eval --device shows only the devices picked: a micro row over them when two or more, sentiment only when picked', async (t) => {
  const rowOf = (out: string, name: string) => out.split('\n').find((l) => l.startsWith(`${name} `));
  const counts = (line: string | undefined) => line!.trim().split(/\s+/).slice(-3).map(Number);
  const all = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl'], all.io), 0);
  const one = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--device', 'slogan', '--verbose'], one.io), 0);
  t.deepEqual(rowOf(one.out(), 'slogan')!.trim().split(/\s+/), rowOf(all.out(), 'slogan')!.trim().split(/\s+/), 'the same figures as in the full table');
  for (const absent of ['us_them', 'historical_analogy', 'call_to_action', 'micro']) t.is(rowOf(one.out(), absent), undefined, absent);
  t.notRegex(one.out(), /sentiment: Pearson/);
  t.regex(one.out(), /## slogan: \d+ false positives?/);
  t.notRegex(one.out(), /## us_them:/);

  const two = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--device', 'slogan', '--device', 'us_them', '--device', 'sentiment'], two.io), 0);
  const [stp, sfp, sfn] = counts(rowOf(two.out(), 'slogan'));
  const [utp, ufp, ufn] = counts(rowOf(two.out(), 'us_them'));
  t.deepEqual(counts(rowOf(two.out(), 'micro (2 devices)')), [stp + utp, sfp + ufp, sfn + ufn]);
  t.regex(two.out(), /sentiment: Pearson r/);

  const bad = capture();
  t.is(await main(['eval', 'gold/tiny.jsonl', '--device', 'slogans'], bad.io), 2);
  t.regex(bad.err(), /^rhetoric: --device "slogans" is not one of "slogan", /);
});

test('rhetoric eval scores the analyzers as configured: --rule, and the rules of a config file found from the gold file, named on stderr; --no-config ignores it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-eval-config-'));
  try {
    cpSync(join(FIXTURES, 'gold'), join(dir, 'gold'), { recursive: true });
    cpSync(join(FIXTURES, 'corpus'), join(dir, 'corpus'), { recursive: true });
    const figures = async (args: string[]): Promise<{ slogan: number; analogy: number; err: string }> => {
      const io = captureIO(dir);
      t.is(await main(['eval', 'gold/tiny.jsonl', '--format', 'json', ...args], io), 0, args.join(' '));
      const r = JSON.parse(io.out()) as { devices: Record<string, { tp: number }> };
      return { slogan: r.devices.slogan.tp, analogy: r.devices.historical_analogy.tp, err: io.err() };
    };
    const plain = await figures([]);
    t.is(plain.slogan, 1, 'S1 "Down with the tyrants!" is a slogan by slogan-down-with');
    t.is(plain.err, '');
    // On the command line: that rule off, and the slogan is no longer found.
    t.is((await figures(['--rule', 'slogan-down-with=off'])).slogan, 0);
    // A rule id that names no rule is warned about, as analyze does.
    t.regex((await figures(['--rule', 'slogan-down-wiht=off'])).err, /slogan-down-wiht/);
    // In a config file beside the gold folder: found from the gold file's folder upwards, and said on stderr.
    writeFileSync(join(dir, '.rhetoricrc.json'), JSON.stringify({ rules: { 'slogan-down-with': 'off', 'analogy-parallels': 'off' } }));
    const configured = await figures([]);
    t.deepEqual([configured.slogan, configured.analogy], [0, 0]);
    t.regex(configured.err, /eval uses rules from .*\.rhetoricrc\.json/);
    const ignored = await figures(['--no-config']);
    t.deepEqual([ignored.slogan, ignored.analogy], [plain.slogan, plain.analogy]);
    t.is(ignored.err, '');
    // The command line wins over the config file.
    t.is((await figures(['--rule', 'slogan-down-with=1'])).slogan, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the --verbose headings count in words: one false negative is "1 false negative", two false positives "2 false positives"', (t) => {
  const miss = (kind: 'fp' | 'fn', start: number) => ({ doc: 'a.txt', device: 'slogan' as const, kind, start, end: start + 5, text: 'Words', rules: [] });
  const report = { disagreements: [miss('fn', 0), miss('fp', 10), miss('fp', 20)] } as unknown as Parameters<typeof formatDisagreements>[0];
  const out = formatDisagreements(report, ['slogan']);
  t.regex(out, /^## slogan: 2 false positives$/m);
  t.regex(out, /^## slogan: 1 false negative$/m);
});
