import test from 'ava';
import { parse } from '../src/index.js';
import { countWords, tokenize } from '../src/text/tokens.js';

// Emoji drawn with a variation selector (U+FE0F, a combining mark) or a keycap (U+20E3) are symbols, not words.
test('an emoji with a variation selector or keycap is not a word', (t) => {
  t.is(countWords('thank you \u2764\uFE0F now'), 3);
  t.is(countWords('\u{1F17F}\uFE0F\u27A1\uFE0F\u{1F3E0}'), 0);
  t.is(countWords('press 1\uFE0F\u20E3 to vote'), 4, 'the keycap digit is still a word');
  const tokens = tokenize('you \u270D\uFE0F sign');
  t.deepEqual(tokens.filter((x) => x.kind === 'word').map((x) => x.text), ['you', 'sign']);
  for (const tok of tokens) t.is('you \u270D\uFE0F sign'.slice(tok.start, tok.end), tok.text);
});

test('letters with combining accents are still one word', (t) => {
  t.is(countWords('Cha\u0301vez and Pe\u0301rez'), 3);
  t.deepEqual(tokenize('Cha\u0301vez').map((x) => x.text), ['Cha\u0301vez']);
});

test('a sentence made only of emoji has no words', (t) => {
  const doc = parse('We won the vote. \u{1F30A}\u{1F3DA}\uFE0F\n\nThe end came.');
  t.is(doc.words, 7);
});

test('emoji after the last full stop of a paragraph stay with its sentence instead of making one of their own', (t) => {
  const text = 'Most of us found out from a bulldozer. \u{1F69C}\u{1F621}\n\nCoincidence? \u{1F914} You decide.\n\nThe park is still there! \u{1F4AA}';
  const doc = parse(text);
  t.deepEqual(doc.sentences.map((s) => s.text), [
    'Most of us found out from a bulldozer. \u{1F69C}\u{1F621}',
    'Coincidence?',
    '\u{1F914} You decide.',
    'The park is still there! \u{1F4AA}',
  ]);
  for (const s of doc.sentences) t.is(text.slice(s.start, s.end), s.text);
});

test('plain text: a first line that opens with an emoji is still the title', (t) => {
  const text = '\u{1F9F5} THREAD: Why the Greenbelt Bill matters & why you should care (1/17)\n\n1/ Six months ago the council voted to rezone the greenbelt. Most of us found out from a bulldozer.\n\n2/ Here is what that land does right now.';
  const doc = parse(text, { format: 'text' });
  t.is(doc.title, '\u{1F9F5} THREAD: Why the Greenbelt Bill matters & why you should care (1/17)');
  t.is(parse('\u{1F30D}\uFE0F Our Planet, Our Future\n\nWe march on Saturday. Join us.', { format: 'text' }).title, '\u{1F30D}\uFE0F Our Planet, Our Future');
  t.is(parse('\u{1F600} lower case start is no title line\n\nWe march on Saturday. Join us.', { format: 'text' }).title, undefined);
});

test('a thematic break or a line of symbols alone ("---", "* * *", "🌿🌿🌿") is no sentence in a text that has words', (t) => {
  for (const format of ['text', 'markdown'] as const) {
    const text = 'We met at noon.\n\n---\n\n* * *\n\n***\n\n\u{1F33F}\u{1F33F}\u{1F33F}\n\nWe left at five.';
    t.deepEqual(parse(text, { format }).sentences.map((s) => s.text), ['We met at noon.', 'We left at five.'], format);
  }
  t.true(parse('!!! ??? ... ---').sentences.length > 0, 'a text of symbols alone is still read');
});

test('symbols before the first words of a paragraph open its first sentence, so the quotation they open stays marked', (t) => {
  const text = 'They held these truths:\n\n"... That all men are created equal... That to secure these rights, governments are instituted."';
  const doc = parse(text);
  t.deepEqual(doc.sentences.map((s) => s.text), ['They held these truths:', '"... That all men are created equal...', 'That to secure these rights, governments are instituted."']);
});
