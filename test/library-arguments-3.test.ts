// The last exports called from JavaScript with arguments of the wrong type (library-arguments.test.ts and
// library-arguments-2.test.ts have the others): the three report charts, the keyness statistics, compareResults' keyness
// options, the corpus runs, the report files' other arguments, --fail-on thresholds, one rule's explanation, the device
// selection and a loaded file's format. Each throws a UsageError that names the function and the argument as the caller wrote it,
// never a TypeError from deep inside, a message naming a function the caller never called, or a result from nonsense.

import test from 'ava';
import { loose, refuses } from './helpers/refuses.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addNormsFiles,
  analyze,
  compareResults,
  corpusJobs,
  countTerms,
  explainDevices,
  explainRule,
  formatOption,
  keyTerms,
  keynessEachAgainstRest,
  loadChartKit,
  loadFile,
  logLikelihood,
  logRatio,
  overviewSvg,
  parseThresholds,
  passedThresholds,
  renderReportFiles,
  renderRuleExplanationText,
  sectionSvg,
  selectAnalyzers,
  sentimentArcSvg,
  standingAgainst,
  summarizeAll,
  summarizeCorpus,
  summarizeFile,
  thresholdsPassedBy,
  UsageError,
  type SummaryJob,
  type SummaryOptions,
  type SummaryRow,
} from '../src/index.js';

const EXAMPLE = fileURLToPath(new URL('../examples/example.md', import.meta.url));

const TEXT = '# Rally\n\nWe must act now. Down with the tyrants! Our fathers crossed the sea as Lincoln said.\n\n# Then\n\nThey take what is ours. Join us today and march with us.';
const OTHER = 'They take what is ours. Join us today and march with us. We will not wait.';


const RESULT_SHAPE = 'must be an analysis result (an object with schemaVersion, source, title, devices, document, sections, sentences, findings and text, as analyze() returns), not ';
const KIT = 'must be a chart kit as loadChartKit() resolves to, not ';

