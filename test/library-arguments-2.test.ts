// The rest of the library called from JavaScript with arguments of the wrong type (library-arguments.test.ts has the
// first ones): a UsageError that names the function and what it takes, never a TypeError from deep inside and never a
// result quietly computed from nonsense.

import test from 'ava';
import { loose, refuses } from './helpers/refuses.js';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  analyze,
  bootstrapIntervals,
  buildWorksheet,
  compareResults,
  compareSvg,
  compareWithNorms,
  corpusJobs,
  countTerms,
  deviceGuides,
  evaluateGold,
  explainDevices,
  keyTerms,
  loadLexicons,
  normsFrom,
  loadChartKit,
  quantile,
  readGold,
  renderCompareMarkdown,
  renderAnswersMarkdown,
  renderExplanationText,
  renderWorksheetHtml,
  renderWorksheetMarkdown,
  scoreDocument,
  sentimentArcsSvg,
  standingOf,
  stopWordsFrom,
  writeReportFiles,
} from '../src/index.js';

const CORPUS = fileURLToPath(new URL('./fixtures/eval/corpus', import.meta.url));
const GOLD = fileURLToPath(new URL('./fixtures/eval/gold/tiny.jsonl', import.meta.url));

const TEXT = 'We must act now. Down with the tyrants! Our fathers crossed the sea as Lincoln said.';
const OTHER = 'They take what is ours. Join us today and march with us.';


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

