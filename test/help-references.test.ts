// The command's help points only at documents an installed package has: a "see FILE" in --help names a file that
// package.json's `files` ships, so someone who ran `npm i rhetoric-lens` can open it.

import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands, main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Whether package.json's `files` (folders as "dir/", files by name, exclusions as "!…") takes `path`. */
function shipped(path: string): boolean {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
  const matches = (entry: string) => (entry.endsWith('/') ? path.startsWith(entry) : path === entry);
  return pkg.files.some((e) => !e.startsWith('!') && matches(e)) && !pkg.files.some((e) => e.startsWith('!') && matches(e.slice(1)));
}

test('every "see FILE" in the help of the command and of each subcommand names a file the package ships', async (t) => {
  const refs = new Set<string>();
  for (const argv of [['--help'], ...Object.keys(commands).map((c) => [c, '--help'])]) {
    const io = captureIO(ROOT);
    t.is(await main(argv, io), 0, io.err());
    for (const m of io.out().matchAll(/\bsee ([\w./-]+\.(?:md|json|txt))\b/gi)) refs.add(m[1]);
  }
  t.true(refs.size > 0, 'the help points at a document');
  for (const ref of refs) t.true(existsSync(join(ROOT, ref)) && shipped(ref), `--help says "see ${ref}", which the package does not ship`);
});
