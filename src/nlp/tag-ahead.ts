// Tags on a worker thread that starts loading compromise before the analysis needs it, so the load overlaps reading and parsing.

import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { localTagBackend, type RawTerm, type TagBackend } from './tagger.js';
import type { TagReply, TagRequest, TagWorkerData } from './tag-worker.js';

/** A tag backend served by a worker: pass it to `analyze` as `tagBackend`, then `close` it. */
export interface TaggerAhead extends TagBackend {
  /** Stops the worker (safe to call more than once). */
  close(): void;
  /** Where the tags came from (for --timing). */
  readonly taggedOn: 'worker' | 'main thread';
}

/** How long one answer may take before the worker is given up and this thread tags instead (the first waits for the load). */
const FIRST_ANSWER_MS = 20_000;
const ANSWER_MS = 5_000;

/**
 * Starts the worker now. The analysis asks for tags synchronously: each request blocks this thread (Atomics.wait) until
 * the worker answers, which costs a fraction of a millisecond once compromise is loaded. If the worker cannot start, fails
 * or does not answer in time, this thread tags with compromise itself (same tags, just without the head start).
 * Returns undefined where a worker cannot help: from the TypeScript sources, or with one CPU.
 */
export function startTaggerAhead(): TaggerAhead | undefined {
  if (import.meta.url.endsWith('.ts') || availableParallelism() < 2) return undefined;
  const signal = new SharedArrayBuffer(4);
  const answered = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  try {
    const data: TagWorkerData = { port: port2, signal };
    worker = new Worker(new URL('./tag-worker.js', import.meta.url), { workerData: data, transferList: [port2] });
    worker.unref();
    worker.on('error', () => close());
  } catch {
    return undefined;
  }
  let nextId = 0;
  let usable = true;
  let taggedOn: TaggerAhead['taggedOn'] = 'worker';
  function close(): void {
    usable = false;
    port1.close();
    void worker?.terminate();
    worker = undefined;
  }
  const ask = (text: string): RawTerm[] | undefined => {
    const id = nextId++;
    Atomics.store(answered, 0, 0);
    port1.postMessage({ id, text } satisfies TagRequest);
    const deadline = performance.now() + (id === 0 ? FIRST_ANSWER_MS : ANSWER_MS);
    for (;;) {
      for (let m = receiveMessageOnPort(port1); m !== undefined; m = receiveMessageOnPort(port1)) {
        const reply = m.message as TagReply;
        if (reply.id === id) return 'terms' in reply ? reply.terms : undefined;
      }
      const left = deadline - performance.now();
      if (left <= 0) return undefined;
      Atomics.wait(answered, 0, 0, left);
      Atomics.store(answered, 0, 0);
    }
  };
  return {
    get taggedOn() {
      return taggedOn;
    },
    close,
    tag(text) {
      const terms = usable ? ask(text) : undefined;
      if (terms) return terms;
      if (usable) close();
      taggedOn = 'main thread';
      return localTagBackend.tag(text);
    },
  };
}
