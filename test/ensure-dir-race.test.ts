// Two runs that make the same new output folder at once: the one that loses the race to mkdir finds the folder made, which
// is what it wanted, and goes on (it was told "a part of the path is a file, not a folder").

import test from 'ava';
import fs, { existsSync, mkdtempSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDir } from '../src/util/fs.js';

test('ensureDir goes on when another process makes the same folder between its look and its mkdir', (t) => {
  const target = join(mkdtempSync(join(tmpdir(), 'rl-ensure-race-')), 'reports', 'speech');
  const original = fs.mkdirSync;
  // The other process: each folder appears just before this one tries to make it.
  fs.mkdirSync = ((path: fs.PathLike, options?: fs.MakeDirectoryOptions) => {
    original(path, { ...options, recursive: true });
    return original(path, options);
  }) as typeof fs.mkdirSync;
  syncBuiltinESMExports();
  try {
    t.notThrows(() => ensureDir(target));
  } finally {
    fs.mkdirSync = original;
    syncBuiltinESMExports();
  }
  t.true(existsSync(target));
});
