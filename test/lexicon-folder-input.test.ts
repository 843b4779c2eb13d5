// Bad --lexicons folders through the CLI: a file in the folder that cannot be read is bad input (exit 1, one line), not a bug.

import test from 'ava';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-lexdir-'));
  writeFileSync(join(dir, 'speech.txt'), 'We must act now. Down with the tyrants!\n');
  return dir;
}

async function analyzeWith(dir: string, lexicons: string): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(dir);
  const code = await main(['analyze', 'speech.txt', '--out', 'out', '--quiet', '--no-config', '--lexicons', lexicons], io);
  return { code, out: io.out(), err: io.err() };
}

function oneLine(t: import('ava').ExecutionContext, r: { code: number; out: string; err: string }, pattern: RegExp): void {
  t.is(r.code, 1, r.err);
  t.is(r.out, '');
  t.is(r.err.split('\n').filter(Boolean).length, 1, r.err);
  t.regex(r.err.trimEnd(), pattern);
  t.notRegex(r.err, /internal error|\n\s+at /);
}

test('a folder named like a lexicon file inside a --lexicons folder is bad input, not an internal error', async (t) => {
  const dir = scratch();
  mkdirSync(join(dir, 'mine', 'extra.json'), { recursive: true });
  oneLine(t, await analyzeWith(dir, 'mine'), /mine\/extra\.json is a folder, not a lexicon file$/);
});

test('a broken link inside a --lexicons folder is bad input, not an internal error', async (t) => {
  const dir = scratch();
  mkdirSync(join(dir, 'mine'));
  symlinkSync(join(dir, 'gone.json'), join(dir, 'mine', 'extra.json'));
  oneLine(t, await analyzeWith(dir, 'mine'), /mine\/extra\.json: no such lexicon file$/);
});

test('a missing lexicon folder, gold file, ratings file or config file is named in words, not by an error code', async (t) => {
  const dir = scratch();
  oneLine(t, await analyzeWith(dir, 'nowhere'), /nowhere: no such lexicon folder$/);
  const cases: [string[], RegExp][] = [
    [['eval', 'gone.jsonl'], /gone\.jsonl: no such gold file$/],
    [['eval', '.'], /is a folder, not a gold file$/],
    [['eval', '--sentiment-tsv', 'gone.tsv'], /gone\.tsv: no such file$/],
    [['analyze', 'speech.txt', '--out', 'out', '--quiet', '--config', 'gone.json'], /gone\.json: no such config file$/],
  ];
  for (const [argv, pattern] of cases) {
    const io = captureIO(dir);
    const code = await main(argv, io);
    oneLine(t, { code, out: io.out(), err: io.err() }, pattern);
    t.notRegex(io.err(), /\bE[A-Z]{3,}\b/, 'no bare error code');
  }
});

test('a lexicon file saved with a UTF-8 byte-order mark is read, as config, gold and manifest files are', async (t) => {
  const dir = scratch();
  mkdirSync(join(dir, 'mine'));
  const lexicon = {
    lexicon: 'slogan-formulas',
    kind: 'patterns',
    device: 'slogan',
    description: 'A chant of our own.',
    entries: [{ id: 'slogan-bridge-ours', pattern: '^\\W*the bridge is ours\\b', note: 'The chant of the bridge campaign.', strength: 1, maxWords: 8, examples: ['The bridge is ours!'], counterExamples: ['The bridge is old.'] }],
  };
  writeFileSync(join(dir, 'mine', 'slogan-formulas.json'), `\uFEFF${JSON.stringify(lexicon)}`);
  writeFileSync(join(dir, 'speech.txt'), 'We crossed the river at dawn.\n\nThe bridge is ours!\n');
  const io = captureIO(dir);
  const code = await main(['analyze', 'speech.txt', '--out', 'out', '--quiet', '--no-config', '--lexicons', 'mine', '--format', 'json'], io);
  t.is(code, 0, io.err());
  const result = JSON.parse(io.out()) as { findings: { rule: string }[] };
  t.true(result.findings.some((f) => f.rule === 'slogan-bridge-ours'));
});

test('a lexicon of a name no analyzer reads is bad input, not a file of rules that silently never fire', async (t) => {
  const dir = scratch();
  mkdirSync(join(dir, 'mine'));
  const entry = { id: 'slogan-my-test', pattern: '^\\W*forward ever\\b', note: 'A rally cry of the movement.', examples: ['Forward ever!'] };
  writeFileSync(join(dir, 'mine', 'my-slogans.json'), JSON.stringify({ lexicon: 'my-slogans', kind: 'patterns', device: 'slogan', description: 'Mine.', entries: [entry] }));
  oneLine(t, await analyzeWith(dir, 'mine'), /mine\/my-slogans\.json: no analyzer reads a lexicon named "my-slogans"; name one they read \(.*slogan-formulas.*\)$/);
  const io = captureIO(dir);
  t.is(await main(['explain', 'slogan-my-test', '--lexicons', 'mine'], io), 1);
  t.regex(io.err(), /no analyzer reads a lexicon named "my-slogans"/);
});
