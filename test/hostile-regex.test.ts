// Regular expressions that could backtrack super-linearly: the lexicon loader's checks, and an audit of the built-in rules.

import test from 'ava';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import { expandFragments, parseLexiconFile, patternRisks } from '../src/lexicon/load.js';

const LEXICONS = fileURLToPath(new URL('../lexicons/', import.meta.url));

test('patternRisks finds nested unbounded quantifiers, also across inner groups', (t) => {
  for (const p of ['(a+)+b', '(a*)*', '(?:(?:\\w)+\\s)*x', '(?:\\w+\\s?)+', '(a{2,})+', '((a|b)+c)*']) t.true(patternRisks(p).nestedQuantifier, p);
  for (const p of ['(?:\\w+\\s+){0,3}', '(?:ab)+', '[(+]*', '\\(a+\\)+', '(a{2,5})+', '(?:[+*])+', '^\\W*down with\\b[^.!?]{1,80}!']) t.false(patternRisks(p).nestedQuantifier, p);
});

test('patternRisks finds unbounded quantifiers inside lookbehinds', (t) => {
  for (const p of ['(?<!x[^.]*)y', '(?<=a+)b', '(?<!\\b(?:a|b)\\b.*)c']) t.true(patternRisks(p).unboundedLookbehind, p);
  for (const p of ['(?<!\\bnot\\s)y', '(?<![\\p{L}])x', '(?<!x[^.]{0,40})y', 'a+(?=b*)']) t.false(patternRisks(p).unboundedLookbehind, p);
});

test('the loader refuses a nested quantifier or an unbounded lookbehind in a user lexicon with one line naming the file and entry', (t) => {
  const file = '/x/my-rules.json';
  const lexicon = { lexicon: 'my-rules', kind: 'patterns', description: 'test', entries: [{ id: 'bad-rule', note: 'A rule.', pattern: '(?:(?:\\w)+\\s)*!' }] };
  const err = t.throws(() => parseLexiconFile(file, JSON.stringify(lexicon)));
  t.is(err?.message, '/x/my-rules.json: entry "bad-rule": pattern nests a quantifier inside a repeated group, which can take exponential time');
  lexicon.entries[0].pattern = '(?<!\\bnot\\b[^.]*)\\bmust\\b';
  const err2 = t.throws(() => parseLexiconFile(file, JSON.stringify(lexicon)));
  t.regex(err2?.message ?? '', /^\/x\/my-rules\.json: entry "bad-rule": pattern has an unbounded quantifier inside a lookbehind/);
});

test('through the CLI, a --lexicons folder with a catastrophic rule is refused with exit 1 and one line', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-regex-'));
  const lex = join(dir, 'lex');
  mkdirSync(lex);
  writeFileSync(join(lex, 'slogan-formulas.json'), JSON.stringify({ lexicon: 'slogan-formulas', kind: 'patterns', device: 'slogan', description: 'override', entries: [{ id: 'slogan-evil', note: 'Evil.', pattern: '^(a+)+$' }] }));
  writeFileSync(join(dir, 'speech.txt'), 'We shall overcome.\n');
  let stderr = '';
  const io: CliIO = { stdout: () => undefined, stderr: (s) => void (stderr += s), readStdin: async () => Buffer.alloc(0), stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd: dir };
  const code = await main(['analyze', join(dir, 'speech.txt'), '--out', join(dir, 'out'), '--lexicons', lex], io);
  t.is(code, 1);
  t.is(stderr.trimEnd().split('\n').length, 1, stderr);
  t.regex(stderr, /slogan-formulas\.json: entry "slogan-evil": pattern nests a quantifier/);
});

/** Every pattern entry of the built-in lexicons. */
function builtinPatterns(): { where: string; pattern: string }[] {
  const out: { where: string; pattern: string }[] = [];
  for (const name of readdirSync(LEXICONS).filter((n) => n.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(LEXICONS, name), 'utf8')) as { kind?: string; fragments?: Record<string, string>; entries?: { id: string; pattern?: string }[] };
    if (data.kind !== 'patterns') continue;
    for (const e of data.entries ?? []) {
      if (typeof e.pattern === 'string') out.push({ where: `${name}: ${e.id}`, pattern: expandFragments(e.pattern, data.fragments, `${name}: ${e.id}`) });
    }
  }
  return out;
}

test('the built-in lexicons have pattern rules to audit', (t) => {
  t.true(builtinPatterns().length >= 10);
});

test('no built-in pattern has an unbounded quantifier inside a lookbehind', (t) => {
  const risky = builtinPatterns().filter((p) => patternRisks(p.pattern).unboundedLookbehind).map((p) => p.where);
  t.deepEqual(risky, []);
});
