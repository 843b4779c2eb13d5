// Bundles the chart library into one file that loads faster than d3-node from node_modules, with V8's code cache of it
// for the flags of a one-text analysis (src/report/charts/library.ts). Run by `npm run build`, after the compiled code.

import { v8Flags } from '../src/cli/command-line.js';
import { buildChartLibrary } from '../src/report/charts/library-build.js';

// Silent when it works (`npm start` builds first, and its output is the report's).
try {
  const note = await buildChartLibrary(v8Flags(['analyze', '-']));
  if (note !== undefined) console.error(`note: ${note}`);
} catch (error) {
  // Not fatal: without the bundle, charts import d3-node from node_modules, only slower.
  console.error(`warning: the chart library was not bundled: ${(error as Error).message}; charts will load d3-node from node_modules`);
}
