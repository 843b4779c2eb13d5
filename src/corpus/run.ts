// A corpus run: documents summarized one at a time, in input order, each analysis dropped once its row is made (memory stays flat).

import { resolve } from 'node:path';
import { shownValue, UsageError } from '../util/errors.js';
import { discoverFiles } from './discover.js';
import { findManifest, yearFromFileName } from './manifest.js';
import { summarizeFile, type SummaryJob, type SummaryOptions, type SummaryRow } from './summary.js';

/** How one job becomes a row: `summarizeFile` in this thread by default; a worker pool can supply its own (issue 8). */
export type Summarizer = (job: SummaryJob, options: SummaryOptions) => SummaryRow | Promise<SummaryRow>;

/** The jobs of a corpus argument (folder or glob), with titles and years from a MANIFEST.tsv or the file names. */
export function corpusJobs(arg: string, cwd: string): { name: string; root: string; jobs: SummaryJob[]; dated: boolean } {
  if (typeof arg !== 'string') throw new UsageError(`corpusJobs() takes a folder or glob as a string, not ${shownValue(arg)}`);
  if (typeof cwd !== 'string') throw new UsageError(`corpusJobs(): cwd must be the folder to resolve it from, as a string (process.cwd() gives one), not ${shownValue(cwd)}`);
  const discovery = discoverFiles(arg, cwd);
  const manifest = findManifest(discovery.root);
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
 * and every row before it are done. Memory holds at most `inFlight` rows that are not yet yielded.
 */
export async function* summarizeAll(
  jobs: readonly SummaryJob[],
  options: SummaryOptions = {},
  summarize: Summarizer = summarizeFile,
  inFlight = 1,
): AsyncGenerator<SummaryRow> {
  const pending: Promise<SummaryRow>[] = [];
  let next = 0;
  const start = () => {
    const job = jobs[next++];
    pending.push(Promise.resolve().then(() => summarize(job, options)));
  };
  while (next < jobs.length && pending.length < Math.max(1, inFlight)) start();
  while (pending.length > 0) {
    const row = await pending.shift()!;
    if (next < jobs.length) start();
    yield row;
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
  const rows: SummaryRow[] = [];
  for await (const row of summarizeAll(jobs, options, summarize, inFlight)) {
    onRow?.(row, rows.length);
    rows.push(row);
  }
  return rows;
}
