// The library called from JavaScript with arguments of the wrong type: a UsageError that names the argument, never a
// TypeError from deep inside ("text.indexOf is not a function") and never a result quietly computed from nonsense.

import test from 'ava';
import { analyze, evaluateSentimentTsv, loadFile, loadLexicons, parse, readGold, UsageError } from '../src/index.js';
import { fileURLToPath } from 'node:url';

const EXAMPLE = fileURLToPath(new URL('../examples/example.md', import.meta.url));

const TEXT = 'We must act now. Down with the tyrants!';
// Casts stand for a JavaScript caller, whom no compiler checks.
const loose = (value: unknown) => value as never;

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
