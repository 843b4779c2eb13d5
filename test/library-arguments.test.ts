// The library called from JavaScript with arguments of the wrong type: a UsageError that names the argument, never a
// TypeError from deep inside ("text.indexOf is not a function") and never a result quietly computed from nonsense.

import test from 'ava';
import { loose } from './helpers/refuses.js';
import {
  analyze,
  buildWorksheet,
  compareResults,
  countTerms,
  evaluateSentimentTsv,
  findConfig,
  keynessEachAgainstRest,
  loadFile,
  loadLexicons,
  notEnglishReason,
  parse,
  parseThresholds,
  readGold,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderReportFiles,
  renderScoresCsv,
  requireProse,
  resolveSettings,
  stopWordsFrom,
  summarizeFile,
  UsageError,
} from '../src/index.js';
import { fileURLToPath } from 'node:url';

const EXAMPLE = fileURLToPath(new URL('../examples/example.md', import.meta.url));

const TEXT = 'We must act now. Down with the tyrants!';

test('analyze and parse refuse a text that is not a string, and say what to do with a Buffer', (t) => {
  for (const call of [() => analyze(loose(undefined)), () => analyze(loose(42)), () => parse(loose(null))]) {
    t.throws(call, { instanceOf: UsageError, message: /takes the text as a string/ });
  }
  t.throws(() => analyze(loose(Buffer.from(TEXT))), { instanceOf: UsageError, message: /not a Buffer.*decode it/ });
});

test('analyze refuses options of the wrong type instead of ignoring them or failing deep inside', (t) => {
  const cases: [unknown, RegExp][] = [
    ['slogan', /options must be an object/],
    [{ name: 5 }, /name must be a string/],
    [{ format: 'pdf' }, /format must be "auto", "text" or "markdown", not "pdf"/],
    [{ sectionWords: 'a' }, /sectionWords must be a positive number of words, not "a"/],
    [{ sectionWords: -1 }, /sectionWords must be a positive number of words, not -1/],
    [{ devices: 'slogan' }, /devices must be a list of device ids or an object/],
    [{ rules: 'cta-we-must' }, /rules must be an object/],
    [{ rules: { 'cta-we-must': 'x' } }, /rules\["cta-we-must"\] must be "off", "on" or a factor of 0 or more, not "x"/],
    [{ rules: { 'cta-we-must': Number.NaN } }, /rules\["cta-we-must"\] must be "off", "on" or a factor of 0 or more, not NaN/],
    [{ lexicons: 'my-lexicons' }, /lexicons must be a list of folders/],
  ];
  for (const [options, message] of cases) {
    const error = t.throws(() => analyze(TEXT, loose(options)), { instanceOf: UsageError }, JSON.stringify(options));
    t.regex(error?.message ?? '', message);
  }
  t.throws(() => parse(TEXT, loose({ sectionWords: Number.POSITIVE_INFINITY })), { instanceOf: UsageError, message: /sectionWords/ });
  t.throws(() => loadLexicons(loose('my-lexicons')), { instanceOf: UsageError, message: /lexicons must be a list of folders/ });
});

test('valid options still give the same result', (t) => {
  const plain = analyze(TEXT);
  const same = analyze(TEXT, { name: 'text', format: 'auto', sectionWords: 500, devices: ['sentiment', 'slogan', 'historical_analogy', 'us_them', 'call_to_action'], rules: { 'cta-we-must': 'on' as never }, lexicons: [] });
  t.deepEqual(same.findings, plain.findings);
  t.deepEqual(same.document, plain.document);
  t.is(analyze(TEXT, { rules: { 'cta-we-must': 0.5 } }).findings.find((f) => f.rule === 'cta-we-must')?.strength, 0.35);
});

test('file readers refuse a path that is not a string (a number would be read as an open file descriptor: 0 is stdin)', (t) => {
  t.throws(() => loadFile(loose(5)), { instanceOf: UsageError, message: /^loadFile\(\) takes a file path as a string, not 5$/ });
  t.throws(() => readGold(loose(0)), { instanceOf: UsageError, message: /^readGold\(\) takes a file path as a string, not 0$/ });
  t.throws(() => evaluateSentimentTsv(loose(0)), { instanceOf: UsageError, message: /^evaluateSentimentTsv\(\) takes a file path as a string, not 0$/ });
});

test('loadFile names a limit given as a string and an unknown encoding instead of reading the file as UTF-8', (t) => {
  t.throws(() => loadFile(EXAMPLE, loose({ maxBytes: '10' })), { instanceOf: UsageError, message: 'maxBytes must be a positive number of bytes, not "10"' });
  t.throws(() => loadFile(EXAMPLE, loose({ encoding: 'utf16' })), { instanceOf: UsageError, message: /encoding must be "utf8" or "latin1", not "utf16"/ });
  t.is(loadFile(EXAMPLE, { encoding: 'latin1' }).name, 'example.md');
});

