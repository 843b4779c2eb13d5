// Worker-thread entry: loads compromise at once (while the main thread reads and parses), then tags the texts it is sent.

import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { compromise, localTagBackend, type RawTerm } from './tagger.js';

/**
 * A text to tag, numbered so an answer is matched to its request. `ahead`: tag it when nothing more urgent waits (the
 * main thread will probably ask for it soon); otherwise the main thread is blocked on it and it is tagged next.
 */
export interface TagRequest {
  id: number;
  text: string;
  ahead?: boolean;
}

/** The terms of one text, or the message of an unexpected error. */
export type TagReply = { id: number; terms: RawTerm[] } | { id: number; error: string };

/**
 * What the worker is started with: the port requests come in on, and two shared cells: [0] is raised each time an answer
 * is posted, [1] when the worker stops, so a main thread blocked on an answer learns at once that none will come.
 */
export interface TagWorkerData {
  port: MessagePort;
  signal: SharedArrayBuffer;
}

const data = workerData as TagWorkerData | undefined;
if (data?.port) {
  const { port } = data;
  const posted = new Int32Array(data.signal);
  process.on('exit', () => {
    Atomics.store(posted, 1, 1);
    Atomics.notify(posted, 0);
  });
  const answered = new Set<number>();
  const ahead: TagRequest[] = [];
  let scheduled = false;
  const answer = (request: TagRequest): void => {
    if (answered.has(request.id)) return;
    answered.add(request.id);
    let reply: TagReply;
    try {
      reply = { id: request.id, terms: localTagBackend.tag(request.text) };
    } catch (err) {
      reply = { id: request.id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
    Atomics.store(posted, 0, 1);
    Atomics.notify(posted, 0);
  };
  // One text ahead at a time, so an urgent request that arrives meanwhile is answered after at most one sentence.
  const workAhead = (): void => {
    scheduled = false;
    const next = ahead.shift();
    if (next) answer(next);
    if (ahead.length && !scheduled) {
      scheduled = true;
      setImmediate(workAhead);
    }
  };
  compromise();
  port.on('message', (request: TagRequest) => {
    if (!request.ahead) return answer(request);
    ahead.push(request);
    if (!scheduled) {
      scheduled = true;
      setImmediate(workAhead);
    }
  });
}
