import test, { type ExecutionContext } from 'ava';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';

/** A temporary folder (removed after the test) holding one text file, and captured IO that runs there. */
function withText(t: ExecutionContext, name: string, text: string): { dir: string; io: ReturnType<typeof captureIO> } {
  const dir = mkdtempSync(join(tmpdir(), 'rl-ws-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, name), text);
  return { dir, io: captureIO(dir) };
}

test('rhetoric worksheet --count with no number names what it was given, not "NaN"', async (t) => {
  const { io } = withText(t, 'speech.txt', 'We will win. Join us now.\n');
  t.is(await main(['worksheet', 'speech.txt', '--count', 'abc', '--out', 'out'], io), 2);
  t.notRegex(io.err(), /NaN/);
  t.regex(io.err(), /^rhetoric: --count must be a whole number from 1 to \d+ \(got "abc"\)\n/);
});

test('rhetoric worksheet says "1 question" for one', async (t) => {
  const { io } = withText(t, 'speech.txt', 'We will win. Join us now.\n');
  t.is(await main(['worksheet', 'speech.txt', '--count', '1', '--out', 'out'], io), 0);
  t.regex(io.err(), /^wrote 1 question to /);
});

test('rhetoric worksheet on a text of headings only is bad input (exit 1, one line) and writes nothing', async (t) => {
  const { dir, io } = withText(t, 'outline.md', '# Title\n\n## Part one\n\n## Part two\n');
  t.is(await main(['worksheet', 'outline.md', '--out', 'out'], io), 1);
  t.regex(io.err(), /^rhetoric: outline\.md has no sentence outside its headings to ask about: no worksheet written\n$/);
  t.false(existsSync(join(dir, 'out')));
});

test('rhetoric worksheet --name "" names the folder after the file, as analyze does', async (t) => {
  const { dir, io } = withText(t, 'speech.txt', 'We will win. Join us now.\n');
  t.is(await main(['worksheet', 'speech.txt', '--name', '', '--out', 'out', '--quiet'], io), 0, io.err());
  t.true(existsSync(join(dir, 'out', 'speech', 'worksheet.md')));
  t.is(await main(['analyze', 'speech.txt', '--name', '', '--out', 'out', '--quiet'], io), 0);
  t.true(existsSync(join(dir, 'out', 'speech', 'report.md')), 'analyze writes beside it');
});

test('a devices.json in a --lexicons folder words the worksheet and the HTML report, as it does rhetoric explain', async (t) => {
  const { dir, io } = withText(t, 'speech.txt', 'Down with the bosses! We must organise every factory. The workers will win.\n');
  const guides = JSON.parse(readFileSync(new URL('../lexicons/devices.json', import.meta.url), 'utf8')) as { devices: Record<string, { definition: string }> };
  const marker = 'Eine Parole ist ein kurzer Ruf, gemacht zum Skandieren.';
  guides.devices.slogan.definition = marker;
  mkdirSync(join(dir, 'mine'));
  writeFileSync(join(dir, 'mine', 'devices.json'), JSON.stringify(guides));
  t.is(await main(['worksheet', 'speech.txt', '--count', '3', '--out', 'out', '--lexicons', 'mine', '--quiet'], io), 0, io.err());
  const sheet = ['worksheet.md', 'worksheet.html', 'answers.md'].map((f) => readFileSync(join(dir, 'out', 'speech', f), 'utf8')).join('\n');
  t.true(sheet.includes(marker), 'the worksheet gives the definition of the --lexicons folder');
  t.is(await main(['analyze', 'speech.txt', '--format', 'html', '--out', 'rep', '--lexicons', 'mine', '--quiet'], io), 0, io.err());
  t.true(readFileSync(join(dir, 'rep', 'speech', 'report.html'), 'utf8').includes(marker), 'the HTML report explains with the same definition');
  // Without the folder, the built-in wording.
  t.is(await main(['analyze', 'speech.txt', '--format', 'html', '--out', 'plain', '--quiet'], io), 0, io.err());
  t.false(readFileSync(join(dir, 'plain', 'speech', 'report.html'), 'utf8').includes(marker));
});

test('the worksheet page counts its sentences in words: "1 sentence", not "1 sentences"', async (t) => {
  const { dir, io } = withText(t, 'speech.txt', 'We will win. Join us now.\n');
  t.is(await main(['worksheet', 'speech.txt', '--count', '1', '--out', 'out', '--quiet'], io), 0, io.err());
  const page = readFileSync(join(dir, 'out', 'speech', 'worksheet.html'), 'utf8');
  t.regex(page, /<p class="meta">Source: speech\.txt · 1 sentence · seed 1<\/p>/);
});

test('rhetoric worksheet also writes the answer key as a printable page, with every sentence and reason and no Markdown marks', async (t) => {
  const { dir, io } = withText(t, 'speech.txt', 'Down with the toll barons! We must [really] organise every ferry crew. The workers of the river will win. The ferry leaves at six on Tuesdays.\n');
  t.is(await main(['worksheet', 'speech.txt', '--count', '4', '--out', 'out'], io), 0, io.err());
  t.regex(io.err(), /: worksheet\.md, worksheet\.html, answers\.md, answers\.html\n$/);
  const folder = join(dir, 'out', 'speech');
  const page = readFileSync(join(folder, 'answers.html'), 'utf8');
  const markdown = readFileSync(join(folder, 'answers.md'), 'utf8');
  t.regex(page, /<title>Answer key: speech\.txt<\/title>/);
  t.regex(page, /<blockquote>We must \[really\] organise every ferry crew\.<\/blockquote>/, 'the sentence as written, without the key\'s Markdown escapes');
  t.true(markdown.includes('We must \\[really\\] organise'), 'answers.md escapes what the page shows as written');
  t.notRegex(page.replace(/<style>[\s\S]*?<\/style>/, ''), /\*\*|`|\\\[/, 'no Markdown marks on the printed page');
  // The same reasons as answers.md, with their rules.
  for (const rule of [...markdown.matchAll(/\(rule `([^`]+)`\)/g)].map((m) => m[1])) t.true(page.includes(`(rule ${rule})`), rule);
  t.true(page.includes('None.</strong> The toolkit found none of the devices in this sentence.'));
  t.false(page.includes('<script'), 'no script: a page to print');
});
