import test from 'ava';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_LEXICON_DIR, lexiconDigest, loadLexicons } from '../src/lexicon/load.js';

function stampOf(change: (name: string, digest: string) => string = (_n, d) => d): string {
  const digests: Record<string, string> = {};
  for (const name of readdirSync(BUILTIN_LEXICON_DIR).filter((n) => n.endsWith('.json'))) {
    digests[name] = change(name, lexiconDigest(readFileSync(join(BUILTIN_LEXICON_DIR, name), 'utf8')));
  }
  const file = join(mkdtempSync(join(tmpdir(), 'rl-stamp-')), 'checked-lexicons.json');
  writeFileSync(file, JSON.stringify(digests));
  return file;
}

test('lexicons whose bytes the build validated are read as they are, and give the same data as validating them', (t) => {
  const validated = loadLexicons([], join(tmpdir(), 'no-such-stamp.json'));
  t.is(validated.checked.size, 0, 'without a stamp every file is validated');
  const trusted = loadLexicons([], stampOf());
  const names = readdirSync(BUILTIN_LEXICON_DIR).filter((n) => n.endsWith('.json')).map((n) => n.replace(/\.json$/, ''));
  t.deepEqual([...trusted.checked].sort(), names.sort());
  t.deepEqual([...trusted.lexicons.keys()].sort(), [...validated.lexicons.keys()].sort());
  for (const [name, lex] of validated.lexicons) t.deepEqual(trusted.lexicons.get(name), lex, name);
  t.deepEqual(trusted.data, validated.data);
});

test('a file changed since the build (its digest differs) is validated again', (t) => {
  const set = loadLexicons([], stampOf((name, digest) => (name === 'cta-patterns.json' ? digest.replace(/^./, (c) => (c === '0' ? '1' : '0')) : digest)));
  t.false(set.checked.has('cta-patterns'));
  t.true(set.checked.has('cta-signals'));
  t.true(set.lexicons.has('cta-patterns'));
});

test('a user folder that overrides a built-in file takes it out of the checked set, so its own contents are validated', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-user-lexicons-'));
  writeFileSync(join(dir, 'devices.json'), JSON.stringify({ lexicon: 'devices', kind: 'data', description: 'd', devices: {} }));
  const set = loadLexicons([dir], stampOf());
  t.false(set.checked.has('devices'));
  t.true(set.checked.has('cta-patterns'));
});

test('a run of the built toolkit on lexicons the build checked never loads zod', (t) => {
  // The built package reads the stamp `npm run build` wrote; zod (tens of milliseconds to load) is for changed or user files only.
  const script = [
    "const { analyze } = await import('./dist/index.js');",
    "const { createRequire } = await import('node:module');",
    "analyze('They lie to you. We must stand together, as our fathers did in 1776. Join us!');",
    "const cache = createRequire(import.meta.url).cache;",
    "console.log(Object.keys(cache).filter((k) => k.includes('/node_modules/zod/')).length);",
  ].join('\n');
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' });
  t.is(out.trim(), '0');
});
