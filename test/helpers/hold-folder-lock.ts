// Run as a child process by test/report-folder-lock.test.ts: takes the lock of the folder it is given, prints "held",
// and keeps it until the process is killed.

import { writeSync } from 'node:fs';
import { withFolderLock } from '../../src/util/folder-lock.js';

withFolderLock(process.argv[2], () => {
  writeSync(1, 'held\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
});
