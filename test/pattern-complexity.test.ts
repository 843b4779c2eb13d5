// Every lexicon expression has recheck's verdict recorded (npm run check:patterns), and it is "safe" (no super-linear
// backtracking found) unless its entry says why it is accepted (backtrackingNote).

import test from 'ava';
import { readFileSync } from 'node:fs';
import { COMPLEXITY_RECORD, lexiconPatternSources, patternKey, type RecordedVerdict } from '../scripts/pattern-sources.js';

const record = JSON.parse(readFileSync(COMPLEXITY_RECORD, 'utf8')) as { verdicts: Record<string, RecordedVerdict> };

test('every lexicon expression has a recorded recheck verdict for its current source and flags', (t) => {
  const missing = lexiconPatternSources().filter((p) => !record.verdicts[patternKey(p)]).map((p) => p.where);
  t.deepEqual(missing, [], 'run `npm run check:patterns` and commit test/fixtures/pattern-complexity.json');
});

test('every lexicon expression recheck does not find safe says in its entry why it is accepted', (t) => {
  const unexplained = lexiconPatternSources()
    .filter((p) => record.verdicts[patternKey(p)] && record.verdicts[patternKey(p)].status !== 'safe' && !p.backtrackingNote)
    .map((p) => `${p.where}: ${record.verdicts[patternKey(p)].status} (${record.verdicts[patternKey(p)].summary})`);
  t.deepEqual(unexplained, [], 'make the expression linear, or give its entry a backtrackingNote saying why its cost is bounded');
});

test('a backtrackingNote stands only on an expression recheck does not find safe', (t) => {
  const stale = lexiconPatternSources().filter((p) => p.backtrackingNote && record.verdicts[patternKey(p)]?.status === 'safe').map((p) => p.where);
  t.deepEqual(stale, []);
});
