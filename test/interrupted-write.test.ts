// Ctrl-C while a report folder is written: the folder is left as one whole run wrote it, never a mix of two runs or
// staged temp files, and the signal still ends the process.

import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./helpers/interrupted-write.ts', import.meta.url));

function interrupted(cwd: string, args: string[], at: number, signal = 'SIGINT') {
  return spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), SCRIPT, ...args], { cwd, encoding: 'utf8', env: { ...process.env, AT: String(at), SIGNAL: signal } });
}

test('compare interrupted at any rename leaves the whole new comparison (no temp files) and ends by the signal', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-interrupt-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'We must fight the traitors. We must win. Down with the tyrants!\n');
    writeFileSync(join(dir, 'b.txt'), 'The harvest was good this year. The farmers are happy and the markets are calm.\n');
    writeFileSync(join(dir, 'c.txt'), 'Freedom freedom freedom. The river is wide. The river is deep.\n');
    const first = interrupted(dir, ['compare', 'a.txt', 'b.txt', '--out', 'out', '--name', 'cmp', '--quiet'], 99);
    t.is(first.status, 0, first.stderr);
    // Four files, then the manifest: a signal at the first, a middle and the last rename, alternating the texts so each
    // run changes every file.
    for (const [i, at] of [1, 3, 5].entries()) {
      const other = i % 2 === 0 ? 'c.txt' : 'b.txt';
      const run = interrupted(dir, ['compare', 'a.txt', other, '--out', 'out', '--name', 'cmp', '--quiet'], at, i === 2 ? 'SIGTERM' : 'SIGINT');
      t.is(run.signal, i === 2 ? 'SIGTERM' : 'SIGINT', `ended by the signal at rename ${at} (status ${run.status}, stderr ${run.stderr})`);
      const folder = join(dir, 'out/cmp');
      t.deepEqual(readdirSync(folder).sort(), ['.rhetoric-report.json', 'compare.json', 'compare.md', 'compare.svg', 'sentiment-arcs.svg'], `no temp file left (rename ${at})`);
      const json = JSON.parse(readFileSync(join(folder, 'compare.json'), 'utf8')) as { texts: { name: string }[] };
      t.deepEqual(json.texts.map((x) => x.name), ['a.txt', other], `compare.json of this run (rename ${at})`);
      t.regex(readFileSync(join(folder, 'compare.md'), 'utf8'), new RegExp(`^# Comparison: a\\.txt, ${other.replace('.', '\\.')}\\n`), `compare.md of the same run (rename ${at})`);
      t.true(readFileSync(join(folder, 'compare.svg'), 'utf8').includes(other), `compare.svg of the same run (rename ${at})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
