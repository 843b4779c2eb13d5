// What is not prose is never analyzed: fenced code blocks in Markdown, HTML comments and web addresses even inside a sentence.

import test from 'ava';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import { captureIO } from './helpers/io.js';
import { CODE, touches } from './helpers/skipped.js';
import { findSkippedSpans } from '../src/text/parse.js';

for (const fence of ['```', '~~~', '````']) {
  test(`a ${fence} fenced code block is no sentence and holds no finding`, (t) => {
    const text = `# Our plan\n\nThe weather is mild.\n\n${fence}js\n${CODE}\n${fence}\n\nThe end came quietly.\n`;
    const result = analyze(text, { name: 'code.md' });
    t.deepEqual(touches(result, CODE), { findings: [], sentences: 0 });
    t.is(result.source.words, analyze('# Our plan\n\nThe weather is mild.\n\nThe end came quietly.\n').source.words);
    for (const f of result.findings) t.is(result.text.slice(f.start, f.end), f.quote);
  });
}

test('the same code as prose is analyzed, and a fence that is never closed is read as text', (t) => {
  t.true(touches(analyze(`${CODE}\n`), CODE).findings.length > 0, 'the code line alone has findings (else the tests above prove nothing)');
  const unclosed = `The weather is mild.\n\n\`\`\`\n${CODE}\n`;
  t.true(touches(analyze(unclosed), CODE).sentences > 0);
});

test('a fence closes only on a line of the same mark, at least as long, with nothing after it', (t) => {
  const text = '````\na\n```\nb\n~~~~\nc\n```` x\nd\n`````\ne\n';
  const spans = findSkippedSpans(text);
  t.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['````\na\n```\nb\n~~~~\nc\n```` x\nd\n`````']);
  // A backtick fence's opening line has no other backtick; a tilde fence may.
  t.deepEqual(findSkippedSpans('``` a`b\nx\n```\n').length, 0);
  t.deepEqual(findSkippedSpans('~~~ a`b\nx\n~~~\n').length, 1);
});

test('an HTML comment inside a sentence is no part of it: its words are not counted or analyzed', (t) => {
  const comment = '<!-- Down with the tyrants! Let us march! -->';
  const text = `The weather is fine ${comment} and calm today.\n`;
  const result = analyze(text, { name: 'comment.txt' });
  t.deepEqual(touches(result, comment).findings, []);
  t.is(result.source.words, analyze('The weather is fine and calm today.\n').source.words);
  t.is(result.sentences.length, 1, 'the sentence still runs across the comment');
  for (const f of result.findings) t.is(result.text.slice(f.start, f.end), f.quote);
});

test('a file with nothing but comments, code, front matter or symbols is bad input, as an empty file is: one line, exit 1, nothing written', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'rl-no-prose-'));
  const texts: Record<string, string> = {
    'code.md': '```\nlet us go\n```\n',
    'comment.md': '<!-- Down with the tyrants! -->\n',
    'front.md': '---\ntitle: We must act\n---\n',
    'rule.txt': '---\n',
    'stars.md': '* * *\n\n|---|---|\n',
    'bang.txt': '!!! \u{1F525}\u{1F525}\n',
  };
  for (const [name, text] of Object.entries(texts)) {
    writeFileSync(join(root, name), text);
    const io = captureIO(root);
    t.is(await main(['analyze', name, '--out', 'o', '--no-config'], io), 1, name);
    t.is(io.err(), `rhetoric: ${name} has no words to analyze outside comments, code blocks and front matter\n`);
    t.is(io.out(), '');
    const sheet = captureIO(root);
    t.is(await main(['worksheet', name, '--out', 'o', '--no-config'], sheet), 1, `worksheet ${name}`);
    t.is(sheet.err(), io.err());
  }
  t.false(existsSync(join(root, 'o')));
  writeFileSync(join(root, 'speech.txt'), 'We must act now.\n');
  const cmp = captureIO(root);
  t.is(await main(['compare', 'speech.txt', 'code.md', '--out', 'o', '--no-config'], cmp), 1);
  const corpus = captureIO(root);
  t.is(await main(['analyze', '.', '--out', 'o', '--name', 'run', '--jobs', '1', '--no-config'], corpus), 1);
  t.regex(corpus.err(), /skipped code\.md: .*has no words to analyze/);
  t.regex(corpus.out(), /^Analyzed 1 document, .*; 6 could not be read\./);
});

test('a web address or a link destination lends no words to the analyzers and does not split its sentence', (t) => {
  const text = 'Read the report at https://union.example.org/join.now before the meeting. See [our plan](https://example.org/a.b?x=(1)) or <https://example.org/love>, or www.example.org/hope.html.';
  const result = analyze(text, { name: 'links.md' });
  // Two sentences: the dots of the addresses end none.
  t.is(result.sentences.length, 2);
  // "join", "love" and "hope" inside the addresses are no loaded words; the link's own words stay prose.
  const words = result.findings.filter((f) => f.device === 'sentiment' && f.category !== 'framing').map((f) => f.quote.toLowerCase());
  t.false(words.some((w) => ['join', 'love', 'hope'].includes(w)), words.join(', '));
  const spans = findSkippedSpans(text).map((s) => text.slice(s.start, s.end));
  t.deepEqual(spans, ['https://union.example.org/join.now', '(https://example.org/a.b?x=(1))', '<https://example.org/love>', 'www.example.org/hope.html']);
  // Quotes still come from the text as written.
  for (const f of result.findings) t.is(text.slice(f.start, f.end), f.quote);
});

test('a heading keeps its address in its title, though the analyzers do not read it', (t) => {
  const text = '# Read the plan at https://example.org/join\n\nWe met on Tuesday.\n\n## More at <https://x.org/love>\n\nThe ferry leaves at noon.\n';
  const result = analyze(text, { name: 'titles.md' });
  t.is(result.title, 'Read the plan at https://example.org/join');
  t.deepEqual(result.sections.map((s) => s.title), ['Read the plan at https://example.org/join', 'More at <https://x.org/love>']);
  t.false(result.findings.some((f) => /join|love/i.test(f.quote)));
});
