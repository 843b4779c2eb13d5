// Report files whose contents say which run wrote them, for tests of runs that write one folder: whole files of a run
// are told apart from those of another run, and from part of a file.

import type { ReportFile } from '../../src/report/write.js';

/** The contents a run labelled `label` writes to `path`: long enough to be written in more than one piece. */
export function labelledContents(label: string, path: string): string {
  return `${label} wrote ${path}\n`.repeat(2000);
}

export function labelledFiles(label: string, paths: readonly string[]): ReportFile[] {
  return paths.map((path) => ({ path, contents: labelledContents(label, path) }));
}
