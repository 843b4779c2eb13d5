// The report folder's name: letters and digits of any script, so that texts named in other scripts get folders of their own.

import test, { type ExecutionContext } from 'ava';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { folderSlug } from '../src/util/slug.js';
import { captureIO } from './helpers/io.js';

const SPEECH_A = 'We will build the bridge together. Down with the tolls! Join us at the town hall on Monday.\n';
const SPEECH_B = 'They took our jobs and our homes. We must stand up now. The workers will win this fight.\n';

function folder(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-name-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('folderSlug keeps the letters and digits of every script', (t) => {
  t.is(folderSlug('日本'), '日本');
  t.is(folderSlug('Речь'), 'речь');
  t.is(folderSlug('Речь президента 2009'), 'речь-президента-2009');
  t.is(folderSlug('مرحبا بالعالم'), 'مرحبا-بالعالم');
  t.is(folderSlug('한국어 연설'), '한국어-연설', 'Hangul stays composed syllables');
  t.is(folderSlug('नमस्ते दुनिया'), 'नमस्ते-दुनिया', 'Devanagari keeps its vowel signs');
  t.is(folderSlug('がぎ'), 'がぎ', 'Japanese keeps its voicing marks, composed');
  t.is(folderSlug('Йошкар-Ола'), 'йошкар-ола', 'й stays й');
  t.is(folderSlug('٣٤ speech'), '٣٤-speech');
});

test('folderSlug folds what slugify folds, and reads Latin names as before', (t) => {
  t.is(folderSlug('Stages in the revolution'), 'stages-in-the-revolution');
  t.is(folderSlug('Revolución bolivariana'), 'revolucion-bolivariana');
  t.is(folderSlug('1961-Kennedy'), '1961-kennedy');
  t.is(folderSlug('ＡＢＣ²'), 'abc2', 'compatibility forms are folded');
  t.is(folderSlug('İstanbul'), 'istanbul');
  t.is(folderSlug('co\u00adop'), 'coop', 'a soft hyphen is invisible, not a word break');
});

test('folderSlug is untitled only when no letter or digit is left, and never a reserved or hidden name', (t) => {
  for (const s of ['', '..', '🔥🔥🔥', '\u3164', '\u0301', '...///', ' \t\n']) t.is(folderSlug(s), 'untitled', JSON.stringify(s));
  t.is(folderSlug('../../etc/passwd'), 'etc-passwd');
  t.is(folderSlug('..\\..\\windows\\system32'), 'windows-system32');
  t.is(folderSlug('a/b\\c:d*e?f"g<h>i|j'), 'a-b-c-d-e-f-g-h-i-j');
  t.is(folderSlug('.hidden'), 'hidden');
  t.is(folderSlug('CON'), 'con-text');
  t.is(folderSlug('com¹'), 'com1-text', 'Windows reserves COM¹ too');
  t.is(folderSlug('a\ud800b'), 'a-b', 'a lone surrogate is no letter');
});

test('folderSlug cuts at the limit in code points, never inside a surrogate pair or between a letter and its marks', (t) => {
  t.is(folderSlug('x'.repeat(70)), 'x'.repeat(60));
  t.is(folderSlug('日本'.repeat(40)), '日本'.repeat(30));
  t.is(folderSlug('𠀀'.repeat(70)), '𠀀'.repeat(60));
  t.is(folderSlug(`a${'कि'.repeat(40)}`), `a${'कि'.repeat(29)}`, 'the letter whose sign would be cut off is left out with it');
  t.is(folderSlug(`${'word '.repeat(30)}`), 'word-word-word-word-word-word-word-word-word-word-word-word');
});

test('folderSlug output is always one safe path segment', (t) => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'grapheme-composite', maxLength: 80 })), fc.integer({ min: 1, max: 100 }), (s, max) => {
      const slug = folderSlug(s, max);
      const chars = Array.from(slug);
      return (
        /^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u.test(slug) &&
        !/\p{Default_Ignorable_Code_Point}/u.test(slug) &&
        !/^\p{M}/u.test(slug) &&
        slug === slug.normalize('NFC') &&
        chars.length <= Math.max(max, 'untitled'.length) + '-text'.length &&
        Buffer.byteLength(slug) <= 255 &&
        !/^(?:con|prn|aux|nul|com\d|lpt\d)$/i.test(slug)
      );
    }),
    { numRuns: 1000, seed: 4245 },
  );
  t.pass();
});

test('worksheets of texts named in different scripts go to folders of their own, named after the files', async (t) => {
  const dir = folder(t);
  writeFileSync(join(dir, '日本.txt'), SPEECH_A);
  writeFileSync(join(dir, 'Речь.txt'), SPEECH_B);
  for (const f of ['日本.txt', 'Речь.txt']) {
    const io = captureIO(dir);
    t.is(await main(['worksheet', f, '--count', '2', '--out', 'o', '--quiet'], io), 0, io.err());
  }
  t.deepEqual(readdirSync(join(dir, 'o')).sort(), ['речь', '日本']);
  t.true(readFileSync(join(dir, 'o', '日本', 'answers.md'), 'utf8').startsWith('# Answer key: 日本.txt\n'));
  t.true(readFileSync(join(dir, 'o', 'речь', 'answers.md'), 'utf8').startsWith('# Answer key: Речь.txt\n'));
});

test('analyze and compare name their folders after non-Latin file names', async (t) => {
  const dir = folder(t);
  writeFileSync(join(dir, '日本.txt'), SPEECH_A);
  writeFileSync(join(dir, 'Речь.txt'), SPEECH_B);
  for (const f of ['日本.txt', 'Речь.txt']) {
    const io = captureIO(dir);
    t.is(await main(['analyze', f, '--out', 'o', '--quiet'], io), 0, io.err());
  }
  const io = captureIO(dir);
  t.is(await main(['compare', '日本.txt', 'Речь.txt', '--out', 'o', '--quiet'], io), 0, io.err());
  t.deepEqual(readdirSync(join(dir, 'o')).sort(), ['compare-日本-речь', 'речь', '日本']);
  t.is(JSON.parse(readFileSync(join(dir, 'o', '日本', 'report.json'), 'utf8')).source.name, '日本.txt');
  t.is(JSON.parse(readFileSync(join(dir, 'o', 'речь', 'report.json'), 'utf8')).source.name, 'Речь.txt');
});

test('a folder of texts named in another script gets a report folder of that name', async (t) => {
  const dir = folder(t);
  mkdirSync(join(dir, 'Речи'));
  writeFileSync(join(dir, 'Речи', 'a.txt'), SPEECH_A);
  writeFileSync(join(dir, 'Речи', 'b.txt'), SPEECH_B);
  const io = captureIO(dir);
  t.is(await main(['analyze', 'Речи', '--out', 'o', '--jobs', '1', '--quiet'], io), 0, io.err());
  t.deepEqual(readdirSync(join(dir, 'o')), ['речи']);
  t.true(readFileSync(join(dir, 'o', 'речи', 'summary.csv'), 'utf8').includes('a.txt'));
});
