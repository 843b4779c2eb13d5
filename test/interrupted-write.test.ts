// Ctrl-C while a report folder is written: the folder is left as one whole run wrote it, never a mix of two runs or
// staged temp files, and the signal still ends the process. A kill that cannot be held (SIGKILL, as a crash or power loss
// ends a run) leaves every file whole, and the next run that writes into the folder finds it all of one run.

import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReportFiles } from '../src/report/write.js';

const COMPARE_FILES = ['compare.json', 'compare.md', 'compare.svg', 'sentiment-arcs.svg'];
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
    // The manifest that lists the new files (the step), four files, then the manifest again: a signal at the step, at a
    // file and at the last file, alternating the texts so each run changes every file.
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

test('compare killed (SIGKILL) at any rename leaves each file whole, and the next write into the folder leaves all of one run', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-killed-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'We must fight the traitors. We must win. Down with the tyrants!\n');
    writeFileSync(join(dir, 'b.txt'), 'The harvest was good this year. The farmers are happy and the markets are calm.\n');
    writeFileSync(join(dir, 'c.txt'), 'Freedom freedom freedom. The river is wide. The river is deep.\n');
    // The files of a whole comparison of a.txt with each other text, from runs that were not interrupted.
    const whole = new Map<string, Map<string, string>>();
    for (const other of ['b.txt', 'c.txt']) {
      const name = other.replace('.txt', '');
      const run = interrupted(dir, ['compare', 'a.txt', other, '--out', 'ref', '--name', name, '--quiet'], 0);
      t.is(run.status, 0, run.stderr);
      whole.set(other, new Map(COMPARE_FILES.map((f) => [f, readFileSync(join(dir, 'ref', name, f), 'utf8')])));
    }
    const folder = join(dir, 'out/cmp');
    const first = interrupted(dir, ['compare', 'a.txt', 'b.txt', '--out', 'out', '--name', 'cmp', '--quiet'], 0);
    t.is(first.status, 0, first.stderr);
    /** Which run's file each report file of the folder is (undefined: part of one, or none). */
    const runOf = (f: string) => [...whole].find(([, files]) => files.get(f) === readFileSync(join(folder, f), 'utf8'))?.[0];
    let current = 'b.txt';
    const outcomes: string[] = [];
    // Killed before the first rename, between any two, before the last, and (at 9) not at all.
    for (let at = 1; at <= 9; at++) {
      const other = current === 'b.txt' ? 'c.txt' : 'b.txt';
      const run = interrupted(dir, ['compare', 'a.txt', other, '--out', 'out', '--name', 'cmp', '--quiet'], at, 'SIGKILL');
      if (run.signal !== 'SIGKILL') t.is(run.status, 0, `at rename ${at}: ${run.stderr}`);
      for (const f of COMPARE_FILES) t.not(runOf(f), undefined, `${f} is a whole file of one run right after the kill (rename ${at})`);
      // The next run that writes into the folder, of any kind.
      writeReportFiles(folder, [{ path: 'notes.txt', contents: 'not a report\n' }], 'probe');
      const runs = new Set(COMPARE_FILES.map(runOf));
      t.is(runs.size, 1, `every file of the comparison is of one run after the next write (rename ${at}: ${COMPARE_FILES.map((f) => `${f} ${runOf(f)}`).join(', ')})`);
      const now = [...runs][0]!;
      t.true(now === current || now === other, `rename ${at}`);
      outcomes.push(now === other ? 'new' : 'old');
      current = now;
      t.deepEqual(readdirSync(folder).sort(), ['.rhetoric-report.json', ...COMPARE_FILES, 'notes.txt'].sort(), `nothing of the killed run is left beside the report (rename ${at})`);
      t.deepEqual(JSON.parse(readFileSync(join(folder, '.rhetoric-report.json'), 'utf8')), { generator: 'rhetoric-lens', files: { compare: COMPARE_FILES, probe: ['notes.txt'] } });
      if (run.signal !== 'SIGKILL') break;
    }
    // A run killed before it has written anything leaves the last one; a run that was not killed leaves its own; and once
    // the new run is what a kill leaves, so is it at every later point.
    t.is(outcomes[0], 'old');
    t.is(outcomes.at(-1), 'new');
    t.deepEqual(outcomes, [...outcomes].sort().reverse(), outcomes.join(' '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