test('evaluateGold and scoreDocument take gold documents as readGold() returns them, and name a wrong one', (t) => {
  const gold = readGold(GOLD);
  const sentence = { start: 0, end: 16, sentiment: 0, slogan: 0, historical_analogy: 0, us_them: 0, call_to_action: 1 } as const;
  refuses(t, [
    [() => evaluateGold(loose('gold/dev.jsonl')), 'evaluateGold() takes a list of gold documents as readGold() returns them, not "gold/dev.jsonl"'],
    [() => evaluateGold(loose([null])), 'evaluateGold(): gold[0] must be a gold document as readGold() returns it ({doc, path, sentences}), not null'],
    [() => evaluateGold(loose([{ doc: 'a.txt', sentences: [] }])), 'evaluateGold(): gold[0].path must be a file path as a string, not undefined'],
    [() => evaluateGold(loose([{ ...gold[0], sentences: [{ ...sentence, slogan: true }] }])), /^evaluateGold\(\): gold\[0\]\.sentences\[0\]\.slogan: must be 0 or 1 \(a gold sentence has start, end, sentiment and a 0 or 1 for each of slogan, /],
    [() => evaluateGold(gold, loose('strict')), 'evaluateGold(): options must be an object, not "strict"'],
    [() => evaluateGold(gold, loose({ load: 'latin1' })), 'evaluateGold(): options.load must be an object, not "latin1"'],
    [() => scoreDocument(loose({}), analyze(TEXT)), 'scoreDocument(): gold.doc must be the document\'s name as a string, not undefined'],
    [() => scoreDocument(loose({ doc: 'a.txt', sentences: 'all' }), analyze(TEXT)), 'scoreDocument(): gold.sentences must be a list of gold sentences, not "all"'],
    [() => scoreDocument(loose({ doc: 'a.txt', sentences: [{ ...sentence, end: '16' }] }), analyze(TEXT)), /^scoreDocument\(\): gold\.sentences\[0\]\.end: /],
    [() => scoreDocument(gold[0], loose(TEXT)), /^scoreDocument\(\): result must be an analysis result \(an object with text, sentences and findings, as analyze\(\) returns\), not "We must act now/],
  ]);
  const report = evaluateGold(gold);
  t.is(report.sentences, gold.reduce((n, g) => n + g.sentences.length, 0));
  t.is(scoreDocument({ doc: 'a.txt', path: 'a.txt', sentences: [sentence] }, analyze(TEXT)).counts.call_to_action.tp, 1);
});

test('bootstrapIntervals takes the outcomes of evaluateGold() and names options it cannot use', (t) => {
  const outcomes = evaluateGold(readGold(GOLD)).outcomes;
  refuses(t, [
    [() => bootstrapIntervals(loose('x')), /^bootstrapIntervals\(\) takes a list of sentence outcomes .*, not "x"$/],
    [() => bootstrapIntervals(loose([{}])), 'bootstrapIntervals(): outcomes[0] must be a sentence outcome (with doc, predicted and gold), not an object'],
    [() => bootstrapIntervals(outcomes, loose(null)), 'bootstrapIntervals(): options must be an object, not null'],
    [() => bootstrapIntervals(outcomes, loose({ by: 'doc' })), 'bootstrapIntervals(): by must be "sentence" or "document", not "doc"'],
    [() => bootstrapIntervals(outcomes, loose({ resamples: 'abc' })), 'bootstrapIntervals(): resamples must be a whole number of 1 or more, not "abc"'],
    [() => bootstrapIntervals(outcomes, loose({ level: 95 })), 'bootstrapIntervals(): level must be a number above 0 and at most 1 (0.95 for 95%), not 95'],
    [() => bootstrapIntervals(outcomes, loose({ seed: null })), 'bootstrapIntervals(): seed must be a number or a string, not null'],
  ]);
  const ci = bootstrapIntervals(outcomes, { resamples: 50, level: 0.9, seed: 'a', by: 'document' });
  t.deepEqual(ci, bootstrapIntervals(outcomes, { resamples: 50, level: 0.9, seed: 'a', by: 'document' }));
  t.is(ci.resamples, 50);
});

test('countTerms and keyTerms take a text and its spans, and frequency tables, not a string counted as nothing', (t) => {
  const result = analyze(TEXT);
  const counts = countTerms(result.text, result.sentences);
  const other = countTerms(OTHER, [{ start: 0, end: OTHER.length }]);
  refuses(t, [
    [() => countTerms(loose(5), []), 'countTerms() takes the text as a string, not 5'],
    [() => countTerms(TEXT, loose('b')), 'countTerms(): sentences must be a list of spans ({start, end}, as a result\'s sentences are), not "b"'],
    [() => countTerms(TEXT, loose([{ start: '0', end: 5 }])), 'countTerms(): sentences[0] must be a span ({start, end}), not an object'],
    [() => keyTerms(loose('x'), other.words, 'word'), 'keyTerms(): target must be a frequency table (countTerms(…).words or .pairs), not "x"'],
    [() => keyTerms(counts.words, loose(other), 'word'), 'keyTerms(): reference must be a frequency table (countTerms(…).words or .pairs), not an object'],
    [() => keyTerms(counts.words, other.words, loose('words')), 'keyTerms(): kind must be "word" or "pair", not "words"'],
    [() => keyTerms(counts.words, other.words, 'word', loose({ limit: '5' })), 'keyTerms(): options.limit must be a number, not "5"'],
    [() => keyTerms(counts.words, other.words, 'word', loose({ stopWords: ['the'] })), 'keyTerms(): options.stopWords must be a Set of lower-case words (as stopWordsFrom() returns), not a list'],
  ]);
  t.is(counts.words.counts.get('tyrants'), 1);
  t.deepEqual(keyTerms(counts.words, other.words, 'word', { minFrequency: 1, minG2: 0, stopWords: new Set(['the']) }).map((k) => k.term).slice(0, 1), ['act']);
});

test('deviceGuides, normsFrom and stopWordsFrom take a lexicon set as loadLexicons() returns it', (t) => {
  const takes = 'takes a lexicon set as loadLexicons() returns it, not ';
  refuses(t, [
    [() => deviceGuides(loose(null)), `deviceGuides() ${takes}null`],
    [() => normsFrom(loose({})), `normsFrom() ${takes}an object`],
    [() => stopWordsFrom(loose('lexicons')), `stopWordsFrom() ${takes}"lexicons" (pass folders to loadLexicons() first)`],
    [() => stopWordsFrom(loose(['lexicons'])), `stopWordsFrom() ${takes}a list (pass folders to loadLexicons() first)`],
  ]);
  const lexicons = loadLexicons();
  t.deepEqual(deviceGuides(lexicons), deviceGuides());
  t.is(typeof normsFrom(lexicons)?.collections, 'object');
  t.true(stopWordsFrom(lexicons).has('the'));
});

test('explainDevices and renderExplanationText name options and lists of the wrong type', (t) => {
  refuses(t, [
    [() => explainDevices(loose(null)), 'explainDevices(): options must be an object, not null'],
    [() => explainDevices(loose('slogan')), 'explainDevices(): options must be an object, not "slogan"'],
    [() => explainDevices(loose({ device: 5 })), 'explainDevices(): device must be a device id or title as a string, not 5'],
    [() => explainDevices(loose({ verify: 'no' })), 'explainDevices(): verify must be true or false, not "no"'],
    [() => renderExplanationText(loose('x')), 'renderExplanationText() takes a list of device explanations as explainDevices() returns it, not "x"'],
    [() => renderExplanationText(loose([deviceGuides()[0]])), /^renderExplanationText\(\): list\[0\] must be a device explanation as explainDevices\(\) returns it \(id, title, score, rules, examples, …\), not an object$/],
    [() => renderExplanationText([], loose(true)), 'renderExplanationText(): options must be an object, not a boolean'],
    [() => renderExplanationText([], loose({ all: 'yes' })), 'renderExplanationText(): all must be true or false, not "yes"'],
  ]);
  const list = explainDevices({ device: 'slogan', verify: false });
  t.true(renderExplanationText(JSON.parse(JSON.stringify(list)), { all: true }).startsWith('Slogans (slogan)'));
});

test('the worksheet renderers take a worksheet as buildWorksheet() returns it, and name anything else', (t) => {
  const takes = 'takes a worksheet (an object with title, source, devices and items, as buildWorksheet() returns), not ';
  const ws = buildWorksheet(analyze(TEXT), { count: 2 });
  refuses(t, [
    [() => renderWorksheetMarkdown(loose({})), `renderWorksheetMarkdown() ${takes}an object without title or source or devices or items`],
    [() => renderWorksheetMarkdown(loose(analyze(TEXT))), `renderWorksheetMarkdown() ${takes}an object without source or items`],
    [() => renderAnswersMarkdown(loose('worksheet.md')), `renderAnswersMarkdown() ${takes}"worksheet.md"`],
    [() => renderAnswersMarkdown(loose({ ...ws, scoresInPlainWords: undefined })), "renderAnswersMarkdown(): the worksheet's scoresInPlainWords must be an object, not undefined"],
    [() => renderWorksheetHtml(loose(null)), `renderWorksheetHtml() ${takes}null`],
    [() => renderWorksheetHtml(loose({ ...ws, items: ['We must act now.'] })), 'renderWorksheetHtml(): the worksheet\'s items[0] must be a worksheet item (with text, devices and findings), not "We must act now."'],
  ]);
  const copy = JSON.parse(JSON.stringify(ws));
  t.is(renderWorksheetMarkdown(copy), renderWorksheetMarkdown(ws));
  t.true(renderAnswersMarkdown(copy).includes(ws.items[0].text.slice(0, 10)));
  t.true(renderWorksheetHtml(copy).startsWith('<!DOCTYPE html>'));
});

test('compareWithNorms names scores, devices, norms and a collection of the wrong type', (t) => {
  const result = analyze(TEXT);
  const norms = normsFrom(loadLexicons())!;
  refuses(t, [
    [() => compareWithNorms(loose(null), result.devices, norms, 'all'), "compareWithNorms(): scores must be document scores by device id (a result's document), not null"],
    [() => compareWithNorms(result.document, loose('slogan'), norms, 'all'), "compareWithNorms(): devices must be a list of devices (a result's devices), not \"slogan\""],
    [() => compareWithNorms(result.document, loose(['slogan']), norms, 'all'), "compareWithNorms(): devices[0] must be a device (with id, title and score, as in a result's devices), not \"slogan\""],
    [() => compareWithNorms(result.document, result.devices, loose({}), 'all'), 'compareWithNorms(): norms must be norms as normsFrom() returns them (with devices and collections), not an object without devices or collections'],
    [() => compareWithNorms(result.document, result.devices, loose(undefined), 'all'), 'compareWithNorms(): norms must be norms as normsFrom() returns them (with devices and collections), not undefined'],
    [() => compareWithNorms(result.document, result.devices, norms, loose(['all'])), 'compareWithNorms(): collection must be a collection name as a string, not a list'],
    [() => compareWithNorms(result.document, result.devices, norms, 'all', loose(5)), "compareWithNorms(): sha256 must be a text's digest as a string (textDigest() gives one), not 5"],
  ]);
  t.is(compareWithNorms(result.document, result.devices, norms, 'all').devices.length, result.devices.length);
});

test('corpusJobs and writeReportFiles take paths as strings, and writeReportFiles a list of files, before touching the disk', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-args-'));
  refuses(t, [
    [() => corpusJobs(loose(5), process.cwd()), 'corpusJobs() takes a folder or glob as a string, not 5'],
    [() => corpusJobs(CORPUS, loose(5)), 'corpusJobs(): cwd must be the folder to resolve it from, as a string (process.cwd() gives one), not 5'],
    [() => writeReportFiles(loose(5), []), 'writeReportFiles() takes a folder path as a string, not 5'],
    [() => writeReportFiles(join(dir, 'a'), loose('report.md')), /^writeReportFiles\(\): files must be a list of report files .*, not "report.md"$/],
    [() => writeReportFiles(join(dir, 'b'), loose([{ path: 'report.md', contents: 5 }])), 'writeReportFiles(): files[0] must be a report file ({path, contents} with a relative path and text), not an object'],
  ]);
  t.false(existsSync(join(dir, 'a')) || existsSync(join(dir, 'b')), 'no folder is made for files that cannot be written');
  t.true(corpusJobs(CORPUS, process.cwd()).jobs.length > 0);
  t.deepEqual(writeReportFiles(join(dir, 'c'), [{ path: 'report.md', contents: '# R\n' }]), [join(dir, 'c', 'report.md')]);
  t.is(readFileSync(join(dir, 'c', 'report.md'), 'utf8'), '# R\n');
});
