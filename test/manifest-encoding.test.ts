// A MANIFEST.tsv saved by a spreadsheet: "Unicode Text" (UTF-16 with a byte-order mark) dates the documents as UTF-8 does;
// bytes that are not UTF-8 are refused in one line rather than read as replacement characters.

import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { documentYear } from '../src/corpus/manifest.js';
import { captureIO } from './helpers/io.js';

const MANIFEST = 'path\ttitle\tyear\nspeech.txt\tDiscurso de Ch\u00e1vez\t1950\n';

test('a MANIFEST.tsv in UTF-16 (either byte order) gives the year it gives in UTF-8', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-manifest-enc-'));
  try {
    writeFileSync(join(dir, 'speech.txt'), 'We must act now, as our fathers did.\n');
    const file = join(dir, 'MANIFEST.tsv');
    writeFileSync(file, MANIFEST);
    t.is(documentYear(join(dir, 'speech.txt')), 1950);
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MANIFEST, 'utf16le')]));
    t.is(documentYear(join(dir, 'speech.txt')), 1950, 'UTF-16LE');
    writeFileSync(file, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(MANIFEST, 'utf16le').swap16()]));
    t.is(documentYear(join(dir, 'speech.txt')), 1950, 'UTF-16BE');
    const io = captureIO(dir);
    t.is(await main(['analyze', 'speech.txt', '--format', 'json', '--out', 'o'], io), 0, io.err());
    t.is((JSON.parse(io.out()) as { source: { year: number } }).source.year, 1950);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a MANIFEST.tsv that is not valid UTF-8 is refused with the offset of its first bad byte', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-manifest-enc-'));
  try {
    writeFileSync(join(dir, 'speech.txt'), 'We must act now, as our fathers did.\n');
    writeFileSync(join(dir, 'MANIFEST.tsv'), Buffer.from(MANIFEST, 'latin1'));
    const io = captureIO(dir);
    t.is(await main(['analyze', 'speech.txt', '--quiet', '--out', 'o'], io), 1);
    t.regex(io.err(), /^rhetoric: \S*MANIFEST\.tsv is not valid UTF-8 \(first bad byte at offset 41\); save the manifest as UTF-8\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
