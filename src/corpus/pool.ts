// A pool of worker threads that summarize corpus documents in parallel (rhetoric analyze <folder> --jobs N).

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Summarizer } from './run.js';
import type { SummaryJob, SummaryOptions, SummaryRow } from './summary.js';
import type { PoolReply, PoolRequest } from './worker.js';

/** A started pool: hand `summarize` to summarizeAll, then `close` it. */
export interface SummaryPool {
  readonly size: number;
  summarize: Summarizer;
  /** Stops every worker; jobs still waiting are rejected. Safe to call twice. */
  close(): Promise<void>;
}

/** The default --jobs: one worker per core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Starts a worker for the pool. From the built package the entry is `worker.js` beside this file; run from the TypeScript
 * sources (tsx, the tests) the worker registers tsx's loader itself, then imports `worker.ts`.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  const entry = new URL('./worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, execArgv: [] });
}

interface Waiting {
  request: PoolRequest;
  resolve: (row: SummaryRow) => void;
  reject: (err: Error) => void;
}

/** Starts `size` workers. Each takes one job at a time; jobs beyond that wait in order. `withFindings`: rows carry findings (JSONL). */
export function startSummaryPool(size: number, withFindings = false): SummaryPool {
  const queue: Waiting[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Waiting>();
  let closed = false;
  let nextId = 0;

  const fail = (w: Waiting, err: Error) => w.reject(err);
  const dispatch = (): void => {
    while (!closed && idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const waiting = queue.shift()!;
      busy.set(worker, waiting);
      worker.postMessage(waiting.request);
    }
  };
  const workers: Worker[] = [];
  for (let i = 0; i < Math.max(1, size); i++) {
    const worker = startWorker();
    workers.push(worker);
    idle.push(worker);
    worker.on('message', (reply: PoolReply) => {
      const waiting = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (waiting) {
        if ('row' in reply) waiting.resolve(reply.row);
        else {
          const err = new Error(reply.error);
          if (reply.stack) err.stack = reply.stack;
          fail(waiting, err);
        }
      }
      dispatch();
    });
    const lost = (err: Error): void => {
      const waiting = busy.get(worker);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      if (waiting) fail(waiting, err);
      // With no worker left, nothing will ever take the waiting jobs.
      if (!closed && idle.length === 0 && busy.size === 0) for (const w of queue.splice(0)) fail(w, err);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (!closed) lost(new Error(`a corpus worker stopped (exit code ${code})`));
    });
  }

  return {
    size: workers.length,
    summarize(job: SummaryJob, options: SummaryOptions): Promise<SummaryRow> {
      if (closed) return Promise.reject(new Error('the corpus worker pool is closed'));
      return new Promise<SummaryRow>((resolve, reject) => {
        queue.push({ request: { id: nextId++, job, options, withFindings }, resolve, reject });
        dispatch();
      });
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      const stopped = new Error('the corpus worker pool was closed');
      for (const w of queue.splice(0)) fail(w, stopped);
      for (const w of busy.values()) fail(w, stopped);
      busy.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
