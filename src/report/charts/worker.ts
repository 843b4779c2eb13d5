// Worker-thread entry: loads the chart library at once (while the main thread analyzes), then draws the charts of one result.

import { parentPort } from 'node:worker_threads';
import type { AnalysisResult } from '../../result.js';
import { renderCharts } from './index.js';
import { label, loadChartKit, rect } from './kit.js';

const port = parentPort;
if (port) {
  const ready = loadChartKit().then((kit) => {
    // One small throw-away chart warms up the DOM code before the real ones arrive.
    const c = kit.canvas(40, 20, 'warm-up', 'warm-up', 'warm-up');
    rect(c.svg, 0, 0, 10, 10, '#ffffff');
    label(c.svg, 0, 10, 'warm-up');
    c.finish();
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
