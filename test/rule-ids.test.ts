// Every rule id a finding carries is one that --rule and the config's "rules" may name; an id that names no rule is warned about.

import test from 'ava';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { knownRuleIds, unknownRuleIds } from '../src/analyzers/rule-ids.js';
import { main } from '../src/cli/main.js';
import { readGold } from '../src/eval/gold.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { captureIO } from './helpers/io.js';
import { SHARED_DIR, sharedTest } from './helpers/shared.js';

const lexicons = loadLexicons();
const known = knownRuleIds(lexicons);
const GENRE = new URL('./fixtures/genre-sample/texts/', import.meta.url);

/** The rule ids of the findings on `texts` that are not known. */
function unlisted(texts: readonly string[]): string[] {
  const missing = new Set<string>();
  for (const text of texts) for (const f of analyze(text).findings) if (!known.has(f.rule)) missing.add(f.rule);
  return [...missing].sort();
}

test('every rule id on the bundled example and the genre texts is a known rule id', (t) => {
  const texts = [readFileSync(new URL('../examples/example.md', import.meta.url), 'utf8'), ...readdirSync(GENRE).map((f) => readFileSync(new URL(f, GENRE), 'utf8'))];
  t.deepEqual(unlisted(texts), []);
});

sharedTest('every rule id on the dev gold documents is a known rule id', (t) => {
  const texts = readGold(join(SHARED_DIR, 'gold/dev.jsonl')).map((g) => readFileSync(g.path, 'utf8'));
  t.deepEqual(unlisted(texts), []);
});

test('known ids include those made in code, not only lexicon entry ids', (t) => {
  for (const id of ['sentiment-afinn', 'sentiment-negated', 'sentiment-framing-call', 'them-disparaged-group', 'slogan-down-with', 'cta-we-must']) t.true(known.has(id), id);
  t.deepEqual(unknownRuleIds({ 'cta-we-must': 0.5, 'slogan-shout': 'off' }, lexicons), ['slogan-shout']);
});

test('the CLI warns on stderr about a rule id that names no rule, and not about one that does', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rule-ids-'));
  writeFileSync(join(dir, 'speech.txt'), 'We must act now. Join us on Saturday!\n');
  const io = captureIO(dir);
  const code = await main(['analyze', 'speech.txt', '--out', 'out', '--rule', 'slogan-shout=off', '--rule', 'cta-we-must=0.5'], io);
  t.is(code, 0);
  t.regex(io.err(), /warning: no rule is called "slogan-shout"/);
  t.notRegex(io.err(), /cta-we-must/);
});
