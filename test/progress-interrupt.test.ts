// Ctrl-C during a corpus run: the progress bar gives the terminal its cursor back, and the signal still ends the run.

import test from 'ava';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./helpers/progress-interrupted.ts', import.meta.url));

test('a progress bar stopped by SIGINT shows the cursor again, and the process still ends by the signal', (t) => {
  const p = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], { encoding: 'utf8' });
  t.is(p.signal, 'SIGINT', `ended by the signal (status ${p.status}, stderr ${p.stderr})`);
  t.true(p.stdout.includes('\x1b[?25l'), 'the bar hid the cursor');
  t.true(p.stdout.lastIndexOf('\x1b[?25h') > p.stdout.lastIndexOf('\x1b[?25l'), 'and showed it again before the end');
});
