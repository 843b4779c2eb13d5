// One run of the rhetoric CLI in a child process, timed: wall time, and CPU time and peak memory from /usr/bin/time when
// the machine has it. Shared by the benchmarks that time whole commands (bench/speed.ts, bench/compare.ts).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

/** GNU time, for CPU time and peak memory; without it a run has wall time only. */
export const TIME = '/usr/bin/time';

/** The load averages now, rounded to two places. */
export const loadNow = (): number[] => loadavg().map((x) => Math.round(x * 100) / 100);

export interface TimedCliRun {
  /** Whether /usr/bin/time measured the run (CPU time and peak memory are null otherwise). */
  timed: boolean;
  wallMs: number;
  cpuMs: number | null;
  peakRssMB: number | null;
  loadAverageBefore: number[];
}

/** Runs `node bin/rhetoric.js <args>` from `root`; a failing run throws with the end of its stderr, named by `what`. */
export function timedCliRun(root: string, args: string[], what: string): TimedCliRun {
  const command = [join(root, 'bin', 'rhetoric.js'), ...args];
  const timed = existsSync(TIME);
  const loadAverageBefore = loadNow();
  const options = { cwd: root, encoding: 'utf8' as const, env: { ...process.env, NO_COLOR: '1' } };
  const t0 = performance.now();
  const r = timed ? spawnSync(TIME, ['-f', 'rusage %M %U %S', process.execPath, ...command], options) : spawnSync(process.execPath, command, options);
  const wallMs = Math.round(performance.now() - t0);
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${r.stderr.trim().slice(-500)}`);
  const usage = /rusage (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return {
    timed,
    wallMs,
    cpuMs: usage ? Math.round((Number(usage[2]) + Number(usage[3])) * 1000) : null,
    peakRssMB: usage ? Math.round(Number(usage[1]) / 1024) : null,
    loadAverageBefore,
  };
}
