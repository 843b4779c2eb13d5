// A pool of worker threads that analyze documents in parallel (rhetoric analyze <folder> --jobs N, rhetoric compare --jobs N).

import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { InputError } from '../util/errors.js';
import type { ComparedFile, ComparisonJob } from './compare-file.js';
import type { Summarizer } from './run.js';
import type { SummaryJob, SummaryOptions, SummaryRow } from './summary.js';
import { runTask, type PoolReply, type PoolRequest, type PoolTask } from './worker.js';

/** A started pool: hand `summarize` to summarizeAll, then `close` it. */
export interface SummaryPool {
  readonly size: number;
  summarize: Summarizer;
  /** Stops every worker; jobs still waiting are rejected. Safe to call twice. */
  close(): Promise<void>;
}

/** A started pool for `rhetoric compare`: `compare` each text (as compareFile() does), then `close` it. */
export interface ComparisonPool {
  readonly size: number;
  compare(job: ComparisonJob, options: SummaryOptions): Promise<ComparedFile>;
  /** Stops every worker; texts still waiting are rejected. Safe to call twice. */
  close(): Promise<void>;
}

/** The pool itself, whatever its tasks. */
interface TaskPool {
  readonly size: number;
  run(task: PoolTask): Promise<unknown>;
  close(): Promise<void>;
}

/** The default --jobs: one worker per core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Heap limits of a worker. V8 lets a heap grow far beyond what one document needs; a cap on the old generation makes it
 * collect sooner and keeps a corpus run's memory flat. The cap must leave room above what a worker keeps between
 * documents (about 45 MB of compiled lexicons and compromise's data, measured after a full collection in November 2026):
 * at 64 MB, once the lexicons had grown, a worker spent its time collecting near the cap, and all of ../shared/corpus
 * with --jobs 2 took 40 s of wall time and 74 s of CPU against 34 s on the main thread alone; at 128 MB it takes 24 s
 * and 44 s, for 375 MB of peak RSS (360 MB at 256 MB; 412 MB at 512 MB). A document that needs more stops its worker,
 * and is then analyzed on the main thread, which has no such limit (same row, just slower).
 */
const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/** How many times workers are replaced after stopping before the pool gives up on them and works on the main thread. */
const MAX_RESTARTS = 8;

/**
 * Starts a worker for the pool. From the built package the entry is `worker.js` beside this file; run from the TypeScript
 * sources (tsx, the tests) the worker registers tsx's loader itself, then imports `worker.ts`.
 */
function startWorker(resourceLimits: ResourceLimits): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { resourceLimits });
  const entry = new URL('./worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, execArgv: [], resourceLimits });
}

interface Waiting {
  request: PoolRequest;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

/**
 * Starts `size` workers. Each takes one job at a time; jobs beyond that wait in order. `withFindings`: rows carry findings
 * (JSONL). `limits`: each worker's heap limits (the tests give workers too little heap to see jobs fall back to this thread).
 */
export function startSummaryPool(size: number, withFindings = false, limits: ResourceLimits = WORKER_LIMITS): SummaryPool {
  const pool = startPool(size, limits);
  return {
    size: pool.size,
    summarize: (job: SummaryJob, options: SummaryOptions) => pool.run({ task: 'row', job, options, withFindings }) as Promise<SummaryRow>,
    close: pool.close,
  };
}

/**
 * Starts `size` workers that analyze texts to compare, as startSummaryPool() does corpus documents: each gives what
 * compareFile() gives on this thread, and bad input rejects with the InputError compareFile() throws.
 */
export function startComparisonPool(size: number, limits: ResourceLimits = WORKER_LIMITS): ComparisonPool {
  const pool = startPool(size, limits);
  return {
    size: pool.size,
    compare: (job: ComparisonJob, options: SummaryOptions) => pool.run({ task: 'comparison', job, options }) as Promise<ComparedFile>,
    close: pool.close,
  };
}

/** The pool under both: `size` workers that each do one task at a time, tasks beyond that waiting in order. */
function startPool(size: number, limits: ResourceLimits): TaskPool {
  const queue: Waiting[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Waiting>();
  const workers = new Set<Worker>();
  let closed = false;
  let nextId = 0;
  let restarts = 0;

  /** A job whose worker stopped (out of memory, crashed) is done on this thread. */
  const onMainThread = (w: Waiting): void => {
    try {
      w.resolve(runTask(w.request));
    } catch (err) {
      w.reject(err instanceof Error ? err : new Error(String(err)));
    }
  };
  const dispatch = (): void => {
    while (!closed && idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const waiting = queue.shift()!;
      busy.set(worker, waiting);
      worker.postMessage(waiting.request);
    }
    // No worker left at all: the remaining jobs run here, in order.
    if (!closed && workers.size === 0) for (const w of queue.splice(0)) onMainThread(w);
  };
  const add = (): void => {
    const worker = startWorker(limits);
    workers.add(worker);
    idle.push(worker);
    worker.on('message', (reply: PoolReply) => {
      const waiting = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (waiting) {
        if ('value' in reply) waiting.resolve(reply.value);
        else if (reply.input) waiting.reject(new InputError(reply.error));
        else {
          const err = new Error(reply.error);
          if (reply.stack) err.stack = reply.stack;
          waiting.reject(err);
        }
      }
      dispatch();
    });
    let gone = false;
    const lost = (): void => {
      if (gone || closed) return;
      gone = true;
      workers.delete(worker);
      const waiting = busy.get(worker);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      void worker.terminate();
      if (restarts < MAX_RESTARTS) {
        restarts++;
        add();
      }
      if (waiting) onMainThread(waiting);
      dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
  };
  for (let i = 0; i < Math.max(1, size); i++) add();
  const size0 = workers.size;

  return {
    size: size0,
    run(task: PoolTask): Promise<unknown> {
      if (closed) return Promise.reject(new Error('the corpus worker pool is closed'));
      return new Promise<unknown>((resolve, reject) => {
        queue.push({ request: { ...task, id: nextId++ }, resolve, reject });
        dispatch();
      });
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      const stopped = new Error('the corpus worker pool was closed');
      for (const w of queue.splice(0)) w.reject(stopped);
      for (const w of busy.values()) w.reject(stopped);
      busy.clear();
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}
