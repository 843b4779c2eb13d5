// Worker-thread entry of the corpus pool: summarizes the jobs it is sent, one at a time, and posts each row back.

import { parentPort } from 'node:worker_threads';
import { summarizeWithFindings } from './stream.js';
import { summarizeFile, type SummaryJob, type SummaryOptions, type SummaryRow } from './summary.js';

/** A job sent to a worker, tagged so its answer can be matched. */
export interface PoolRequest {
  id: number;
  job: SummaryJob;
  options: SummaryOptions;
  /** Keep the document's findings on the row (for --format jsonl). */
  withFindings: boolean;
}

/** A worker's answer: the row, or the message and stack of an unexpected error (a bug; bad input already gives a row). */
export type PoolReply = { id: number; row: SummaryRow } | { id: number; error: string; stack?: string };

const port = parentPort;
if (port) {
  port.on('message', (request: PoolRequest) => {
    let reply: PoolReply;
    try {
      reply = { id: request.id, row: (request.withFindings ? summarizeWithFindings : summarizeFile)(request.job, request.options) };
    } catch (err) {
      reply = err instanceof Error ? { id: request.id, error: err.message, stack: err.stack } : { id: request.id, error: String(err) };
    }
    port.postMessage(reply);
  });
}
