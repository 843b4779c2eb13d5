// Which version of a text a report was made from: report.json and compare.json give the SHA-256 of each text as read.

import test from 'ava';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import type { Comparison } from '../src/compare/model.js';
import type { AnalysisResult } from '../src/result.js';
import { captureIO } from './helpers/io.js';

const FIRST = 'The ferry council met at dawn. We must repair the pier before the storms return!\n';
const SECOND = 'The orchard was quiet in October. The pickers went home early and the cider press stood still.\n';
const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

test('report.json gives the SHA-256 of the text it was made from: the file\'s own for UTF-8 without a byte-order mark', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-digest-'));
  writeFileSync(join(dir, 'ferry.txt'), FIRST);
  writeFileSync(join(dir, 'ferry-bom.txt'), `\uFEFF${FIRST}`);
  const io = captureIO(dir);
  t.is(await main(['analyze', 'ferry.txt', '--out', 'out', '--quiet', '--no-config'], io), 0, io.err());
  const report = JSON.parse(readFileSync(join(dir, 'out/ferry/report.json'), 'utf8')) as AnalysisResult;
  t.is(report.source.sha256, sha256(readFileSync(join(dir, 'ferry.txt'))));
  // The text as read: a byte-order mark is not part of it, so the same words give the same digest.
  const bom = captureIO(dir);
  t.is(await main(['analyze', 'ferry-bom.txt', '--format', 'json', '--out', 'out', '--no-config'], bom), 0, bom.err());
  t.is((JSON.parse(bom.out()) as AnalysisResult).source.sha256, report.source.sha256);
  // An edited text gives another digest.
  t.not(analyze(FIRST.replace('dawn', 'dusk')).source.sha256, report.source.sha256);
  t.is(analyze(FIRST).source.sha256, sha256(FIRST));
});

test('compare.json gives each text the SHA-256 its own report.json gives', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-digest-'));
  writeFileSync(join(dir, 'ferry.txt'), FIRST);
  writeFileSync(join(dir, 'orchard.txt'), SECOND);
  const io = captureIO(dir);
  t.is(await main(['compare', 'ferry.txt', 'orchard.txt', '--format', 'json', '--out', 'out', '--no-config'], io), 0, io.err());
  const compared = JSON.parse(io.out()) as Comparison;
  t.deepEqual(compared.texts.map((x) => x.sha256), [analyze(FIRST).source.sha256, analyze(SECOND).source.sha256]);
  t.deepEqual(compared.texts.map((x) => x.sha256), [sha256(FIRST), sha256(SECOND)]);
});
