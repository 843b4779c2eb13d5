// slogan-known-chant's "<group> united will never be defeated" reads a group's name only where the plain expression could
// report it (a run's first word boundary, or where the match before it ended), so that a long run of letters with many
// word boundaries inside it is read once, not once from each boundary. These tests hold the rewrite to the plain
// expression's matches; its speed is measured by `npm run bench:patterns` (no timed tests).

import test from 'ava';
import fc from 'fast-check';
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze } from '../src/index.js';
import { assertProperty, seedFor } from './property-generators.js';

const entry = (loadLexicons().lexicons.get('slogan-formulas')!.entries as { id: string; pattern: string; flags?: string }[]).find((e) => e.id === 'slogan-known-chant')!;

/** Where the group's name may start: "the ", a run's start, the first word boundary of a run, or the end of a chant. */
const GUARD_START = '(?:the |(?<![\\p{L}-])|(?<=';
const NAME = '[\\p{L}-]+,? united,? (?:will|shall|can) never be defeated';

/** The guard's text, from its "(?:" to its closing parenthesis. */
function guardOf(pattern: string): string {
  const start = pattern.indexOf(GUARD_START);
  let depth = 0;
  for (let i = start; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '(') depth++;
    else if (pattern[i] === ')' && --depth === 0) return pattern.slice(start, i + 1);
  }
  throw new Error('no guard');
}

/** The top-level alternatives of a group's text (without its own parentheses). */
function alternatives(group: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < group.length; i++) {
    const c = group[i];
    if (c === '\\') {
      current += c + group[++i];
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
    } else current += c;
  }
  return [...out, current];
}

const guard = guardOf(entry.pattern);
/** The plain expression: any word boundary may start the group's name. */
const plain = entry.pattern.replace(guard + NAME, `(?:the )?${NAME}`);
const flags = `${entry.flags ?? 'i'}gd`;

function matches(source: string, text: string): string[] {
  const regex = new RegExp(source, flags);
  return [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}`);
}

test('the guard lists every chant of the first group, so that a search starting where one ended is read as before', (t) => {
  t.true(entry.pattern.includes(guard + NAME), 'the guard stands before the group name');
  t.not(plain, entry.pattern);
  const firstGroup = /^\\b\(\?:(.*)\)\\b\|\\b\(\?:we shall/.exec(plain)![1];
  const chants = alternatives(firstGroup).map((a) => (a === `(?:the )?${NAME}` ? 'never be defeated' : a));
  const lookBehind = alternatives(guard.slice(GUARD_START.length, -2)).slice(2);
  t.deepEqual(lookBehind, chants);
});

test('the rewrite finds exactly the matches of the plain expression, on text made of chant pieces glued by accented letters and hyphens', (t) => {
  const piece = fc.constantFrom(
    'workers', ' united will never be defeated', ', united, shall never be defeated', ' united can never be defeated', 'the ', 'The ', 'é', 'É',
    '-', 'a', 'x', '1', '_', ' ', ',', 'venceremos', 'ſ', 'K', 'pasarán', 'no ', 'égalité', 'liberté, ', 'black lives matter', 'ñ', '!',
    'peace for our time', 'never be defeated', 'we shall overcome', 'İ',
  );
  assertProperty(
    t,
    fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      const want = matches(plain, text);
      const got = matches(entry.pattern, text);
      if (got.join('|') !== want.join('|')) throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(got)} instead of ${JSON.stringify(want)}`);
    }),
    { seed: seedFor(33), numRuns: 20000 },
  );
});

test('cases the plain expression reads from inside a word keep their matches', (t) => {
  for (const text of [
    'Émigrés united will never be defeated!', // the run's first boundary is inside it
    '9dockersé united will never be defeated', // a digit before the run: its first boundary is at the é
    'égalitéx united will never be defeated', // the chant "liberté, égalité" is not there, so the run is read from its first boundary
    'liberté, égalitéx united will never be defeated', // a chant ends inside the run: the next search starts there
    'Yé-yé-yé the nurses, united, will never be defeated',
  ]) {
    t.deepEqual(matches(entry.pattern, text), matches(plain, text), text);
    t.true(matches(entry.pattern, text).length > 0, text);
  }
});

test('a sentence of 2,000 characters, one long run with a word boundary at every other letter, ends in the chant it quotes', (t) => {
  const run = 'yé'.repeat(975);
  const sentence = `${run} united will never be defeated!`;
  t.deepEqual(matches(entry.pattern, sentence), [`0:${run} united will never be defeated`]);
  t.deepEqual(matches(entry.pattern, `${run}, they said.`), []);
  const found = analyze(`The meeting went on for hours.\n\n${sentence}\n\nThen everyone went home.`, { devices: ['slogan'] }).findings;
  t.true(found.some((f) => f.rule === 'slogan-known-chant'));
});
