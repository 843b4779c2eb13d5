// Work a command will need, started before its code loads: the analyze command's chart worker (the slowest thing to load).

import { prestartChartWorker, releasePrestartedChartWorker } from '../report/charts/ahead.js';

/** True when the command line asks for help text (or names no command, which prints it): then no command runs. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.length === 0 || argv.some((a) => a === '--help' || a === '-h' || a === 'help');
}

/** Starts what the command line's command will need. Called by bin/rhetoric.js before it imports the CLI. */
export function startEarly(argv: readonly string[]): void {
  if (argv[0] === 'analyze' && !wantsHelp(argv)) prestartChartWorker();
}

/** Stops whatever was started early and not taken over by the command (main calls this when the command is done). */
export function releaseEarly(): void {
  releasePrestartedChartWorker();
}
