// The committed example report (reports/example/) must be what the current code makes of examples/example.md.

import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { renderReportFiles, reportManifest } from '../src/report/write.js';
import { listFiles } from './helpers/files.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'example.md');
const REPORT = join(ROOT, 'reports', 'example');
const STALE = 'reports/example/ is out of date: run `npm start` and commit reports/example/';

/** The example report as `npm start` writes it, in memory (the same steps as `rhetoric analyze examples/example.md`). */
async function renderExample() {
  const result = analyze(readFileSync(EXAMPLE, 'utf8'), { name: 'example.md' });
  const files = await renderReportFiles(result, ['md', 'json', 'html']);
  return { result, files: [...files, reportManifest(files)] };
}

test('the committed example report matches a fresh render of examples/example.md', async (t) => {
  t.true(existsSync(REPORT), STALE);
  const { files } = await renderExample();
  t.deepEqual(listFiles(REPORT), files.map((f) => f.path).sort(), `${STALE} (the list of files differs)`);
  for (const f of files) {
    const committed = existsSync(join(REPORT, f.path)) ? readFileSync(join(REPORT, f.path), 'utf8') : undefined;
    t.true(committed === f.contents, `${STALE} (${f.path} differs)`);
  }
});

test('the example speech shows all five devices and has neutral sentences', async (t) => {
  const { result } = await renderExample();
  t.true(result.source.words >= 700 && result.source.words <= 950, `${result.source.words} words`);
  t.true(result.sections.length >= 6, 'several headed sections');
  for (const d of result.devices) {
    t.true(result.findings.some((f) => f.device === d.id && f.scored), `${d.id} has at least one scored finding in the example`);
  }
  // Neutral passages: sentences where no device, not even a loaded word for sentiment, finds anything.
  const flagged = new Set(result.findings.map((f) => f.sentence));
  const neutral = result.sentences.filter((s) => !s.heading && !flagged.has(s.index));
  t.true(neutral.length >= 5, `${neutral.length} sentences without any finding`);
});
