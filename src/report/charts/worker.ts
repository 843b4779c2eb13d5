// Worker-thread entry: loads the chart library at once (while the main thread analyzes), then draws the charts of one result.

import { parentPort } from 'node:worker_threads';
import type { AnalysisResult } from '../../result.js';
import { renderCharts } from './index.js';
import { loadChartKit } from './kit.js';
import { warmUpResult } from './warm-up.js';

const port = parentPort;
if (port) {
  const ready = loadChartKit().then(async (kit) => {
    try {
      await renderCharts(warmUpResult(), kit);
    } catch {
      // A failed warm-up only costs speed.
    }
    return kit;
  });
  port.on('message', (result: AnalysisResult) => {
    ready
      .then((kit) => renderCharts(result, kit))
      .then(
        (files) => port.postMessage({ files }),
        (err: unknown) => port.postMessage({ error: err instanceof Error ? err.message : String(err) }),
      );
  });
}
