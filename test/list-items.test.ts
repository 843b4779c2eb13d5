import test from 'ava';
import { analyze, parse } from '../src/index.js';

// List items are sentences of their own; their bullet or number is markup, like a heading's # marks.
const NUMBERED = 'Our demands are simple:\n\n1. Reverse the rezoning vote.\n2. Publish every email.\n3) Ask the east end first.\n\nThat is all.';

for (const format of ['text', 'markdown'] as const) {
  test(`${format}: a numbered list item is one sentence, without its number`, (t) => {
    const doc = parse(NUMBERED, { format });
    t.deepEqual(
      doc.sentences.map((s) => s.text),
      ['Our demands are simple:', 'Reverse the rezoning vote.', 'Publish every email.', 'Ask the east end first.', 'That is all.'],
    );
    for (const s of doc.sentences) t.is(NUMBERED.slice(s.start, s.end), s.text);
  });

  test(`${format}: bulleted items on consecutive lines are sentences of their own`, (t) => {
    const text = 'What can you do? Glad you asked\n   • Sign the petition (link in bio)\n   • Email your councillor TODAY\n- Come to the hearing on Thursday\n\nThanks for reading.';
    const doc = parse(text, { format });
    t.deepEqual(doc.sentences.map((s) => s.text), [
      'What can you do?',
      'Glad you asked',
      'Sign the petition (link in bio)',
      'Email your councillor TODAY',
      'Come to the hearing on Thursday',
      'Thanks for reading.',
    ]);
  });
}

test('Markdown: a bullet item sentence leaves out its "- " marker', (t) => {
  const doc = parse('# Plan\n\nOn day one:\n\n- We will freeze tuition.\n* We will fix the levees.\n');
  t.deepEqual(doc.sentences.map((s) => s.text), ['Plan', 'On day one:', 'We will freeze tuition.', 'We will fix the levees.']);
});

test('plain text: numbered list items without full stops are not headings; a short line standing alone still is', (t) => {
  const listed = parse('We ask three things of the council here.\n\n1) Join the march\n2) Call your mayor\n3) Vote in May\n\nThen we will see what they do.', { format: 'text' });
  t.false(listed.sentences.some((s) => s.heading));
  t.is(listed.sections.length, 1);
  const headed = parse('The Plan\n\nSome opening words here. More of them.\n\nBackground\n\nText about the background. And more.\n\nProposal\n\nThe proposal itself:\n1) Join the march\n2) Call your mayor', { format: 'text' });
  t.deepEqual(headed.sections.map((s) => s.title), ['The Plan', 'Background', 'Proposal']);
});

test('a call to action in a numbered or bulleted item is found, and no finding runs from one item into the next', (t) => {
  const text = 'Here is what to do:\n1) Join the march.\n2) Call your mayor.\n• Sign the petition\n• Write to your councillor today\n';
  const result = analyze(text, { name: 'list.txt' });
  const calls = result.findings.filter((f) => f.device === 'call_to_action');
  t.deepEqual(calls.map((f) => f.quote), ['Join the march', 'Call your mayor', 'Sign the petition', 'Write to your councillor today']);
  for (const f of result.findings) t.false(f.quote.includes('\n'), `${f.rule}: ${f.quote}`);
});

test('plain text: the post numbers of a social-media thread ("1/", "16/") are markup like a list number; a fraction is not', (t) => {
  const text = 'Why the park matters\n\n1/ Six months ago the council voted to rezone it.\n\n16/ SAVE THE PARK.\n\n17/ Now go make some noise. Thanks!\n\nMix the flour with\n1/2 cup of milk.';
  const doc = parse(text, { format: 'text' });
  t.deepEqual(doc.sentences.map((s) => s.text), [
    'Why the park matters',
    'Six months ago the council voted to rezone it.',
    'SAVE THE PARK.',
    'Now go make some noise.',
    'Thanks!',
    'Mix the flour with\n1/2 cup of milk.',
  ]);
  const calls = analyze(text, { name: 'thread.txt' }).findings.filter((f) => f.device === 'call_to_action').map((f) => f.quote);
  t.true(calls.includes('SAVE THE PARK'), calls.join(' | '));
});

test('Markdown: a blockquote line leaves out its ">" mark, so no finding quotes it', (t) => {
  const text = '# Notes\n\nShe said:\n\n> We must fight on.\n> Let us march.\n>> - Join us now.\n';
  const doc = parse(text);
  t.deepEqual(doc.sentences.map((s) => s.text), ['Notes', 'She said:', 'We must fight on.', 'Let us march.', 'Join us now.']);
  const quotes = analyze(text, { name: 'notes.md' }).findings.map((f) => f.quote);
  t.true(quotes.includes('Let us'), quotes.join(' | '));
  t.false(quotes.some((q) => q.startsWith('>')), quotes.join(' | '));
});

test('plain text: a dash or a number that starts a hard-wrapped line goes on the sentence before it', (t) => {
  const text = 'And this year, I ask the council to make permanent our tuition credit\n- worth a thousand pounds a year.\nWe ask for it in\n1990 terms, no more.';
  const doc = parse(text, { format: 'text' });
  t.deepEqual(doc.sentences.map((s) => s.text.replace(/\s+/g, ' ')), [
    'And this year, I ask the council to make permanent our tuition credit - worth a thousand pounds a year.',
    'We ask for it in 1990 terms, no more.',
  ]);
  t.is(doc.paragraphs.length, 1);
});

test('a measure listed under a promise ("we will:") is a programme stated, not a call; a list of things the audience can do still calls', (t) => {
  const calls = (text: string, name: string) => analyze(text, { name }).findings.filter((f) => f.device === 'call_to_action').map((f) => f.quote);
  const promised = '# Our plan\n\nIn government we will also:\n\n- Reopen the valley line to passenger trains,\n  with a station at every village.\n- Fund the flood defences of the harbour.\n\nJoin us on Saturday.\n';
  t.deepEqual(calls(promised, 'plan.md'), ['Join us on Saturday']);
  t.deepEqual(calls('The new council shall:\n1) Restore the ferry to the islands.\n2) Guarantee a school bus in every valley.\n', 'plan.txt'), []);
  // The same items under a lead-in that asks something of the audience are calls.
  t.deepEqual(calls('# Our plan\n\nHere is what you can do:\n\n- Write to the harbour council.\n- Fund the flood appeal with a pound a week.\n', 'asks.md'), ['Write to the harbour council', 'Fund the flood appeal with a pound a week']);
});

for (const format of ['text', 'markdown'] as const) {
  test(`${format}: a nested list item, indented four spaces or more, is a sentence of its own without its marker`, (t) => {
    const text = '- We must act\n  - Down with the tyrants\n    - Let us march\n        1. Vote in May\n\t- Join us';
    const doc = parse(text, { format });
    t.deepEqual(doc.sentences.map((s) => s.text), ['We must act', 'Down with the tyrants', 'Let us march', 'Vote in May', 'Join us']);
  });
}

test('Markdown: an indented line after a blank line outside a list is still code, not a nested item', (t) => {
  const doc = parse('# Notes\n\nThe weather is mild.\n\n    - not an item\n\nThe end came quietly.\n', { format: 'markdown' });
  t.deepEqual(doc.sentences.map((s) => s.text), ['Notes', 'The weather is mild.', 'The end came quietly.']);
});