test('overviewSvg, sectionSvg and sentimentArcSvg take a result, one of its sections and a loaded chart kit', async (t) => {
  const kit = await loadChartKit();
  const result = analyze(TEXT, { name: 'rally.md' });
  const section = /^sectionSvg\(\): section must be a section of the result \(one of result\.sections: index, title, line, words, firstSentence, sentenceCount and scores\), not /;
  refuses(t, [
    [() => overviewSvg(loose(null), kit), `overviewSvg(): result ${RESULT_SHAPE}null`],
    [() => overviewSvg(loose(TEXT), kit), /^overviewSvg\(\): result must be an analysis result .*, not "# Rally/],
    [() => overviewSvg(result, loose(loadChartKit())), `overviewSvg(): kit ${KIT}a Promise (await loadChartKit() first)`],
    [() => overviewSvg(result, loose(undefined)), `overviewSvg(): kit ${KIT}undefined`],
    [() => sentimentArcSvg(loose({ schemaVersion: 1 }), kit), `sentimentArcSvg(): result ${RESULT_SHAPE}an object without source or title or devices or document or sections or sentences or findings or text`],
    [() => sentimentArcSvg(result, loose({})), `sentimentArcSvg(): kit ${KIT}an object`],
    [() => sectionSvg(loose([result]), result.sections[0], kit), `sectionSvg(): result ${RESULT_SHAPE}a list`],
    [() => sectionSvg(result, loose(0), kit), new RegExp(`${section.source}0$`)],
    [() => sectionSvg(result, loose(undefined), kit), new RegExp(`${section.source}undefined$`)],
    [() => sectionSvg(result, loose({ index: 0, title: 'Rally' }), kit), new RegExp(`${section.source}an object without line or words or firstSentence or sentenceCount or scores$`)],
    [() => sectionSvg(result, result.sections[0], loose('kit')), `sectionSvg(): kit ${KIT}"kit"`],
  ]);
  // Good calls still draw, from the result as analyze() returns it and as report.json holds it, to the same bytes.
  const copy = JSON.parse(JSON.stringify(result));
  t.true(overviewSvg(result, kit).includes('Rhetorical devices by section: Rally'));
  t.is(overviewSvg(copy, kit), overviewSvg(result, kit));
  t.true(sentimentArcSvg(result, kit)?.includes('Sentiment arc: Rally'));
  t.is(sentimentArcSvg(analyze(TEXT, { devices: { sentiment: false } }), kit), undefined);
  t.true(sectionSvg(result, result.sections[1], kit).includes('Section 2 of 2: Then'));
  t.is(sectionSvg(copy, copy.sections[1], kit), sectionSvg(result, result.sections[1], kit));
});

test('logLikelihood and logRatio take counts of 0 or more and name each one by its letter and meaning', (t) => {
  refuses(t, [
    [() => logLikelihood(loose('4'), 2, 10, 20), 'logLikelihood(): a must be a number of 0 or more (the term\'s count in the text), not "4"'],
    [() => logLikelihood(4, -2, 10, 20), 'logLikelihood(): b must be a number of 0 or more (the term\'s count in the reference), not -2'],
    [() => logLikelihood(4, 2, Number.NaN, 20), 'logLikelihood(): c must be a number of 0 or more (the text\'s total of words or pairs), not NaN'],
    [() => logLikelihood(4, 2, 10, loose(undefined)), 'logLikelihood(): d must be a number of 0 or more (the reference\'s total), not undefined'],
    [() => logLikelihood(4, 2, 10, Number.POSITIVE_INFINITY), 'logLikelihood(): d must be a number of 0 or more (the reference\'s total), not Infinity'],
    [() => logRatio(Number.NaN, 2, 10, 20), 'logRatio(): a must be a number of 0 or more (the term\'s count in the text), not NaN'],
    [() => logRatio(4, loose(null), 10, 20), 'logRatio(): b must be a number of 0 or more (the term\'s count in the reference), not null'],
    [() => logRatio(4, 2, 0, 20), 'logRatio(): c must be a number above 0 (the text\'s total of words or pairs), not 0'],
    [() => logRatio(4, 2, 10, -20), 'logRatio(): d must be a number above 0 (the reference\'s total), not -20'],
  ]);
  t.is(Math.round(logLikelihood(4, 2, 10, 20) * 1e6) / 1e6, 2.772589);
  t.is(logLikelihood(0, 0, 10, 20), 0);
  t.is(logLikelihood(1, 1, 0, 20), 0, 'an empty text still gives 0');
  t.is(logRatio(4, 2, 10, 20), 2);
  t.is(Math.round(logRatio(3, 0, 10, 20) * 1e6) / 1e6, 3.584963);
});

test('compareResults names its own keyness options and stop words, not keyTerms(), which the caller never called', (t) => {
  const a = analyze(TEXT, { name: 'a.md' });
  const b = analyze(OTHER, { name: 'b.txt' });
  refuses(t, [
    [() => compareResults([a, b], { keyness: loose({ minFrequency: 'x' }) }), 'compareResults(): options.keyness.minFrequency must be a number, not "x"'],
    [() => compareResults([a, b], { keyness: loose({ minG2: Number.NaN }) }), 'compareResults(): options.keyness.minG2 must be a number, not NaN'],
    [() => compareResults([a, b], { keyness: { limit: -1 } }), 'compareResults(): options.keyness.limit must be a number of 0 or more, not -1'],
    [() => compareResults([a, b], { keyness: loose('strict') }), 'compareResults(): options.keyness must be an object, not "strict"'],
    [() => compareResults([a, b], { keyness: loose(null) }), 'compareResults(): options.keyness must be an object, not null'],
    [() => compareResults([a, b], { stopWords: loose(['the']) }), 'compareResults(): options.stopWords must be a Set of lower-case words (as stopWordsFrom() returns), not a list'],
  ]);
  // keyTerms keeps its own wording for its own callers; keynessEachAgainstRest names itself.
  const counts = [countTerms(a.text, a.sentences), countTerms(b.text, b.sentences)];
  refuses(t, [
    [() => keyTerms(counts[0].words, counts[1].words, 'word', loose({ minFrequency: 'x' })), 'keyTerms(): options.minFrequency must be a number, not "x"'],
    [() => keyTerms(counts[0].words, counts[1].words, 'word', { limit: Number.NaN }), 'keyTerms(): options.limit must be a number, not NaN'],
    [() => keynessEachAgainstRest(counts, loose({ limit: '5' })), 'keynessEachAgainstRest(): options.limit must be a number, not "5"'],
    [() => keynessEachAgainstRest(counts, loose({ stopWords: 'the' })), 'keynessEachAgainstRest(): options.stopWords must be a Set of lower-case words (as stopWordsFrom() returns), not "the"'],
  ]);
  const keyness = { minFrequency: 1, minG2: 0, limit: 3 };
  const comparison = compareResults([a, b], { keyness, stopWords: new Set(['the']) });
  t.deepEqual(comparison.keyness, { ...keyness, stopWords: 1, reference: 'the other text' });
  t.deepEqual(comparison.texts.map((x) => x.keyWords), keynessEachAgainstRest(counts, { ...keyness, stopWords: new Set(['the']) }).map((k) => k.words));
  t.true(comparison.texts[0].keyWords.length > 0);
});

/** Two small documents in a folder of their own, as corpusJobs() finds them. */
function corpus(): SummaryJob[] {
  const dir = mkdtempSync(join(tmpdir(), 'rl-args3-'));
  writeFileSync(join(dir, 'a.txt'), TEXT);
  writeFileSync(join(dir, 'b.txt'), OTHER);
  return corpusJobs(dir, process.cwd()).jobs;
}

test('summarizeAll checks its arguments when it is called, before any document is read', (t) => {
  const jobs = corpus();
  let read = 0;
  const counting = (job: SummaryJob, options: SummaryOptions): SummaryRow => {
    read++;
    return summarizeFile(job, options);
  };
  const job = 'must be a job such as {path: "/corpus/a.txt", file: "a.txt"}, not ';
  refuses(t, [
    [() => summarizeAll(loose('a.txt'), {}, counting), 'summarizeAll() takes a list of jobs as corpusJobs(…).jobs holds them, not "a.txt"'],
    [() => summarizeAll(loose(corpusJobs(join(jobs[0].path, '..'), process.cwd())), {}, counting), 'summarizeAll() takes a list of jobs as corpusJobs(…).jobs holds them, not the object corpusJobs() returns (pass its jobs)'],
    [() => summarizeAll(loose([jobs[0], 'b.txt']), {}, counting), `summarizeAll(): jobs[1] ${job}"b.txt"`],
    [() => summarizeAll(loose([{ path: jobs[0].path }]), {}, counting), `summarizeAll(): jobs[0] ${job}an object without file`],
    [() => summarizeAll(jobs, loose('fast'), counting), 'summarizeAll(): options must be an object, not "fast"'],
    [() => summarizeAll(jobs, loose({ sectionWords: 'a' }), counting), 'summarizeAll(): sectionWords must be a positive number of words, not "a"'],
    [() => summarizeAll(jobs, loose({ load: { encoding: 'utf16' } }), counting), 'summarizeAll(): options.load.encoding must be "utf8" or "latin1", not "utf16"'],
    [() => summarizeAll(jobs, {}, loose('summarizeFile')), 'summarizeAll(): summarize must be a function (job, options) that returns a row, as summarizeFile does, not "summarizeFile"'],
    [() => summarizeAll(jobs, {}, counting, loose('2')), 'summarizeAll(): inFlight must be a whole number of 1 or more (how many documents run at once), not "2"'],
    [() => summarizeAll(jobs, {}, counting, Number.NaN), 'summarizeAll(): inFlight must be a whole number of 1 or more (how many documents run at once), not NaN'],
    [() => summarizeAll(jobs, {}, counting, 0), 'summarizeAll(): inFlight must be a whole number of 1 or more (how many documents run at once), not 0'],
  ]);
  t.is(read, 0, 'no document was read for a call that was refused');
});

test('summarizeCorpus names its own arguments, and rows for good ones are those of summarizeAll and summarizeFile', async (t) => {
  const jobs = corpus();
  let read = 0;
  const counting = (job: SummaryJob, options: SummaryOptions): SummaryRow => {
    read++;
    return summarizeFile(job, options);
  };
  const cases: [() => Promise<unknown>, string | RegExp][] = [
    [() => summarizeCorpus(loose(null)), 'summarizeCorpus() takes a list of jobs as corpusJobs(…).jobs holds them, not null'],
    [() => summarizeCorpus(loose([5]), {}, undefined, counting), 'summarizeCorpus(): jobs[0] must be a job such as {path: "/corpus/a.txt", file: "a.txt"}, not 5'],
    [() => summarizeCorpus(jobs, loose({ devices: 'slogan' }), undefined, counting), /^summarizeCorpus\(\): devices must be a list of device ids or an object/],
    [() => summarizeCorpus(jobs, loose({ load: { maxBytes: '10' } }), undefined, counting), 'summarizeCorpus(): options.load.maxBytes must be a positive number of bytes, not "10"'],
    [() => summarizeCorpus(jobs, {}, loose(5), counting), 'summarizeCorpus(): onRow must be a function (row, index), called with each row as it comes, not 5'],
    [() => summarizeCorpus(jobs, {}, undefined, loose(null)), 'summarizeCorpus(): summarize must be a function (job, options) that returns a row, as summarizeFile does, not null'],
    [() => summarizeCorpus(jobs, {}, undefined, counting, -1), 'summarizeCorpus(): inFlight must be a whole number of 1 or more (how many documents run at once), not -1'],
  ];
  for (const [call, message] of cases) await t.throwsAsync(call, { instanceOf: UsageError, message }, String(message));
  t.is(read, 0, 'no document was read for a call that was refused');

  const seen: string[] = [];
  const rows = await summarizeCorpus(jobs, { sectionWords: 400 }, (row, i) => seen.push(`${i} ${row.file}`), counting, 2);
  t.deepEqual(seen, ['0 a.txt', '1 b.txt']);
  t.deepEqual(rows, jobs.map((j) => summarizeFile(j, { sectionWords: 400 })));
  const streamed: SummaryRow[] = [];
  for await (const row of summarizeAll(jobs, { sectionWords: 400 }, undefined, Number.POSITIVE_INFINITY)) streamed.push(row);
  t.deepEqual(streamed, rows);
  t.true(rows[0].words > 0 && rows[0].error === undefined);
});

test('renderReportFiles and addNormsFiles name formats, charts, lexicons, files, a standing and a kit of the wrong kind', async (t) => {
  const kit = await loadChartKit();
  const result = analyze(TEXT, { name: 'rally.md' });
  const standing = standingAgainst(result, 'all');
  const files = await renderReportFiles(result, ['md', 'json'], kit);
  const cases: [() => Promise<unknown>, string | RegExp][] = [
    [() => renderReportFiles(result, loose('md,json')), 'renderReportFiles(): formats must be a list of report formats such as ["md", "json", "html"], not "md,json"'],
    [() => renderReportFiles(result, ['md'], loose(loadChartKit())), `renderReportFiles(): charts ${KIT}a Promise (await loadChartKit() first)`],
    [() => renderReportFiles(result, ['md'], loose(5)), `renderReportFiles(): charts ${KIT}5`],
    [() => renderReportFiles(result, ['json'], undefined, loose('my-lexicons')), 'renderReportFiles(): lexicons must be a list of folders (paths as strings), not a string; write ["my-lexicons"]'],
    [() => addNormsFiles(loose('report.md'), result, standing, kit), /^addNormsFiles\(\): files must be a list of report files .*, not "report.md"$/],
    [() => addNormsFiles([{ path: 'report.md', contents: loose(null) }], result, standing, kit), 'addNormsFiles(): files[0] must be a report file ({path, contents} with a relative path and text), not an object'],
    [() => addNormsFiles([], result, loose(null), kit), 'addNormsFiles(): standing must be a standing as standingAgainst() returns it (with collection, label and devices), not null'],
    [() => addNormsFiles([], result, loose(result), kit), 'addNormsFiles(): standing must be a standing as standingAgainst() returns it (with collection, label and devices), not an object without collection or label'],
    [() => addNormsFiles([], result, standing, loose({})), `addNormsFiles(): kit ${KIT}an object`],
  ];
  for (const [call, message] of cases) await t.throwsAsync(call, { instanceOf: UsageError, message }, String(message));
  t.deepEqual(files.map((f) => f.path).slice(0, 2), ['report.md', 'overview.svg']);
  t.deepEqual(await renderReportFiles(result, loose(['md', 'json', 'svg']), kit), files, 'a name that is no format is still left out');
  const withNorms = await addNormsFiles(files.map((f) => ({ ...f })), result, JSON.parse(JSON.stringify(standing)), kit);
  t.deepEqual(withNorms.map((f) => f.path).slice(-3), ['norms.md', 'norms.svg', 'norms.json']);
});

test('passedThresholds and thresholdsPassedBy take thresholds as parseThresholds() returns them, not the string it reads', (t) => {
  const result = analyze(TEXT);
  const thresholds = parseThresholds('call_to_action>1,slogan>=100', ['call_to_action', 'slogan']);
  const threshold = 'must be a threshold ({device, op, value} with op one of > >= < <=, as parseThresholds() returns), not ';
  refuses(t, [
    [() => passedThresholds(loose('report.json'), thresholds), 'passedThresholds(): result must be an analysis result (with document, its scores by device), not "report.json"'],
    [() => passedThresholds(loose({ document: { slogan: 2 } }), thresholds), 'passedThresholds(): result.document["slogan"] must be a device score (with score), not 2'],
    [() => passedThresholds(result, loose('call_to_action>1')), 'passedThresholds(): thresholds must be a list of thresholds as parseThresholds() returns them, not "call_to_action>1"'],
    [() => passedThresholds(result, loose([{ device: 'slogan', op: '=', value: 1 }])), `passedThresholds(): thresholds[0] ${threshold}an object`],
    [() => thresholdsPassedBy(loose(null), thresholds), "thresholdsPassedBy(): scores must be document scores by device id (a summary row's scores), not null"],
    [() => thresholdsPassedBy({ slogan: 3 }, loose(['slogan>1'])), `thresholdsPassedBy(): thresholds[0] ${threshold}"slogan>1"`],
  ]);
  t.deepEqual(passedThresholds(result, thresholds), [`call_to_action ${result.document.call_to_action.score} > 1`]);
  t.deepEqual(thresholdsPassedBy({ call_to_action: 3, slogan: 100 }, thresholds), ['call_to_action 3 > 1', 'slogan 100 >= 100']);
});

test('renderRuleExplanationText, selectAnalyzers and formatOption name an argument of the wrong kind', (t) => {
  const explained = explainRule('slogan-down-with')!;
  refuses(t, [
    [() => renderRuleExplanationText(loose(null)), 'renderRuleExplanationText() takes a rule explanation as explainRule() returns it (device, asked, rule, examples, …), not null'],
    [() => renderRuleExplanationText(loose(explainDevices({ device: 'slogan', verify: false }))), 'renderRuleExplanationText() takes a rule explanation as explainRule() returns it (device, asked, rule, examples, …), not a list'],
    [() => renderRuleExplanationText(loose({ ...explained, rule: { id: 'x' } })), "renderRuleExplanationText(): the explanation's rule must be a rule (with id, kind and note), not an object without kind or note"],
    [() => selectAnalyzers(loose('slogan')), 'selectAnalyzers(): devices must be a list of device ids or an object such as {"slogan": false}, not "slogan"'],
    [() => selectAnalyzers(loose(null)), 'selectAnalyzers(): devices must be a list of device ids or an object such as {"slogan": false}, not null'],
    [() => analyze(TEXT, loose({ devices: 'slogan' })), 'analyze(): devices must be a list of device ids or an object such as {"slogan": false}, not "slogan"'],
    [() => formatOption(loose(null)), 'formatOption() takes a loaded text as loadFile() returns it, not null'],
    [() => formatOption(loose('example.md')), 'formatOption() takes a loaded text as loadFile() returns it, not "example.md"'],
  ]);
  t.is(renderRuleExplanationText(JSON.parse(JSON.stringify(explained))), renderRuleExplanationText(explained));
  t.true(renderRuleExplanationText(explained).startsWith('slogan-down-with (a rule of Slogans, slogan)'));
  t.deepEqual(selectAnalyzers(['us_them', 'slogan']).map((a) => a.id), ['slogan', 'us_them']);
  t.is(selectAnalyzers({ slogan: false }).length, selectAnalyzers(undefined).length - 1);
  t.deepEqual(formatOption(loadFile(EXAMPLE)), { format: 'markdown' });
  t.deepEqual(formatOption({}), {});
});

test('a year, a collection, loadFile options and an empty comparison of the wrong kind are usage errors, checked before any work', (t) => {
  const result = analyze(TEXT, { name: 'rally.md' });
  refuses(t, [
    [() => analyze(TEXT, loose({ year: '1990' })), 'analyze(): year must be a whole number from 1 to 9999, not "1990"'],
    [() => analyze(TEXT, loose({ year: Number.NaN })), 'analyze(): year must be a whole number from 1 to 9999, not NaN'],
    [() => analyze(TEXT, { year: 1990.5 }), 'analyze(): year must be a whole number from 1 to 9999, not 1990.5'],
    [() => analyze(TEXT, loose({ year: null })), 'analyze(): year must be a whole number from 1 to 9999, not null'],
    [() => loadFile(EXAMPLE, loose(null)), 'loadFile(): options must be an object, not null'],
    [() => compareResults([]), 'compareResults() takes a list of one or more analysis results, not an empty list'],
  ]);
  for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
    t.throws(() => standingAgainst(result, name), { instanceOf: UsageError, message: new RegExp(`^unknown collection "${name}" for --against \\(known: [a-z, ]+\\)$`) });
  }
  t.is(analyze(TEXT, { year: 1990 }).source.year, 1990);
});
