// Work a command will need, started before its code loads: the analyze command's chart worker (the slowest thing to load).

import { prestartChartWorker, releasePrestartedChartWorker } from '../report/charts/ahead.js';

/** Starts what the command line's command will need. Called by bin/rhetoric.js before it imports the CLI. */
export function startEarly(argv: readonly string[]): void {
  const help = argv.some((a) => a === '--help' || a === '-h');
  if (argv[0] === 'analyze' && !help) prestartChartWorker();
}

/** Stops whatever was started early and not taken over by the command (main calls this when the command is done). */
export function releaseEarly(): void {
  releasePrestartedChartWorker();
}
