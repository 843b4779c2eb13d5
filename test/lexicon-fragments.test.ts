// Fragments: alternations a pattern lexicon's entries share, written once in the file's "fragments" and used as {{name}}.

import test from 'ava';
import { loadLexicons, parseLexiconFile } from '../src/lexicon/load.js';
import type { PatternEntry } from '../src/lexicon/schema.js';

const file = 'my-rules.json'; // a name only: the text is parsed in memory
const lexicon = (fragments: Record<string, string> | undefined, pattern: string, kind = 'patterns') =>
  JSON.stringify({ lexicon: 'my-rules', kind, description: 'test', ...(fragments ? { fragments } : {}), entries: [{ id: 'my-rule', note: 'A rule.', pattern }] });

test('a pattern that names a fragment is read with the fragment written in', (t) => {
  const lex = parseLexiconFile(file, lexicon({ rulers: '(?:the bosses|the landlords)' }, '\\b{{rulers}}\\s+robbed\\s+us\\b'));
  t.not(lex, 'data');
  const [entry] = (lex as { entries: PatternEntry[] }).entries;
  t.is(entry.pattern, '\\b(?:the bosses|the landlords)\\s+robbed\\s+us\\b');
  t.true(new RegExp(entry.pattern, 'i').test('The landlords robbed us.'));
});

test('a fragment the file does not define, a fragment inside a fragment, and fragments in a word list are refused with one line', (t) => {
  const missing = t.throws(() => parseLexiconFile(file, lexicon({ rulers: '(?:the bosses)' }, '{{rulers}} and {{lords}}')));
  t.is(missing?.message, `${file}: entry "my-rule": pattern uses {{lords}}, which the file's "fragments" does not define`);
  const nested = t.throws(() => parseLexiconFile(file, lexicon({ rulers: '(?:{{lords}})', lords: 'lords' }, '{{rulers}}')));
  t.regex(nested?.message ?? '', /fragment "rulers" names another fragment/);
  const terms = JSON.stringify({ lexicon: 'my-rules', kind: 'terms', description: 'test', fragments: { a: 'b' }, entries: [{ id: 'my-term', note: 'A term.', terms: ['x'] }] });
  t.regex(t.throws(() => parseLexiconFile(file, terms))?.message ?? '', /"fragments" are for lexicons of kind "patterns"/);
});

test('the built-in lexicons are loaded with every fragment written in', (t) => {
  const patterns = [...loadLexicons().lexicons.values()].filter((l) => l.kind === 'patterns').flatMap((l) => l.entries as PatternEntry[]);
  const named = patterns.filter((e) => e.id === 'us-them-harm-to-ours' || e.id === 'us-them-contempt-for-us');
  t.is(named.length, 2, 'the us/them entries that share fragments are there');
  t.deepEqual(patterns.filter((e) => /\{\{[a-z0-9-]+\}\}/.test(e.pattern)).map((e) => e.id), []);
});
