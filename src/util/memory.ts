// Whether a text can be analyzed in one piece with the heap this process may still use: refused with one clear line
// before the analysis starts, instead of V8's fatal out-of-memory report halfway through it.

import { getHeapStatistics, type HeapInfo } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { InputError } from './errors.js';

/**
 * Heap an analysis needs for each character of its text, counted against the whole heap V8 allows (old and young
 * generations). It depends on how many findings the text holds. Measured in November 2026 by the smallest old generation
 * (--max-old-space-size) with which `rhetoric analyze` went through: all of ../shared/corpus in one file (13.7 million
 * characters of speeches and papers) needed 400–500 MB, 33–40 bytes a character; the seed op-ed 130 times over (4.35
 * million characters, dense with findings) needed 220–320 MB, 62–85 bytes. 60 bytes a character lies between, which a
 * check made before the analysis has to pay for: a text of speeches is refused from a bit over half of the length that
 * would still fit, and one as dense with findings as the op-ed may still run out of memory in the last quarter below the
 * limit. A 2 GB heap takes about 33 million characters; the 4 GB heap of a 16 GB machine any input under the 50 MB
 * --max-bytes default.
 */
export const HEAP_BYTES_PER_CHARACTER = 60;

/**
 * Throws an InputError when `text` would need more heap than this process may still use. Not on a worker thread: a corpus
 * worker that runs out of heap hands its document to the main thread (src/corpus/pool.ts), where this check applies.
 */
export function checkHeapFor(text: string, name: string, heap: Pick<HeapInfo, 'heap_size_limit' | 'used_heap_size'> = getHeapStatistics()): void {
  if (!isMainThread) return;
  const available = heap.heap_size_limit - heap.used_heap_size;
  const needed = text.length * HEAP_BYTES_PER_CHARACTER;
  if (needed <= available) return;
  throw new InputError(
    `${name} is too long to analyze in one piece with the memory Node may use here: its ${millions(text.length)} million characters need about ${megabytes(needed)} MB, ` +
      `and ${megabytes(Math.max(0, available))} MB are left; split it into parts (a folder of parts is analyzed one part at a time), or give Node more memory (NODE_OPTIONS=--max-old-space-size=…)`,
  );
}

function millions(n: number): string {
  return (n / 1e6).toFixed(1);
}

function megabytes(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}
