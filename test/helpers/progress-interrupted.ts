// Run as a child process by test/progress-interrupt.test.ts: starts a corpus progress bar on a stream that says it is a
// terminal (and copies what it gets to stdout at once), ticks once, then sends itself SIGINT, as Ctrl-C would.

import { writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { corpusProgress } from '../../src/corpus/progress.js';

// Written through at once, as to a real terminal, so nothing is lost when the signal ends the process.
const terminal = new Writable({ write: (chunk, _enc, done) => (writeSync(1, chunk as Buffer), done()) }) as unknown as NodeJS.WriteStream;
Object.assign(terminal, { isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
const progress = corpusProgress(5, true, terminal);
progress.tick({ file: 'a.txt', title: 'a', author: null, year: null, words: 10, sections: 1, sentences: 1, scores: {} });
// Keeps the process alive until the signal ends it; the test fails if it ever fires.
setTimeout(() => process.exit(3), 60_000);
process.kill(process.pid, 'SIGINT');
