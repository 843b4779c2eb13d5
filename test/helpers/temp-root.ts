// Loaded into every test process before its test file (package.json, ava.nodeArguments): the folders a test makes with
// mkdtempSync(join(tmpdir(), …)) go into one folder of this process, removed when the process ends, so a test run
// leaves nothing in the system's temporary folder. Commands the tests spawn inherit TMPDIR and put theirs there too.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = mkdtempSync(join(tmpdir(), 'rhetoric-test-'));
process.env.TMPDIR = root;
process.on('exit', () => {
  rmSync(root, { recursive: true, force: true });
});
