// A corpus run: documents summarized one at a time, in input order, each analysis dropped once its row is made (memory stays flat).

import { resolve } from 'node:path';
import { checkAnalyzeOptions } from '../analyze.js';
import { checkLoadOptions } from '../text/load.js';
import { isPlainObject, shownValue, UsageError, wrongShape } from '../util/errors.js';
import { discoverFiles } from './discover.js';
import { findManifest, yearFromFileName, type ManifestCache } from './manifest.js';
import { summarizeFile, type SummaryJob, type SummaryOptions, type SummaryRow } from './summary.js';

/** How one job becomes a row: `summarizeFile` in this thread by default; a worker pool can supply its own (issue 8). */
export type Summarizer = (job: SummaryJob, options: SummaryOptions) => SummaryRow | Promise<SummaryRow>;

/**
 * The jobs of a corpus argument (folder or glob), with titles and years from a MANIFEST.tsv or the file names. Each
 * manifest is read once (`manifests`, when given, keeps them for the caller's other arguments too).
 */
export function corpusJobs(arg: string, cwd: string, manifests: ManifestCache = new Map()): { name: string; root: string; jobs: SummaryJob[]; dated: boolean } {
  if (typeof arg !== 'string') throw new UsageError(`corpusJobs() takes a folder or glob as a string, not ${shownValue(arg)}`);
  if (typeof cwd !== 'string') throw new UsageError(`corpusJobs(): cwd must be the folder to resolve it from, as a string (process.cwd() gives one), not ${shownValue(cwd)}`);
  if (!(manifests instanceof Map)) throw new UsageError(`corpusJobs(): manifests must be a Map that keeps the manifests read (new Map() to start one), not ${shownValue(manifests)}`);
  const discovery = discoverFiles(arg, cwd, manifests);
  const manifest = findManifest(discovery.root, manifests);
  const jobs = discovery.files.map((f) => {
    const entry = manifest?.entries.get(resolve(f.path));
    const job: SummaryJob = { path: f.path, file: f.file };
    if (entry?.title) job.title = entry.title;
    if (entry?.author) job.author = entry.author;
    const year = entry?.year ?? yearFromFileName(f.path);
    if (year !== undefined) job.year = year;
    return job;
  });
  return { name: discovery.name, root: discovery.root, jobs, dated: jobs.length > 0 && jobs.every((j) => j.year !== undefined) };
}

/**
 * Summarizes every job, yielding rows in input order. `inFlight` jobs are started ahead (default 1: one document at a time);
 * with an asynchronous summarizer (a worker pool) they run at once, and rows still come out in input order, each as soon as it
 * and every row before it are done. Memory holds at most `inFlight` rows that are not yet yielded. Its arguments are checked
 * when it is called, before the first row is asked for.
 */
export function summarizeAll(
  jobs: readonly SummaryJob[],
  options: SummaryOptions = {},
  summarize: Summarizer = summarizeFile,
  inFlight = 1,
): AsyncGenerator<SummaryRow> {
  checkRun('summarizeAll', jobs, options, summarize, inFlight);
  return rowsInOrder(jobs, options, summarize, inFlight);
}

function rowsInOrder(jobs: readonly SummaryJob[], options: SummaryOptions, summarize: Summarizer, inFlight: number): AsyncGenerator<SummaryRow> {
  return inInputOrder(jobs, (job) => summarize(job, options), inFlight);
}

/**
 * Runs `run` on each job, `inFlight` of them started ahead (at least 1), and yields each answer in input order, as soon as
 * it and every one before it are done. An answer that fails is thrown when its turn comes (one that fails ahead of its
 * turn, while the generator waits for an earlier one, is no unhandled rejection). Memory holds at most `inFlight` answers
 * that are not yet yielded.
 */
export async function* inInputOrder<J, T>(jobs: readonly J[], run: (job: J) => T | Promise<T>, inFlight: number): AsyncGenerator<T> {
  const pending: Promise<T>[] = [];
  let next = 0;
  const start = () => {
    const job = jobs[next++];
    const answer = Promise.resolve().then(() => run(job));
    answer.catch(() => undefined);
    pending.push(answer);
  };
  while (next < jobs.length && pending.length < Math.max(1, inFlight)) start();
  while (pending.length > 0) {
    const value = await pending.shift()!;
    if (next < jobs.length) start();
    yield value;
  }
}

/** Collects every row of a run; `onRow` sees each as it comes (progress, streaming). */
export async function summarizeCorpus(
  jobs: readonly SummaryJob[],
  options: SummaryOptions = {},
  onRow?: (row: SummaryRow, index: number) => void,
  summarize: Summarizer = summarizeFile,
  inFlight = 1,
): Promise<SummaryRow[]> {
  checkRun('summarizeCorpus', jobs, options, summarize, inFlight);
  if (onRow !== undefined && typeof onRow !== 'function') throw new UsageError(`summarizeCorpus(): onRow must be a function (row, index), called with each row as it comes, not ${shownValue(onRow)}`);
  const rows: SummaryRow[] = [];
  for await (const row of rowsInOrder(jobs, options, summarize, inFlight)) {
    onRow?.(row, rows.length);
    rows.push(row);
  }
  return rows;
}

/**
 * A JavaScript caller's corpus run, checked before any document is read: the jobs as corpusJobs() makes them, the options
 * as analyze() and loadFile() take them, a summarizer that is a function, and how many documents may run at once.
 */
function checkRun(fn: string, jobs: unknown, options: unknown, summarize: unknown, inFlight: unknown): void {
  if (!Array.isArray(jobs)) {
    const got = isPlainObject(jobs) && Array.isArray(jobs.jobs) ? 'the object corpusJobs() returns (pass its jobs)' : shownValue(jobs);
    throw new UsageError(`${fn}() takes a list of jobs as corpusJobs(…).jobs holds them, not ${got}`);
  }
  jobs.forEach((job: unknown, i) => {
    const got = wrongShape(job, { path: 'string', file: 'string' });
    if (got !== undefined) throw new UsageError(`${fn}(): jobs[${i}] must be a job such as {path: "/corpus/a.txt", file: "a.txt"}, not ${got}`);
  });
  checkAnalyzeOptions(options, fn);
  const load = (options as SummaryOptions).load;
  if (load !== undefined) checkLoadOptions(load, fn, 'options.load');
  if (typeof summarize !== 'function') throw new UsageError(`${fn}(): summarize must be a function (job, options) that returns a row, as summarizeFile does, not ${shownValue(summarize)}`);
  const whole = typeof inFlight === 'number' && inFlight >= 1 && (Number.isInteger(inFlight) || inFlight === Infinity);
  if (!whole) throw new UsageError(`${fn}(): inFlight must be a whole number of 1 or more (how many documents run at once), not ${shownValue(inFlight)}`);
}
