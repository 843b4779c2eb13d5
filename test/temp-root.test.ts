// Every test process puts its temporary folders inside one folder of its own (test/helpers/temp-root.ts), removed when
// the process ends, so a test run leaves nothing behind in the system's temporary folder.

import test from 'ava';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

test('temporary folders of a test go into a per-process folder that the process removes when it ends', (t) => {
  const made = mkdtempSync(join(tmpdir(), 'rl-temp-root-'));
  t.regex(basename(dirname(made)), /^rhetoric-test-/);

  // A child process started as ava starts a test process: its folder and what it made there are gone once it exits.
  const child = spawnSync(
    process.execPath,
    [
      '--import=tsx',
      '--import=./test/helpers/temp-root.ts',
      '--input-type=module',
      '-e',
      "import { mkdtempSync } from 'node:fs'; import { tmpdir } from 'node:os'; import { join } from 'node:path'; console.log(mkdtempSync(join(tmpdir(), 'rl-child-')));",
    ],
    { encoding: 'utf8' },
  );
  t.is(child.status, 0, child.stderr);
  const childFolder = child.stdout.trim();
  t.regex(basename(dirname(childFolder)), /^rhetoric-test-/);
  t.false(existsSync(childFolder));
  t.false(existsSync(dirname(childFolder)));
});
