// A corpus run says which documents do not look like English: one stderr line at the end, and the reason on each row.

import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { SummaryRow } from '../src/corpus/summary.js';
import { captureIO } from './helpers/io.js';

const ENGLISH = 'We must rebuild the harbour before the winter storms. The town has waited long enough, and the council owes its people a plan. Join us on Tuesday at the town hall.\n';
// Spanish of our own, long enough (50 words or more) for the function-word test to judge.
const SPANISH =
  'Los vecinos del puerto llevan años esperando una respuesta del ayuntamiento. Cada invierno las tormentas rompen el muelle y nadie ' +
  'arregla nada. Pedimos una reunión abierta, con presupuesto claro y fechas concretas, porque el pueblo merece saber qué pasará con ' +
  'sus barcas, sus casas y su trabajo antes de que llegue otra vez el mal tiempo a la costa.\n';

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-corpus-lang-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

for (const jobs of ['1', '2']) {
  test(`with --jobs ${jobs}, one warning line names the Spanish document and its row says why`, async (t) => {
    const dir = corpus({ 'en.txt': ENGLISH, 'es.txt': SPANISH });
    const io = captureIO(dir);
    t.is(await main(['analyze', '.', '--out', 'o', '--name', 'run', '--jobs', jobs, '--no-config'], io), 0, io.err());
    const lines = io.err().split('\n').filter(Boolean);
    t.deepEqual(lines, [
      'rhetoric: warning: 1 document of 2 does not look like English (es.txt; see notEnglish in summary.json); the rules and word lists are written for English, so their scores say little',
    ]);
    t.notRegex(io.out(), /English/, 'stdout carries only the summary');
    const summary = JSON.parse(readFileSync(join(dir, 'o', 'run', 'summary.json'), 'utf8')) as { rows: SummaryRow[] };
    const byFile = new Map(summary.rows.map((r) => [r.file, r]));
    t.regex(byFile.get('es.txt')?.notEnglish ?? '', /English function words/);
    t.is(byFile.get('en.txt')?.notEnglish, undefined);
  });
}

test('no warning when every document looks like English, or with --quiet; JSONL rows carry the reason too', async (t) => {
  const english = corpus({ 'a.txt': ENGLISH, 'b.txt': ENGLISH.replace('harbour', 'bridge') });
  const io = captureIO(english);
  t.is(await main(['analyze', '.', '--out', 'o', '--jobs', '1', '--no-config'], io), 0);
  t.is(io.err(), '');
  const mixed = corpus({ 'en.txt': ENGLISH, 'es.txt': SPANISH, 'es2.txt': SPANISH, 'es3.txt': SPANISH, 'es4.txt': SPANISH });
  const quiet = captureIO(mixed);
  t.is(await main(['analyze', '.', '--out', 'o', '--jobs', '1', '--quiet', '--no-config'], quiet), 0);
  t.is(quiet.err(), '');
  const loud = captureIO(mixed);
  t.is(await main(['analyze', '.', '--out', 'o', '--jobs', '1', '--format', 'jsonl', '--no-config'], loud), 0);
  t.regex(loud.err(), /^rhetoric: warning: 4 documents of 5 do not look like English \(es\.txt, es2\.txt, es3\.txt and 1 more; /);
  const rows = loud.out().trim().split('\n').map((l) => JSON.parse(l) as SummaryRow);
  t.deepEqual(rows.map((r) => Boolean(r.notEnglish)), [false, true, true, true, true]);
});
