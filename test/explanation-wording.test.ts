// A finding's explanation is read by students and teachers as a sentence: the lexicon notes and templates it is made of,
// and the explanations of findings on whole texts, read as plain, well-formed sentences.

import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { BUILTIN_LEXICON_DIR } from '../src/lexicon/load.js';

/** What is wrong with a text a reader sees as one or more sentences, or nothing. */
function formProblems(text: string): string[] {
  const problems: string[] = [];
  if (!/^["“‘(A-Z0-9¡¿]/.test(text)) problems.push('does not open with a capital letter or a quotation mark');
  if (text.includes('\\')) problems.push('holds a backslash (an escaped quotation mark shown as written)');
  if (/(?<!\.)\.\.(?!\.)/.test(text)) problems.push('doubled full stop');
  if (/\)\s*\(/.test(text)) problems.push('two parentheses in a row');
  if (/ {2}/.test(text)) problems.push('doubled space');
  if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) problems.push('unbalanced parentheses');
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) problems.push('unbalanced curly quotation marks');
  if ((text.match(/"/g) ?? []).length % 2 === 1) problems.push('odd number of straight quotation marks');
  if (/\bundefined\b|\bNaN\b|\[object Object\]/.test(text)) problems.push('a value that was never filled in');
  return problems;
}

/** Every note, explanation and explanation template of a lexicon file, with where it is. */
function notesOf(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => notesOf(v, `${path}[${(v as { id?: string })?.id ?? i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && (key === 'note' || key === 'explanation' || key === 'historyNote')) out.push([`${path}.${key}`, v]);
      else notesOf(v, `${path}.${key}`, out);
    }
  }
  return out;
}

test('every note, explanation and explanation template in lexicons/ reads as a well-formed sentence', (t) => {
  const bad: string[] = [];
  let checked = 0;
  for (const file of readdirSync(BUILTIN_LEXICON_DIR).filter((f) => f.endsWith('.json') && f !== 'norms.json').sort()) {
    for (const [where, text] of notesOf(JSON.parse(readFileSync(join(BUILTIN_LEXICON_DIR, file), 'utf8')), file, [])) {
      checked++;
      for (const p of formProblems(text)) bad.push(`${where}: ${p}: ${text.slice(0, 120)}`);
      // A note is what a finding says to a reader; how the entry's fields decide belongs in its `detail`.
      if (/\bthis entry\b|(?:^|\. )The terms\b/.test(text)) bad.push(`${where}: speaks of the entry's fields, which belongs in "detail": ${text.slice(0, 120)}`);
    }
  }
  t.true(checked > 2000, `${checked} notes read`);
  t.deepEqual(bad, []);
});

test('the explanations of findings on whole texts read as well-formed sentences', (t) => {
  const texts = [
    readFileSync(new URL('../examples/example.md', import.meta.url), 'utf8'),
    ...['column-populist.md', 'oped-left.md', 'train-oped-radical.md', 'train-union-rally.md'].map((f) =>
      readFileSync(new URL(`fixtures/genre-sample/texts/${f}`, import.meta.url), 'utf8'),
    ),
    // A mantra quoted in commentary, a chiasmus, a note with a list of near misses and one that recalls a request.
    'The mantra that we are "all in this together" is heard everywhere. We do not serve the party; the party serves us. ' +
      'The river towns must make a common effort. In my last message I recommended that the Congress repeal the toll.',
  ];
  const bad: string[] = [];
  let checked = 0;
  for (const text of texts) {
    for (const f of analyze(text, { format: 'markdown' }).findings) {
      checked++;
      for (const p of formProblems(f.explanation)) bad.push(`${f.rule} on "${f.quote.slice(0, 40)}": ${p}: ${f.explanation.slice(0, 120)}`);
    }
  }
  t.true(checked > 300, `${checked} findings read`);
  t.deepEqual([...new Set(bad)], []);
});

test('a past case is named in one sentence after the rule note: a named case, a year and the text\'s own phrase, each with its words', (t) => {
  const explanations = (text: string, year?: number): string[] => analyze(text, { format: 'text', ...(year ? { year } : {}) }).findings.filter((f) => f.device === 'historical_analogy').map((f) => f.explanation);
  // A named case by its name, years and what it was, with one colon in the sentence (was "Here: Iron Curtain (1946–1989): the …").
  const named = explanations('Just as the Berlin Wall came down in the end, this barrier will fall.');
  t.is(named.length, 1);
  t.regex(named[0], /The past case here: Iron Curtain \(1946–1989\), the division of Europe/);
  // A year (was "… passing mention). A date (1774) before the text's own time.").
  const year = explanations('It was formed, in fact, by the articles of association in 1774.', 1861);
  t.is(year.length, 1);
  t.regex(year[0], /\. It names the year 1774, before the text's own time\.$/);
  // The text's own phrase, quoted, and what such a phrase does (was "Refers to …" with no subject, and no quote at all in a reference).
  const reference = explanations('This is the form of government we have inherited from our ancestors.');
  t.is(reference.length, 1);
  t.regex(reference[0], /It names “our ancestors”, which refers to earlier generations/);
});

test('the note of every past-case phrase opens with its verb, so that it reads after "“the words”, which …"', (t) => {
  const cues = JSON.parse(readFileSync(join(BUILTIN_LEXICON_DIR, 'history-cues.json'), 'utf8')) as { entries: { id: string; role?: string; note: string }[] };
  const phrases = cues.entries.filter((e) => e.role === 'past-anchor' || e.role === 'lesson-case');
  t.true(phrases.length > 10);
  t.deepEqual(phrases.filter((e) => !/^[A-Z][a-z]+s /.test(e.note)).map((e) => `${e.id}: ${e.note.slice(0, 60)}`), []);
});

test('an us/them finding quotes the words behind it where they are not its own: the act said of a group, the other side, the group a pronoun means', (t) => {
  const usThem = (text: string): { rule: string; quote: string; explanation: string }[] => analyze(text, { format: 'text' }).findings.filter((f) => f.device === 'us_them');
  // The group is highlighted ("those who"); the act that casts it stands elsewhere in the sentence.
  const [act] = usThem('We will not bow to those who rule by the silencing of dissent.');
  t.is(act.quote, 'those who');
  t.true(act.explanation.endsWith('The words that cast it here: “silencing of dissent”.'), act.explanation);
  // Each side of a contrast names the other.
  const sides = usThem('The workers built this town, but the bosses took the profits.');
  t.deepEqual(sides.map((f) => [f.quote, f.explanation.slice(f.explanation.lastIndexOf('Set against'))]), [
    ['The workers', 'Set against it here: “the bosses”.'],
    ['the bosses', 'Set against it here: “The workers”.'],
  ]);
  // A pronoun that goes on about the out-group of the sentence before says which group it means.
  const they = usThem('The oligarchs have stolen the harvest of the valley. They despise the farmers who feed them.').find((f) => f.rule === 'us-them-anaphora');
  t.truthy(they);
  t.regex(they!.explanation, / Here it stands for “the oligarchy”, named just before\.$/);
});

test('a sentence marked as part of an analogy\'s passage says where the comparison it goes with is', (t) => {
  const text = 'In 1848 the weavers of the river towns marched on the town hall. They were hungry and unarmed, and the soldiers fired on them. The dockers of today face the same choice as the weavers of 1848.';
  const found = analyze(text, { format: 'text', year: 2026 }).findings.filter((f) => f.device === 'historical_analogy');
  const passage = found.find((f) => f.rule === 'analogy-passage');
  t.truthy(passage, found.map((f) => f.rule).join(', '));
  t.is(passage!.sentence, 1);
  // Sentence 0 names the past case and holds it up (analogy-remote-past): the passage goes on with its story.
  t.is(found.find((f) => f.sentence === 0)?.rule, 'analogy-remote-past');
  t.true(passage!.explanation.endsWith(' It goes with the comparison in the sentence before.'), passage!.explanation);
});
