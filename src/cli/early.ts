// Work a command will need, started before its code loads: the analyze command's chart worker (the slowest thing to load).

import { prestartChartWorker, releasePrestartedChartWorker } from '../report/charts/ahead.js';
import { analyzesCorpus, wantsHelp } from './command-line.js';

/**
 * Starts what the command line's command will need, before the CLI's modules load: the chart worker of an analysis of
 * one text (a corpus run draws no per-document charts).
 */
export function startEarly(argv: readonly string[]): void {
  if (argv[0] === 'analyze' && !wantsHelp(argv) && !analyzesCorpus(argv)) prestartChartWorker();
}

/** Stops whatever was started early and not taken over by the command (main calls this when the command is done). */
export function releaseEarly(): void {
  releasePrestartedChartWorker();
}
