import test from 'ava';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import { countWords } from '../src/text/tokens.js';
import { OPED_PATH, sharedTest } from './helpers/shared.js';

test('every sentence, token and section span round-trips to its text', (t) => {
  const text = 'Mr. Smith went to Washington. He said: "Down with it!" (Really.) Then J. R. Doe left… and came back?\n\nShort heading\n\nA new part. It ends here.';
  const doc = parse(text);
  for (const s of doc.sentences) {
    t.is(text.slice(s.start, s.end), s.text);
    for (const tok of s.tokens) t.is(text.slice(tok.start, tok.end), tok.text);
  }
  t.true(doc.sections.every((s) => s.start < s.end));
});

test('abbreviations, initials and ellipses followed by lower case do not end a sentence', (t) => {
  const doc = parse('Mr. Smith met Dr. Jones in the U.S. capital. John F. Kennedy spoke, e.g. about peace. We waited... and waited. "Go!" she said. It ended.');
  t.deepEqual(
    doc.sentences.map((s) => s.text),
    ['Mr. Smith met Dr. Jones in the U.S. capital.', 'John F. Kennedy spoke, e.g. about peace.', 'We waited... and waited.', '"Go!" she said.', 'It ended.'],
  );
});

test('a spaced ellipsis is one mark: no sentence of a lone dot, and it ends a sentence only before a capital', (t) => {
  const doc = parse('We must act. . . . And we did. The strenuous life . . . of toil and effort. A great war. . .testing whether we endure. . .\nwe cannot hallow this ground.');
  t.deepEqual(
    doc.sentences.map((s) => s.text),
    ['We must act. . . .', 'And we did.', 'The strenuous life . . . of toil and effort.', 'A great war. . .testing whether we endure. . .\nwe cannot hallow this ground.'],
  );
});

test('a text with no headings is divided into parts of about the target size', (t) => {
  const para = 'This is a plain sentence of ten words in all here. '.repeat(12);
  const text = Array.from({ length: 20 }, () => para.trim()).join('\n\n');
  const doc = parse(text, { sectionWords: 300 });
  t.true(doc.sections.length >= 6);
  for (const s of doc.sections) {
    t.is(s.kind, 'part');
    t.true(s.words >= 180 && s.words <= 420, `part of ${s.words} words`);
  }
  t.is(doc.sections[0].title, 'Part 1');
});

test('Markdown headings make sections and the first # heading is the title', (t) => {
  const doc = parse('# A Speech\n\nOpening words here.\n\n## First part\n\nSome text.\n\n## Second part\n\nMore text.');
  t.is(doc.title, 'A Speech');
  t.deepEqual(doc.sections.map((s) => s.title), ['A Speech', 'First part', 'Second part']);
  const headings = doc.sentences.filter((s) => s.heading);
  t.deepEqual(headings.map((s) => s.text), ['A Speech', 'First part', 'Second part'], 'a heading sentence is its title, without the # marks');
  t.deepEqual(headings.map((s) => doc.text.slice(s.start, s.end)), ['A Speech', 'First part', 'Second part']);
  t.is(parse('## Closing ##\n\nText.').sentences[0].text, 'Closing', 'closing marks are left out too');
});

sharedTest('the seed op-ed has the opening section and its six headed sections', (t) => {
  const doc = parse(readFileSync(OPED_PATH, 'utf8'));
  t.deepEqual(doc.sections.map((s) => s.title).slice(1), [
    'Stages in the revolution',
    'Bankruptcy of reformism',
    'Imperialist interference',
    'Counterrevolutionary preparations',
    'Revolutionary potential of masses',
    'Join us',
  ]);
  t.is(doc.sections[0].kind, 'opening');
  t.true(doc.sections[0].title.startsWith('Venezuelan elections'));
});

test('a one-line text, or a first line holding two sentences, is prose and not a title', (t) => {
  t.is(parse('Let us stand together. Down with the tyrants!').title, undefined);
  const doc = parse('We stand together. Down with them!\n\nMore text follows here.');
  t.is(doc.title, undefined);
  t.deepEqual(doc.sentences.slice(0, 2).map((s) => s.text), ['We stand together.', 'Down with them!']);
  t.is(parse('A Title For The Speech\n\nThe speech begins here.').title, 'A Title For The Speech');
});

test('words are counted one way everywhere: hyphenated and apostrophe words are one word, astral letters are words', (t) => {
  t.is(countWords("Counter-revolutionary forces can't win"), 4);
  const text = '𝐁𝐨𝐥𝐝 words here.';
  const doc = parse(text);
  t.is(doc.sentences[0].tokens[0].kind, 'word', 'a word starting with an astral letter is a word');
  t.is(doc.sentences[0].words, countWords(text));
});
