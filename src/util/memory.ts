// Whether a text can be analyzed in one piece with the heap this process may still use: refused with one clear line
// before the analysis starts, instead of V8's fatal out-of-memory report halfway through it.

import { getHeapStatistics, type HeapInfo } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { InputError } from './errors.js';

/**
 * Heap an analysis needs for each character of its text, counted against the whole heap V8 allows (old and young
 * generations). It depends on how many findings the text holds. Measured in November 2026 by the old generation
 * (--max-old-space-size) with which an analysis went through: the first 2.5 million characters of ../shared/corpus's files
 * in one text (speeches and papers) at 160 MB, about 50 bytes a character above the 35 MB a process holds before it starts
 * (at 140 MB this check refuses it), all 13.5 million characters at 900 MB, and the seed op-ed 130 times over (4.35 million
 * characters, dense with findings) at 300 MB. Until the catchphrase pass stopped keeping every n-gram of the text at once, the
 * same 2.5 million characters needed 210–240 MB and the whole corpus died of V8's out-of-memory error at 900 MB: an earlier
 * figure here of 33–40 bytes a character for the corpus did not hold. At 60 bytes a character a 2 GB heap takes about 33
 * million characters, and the 4 GB heap of a 16 GB machine any input under the 50 MB --max-bytes default.
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