test('functions that read an analysis result refuse anything else, naming the function and what it takes', async (t) => {
  const takes = 'takes an analysis result (an object with schemaVersion, source, title, devices, document, sections, sentences, findings and text, as analyze() returns), not ';
  const calls: [string, (v: unknown) => unknown][] = [
    ['renderMarkdown', (v) => renderMarkdown(loose(v))],
    ['renderHtml', (v) => renderHtml(loose(v))],
    ['renderScoresCsv', (v) => renderScoresCsv(loose(v))],
    ['renderJson', (v) => renderJson(loose(v))],
    ['requireProse', (v) => requireProse(loose(v))],
  ];
  for (const [fn, call] of calls) {
    for (const [value, got] of [['x', '"x"'], [42, '42'], [null, 'null'], [undefined, 'undefined'], [[], 'a list'], [{ schemaVersion: 1 }, 'an object without source or title or devices or document or sections or sentences or findings or text'], [{ schemaVersion: 1, sentences: [], findings: [] }, 'an object without source or title or devices or document or sections or text']] as const) {
      const error = t.throws(() => call(value), { instanceOf: UsageError }, `${fn}(${JSON.stringify(value)})`);
      t.is(error?.message, `${fn}() ${takes}${got}`);
    }
  }
  await t.throwsAsync(renderReportFiles(loose('x')), { instanceOf: UsageError, message: /^renderReportFiles\(\) takes an analysis result/ });
  t.throws(() => buildWorksheet(loose({})), { instanceOf: UsageError, message: /^buildWorksheet\(\): result must be an analysis result .*, not an object without schemaVersion or source or title or devices or document or sections or sentences or findings or text$/ });
  t.throws(() => compareResults(loose('x')), { instanceOf: UsageError, message: 'compareResults() takes a list of analysis results, not "x"' });
  t.throws(() => compareResults(loose([analyze(TEXT), 'x'])), { instanceOf: UsageError, message: /^compareResults\(\): results\[1\] must be an analysis result/ });
});

test('options and other arguments of the wrong type are named, not read as nothing', (t) => {
  const result = analyze(TEXT);
  const cases: [() => unknown, string | RegExp][] = [
    [() => renderHtml(result, loose(null)), 'renderHtml(): options must be an object, not null'],
    [() => renderHtml(result, loose('dark')), 'renderHtml(): options must be an object, not "dark"'],
    [() => buildWorksheet(result, loose({ count: 'abc' })), 'buildWorksheet(): count must be a number, not "abc"'],
    [() => compareResults([result, result], loose(null)), 'compareResults(): options must be an object, not null'],
    [() => summarizeFile(loose(null)), /^summarizeFile\(\) takes a job such as \{path: .*\}, not null$/],
    [() => summarizeFile(loose({ file: 'a.txt' })), 'summarizeFile(): job.path must be a file path as a string, not undefined'],
    [() => keynessEachAgainstRest(loose('x')), /^keynessEachAgainstRest\(\) takes a list of term counts.*, not "x"$/],
    [() => keynessEachAgainstRest(loose([{}])), /^keynessEachAgainstRest\(\): texts\[0\] must be term counts/],
    [() => parseThresholds(loose(12), ['slogan']), 'parseThresholds() takes the thresholds as a string such as "call_to_action>12", not 12'],
    [() => parseThresholds('slogan>1', loose('slogan')), 'parseThresholds(): knownDevices must be a list of device ids, not "slogan"'],
    [() => notEnglishReason(loose(undefined), new Set()), 'notEnglishReason() takes the text as a string, not undefined'],
    [() => notEnglishReason(TEXT, loose(['the'])), /^notEnglishReason\(\): functionWords must be a Set of lower-case words .*, not a list$/],
    [() => resolveSettings(loose(0), {}), 'resolveSettings() takes the folder to search from as a string, not 0'],
    [() => resolveSettings('.', loose(null)), 'resolveSettings(): the command-line values must be an object, not null'],
    [() => resolveSettings('.', {}, loose({ configFile: 5 })), 'resolveSettings(): options.configFile must be a file path as a string, not 5'],
    [() => findConfig(loose(undefined)), 'findConfig() takes the folder to search from as a string, not undefined'],
  ];
  for (const [call, message] of cases) t.throws(call, { instanceOf: UsageError, message });
});

test('valid arguments to the checked functions give what they gave before', (t) => {
  const result = analyze(TEXT);
  t.is(JSON.parse(renderJson(result)).schemaVersion, 1);
  t.true(renderMarkdown(result).startsWith('# Rhetoric report'));
  t.true(renderScoresCsv(result).startsWith('level,index,title'));
  t.is(requireProse(result), result);
  t.is(buildWorksheet(result, { count: 2, guides: [] }).items.length, 2);
  t.deepEqual(parseThresholds('slogan>1', ['slogan']), [{ device: 'slogan', op: '>', value: 1 }]);
  t.is(notEnglishReason(TEXT, stopWordsFrom(loadLexicons())), undefined);
  t.is(keynessEachAgainstRest([countTerms(result.text, result.sentences), countTerms('Other words here.', [{ start: 0, end: 17 }])]).length, 2);
  t.is(compareResults([result, result]).texts.length, 2);
});
