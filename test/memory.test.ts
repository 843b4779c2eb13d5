// The heap check before an analysis: a text is refused only when it cannot fit in what the heap has left.

import test from 'ava';
import { checkHeapFor, HEAP_BYTES_PER_CHARACTER } from '../src/util/memory.js';

const MB = 1024 * 1024;

test('a text is refused when its characters need more heap than is left, and let through when they fit', (t) => {
  const text = 'x'.repeat(100_000);
  const needed = text.length * HEAP_BYTES_PER_CHARACTER;
  t.notThrows(() => checkHeapFor(text, 'speech.txt', { heap_size_limit: needed + 10 * MB, used_heap_size: 10 * MB }));
  const err = t.throws(() => checkHeapFor(text, 'speech.txt', { heap_size_limit: needed + 10 * MB, used_heap_size: 10 * MB + 1 }));
  t.is(err?.name, 'InputError');
  t.regex(err?.message ?? '', /^speech\.txt is too long to analyze in one piece with the memory Node may use here: its 0\.1 million characters need about 6 MB, and 6 MB are left; split it into parts/);
  t.notThrows(() => checkHeapFor('', 'empty.txt', { heap_size_limit: 0, used_heap_size: 0 }), 'nothing to hold, nothing refused');
});

test('with the heap this process has, an ordinary speech passes', (t) => {
  t.notThrows(() => checkHeapFor('We must act now. '.repeat(1000), 'speech.txt'));
});
