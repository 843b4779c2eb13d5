// Markdown code that is not fenced: indented code blocks and inline code are skipped in Markdown input, and read as prose in plain text.

import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import { summarizeFile } from '../src/corpus/summary.js';
import { formatOption, loadFile } from '../src/text/load.js';
import { findSkippedSpans } from '../src/text/parse.js';
import { captureIO } from './helpers/io.js';
import { CODE, touches } from './helpers/skipped.js';

const INDENTED = `# Our plan\n\nThe weather is mild.\n\n    ${CODE}\n    ${CODE}\n\nThe end came quietly.\n`;

test('in Markdown an indented code block after a blank line is no sentence and holds no finding', (t) => {
  const result = analyze(INDENTED, { format: 'markdown' });
  t.deepEqual(touches(result, CODE), { findings: [], sentences: 0 });
  t.is(result.source.words, analyze('# Our plan\n\nThe weather is mild.\n\nThe end came quietly.\n').source.words);
  for (const f of result.findings) t.is(result.text.slice(f.start, f.end), f.quote);
  const tabbed = `The weather is mild.\n\n\t${CODE}\n`;
  t.deepEqual(touches(analyze(tabbed, { format: 'markdown' }), CODE).sentences, 0, 'a tab indents code too');
});

test('in plain text and in text left to auto, an indented paragraph is prose: a speech may be indented', (t) => {
  t.true(touches(analyze(INDENTED), CODE).findings.length > 0, 'auto (Markdown headings found, but not declared Markdown)');
  t.true(touches(analyze(INDENTED, { format: 'text' }), CODE).findings.length > 0);
  const speech = '    My friends, we must stand together.\n\n    Down with the tyrants!\n';
  t.is(analyze(speech).sentences.length, 2);
});

test('in Markdown an indented line is prose after text with no blank line, and after a list item it continues the item', (t) => {
  const lazy = `The weather is mild and\n    ${CODE}\n`;
  t.true(touches(analyze(lazy, { format: 'markdown' }), CODE).sentences > 0);
  const item = `- We must act.\n\n    ${CODE}\n\nThe end.\n`;
  t.true(touches(analyze(item, { format: 'markdown' }), CODE).sentences > 0);
  // After the list ends (an unindented paragraph), an indented block is code again.
  const after = `- We must act.\n\nThe end.\n\n    ${CODE}\n`;
  t.is(touches(analyze(after, { format: 'markdown' }), CODE).sentences, 0);
});

test('in Markdown inline code is blanked for the analyzers while its sentence goes on around it', (t) => {
  const text = `# Notes\n\nThe weather is fine, so we type \`${CODE}\` and rest today.\n`;
  const result = analyze(text, { format: 'markdown' });
  t.deepEqual(touches(result, CODE).findings, []);
  t.is(result.sentences.length, 2, 'the heading and one sentence: the code does not split it at its "!"');
  t.is(result.source.words, analyze('# Notes\n\nThe weather is fine, so we type and rest today.\n').source.words);
  for (const f of result.findings) t.is(text.slice(f.start, f.end), f.quote);
  t.true(touches(analyze(text), CODE).findings.length > 0, 'not declared Markdown: the backticks are text');
});

test('inline code runs from a run of backticks to the next of the same length in its paragraph; an unmatched run is text', (t) => {
  const spans = (text: string) => findSkippedSpans(text, { format: 'markdown' }).map((s) => text.slice(s.start, s.end));
  t.deepEqual(spans('Type `a` or ``b ` c`` now.'), ['`a`', '``b ` c``']);
  t.deepEqual(spans('A lone ` tick, then `x`.'), ['` tick, then `']);
  t.deepEqual(spans('Open `here\n\nclose` there.'), [], 'not across a paragraph break');
  t.deepEqual(spans('Wrapped `code\nspan` here.'), ['`code\nspan`'], 'across a line break');
  t.deepEqual(spans('Wrapped `code\r\nspan` here.'), ['`code\r\nspan`'], 'across a CRLF, which is one line break, not a blank line');
  t.deepEqual(spans('Open `here\r\n\r\nclose` there.'), [], 'not across a paragraph break of CRLFs');
  t.deepEqual(spans('See `https://example.org/a` and https://example.org/b'), ['`https://example.org/a`', 'https://example.org/b']);
  t.deepEqual(findSkippedSpans('Type `a` now.\n\n    code\n'), [], 'not in text that is not declared Markdown');
});

test('a heading keeps its inline code in its title', (t) => {
  const result = analyze('# The `people` decide\n\nWe met on Tuesday.\n', { format: 'markdown' });
  t.is(result.title, 'The `people` decide');
});

test('a .md file is read as Markdown, a .txt file as plain text, by the CLI, a corpus run and loadFile', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'rl-md-code-'));
  const text = `The weather is mild.\n\n    ${CODE}\n\nType \`${CODE}\` to rest.\n`;
  for (const name of ['code.md', 'code.MARKDOWN', 'code.txt']) writeFileSync(join(root, name), text);
  t.deepEqual(formatOption(loadFile(join(root, 'code.md'))), { format: 'markdown' });
  t.deepEqual(formatOption(loadFile(join(root, 'code.MARKDOWN'))), { format: 'markdown' });
  t.deepEqual(formatOption(loadFile(join(root, 'code.txt'))), {});
  const words: Record<string, number> = {};
  for (const name of ['code.md', 'code.txt']) {
    const io = captureIO(root);
    t.is(await main(['analyze', name, '--out', 'o', '--format', 'json', '--no-config'], io), 0, io.err());
    const source = (JSON.parse(io.out()) as { source: { words: number; format: string } }).source;
    words[name] = source.words;
    t.is(source.format, name.endsWith('.md') ? 'markdown' : 'text', 'a .md file is Markdown even with no # heading');
    t.is(summarizeFile({ path: join(root, name), file: name }).words, words[name], `${name}: the corpus run reads it the same way`);
  }
  t.is(words['code.md'], 7, 'the code words are not counted: "The weather is mild." and "Type to rest."');
  t.is(words['code.txt'], analyze(text).source.words, 'plain text: every word counts');
  t.true(words['code.txt'] > words['code.md']);
});
