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

/**
 * Starts a worker that loads the chart library now. If the worker cannot start or fails at any point, `render`
 * draws the charts on the calling thread instead (same bytes, just slower).
 */
export function startChartsAhead(): ChartsAhead {
  let worker: Worker | undefined;
  let alive = false;
  // Run from the TypeScript sources (tsx), a worker cannot load a .ts entry; with one CPU a worker only competes with
  // the analysis. Either way the charts are drawn on this thread.
  const fromSources = import.meta.url.endsWith('.ts');
  try {
    if (fromSources || availableParallelism() < 2) throw new Error('no worker');
    worker = new Worker(new URL('./worker.js', import.meta.url));
    alive = true;
    worker.on('error', () => (alive = false));
    worker.on('exit', () => (alive = false));
  } catch {
    worker = undefined;
  }
  const close = (): void => {
    alive = false;
    void worker?.terminate();
    worker = undefined;
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
      const w = worker;
      if (!w || !alive) {
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
