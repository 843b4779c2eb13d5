// Reading the gold file itself: UTF-16 with a byte-order mark, invalid UTF-8 and the size limit.

import test from 'ava';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/eval/', import.meta.url));

async function run(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(dir);
  const code = await main(['eval', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-gold-file-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

test('a gold file saved as UTF-16 with a byte-order mark is read as the same file in UTF-8', async (t) => {
  const dir = folder();
  try {
    const text = readFileSync(join(dir, 'gold/tiny.jsonl'), 'utf8');
    writeFileSync(join(dir, 'gold/utf16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const utf8 = await run(dir, 'gold/tiny.jsonl');
    const utf16 = await run(dir, 'gold/utf16.jsonl');
    t.is(utf8.code, 0, utf8.err);
    t.is(utf16.code, 0, utf16.err);
    t.is(utf16.out, utf8.out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a gold file that is not valid UTF-8 is refused with the offset of its first bad byte', async (t) => {
  const dir = folder();
  try {
    writeFileSync(join(dir, 'gold/latin1.jsonl'), Buffer.from('{"doc": "corpus/caf\u00e9.txt", "sentences": []}\n', 'latin1'));
    const r = await run(dir, 'gold/latin1.jsonl');
    t.is(r.code, 1);
    t.is(r.out, '');
    t.regex(r.err, /^rhetoric: \S*latin1\.jsonl is not valid UTF-8 \(first bad byte at offset 19\); save the gold file as UTF-8\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

(existsSync('/dev/zero') ? test : test.skip)('a gold file is read up to 50 MB, or --max-bytes when higher: a lower --max-bytes limits the documents only', async (t) => {
  // A pipe or device is read only up to the limit, not until memory runs out.
  const zero = await run(FIXTURES, '/dev/zero');
  t.is(zero.code, 1);
  t.is(zero.out, '');
  t.is(zero.err, 'rhetoric: /dev/zero is more than 52428800 bytes (raise the limit with --max-bytes)\n');
  const higher = await run(FIXTURES, '/dev/zero', '--max-bytes', '60M');
  t.is(higher.err, 'rhetoric: /dev/zero is more than 62914560 bytes (raise the limit with --max-bytes)\n');
  const lower = await run(FIXTURES, 'gold/tiny.jsonl', '--max-bytes', '1K');
  t.is(lower.code, 0, lower.err);
});
