// Config files saved by Windows editors: UTF-8 with a byte-order mark, or "Unicode" (UTF-16); bytes that are not UTF-8.

import test from 'ava';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

async function printIn(dir: string): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(dir);
  const code = await main(['config', '--print'], io);
  return { code, out: io.out(), err: io.err() };
}

const CONFIG = '{"sectionWords": 400, "devices": {"slogan": false}}';

test('a .rhetoricrc.json or package.json saved as UTF-16 with a byte-order mark is read as the same settings', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-config-enc-'));
  try {
    for (const [name, json] of [['.rhetoricrc.json', CONFIG], ['package.json', `{"name": "x", "rhetoric": ${CONFIG}}`]] as const) {
      const sub = join(dir, name.replace('.', '_'));
      mkdirSync(sub);
      writeFileSync(join(sub, name), json);
      const utf8 = await printIn(sub);
      writeFileSync(join(sub, name), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
      const le = await printIn(sub);
      writeFileSync(join(sub, name), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()]));
      const be = await printIn(sub);
      t.is(utf8.code, 0, utf8.err);
      t.regex(utf8.out, /^sectionWords = 400 /m);
      t.is(le.code, 0, le.err);
      t.is(le.out, utf8.out, `${name} in UTF-16LE`);
      t.is(be.code, 0, be.err);
      t.is(be.out, utf8.out, `${name} in UTF-16BE`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a config file that is not valid UTF-8 is refused in one line with the offset of its first bad byte, not with the bytes', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-config-enc-'));
  try {
    writeFileSync(join(dir, '.rhetoricrc.json'), Buffer.from('{"out": "caf\u00e9"}', 'latin1'));
    const r = await printIn(dir);
    t.is(r.code, 1);
    t.is(r.out, '');
    t.regex(r.err, /^rhetoric: \S*\.rhetoricrc\.json is not valid UTF-8 \(first bad byte at offset 12\); save the config file as UTF-8\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
