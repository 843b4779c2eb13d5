// Run as a child process by test/report-folder-concurrent.test.ts: `report-writer.ts <dir> <kind> <label> <path>...`
// loads the report writer, prints "ready", and on a line from stdin writes the files (labelledFiles) into <dir> with
// writeReportFiles as one run of <kind>. At its first rename it leaves a mark in BARRIER named ME and waits (up to 2 s)
// for the mark of OTHER, so that two writers started at once each reach that point before either goes on, unless
// the one that gets there first keeps the other out meanwhile.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { labelledFiles } from './labelled-files.js';
import { beforeEachRename } from './rename-hook.js';

const [dir, kind, label, ...paths] = process.argv.slice(2);
const { BARRIER, ME, OTHER } = process.env;
if (BARRIER && ME && OTHER) {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  beforeEachRename((n) => {
    if (n !== 1) return;
    writeFileSync(join(BARRIER, ME), '');
    for (let i = 0; i < 400 && !existsSync(join(BARRIER, OTHER)); i++) Atomics.wait(pause, 0, 0, 5);
  });
}
const { writeReportFiles } = await import('../../src/report/write.js');
const files = labelledFiles(label, paths);
const input = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
await new Promise((resolve) => input.once('line', resolve));
input.close();
try {
  writeReportFiles(dir, files, kind);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
}
