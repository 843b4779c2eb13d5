// rhetoric compare over many texts: each text's analysis let go once summarised, and worker threads (--jobs) that give
// the same bytes in the same order.

import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { compareInputs, compareResults, comparisonInputOf, startComparison } from '../src/compare/model.js';
import { compareFile } from '../src/corpus/compare-file.js';
import { startComparisonPool } from '../src/corpus/pool.js';
import { corpusJobs } from '../src/corpus/run.js';
import { InputError } from '../src/util/errors.js';
import { folderOf } from './helpers/files.js';
import { runCli } from './helpers/io.js';

/** Invented speeches: a long one first, so that a later short one finishes first on another worker. */
const SPEECHES: Record<string, string> = {
  '1921-long.txt': `${'We must stand together against those who would divide the valley. They want us afraid; we will not be afraid. '.repeat(50)}\nRemember the flood of 1889! Never again!\n`,
  '1922-short.txt': 'Join us at the mill gate on Monday. Down with the toll!\n',
  '1923-minutes.md': '# Minutes\n\nThe orchard committee met on Tuesday. It reviewed the cider budget and adjourned at noon.\n',
  '1924-history.txt': 'As in 1848, when the weavers marched, we face a test like the hungry winter. The landlords in the capital want to take what is ours.\n',
};

function speechFolder(texts: Record<string, string> = SPEECHES): string {
  return folderOf(texts, 'rl-compare-scale-');
}


test('a comparison built one text at a time keeps no text\'s full word counts, and equals compareResults()', (t) => {
  const results = Object.entries(SPEECHES).map(([name, text]) => analyze(text, { name }));
  const options = { stopWords: new Set(['the', 'we', 'a']), keyness: { minFrequency: 2, minG2: 0, limit: 5 } };
  const expected = compareResults(results, options);
  const comparison = startComparison(options);
  for (const r of results) {
    const input = comparisonInputOf(r);
    comparison.add(input);
    // What the comparison needs of the counts was taken when the text was added: the caller may let them go.
    for (const table of [input.terms.words, input.terms.pairs]) {
      table.counts.clear();
      table.accented?.clear();
    }
  }
  t.deepEqual(comparison.finish(), expected);
  t.true(expected.texts.some((x) => x.keyWords.length > 0), 'there are key words to compare');
  t.deepEqual(compareInputs(results.map((r) => comparisonInputOf(r)), options), expected);
  t.throws(() => comparison.add(comparisonInputOf(results[0])), { message: /add\(\) after finish\(\)/ });
});

test('compare --jobs 2 writes the same files as --jobs 1, texts in input order', async (t) => {
  const dir = speechFolder();
  const one = await runCli(['compare', '.', '--out', 'o1', '--name', 'c', '--jobs', '1', '--no-config'], dir);
  const two = await runCli(['compare', '.', '--out', 'o2', '--name', 'c', '--jobs', '2', '--no-config'], dir);
  t.is(one.code, 0, one.err);
  t.is(two.code, 0, two.err);
  t.is(two.out, one.out);
  for (const f of ['compare.md', 'compare.json', 'compare.svg', 'sentiment-arcs.svg']) {
    t.is(readFileSync(join(dir, 'o2', 'c', f), 'utf8'), readFileSync(join(dir, 'o1', 'c', f), 'utf8'), f);
  }
  const json = JSON.parse(readFileSync(join(dir, 'o1', 'c', 'compare.json'), 'utf8')) as { texts: { name: string; year: number }[] };
  t.deepEqual(json.texts.map((x) => x.name), Object.keys(SPEECHES));
  t.deepEqual(json.texts.map((x) => x.year), [1921, 1922, 1923, 1924], 'each text dated by its file name, on a worker too');
  const bad = await runCli(['compare', '.', '--out', 'o3', '--jobs', '0', '--no-config'], dir);
  t.is(bad.code, 2);
  t.regex(bad.err, /^rhetoric: --jobs must be a whole number of at least 1\n/);
});

test('a text that cannot be analyzed fails compare with one line, whichever thread read it, and writes nothing', async (t) => {
  const dir = speechFolder({ ...SPEECHES, '1922-short.txt': '<!-- only a comment, no words to analyze -->\n' });
  const runs = [];
  for (const jobs of ['1', '2']) {
    const run = await runCli(['compare', '.', '--out', `o${jobs}`, '--jobs', jobs, '--no-config'], dir);
    t.is(run.code, 1, `--jobs ${jobs}`);
    t.regex(run.err, /^rhetoric: 1922-short\.txt has no words to analyze outside comments, code blocks and front matter\n$/, `--jobs ${jobs}`);
    t.false(existsSync(join(dir, `o${jobs}`)), `--jobs ${jobs}: no report folder`);
    runs.push(run.err);
  }
  t.is(runs[1], runs[0]);
});

test('the pool compares each text as compareFile() does on this thread, even when its workers run out of heap', async (t) => {
  const dir = speechFolder();
  const { jobs } = corpusJobs(dir, dir);
  const texts = jobs.map((j) => ({ path: j.path, name: j.file, ...(j.year !== undefined ? { year: j.year } : {}) }));
  const local = texts.map((x) => compareFile(x));
  for (const limits of [undefined, { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 }]) {
    const pool = startComparisonPool(2, limits);
    try {
      t.deepEqual(await Promise.all(texts.map((x) => pool.compare(x, {}))), local, limits ? 'on this thread, after the workers stopped' : 'on workers');
      const missing = await pool.compare({ path: join(dir, 'gone.txt') }, {}).catch((err: unknown) => err);
      t.true(missing instanceof InputError, 'bad input is an InputError, as on this thread');
    } finally {
      await pool.close();
    }
  }
});
