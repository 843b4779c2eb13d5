// The rest of the library called from JavaScript with arguments of the wrong type (library-arguments.test.ts has the
// first ones): a UsageError that names the function and what it takes, never a TypeError from deep inside and never a
// result quietly computed from nonsense.

import test from 'ava';
import { analyze, compareResults, compareSvg, loadChartKit, quantile, renderCompareMarkdown, sentimentArcsSvg, standingOf, UsageError } from '../src/index.js';

const TEXT = 'We must act now. Down with the tyrants! Our fathers crossed the sea as Lincoln said.';
const OTHER = 'They take what is ours. Join us today and march with us.';

// Casts stand for a JavaScript caller, whom no compiler checks.
const loose = (value: unknown) => value as never;

/** Each call throws a UsageError with this message (or one matching it). */
function refuses(t: import('ava').ExecutionContext, cases: [() => unknown, string | RegExp][]): void {
  for (const [call, message] of cases) t.throws(call, { instanceOf: UsageError, message }, String(message));
}

test('quantile and standingOf take a list of numbers, not a string read digit by digit', (t) => {
  refuses(t, [
    [() => quantile(loose('abc'), 0.5), 'quantile(): values must be a list of numbers, not "abc"'],
    [() => quantile(loose([1, '2']), 0.5), 'quantile(): values[1] must be a number, not "2"'],
    [() => quantile([1, 2], loose('x')), 'quantile(): p must be a number from 0 to 1, not "x"'],
    [() => quantile([1, 2], 1.5), 'quantile(): p must be a number from 0 to 1, not 1.5'],
    [() => standingOf(1, loose('abc')), 'standingOf(): values must be a list of numbers, not "abc"'],
    [() => standingOf(loose('1'), [1, 2]), 'standingOf(): score must be a number, not "1"'],
    [() => standingOf(1, [1, 2], loose('4')), 'standingOf(): digits must be a whole number of decimals, 0 or more, not "4"'],
  ]);
  t.is(quantile([4, 1, 3, 2], 0.25), 1.75);
  t.true(Number.isNaN(quantile([], 0.5)));
  t.deepEqual(standingOf(2, [1, 2, 3]), { below: 100 / 3, above: 100 / 3, equal: 100 / 3, percentile: 50, count: 3 });
});

test('the comparison renderers take a comparison and a loaded chart kit, and name anything else', async (t) => {
  const kit = await loadChartKit();
  const takes = 'takes a comparison (an object with devices, texts and differences, as compareResults() returns), not ';
  refuses(t, [
    [() => renderCompareMarkdown(loose('x')), `renderCompareMarkdown() ${takes}"x"`],
    [() => renderCompareMarkdown(loose(analyze(TEXT))), `renderCompareMarkdown() ${takes}an object without texts or differences`],
    [() => compareSvg(loose({}), kit), `compareSvg() ${takes}an object without devices or texts or differences`],
    [() => sentimentArcsSvg(loose(null), kit), `sentimentArcsSvg() ${takes}null`],
    [() => sentimentArcsSvg(loose({ devices: [], texts: ['a.txt'], differences: [] }), kit), /^sentimentArcsSvg\(\): the comparison's texts\[0\] must be a compared text \(with name, scores and arc\), not "a.txt"$/],
  ]);
  const comparison = compareResults([analyze(TEXT, { name: 'a.txt' }), analyze(OTHER, { name: 'b.txt' })]);
  refuses(t, [
    [() => compareSvg(comparison, loose(loadChartKit())), 'compareSvg(): kit must be a chart kit as loadChartKit() resolves to, not a Promise (await loadChartKit() first)'],
    [() => sentimentArcsSvg(comparison, loose(undefined)), 'sentimentArcsSvg(): kit must be a chart kit as loadChartKit() resolves to, not undefined'],
  ]);
  t.true(renderCompareMarkdown(comparison).startsWith('# Comparison: a.txt, b.txt'));
  t.true(compareSvg(comparison, kit).includes('Device scores of 2 texts'));
  t.true(sentimentArcsSvg(JSON.parse(JSON.stringify(comparison)), kit).includes('Sentiment arcs of 2 texts'));
});
