// For helpers run as child processes: calls a hook before every fs.renameSync of the process (the toolkit's modules
// import it by name, and see the patched function), with the count of renames so far, so a test can stop or hold a
// run at a chosen point of writing a folder.

import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

/** Calls `hook(n)` before the nth rename (n from 1). */
export function beforeEachRename(hook: (n: number) => void): void {
  const rename = fs.renameSync;
  let renames = 0;
  fs.renameSync = (from: fs.PathLike, to: fs.PathLike) => {
    hook(++renames);
    return rename(from, to);
  };
  syncBuiltinESMExports();
}
