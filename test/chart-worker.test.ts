// Where the charts of one text are drawn (src/report/charts/ahead.ts): on a worker thread only where a core is left for it.

import test from 'ava';
import { chartWorkerHelps } from '../src/report/charts/ahead.js';

test('a chart worker is started only on a machine of three cores or more: on two, V8\'s own threads keep the second core busy', (t) => {
  t.false(chartWorkerHelps(1));
  t.false(chartWorkerHelps(2));
  t.true(chartWorkerHelps(3));
  t.true(chartWorkerHelps(8));
});
