// Worker-thread entry: loads compromise at once (while the main thread reads and parses), then tags the texts it is sent.

import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { compromise, localTagBackend, type RawTerm } from './tagger.js';

/** A text to tag, numbered so a late answer is never taken for the next one. */
export interface TagRequest {
  id: number;
  text: string;
}

/** The terms of one text, or the message of an unexpected error. */
export type TagReply = { id: number; terms: RawTerm[] } | { id: number; error: string };

/** What the worker is started with: the port requests come in on, and a shared cell it raises when an answer is posted. */
export interface TagWorkerData {
  port: MessagePort;
  signal: SharedArrayBuffer;
}

const data = workerData as TagWorkerData | undefined;
if (data?.port) {
  const { port } = data;
  const answered = new Int32Array(data.signal);
  compromise();
  port.on('message', (request: TagRequest) => {
    let reply: TagReply;
    try {
      reply = { id: request.id, terms: localTagBackend.tag(request.text) };
    } catch (err) {
      reply = { id: request.id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
    Atomics.store(answered, 0, 1);
    Atomics.notify(answered, 0);
  });
}
