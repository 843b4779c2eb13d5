// Draws the charts on a worker thread that starts loading d3-node/jsdom before the analysis, so the two overlap.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisResult } from '../../result.js';
import { renderCharts, type ChartFile } from './index.js';

/** A chart renderer started ahead of time: `render` once, then `close`. */
export interface ChartsAhead {
  render(result: AnalysisResult): Promise<ChartFile[]>;
  /** Stops the worker (safe to call more than once, and after a failure). */
  close(): void;
  /** Where the charts were drawn: on the worker, or on this thread after a fallback (for --timing). */
  readonly drawnOn: 'worker' | 'main thread' | 'not yet';
}

/** A chart worker and whether it is still running (set false by its 'error' and 'exit' events). */
interface StartedWorker {
  worker: Worker;
  alive: boolean;
}

/**
 * Whether a chart worker can help on a machine of `cores` cores: only where a core is left for it. An analysis already
 * keeps a second core busy with V8's own compiler and collector threads (README, Speed), so on two cores the worker
 * competes with them: on this two-core machine the op-ed took a median 1,298 ms of wall time and 1,290 ms of CPU with
 * the worker drawing its charts, 1,201 and 1,170 with the charts drawn after the analysis (9 interleaved runs each).
 */
export function chartWorkerHelps(cores = availableParallelism()): boolean {
  return cores >= 3;
}

/**
 * A new chart worker, or undefined where one cannot help: run from the TypeScript sources (tsx), a worker cannot load
 * a .ts entry; with fewer than three cores it only competes with the analysis. Either way the charts are then drawn on
 * this thread.
 */
function startWorker(): StartedWorker | undefined {
  if (import.meta.url.endsWith('.ts') || !chartWorkerHelps()) return undefined;
  try {
    const started: StartedWorker = { worker: new Worker(new URL('./worker.js', import.meta.url)), alive: true };
    started.worker.on('error', () => (started.alive = false));
    started.worker.on('exit', () => (started.alive = false));
    return started;
  } catch {
    return undefined;
  }
}

/** A worker started before the command that needs it had even loaded (see `prestartChartWorker`). */
let prestarted: StartedWorker | undefined;

/**
 * Starts the chart worker at once, for a command that will draw charts: loading the chart library takes longer than
 * reading and analyzing a text, so every millisecond it starts earlier counts. `startChartsAhead` takes it over.
 */
export function prestartChartWorker(): void {
  prestarted ??= startWorker();
}

/** Stops a prestarted worker that no command took over (a corpus run, a usage error). Safe to call at any time. */
export function releasePrestartedChartWorker(): void {
  void prestarted?.worker.terminate();
  prestarted = undefined;
}

/**
 * Starts a worker that loads the chart library now (or takes over the prestarted one). If the worker cannot start or
 * fails at any point, `render` draws the charts on the calling thread instead (same bytes, just slower).
 */
export function startChartsAhead(): ChartsAhead {
  let started = prestarted ?? startWorker();
  prestarted = undefined;
  const close = (): void => {
    void started?.worker.terminate();
    started = undefined;
  };
  let drawnOn: ChartsAhead['drawnOn'] = 'not yet';
  const onMain = (result: AnalysisResult): Promise<ChartFile[]> => {
    drawnOn = 'main thread';
    return renderCharts(result);
  };
  return {
    close,
    get drawnOn() {
      return drawnOn;
    },
    render(result) {
      const w = started?.alive ? started.worker : undefined;
      if (!w) {
        close();
        return onMain(result);
      }
      return new Promise<ChartFile[]>((resolve, reject) => {
        let settled = false;
        const settle = (files: ChartFile[] | undefined): void => {
          if (settled) return;
          settled = true;
          close();
          if (files) {
            drawnOn = 'worker';
            resolve(files);
          } else onMain(result).then(resolve, reject);
        };
        w.once('message', (m: { files?: ChartFile[] }) => settle(m.files));
        w.once('error', () => settle(undefined));
        w.once('exit', () => settle(undefined));
        w.postMessage(result);
      });
    },
  };
}
