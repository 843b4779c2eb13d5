// Run as a child process by test/report-folder-lock.test.ts: writes a report into the folder it is given, as the CLI's
// commands do (waiting for another run's lock, then writing with the ending signals held), after printing "writing".

import { writeSync } from 'node:fs';
import { writeHoldingSignals } from '../../src/cli/signals.js';
import { writeReportFiles } from '../../src/report/write.js';

const folder = process.argv[2];
writeSync(1, 'writing\n');
await writeHoldingSignals(folder, () => writeReportFiles(folder, [{ path: 'report.md', contents: '# A report\n' }]));
