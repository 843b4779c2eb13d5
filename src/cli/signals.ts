// Writing a report folder with the signals that end a run held, so that Ctrl-C never leaves it half one run, half another.

import { waitForFolderLock } from '../util/folder-lock.js';

/** Signals that end a run from the terminal: Ctrl-C, kill, a closed terminal. */
const ENDING_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs `write` (synchronous: the report folder `folder`'s files staged, renamed into place and listed in its manifest)
 * with the signals that end a run held. One that comes meanwhile ends the process, by that signal, once everything is
 * written: without this it ended it between two renames (the folder then held some files of this run beside the rest of
 * the last one's) or while files were staged (their temp files were left in the folder). Another run's write into the
 * same folder is waited for first, with the signals free, so that Ctrl-C ends that wait at once.
 */
export async function writeHoldingSignals<T>(folder: string, write: () => T): Promise<T> {
  await waitForFolderLock(folder);
  let caught: NodeJS.Signals | undefined;
  const hold = (signal: NodeJS.Signals): void => {
    caught ??= signal;
  };
  for (const s of ENDING_SIGNALS) process.on(s, hold);
  try {
    return write();
  } finally {
    // A signal that came during the write reaches its listener on the next turns of the event loop.
    for (let i = 0; i < 3 && caught === undefined; i++) await new Promise((resolve) => setImmediate(resolve));
    for (const s of ENDING_SIGNALS) process.off(s, hold);
    // Then it ends the process as it would have (or reaches the listeners of its own that the run has, such as the progress bar's).
    if (caught) process.kill(process.pid, caught);
  }
}
