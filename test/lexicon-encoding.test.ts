// A lexicon file saved by a Windows editor as "Unicode" (UTF-16) is read as the same file in UTF-8; bytes that are not
// UTF-8 are refused in one line rather than read as replacement characters or shown raw.

import test from 'ava';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

const DEVICES = fileURLToPath(new URL('../lexicons/devices.json', import.meta.url));

function devicesJson(definition: string): string {
  const d = JSON.parse(readFileSync(DEVICES, 'utf8')) as { devices: { slogan: { definition: string } } };
  d.devices.slogan.definition = definition;
  return JSON.stringify(d);
}

async function explainWith(dir: string): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(dir);
  const code = await main(['explain', 'slogan', '--lexicons', '.'], io);
  return { code, out: io.out(), err: io.err() };
}

test('a devices.json in a --lexicons folder saved as UTF-16 words explain as its UTF-8 version does', async (t) => {
  // Two folders: a folder's lexicons are read once per process.
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-lexicon-enc-'));
  const dir16 = mkdtempSync(join(tmpdir(), 'rhetoric-lexicon-enc-'));
  try {
    const json = devicesJson('A chant of our own words, as the teacher puts it: caf\u00e9 included.');
    writeFileSync(join(dir, 'devices.json'), json);
    const utf8 = await explainWith(dir);
    t.is(utf8.code, 0, utf8.err);
    t.true(utf8.out.includes('A chant of our own words'), utf8.out.slice(0, 300));
    writeFileSync(join(dir16, 'devices.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    const utf16 = await explainWith(dir16);
    t.is(utf16.code, 0, utf16.err);
    t.is(utf16.out, utf8.out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dir16, { recursive: true, force: true });
  }
});

test('a lexicon file that is not valid UTF-8 is refused with the offset of its first bad byte', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-lexicon-enc-'));
  try {
    const json = devicesJson('caf\u00e9');
    writeFileSync(join(dir, 'devices.json'), Buffer.from(json, 'latin1'));
    const r = await explainWith(dir);
    t.is(r.code, 1);
    t.is(r.out, '');
    t.regex(r.err, new RegExp(`^rhetoric: \\S*devices\\.json is not valid UTF-8 \\(first bad byte at offset ${Buffer.from(json, 'latin1').indexOf(0xe9)}\\); save the lexicon file as UTF-8\\n$`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
