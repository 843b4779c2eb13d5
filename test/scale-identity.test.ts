// The speed paths give the findings of the plain path: report.json of a sample of real documents is the same whether the
// analysis runs first in a fresh lexicon set or after other documents (warm caches), and on a worker thread or this one.

import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { startSummaryPool } from '../src/corpus/pool.js';
import type { StreamedRow } from '../src/corpus/stream.js';
import { renderJson } from '../src/report/json.js';
import { OPED_PATH, sharedPath, sharedTest } from './helpers/shared.js';

// Short and long, old and recent, with and without headings: the op-ed, four State of the Union addresses, an inaugural.
const SAMPLE = [
  'corpus/seed/no-volveran-2006.txt',
  'corpus/sotu/1795-george-washington.txt',
  'corpus/sotu/1895-grover-cleveland.txt',
  'corpus/sotu/1946-harry-s-truman.txt',
  'corpus/sotu/1994-william-j-clinton.txt',
  'corpus/inaugural/1961-Kennedy.txt',
];

/** A lexicon set of its own: an empty extra lexicon folder gives a new cache key, so nothing compiled earlier is reused. */
const freshLexicons = (): string[] => [mkdtempSync(join(tmpdir(), 'rl-empty-lexicons-'))];

sharedTest('report.json is the same from fresh lexicons (cold) and after the other documents (warm caches)', (t) => {
  const texts = SAMPLE.map((p) => readFileSync(sharedPath(p), 'utf8'));
  const cold = texts.map((text, i) => renderJson(analyze(text, { name: basename(SAMPLE[i]), lexicons: freshLexicons() })));
  // Warm: one lexicon set for all, documents in reverse order, every one analyzed twice.
  const shared = freshLexicons();
  const warm: string[] = [];
  for (let i = texts.length - 1; i >= 0; i--) {
    analyze(texts[i], { name: basename(SAMPLE[i]), lexicons: shared });
    warm[i] = renderJson(analyze(texts[i], { name: basename(SAMPLE[i]), lexicons: shared }));
  }
  for (let i = 0; i < texts.length; i++) t.is(warm[i], cold[i], SAMPLE[i]);
  // The comparison covers real findings of every device.
  const devices = new Set(cold.flatMap((r) => (JSON.parse(r) as { findings: { device: string }[] }).findings.map((f) => f.device)));
  t.deepEqual([...devices].sort(), ['call_to_action', 'historical_analogy', 'sentiment', 'slogan', 'us_them']);
});

sharedTest('findings and scores from a worker thread are those of this thread', async (t) => {
  const pool = startSummaryPool(2, true);
  try {
    const rows = await Promise.all(SAMPLE.map((p) => pool.summarize({ path: sharedPath(p), file: basename(p) }, {}) as Promise<StreamedRow>));
    for (let i = 0; i < SAMPLE.length; i++) {
      const text = readFileSync(sharedPath(SAMPLE[i]), 'utf8');
      const here = analyze(text, { name: basename(SAMPLE[i]) });
      t.deepEqual(rows[i].findings, here.findings, SAMPLE[i]);
      t.deepEqual(rows[i].scores, Object.fromEntries(here.devices.map((d) => [d.id, here.document[d.id].score])), SAMPLE[i]);
      t.is(rows[i].words, here.source.words);
    }
  } finally {
    await pool.close();
  }
});

test('a folder of extra lexicons that is empty changes nothing (the cold path above is a fair reference)', (t) => {
  const text = 'We must stand together. They want us divided! As in 1933, we will not be afraid. Join us now.';
  t.is(renderJson(analyze(text, { name: 'x', lexicons: freshLexicons() })), renderJson(analyze(text, { name: 'x' })));
});

sharedTest('the CLI (built, with its startup shortcuts: checked lexicons, charts on a worker) writes the findings of a plain analyze()', (t) => {
  const out = mkdtempSync(join(tmpdir(), 'rl-cli-identity-'));
  const bin = fileURLToPath(new URL('../bin/rhetoric.js', import.meta.url));
  const run = spawnSync(process.execPath, [bin, 'analyze', OPED_PATH, '--out', out, '--quiet', '--timing'], { encoding: 'utf8' });
  t.is(run.status, 0, run.stderr);
  t.regex(run.stderr, /sentences tagged/);
  const written = JSON.parse(readFileSync(join(out, 'no-volveran-2006', 'report.json'), 'utf8')) as { findings: unknown[] };
  const here = JSON.parse(renderJson(analyze(readFileSync(OPED_PATH, 'utf8'), { name: basename(OPED_PATH) }))) as { findings: unknown[] };
  t.true(here.findings.length > 100);
  t.deepEqual(written.findings, here.findings);
});
