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

/** Invented paragraphs of two or three sentences (15 to 49 words): too short for the share of all function words. */
const SHORT_FOREIGN = [
  'Vecinos, el agua es un derecho y no una mercancía. Si no nos escuchan, volveremos a la plaza mañana. No me digan que es imposible.',
  'He visto a mi madre trabajar toda la vida sin descanso. Por ella y por todas las madres, hoy digo basta.',
  'Nous demandons la justice pour tous les travailleurs. Le gouvernement doit écouter le peuple et agir maintenant.',
];
const SHORT_ENGLISH = [
  'We will not be silent. The water is ours, and we will keep it for our children.',
  'Stop the cuts! Save our school! Vote no on Measure B. Jobs now! Housing now! Justice now!',
  'Down with tyranny! Bread, peace, land! Workers unite! Forward! Never again! Power to the people!',
  'No more lies. No more waiting. We march on Friday at noon from the depot to the town hall.',
];

test('a short paragraph in Spanish or French is flagged although "a", "no" and "me" are English words too; short English is not', (t) => {
  for (const text of SHORT_FOREIGN) t.regex(notEnglishReason(text, FUNCTION_WORDS) ?? '', /English function words of three letters or more/, text);
  for (const text of SHORT_ENGLISH) t.is(notEnglishReason(text, FUNCTION_WORDS), undefined, text);
  t.is(notEnglishReason('Hoy marchamos juntos. No nos van a callar.', FUNCTION_WORDS), undefined, 'under 15 words: too short to judge');
});

test('analyze warns about a short Spanish paragraph', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-language-'));
  writeFileSync(join(dir, 'vecinos.txt'), `${SHORT_FOREIGN[0]}\n`);
  const io = captureIO(dir);
  t.is(await main(['analyze', 'vecinos.txt', '--out', 'o', '--no-config'], io), 0, io.err());
  t.regex(io.err(), /^rhetoric: warning: vecinos\.txt does not look like English \(only 0 of its 25 words are English function words of three letters or more/m);
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
