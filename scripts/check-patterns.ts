// npm run check:patterns [-- --all]: runs recheck (https://makenowjust-labs.github.io/recheck/) on every lexicon
// expression that test/fixtures/pattern-complexity.json has no verdict for (all of them with --all) and records the verdicts.
// The check takes from under a second to recheck's 10-second limit an expression (about 20 minutes for all of them on a
// loaded 2-core machine), too long for the test suite: test/pattern-complexity.test.ts only reads the record.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/util/fs.js';
import { COMPLEXITY_RECORD, lexiconPatternSources, patternKey, type RecordedVerdict } from './pattern-sources.js';

interface Recheck {
  checkSync(source: string, flags: string): { status: RecordedVerdict['status']; complexity?: { summary: string }; attack?: { pattern: string }; error?: { kind: string; message?: string } };
}
const { checkSync } = createRequire(import.meta.url)('recheck') as Recheck;

const file = fileURLToPath(COMPLEXITY_RECORD);
const all = process.argv.includes('--all');
const old = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { verdicts: Record<string, RecordedVerdict> }).verdicts : {};
const verdicts: Record<string, RecordedVerdict> = {};
let checked = 0;
for (const p of lexiconPatternSources()) {
  const key = patternKey(p);
  if (!all && old[key]) {
    verdicts[key] = { ...old[key], where: p.where };
    continue;
  }
  const r = checkSync(p.source, p.flags);
  const summary = r.complexity?.summary ?? r.error?.kind ?? 'error';
  verdicts[key] = { where: p.where, status: r.status, summary, ...(r.attack ? { attack: r.attack.pattern } : {}) };
  checked++;
  process.stderr.write(`${p.where}: ${r.status} (${summary})\n`);
}
const sorted = Object.fromEntries(Object.entries(verdicts).sort(([, a], [, b]) => a.where.localeCompare(b.where)));
writeFileAtomic(file, `${JSON.stringify({ tool: 'recheck 4.5.0, default options, checkSync(source, flags)', verdicts: sorted }, null, 2)}\n`);
process.stderr.write(`${checked} checked, ${Object.keys(sorted).length} recorded in ${file}\n`);
