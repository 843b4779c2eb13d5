// A text that is not English gets a warning on stderr (its scores say little); English texts, short or odd, never do.

import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { stopWordsFrom } from '../src/compare/model.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { notEnglishReason } from '../src/text/language.js';
import { captureIO } from './helpers/io.js';
import { OPED_PATH, sharedTest } from './helpers/shared.js';

const FUNCTION_WORDS = stopWordsFrom(loadLexicons());

const SPANISH = [
  'Compañeros, hoy nos levantamos contra la injusticia que sufre nuestro pueblo desde hace demasiados años.',
  'El pueblo unido jamás será vencido. No permitiremos que los poderosos decidan por nosotros ni por nuestros hijos.',
  'La patria es de todos y para todos, y la defenderemos con nuestras manos, nuestras voces y nuestras vidas.',
  'Mañana marcharemos juntos por las calles de la capital, sin miedo, con la frente en alto y con esperanza.',
].join(' ');
const RUSSIAN = 'Товарищи! Мы должны бороться за свободу и справедливость. Долой тиранов! Да здравствует народ!';
const ENGLISH = 'We must act now. Join us in the struggle for justice, and let us march together to the capital tomorrow.';
const SLOGANS = 'Down with tyranny! Bread, peace, land! Workers unite! Forward! Never again! Power to the people!';

test('a text in another language or script is flagged; English prose and a short list of slogans are not', (t) => {
  t.regex(notEnglishReason(SPANISH, FUNCTION_WORDS) ?? '', /English function words/);
  t.regex(notEnglishReason(RUSSIAN, FUNCTION_WORDS) ?? '', /script other than Latin/);
  t.is(notEnglishReason(ENGLISH.repeat(4), FUNCTION_WORDS), undefined);
  t.is(notEnglishReason(SLOGANS, FUNCTION_WORDS), undefined);
});

sharedTest('the seed op-ed (a Spanish title among English prose) is English', (t) => {
  t.is(notEnglishReason(readFileSync(OPED_PATH, 'utf8'), FUNCTION_WORDS), undefined);
});

test('analyze, compare and worksheet warn on stderr about a text that is not English, and stay quiet with --quiet', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-language-'));
  writeFileSync(join(dir, 'discurso.txt'), `${SPANISH}\n`);
  writeFileSync(join(dir, 'speech.txt'), `${ENGLISH}\n`);
  for (const argv of [
    ['analyze', 'discurso.txt', '--format', 'json'],
    ['compare', 'speech.txt', 'discurso.txt'],
    ['worksheet', 'discurso.txt'],
  ]) {
    const io = captureIO(dir);
    t.is(await main([...argv, '--out', 'o', '--no-config'], io), 0, io.err());
    t.regex(io.err(), /^rhetoric: warning: discurso\.txt does not look like English \(.+\); /m, argv[0]);
    t.notRegex(io.err(), /speech\.txt does not look/);
    if (argv[1] === 'discurso.txt' && argv[2] === '--format') t.notThrows(() => JSON.parse(io.out()), 'stdout still holds only the JSON');
    const quiet = captureIO(dir);
    t.is(await main([...argv, '--out', 'o', '--no-config', '--quiet'], quiet), 0);
    t.notRegex(quiet.err(), /warning/);
  }
});
