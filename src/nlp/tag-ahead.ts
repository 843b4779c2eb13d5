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
 * Sentences sent ahead (`prefetch`, from the analyzers' `tagAhead`) are tagged while the main thread runs the analyzers
 * that need no tags, one at a time so that a request the main thread is blocked on always goes first.
 * Returns undefined where a worker cannot help: from the TypeScript sources, or with one CPU.
 */
export function startTaggerAhead(): TaggerAhead | undefined {
  if (import.meta.url.endsWith('.ts') || availableParallelism() < 2) return undefined;
  const signal = new SharedArrayBuffer(8);
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
  /** Texts sent ahead, by text, and answers that came in before they were asked for, by id. */
  const sentAhead = new Map<string, number>();
  const answers = new Map<number, TagReply>();
  /** Whether any answer came yet: until then the worker may still be loading compromise. */
  let heard = false;
  function close(): void {
    usable = false;
    port1.close();
    void worker?.terminate();
    worker = undefined;
  }
  const waitFor = (id: number, timeoutMs: number): RawTerm[] | undefined => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      for (let m = receiveMessageOnPort(port1); m !== undefined; m = receiveMessageOnPort(port1)) {
        const reply = m.message as TagReply;
        answers.set(reply.id, reply);
        heard = true;
      }
      const reply = answers.get(id);
      if (reply) {
        answers.delete(id);
        return 'terms' in reply ? reply.terms : undefined;
      }
      const left = deadline - performance.now();
      // No answer in time, or the worker stopped (it raises the second cell as it exits).
      if (left <= 0 || Atomics.load(answered, 1) === 1) return undefined;
      Atomics.wait(answered, 0, 0, left);
      Atomics.store(answered, 0, 0);
    }
  };
  const ask = (text: string): RawTerm[] | undefined => {
    let id = sentAhead.get(text);
    sentAhead.delete(text);
    if (id === undefined) id = nextId++;
    // Sent ahead or not, ask for it now: the worker answers it next unless it already has (then the answer is waiting).
    port1.postMessage({ id, text } satisfies TagRequest);
    return waitFor(id, heard ? ANSWER_MS : FIRST_ANSWER_MS);
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
    prefetch(texts) {
      if (!usable) return;
      for (const text of texts) {
        if (sentAhead.has(text)) continue;
        const id = nextId++;
        sentAhead.set(text, id);
        port1.postMessage({ id, text, ahead: true } satisfies TagRequest);
      }
    },
  };
}
