// Worker-thread entry of the corpus pool: does the tasks it is sent (a corpus row, a text to compare), one at a time, and posts each answer back.

import { parentPort } from 'node:worker_threads';
import { InputError } from '../util/errors.js';
import { compareFile, type ComparisonJob } from './compare-file.js';
import { summarizeWithFindings } from './stream.js';
import { summarizeFile, type SummaryJob, type SummaryOptions } from './summary.js';

/** A task of the pool: a corpus document's summary row (with its findings, for --format jsonl), or a text to compare. */
export type PoolTask =
  | { task: 'row'; job: SummaryJob; options: SummaryOptions; withFindings: boolean }
  | { task: 'comparison'; job: ComparisonJob; options: SummaryOptions };

/** A task sent to a worker, tagged so its answer can be matched. */
export type PoolRequest = PoolTask & { id: number };

/**
 * A worker's answer: the task's value, or the message of its error: `input` for bad input (an InputError, which a
 * compared text reports as the command would on the main thread), else an unexpected error (a bug) with its stack.
 */
export type PoolReply = { id: number; value: unknown } | { id: number; error: string; stack?: string; input?: true };

/** Does one task, on whichever thread calls it: a worker, or the main thread when a worker has stopped. */
export function runTask(t: PoolTask): unknown {
  if (t.task === 'comparison') return compareFile(t.job, t.options);
  return (t.withFindings ? summarizeWithFindings : summarizeFile)(t.job, t.options);
}

const port = parentPort;
if (port) {
  port.on('message', (request: PoolRequest) => {
    let reply: PoolReply;
    try {
      reply = { id: request.id, value: runTask(request) };
    } catch (err) {
      if (err instanceof InputError) reply = { id: request.id, error: err.message, input: true };
      else reply = err instanceof Error ? { id: request.id, error: err.message, stack: err.stack } : { id: request.id, error: String(err) };
    }
    port.postMessage(reply);
  });
}
