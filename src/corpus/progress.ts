// The progress bar of a corpus run on stderr: documents done, words per second, time left. Only on a terminal.

import cliProgress from 'cli-progress';
import type { SummaryRow } from './summary.js';

/** Told about each finished document; `stop` clears the line. */
export interface CorpusProgress {
  tick(row: SummaryRow): void;
  stop(): void;
}

const SILENT: CorpusProgress = { tick: () => undefined, stop: () => undefined };

/** A bar on `stream` when it is a terminal and the run is not quiet; otherwise a progress that prints nothing. */
export function corpusProgress(total: number, show: boolean, stream: NodeJS.WriteStream = process.stderr): CorpusProgress {
  if (!show || total === 0 || !stream.isTTY) return SILENT;
  const started = performance.now();
  let words = 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {value}/{total} documents | {rate} words/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  // The bar hides the cursor. Stopped by Ctrl-C (or another signal to end), it gives the cursor back and clears its
  // line, then the signal ends the process as it would have (cli-progress's own gracefulExit would keep it running).
  const stop = () => {
    for (const s of ENDING_SIGNALS) process.off(s, interrupted);
    bar.stop();
  };
  const interrupted = (signal: NodeJS.Signals) => {
    stop();
    process.kill(process.pid, signal);
  };
  for (const s of ENDING_SIGNALS) process.once(s, interrupted);
  bar.start(total, 0, { rate: 0 });
  return {
    tick(row) {
      words += row.words;
      const seconds = (performance.now() - started) / 1000;
      bar.increment(1, { rate: seconds > 0 ? Math.round(words / seconds) : 0 });
    },
    stop,
  };
}

/** Signals that end a run from the terminal: Ctrl-C, kill, a closed terminal. */
const ENDING_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
