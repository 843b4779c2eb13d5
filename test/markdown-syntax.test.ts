// Markdown reports read as CommonMark reads them: the quote a finding shows is bold (never framed by printed asterisks), and text from the input never becomes syntax.

import test from 'ava';
import { analyze } from '../src/index.js';
import { compareResults } from '../src/compare/model.js';
import { renderCompareMarkdown } from '../src/report/compare/compare-md.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { buildWorksheet, renderAnswersMarkdown, renderWorksheetMarkdown } from '../src/teach/worksheet.js';
import { markdownStrong } from '../src/util/escape.js';
import { renderGfm } from './helpers/gfm.js';
import { markdownProblems } from './property-invariants.js';

/** Lines of report.md that quote a finding of `rule`. */
function quoteLines(md: string, rule: string): string[] {
  return md.split('\n').filter((l) => l.includes(`(rule \`${rule}\``));
}

test('report.md: a quote glued by punctuation to the word before or after it is still bold', (t) => {
  // An exclamation mark is a finding of its own; a slogan that ends in "!" runs into the next word when a space is missing.
  const result = analyze('Let us march on! Forward to victory!Join us now.', { name: 'glued.txt' });
  const md = renderMarkdown(result);
  t.deepEqual(markdownProblems(md), []);
  const exclamation = quoteLines(md, 'sentiment-exclamation');
  t.is(exclamation.length, 1);
  t.true(exclamation[0].includes('“Let us march on<strong>!</strong>”'), exclamation[0]);
  const slogan = quoteLines(md, 'slogan-forward-to');
  t.is(slogan.length, 1);
  t.true(slogan[0].includes('“<strong>Forward to victory!</strong>Join us now.”'), slogan[0]);
  // Where CommonMark reads `**` as bold, it stays.
  t.true(quoteLines(md, 'cta-let-us')[0].includes('“**Let us** march on!”'));
});

test('compare.md: the strongest example of each text is bold even where it runs into the next word', (t) => {
  const a = analyze('Forward to victory!Join us now.', { name: 'a.txt' });
  const b = analyze('Down with the tyrants!Vote.', { name: 'b.txt' });
  const md = renderCompareMarkdown(compareResults([a, b]));
  t.deepEqual(markdownProblems(md), []);
  t.true(md.includes('“<strong>Forward to victory!</strong>Join us now.”'));
  t.true(md.includes('“<strong>Down with the tyrants!</strong>Vote.”'));
});

test('markdownStrong uses ** wherever CommonMark reads it as bold, and <strong> only where it would not', (t) => {
  t.is(markdownStrong('“', 'Down with', ' them”'), '“**Down with** them”');
  t.is(markdownStrong('“march on', '!', '”'), '“march on<strong>!</strong>”', 'punctuation after a letter: ** would not open');
  t.is(markdownStrong('“', 'victory!', 'Join”'), '“<strong>victory!</strong>Join”', 'punctuation before a letter: ** would not close');
  t.is(markdownStrong('“march on ', '!', '”'), '“march on **!**”', 'after a space, ** opens before punctuation');
  t.is(markdownStrong('“(', '“Vote”', ')”'), '“(**“Vote”**)”', 'punctuation on both sides of both delimiters');
  t.is(markdownStrong('“', ' Down ', '”'), '“ **Down** ”', 'white space at the edges goes outside the bold');
  t.is(markdownStrong('“', '  ', '”'), '“  ”', 'nothing to bold');
  t.is(markdownStrong('“🔥', 'Down', '”'), '“🔥**Down**”', 'an emoji is punctuation to CommonMark, so ** may open after it');
  t.is(markdownStrong('“march on', '🔥', 'now”'), '“march on<strong>🔥</strong>now”', 'and an emoji glued to letters needs <strong>');
});

test('markdownStrong uses ** only where every renderer reads it as bold: an emoji or © is a letter to GitHub, and an emoji to micromark', (t) => {
  // CommonMark 0.31 counts symbols as punctuation, so ** would open between 🔥 and "!"; cmark-gfm (GitHub) and micromark
  // count 🔥 as a letter there and print the asterisks. © is a symbol micromark knows, but GitHub does not.
  t.is(markdownStrong('“🔥 🔥', '!', '”'), '“🔥 🔥<strong>!</strong>”');
  t.is(markdownStrong('“Rights©', '!', '”'), '“Rights©<strong>!</strong>”');
  t.is(markdownStrong('“', 'Vote!', '🔥”'), '“<strong>Vote!</strong>🔥”');
  t.is(markdownStrong('“(', '“Vote”', ')”'), '“(**“Vote”**)”', 'punctuation that every renderer counts still allows **');
  const html = renderGfm(`- ${markdownStrong('“🔥 🔥', '!', ' now”')}`);
  t.true(html.includes('<strong>!</strong>') && !html.includes('*'), html);
});

/** A heading's text as CommonMark reads an ATX heading line: the marks, and an optional closing run of # after a space, removed. */
function atxHeadingText(line: string): string | undefined {
  const m = /^ {0,3}#{1,6}(?:[ \t]+|$)(.*)$/.exec(line);
  return m ? m[1].replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim() : undefined;
}

test('a title that ends in # marks keeps them in every Markdown heading it becomes', (t) => {
  const text = 'Vote for us #\n\nLet us march on. Down with the tyrants!\n\nThe last word ##\n\nThey are traitors to our people.';
  const result = analyze(text, { name: 'hashes.txt' });
  t.deepEqual(
    result.sections.map((s) => s.title),
    ['Vote for us #', 'The last word ##'],
  );
  const worksheet = buildWorksheet(result);
  for (const [name, md] of [
    ['report.md', renderMarkdown(result)],
    ['worksheet.md', renderWorksheetMarkdown(worksheet)],
    ['answers.md', renderAnswersMarkdown(worksheet)],
  ]) {
    t.deepEqual(markdownProblems(md), [], name);
    const headings = md.split('\n').map(atxHeadingText).filter((h): h is string => h !== undefined);
    t.true(headings.includes(name === 'report.md' ? 'Rhetoric report: Vote for us \\#' : `${name === 'answers.md' ? 'Answer key' : 'Worksheet'}: Vote for us \\#`), `${name}: ${headings.join(' / ')}`);
    if (name === 'report.md') t.true(headings.includes('2. The last word \\##'), headings.join(' / '));
  }
});
