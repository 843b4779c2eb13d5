import test from 'ava';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

test('a corpus of one document says "1 document", on stdout and in overview.md', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-one-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'texts'));
  writeFileSync(join(dir, 'texts', 'speech.txt'), 'We will win. Join us now. Down with the tyrants!\n');
  const io = captureIO(dir);
  t.is(await main(['analyze', 'texts', '--jobs', '1', '--out', 'out'], io), 0, io.err());
  t.regex(io.out(), /^Analyzed 1 document, \d+ words/);
  const overview = readFileSync(join(dir, 'out', 'texts', 'overview.md'), 'utf8');
  t.regex(overview, /^1 document analyzed, /m);
  t.notRegex(overview, /\b1 documents\b/);
});
