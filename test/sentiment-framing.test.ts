// Sentiment reads two other devices: a sentence that sets an adversary against "us" reads more negative, a call to action
// more positive (lexicons/sentiment-settings.json `framing`). And the core's run order for an analyzer that reads others.
// All sentences here were written for these tests.

import test from 'ava';
import { analyze, runOrder } from '../src/analyze.js';
import { renderHtml } from '../src/report/html.js';
import { analyzers } from '../src/analyzers/index.js';
import { sentiment } from '../src/analyzers/sentiment.js';
import type { Analyzer } from '../src/analyzers/types.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { parseDocument } from '../src/text/parse.js';
import { Tagger } from '../src/nlp/tagger.js';

const lexicons = loadLexicons();
const TEXT = 'The harbour board met on Tuesday. The greedy speculators want to take what is ours. Join the march on Saturday. The ferry leaves at noon.';

/** Sentence values from the sentiment analyzer alone, with no other device's findings to read. */
function wordsOnly(text: string): number[] {
  const document = parseDocument(text, {});
  const context = { document, lexicons, tagger: new Tagger() };
  return document.sections.flatMap((section) => sentiment.analyzeSection(section, context, sentiment.prepare!(context)).sentenceValues ?? []);
}

test('a sentence with us/them framing reads more negative and a call to action more positive, each by its shift, with a finding that names the rule', (t) => {
  const settings = lexicons.data.get('sentiment-settings') as { framing: Record<'us_them' | 'call_to_action', { shift: number; rule: string }> };
  const result = analyze(TEXT);
  const alone = wordsOnly(TEXT);
  const value = (i: number) => result.sentences[i].values.sentiment;
  const usThem = result.findings.find((f) => f.device === 'us_them' && f.scored);
  const call = result.findings.find((f) => f.device === 'call_to_action' && f.scored);
  t.is(usThem?.sentence, 1);
  t.is(call?.sentence, 2);
  t.is(value(1), Math.round((alone[1] + settings.framing.us_them.shift) * 1e4) / 1e4);
  t.is(value(2), Math.round((alone[2] + settings.framing.call_to_action.shift) * 1e4) / 1e4);
  // Sentences with neither keep the value of their words.
  t.is(value(0), Math.round(alone[0] * 1e4) / 1e4);
  t.is(value(3), Math.round(alone[3] * 1e4) / 1e4);
  const framing = result.findings.filter((f) => f.device === 'sentiment' && f.category === 'framing');
  t.deepEqual(framing.map((f) => [f.sentence, f.rule]), [[1, settings.framing.us_them.rule], [2, settings.framing.call_to_action.rule]]);
  t.true(framing[0].explanation.includes(usThem!.rule), framing[0].explanation);
});

test('sentiment asked for alone still reads the framing, but reports no finding of the devices it read', (t) => {
  const all = analyze(TEXT);
  const alone = analyze(TEXT, { devices: ['sentiment'] });
  t.deepEqual(alone.devices.map((d) => d.id), ['sentiment']);
  t.deepEqual([...new Set(alone.findings.map((f) => f.device))], ['sentiment']);
  t.deepEqual(alone.sentences.map((s) => s.values), all.sentences.map((s) => ({ sentiment: s.values.sentiment })));
  t.deepEqual(Object.keys(alone.document), ['sentiment']);
});

test('framing findings do not count as loaded words in the positive and negative sentence counts', (t) => {
  const metrics = analyze('The greedy speculators want to take what is ours.').document.sentiment.metrics;
  // "greedy" is the one loaded word: one negative sentence, whatever the framing adds.
  t.is(metrics.negativeSentences, 1);
  t.is(metrics.positiveSentences, 0);
});

test('run order: a device that is read runs first, is added when not asked for, and a cycle is refused', (t) => {
  const ids = (list: readonly Analyzer[]) => list.map((a) => a.id);
  t.deepEqual(ids(runOrder([sentiment])), [...(sentiment.reads ?? []), 'sentiment']);
  t.deepEqual(ids(runOrder(analyzers)).indexOf('sentiment') > ids(runOrder(analyzers)).indexOf('us_them'), true);
  t.is(runOrder(analyzers).length, analyzers.length);
  // Two analyzers that read each other, and one that reads a device nobody registered.
  const a = { ...sentiment, id: 'slogan', reads: ['sentiment'] } as Analyzer;
  const b = { ...sentiment, reads: ['slogan'] } as Analyzer;
  t.throws(() => runOrder([b], [a, b]), { message: /cycle through sentiment/ });
  t.throws(() => runOrder([{ ...sentiment, reads: ['tone'] } as unknown as Analyzer], [sentiment]), { message: /reads tone, which is not a registered device/ });
});

test('the HTML report names a framing finding by its category, not as loaded wording', (t) => {
  const result = analyze(TEXT);
  const k = result.findings.findIndex((f) => f.device === 'sentiment' && f.category === 'framing');
  const word = result.findings.findIndex((f) => f.device === 'sentiment' && f.category !== 'framing');
  t.true(k >= 0 && word >= 0);
  const html = renderHtml(result);
  const item = (i: number) => new RegExp(`<li class="finding[^"]*" id="finding-${i}"><strong>([^<]*)</strong>`).exec(html)?.[1];
  t.is(item(k), 'Tone of the framing');
  t.is(item(word), 'Loaded wording');
});

test('timing names a device that ran only because another reads it', (t) => {
  const timing = analyze(TEXT, { devices: ['sentiment'], timing: true }).timing!;
  t.deepEqual(Object.keys(timing.analyzers).sort(), ['call_to_action (read, not reported)', 'sentiment', 'us_them (read, not reported)']);
  t.deepEqual(Object.keys(analyze(TEXT, { timing: true }).timing!.analyzers).sort(), analyzers.map((a) => a.id).sort());
});
