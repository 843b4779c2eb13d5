// What is not prose is never analyzed: fenced code blocks in Markdown, and HTML comments even inside a sentence.

import test from 'ava';
import { analyze } from '../src/analyze.js';
import { findSkippedSpans } from '../src/text/parse.js';

const CODE = 'let us = them; // Down with the bugs! We must refactor.';

/** Whether any finding or sentence of the result overlaps `text.indexOf(part)` … its end. */
function touches(result: ReturnType<typeof analyze>, part: string): { findings: string[]; sentences: number } {
  const start = result.text.indexOf(part);
  const end = start + part.length;
  return {
    findings: result.findings.filter((f) => f.start < end && f.end > start).map((f) => `${f.rule}: ${f.quote}`),
    sentences: result.sentences.filter((s) => s.start < end && s.end > start).length,
  };
}

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
