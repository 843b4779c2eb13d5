import test from 'ava';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from '../src/analyze.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { requiredLiterals, showRequirement } from '../src/lexicon/literals.js';
import { compilePatterns, lowerCasedSource, matchPatterns, mayMatch, PatternTarget } from '../src/lexicon/match.js';
import type { PatternEntry } from '../src/lexicon/schema.js';

test('the required literals are read from the pattern: runs, combined as the pattern combines them', (t) => {
  const shown = (source: string, ignoreCase = true): string => showRequirement(requiredLiterals(source, ignoreCase));
  t.is(shown(String.raw`\bup\s+to\s+us\b`), String.raw`"\bup\b" & "\bto\b" & "\bus\b"`, 'a word boundary (\b, \s) next to a literal is kept');
  t.is(shown(String.raw`(?<!not\s)\bLet us\b`), String.raw`"\blet us\b"`, 'a negative lookaround is left out');
  t.is(shown(String.raw`\bDown with\b`, false), String.raw`"\bDown with\b"`, 'case kept without the i flag');
  t.is(shown(String.raw`forwards?\b`), '"forward"', 'an optional letter ends the run before it');
  t.is(shown(String.raw`no+w`), '"no"', 'a repeated letter stays once and ends the run');
  t.is(shown(String.raw`colou{0,1}r`), '"colo"');
  t.is(shown(String.raw`hands off|down with`), '"hands off" | "down with"', 'one of the alternatives');
  t.is(shown(String.raw`\b(?:we|you) must\b`), String.raw`("\bwe\b" | "\byou\b") & " must\b"`, 'boundaries reach into a group and out of it');
  t.is(shown(String.raw`(?:and\s)?the (?:\w+ )?bosses`), String.raw`"the " & "\bbosses"`, 'optional groups are left out');
  t.is(shown(String.raw`(?:hands off|x) the`), '" the"', 'an alternative without literals gives no requirement');
  t.is(shown(String.raw`(?:(?:a|b)c|de)fg`), '"fg"', 'single letters are too short to test');
  t.is(shown(String.raw`(?:(?:ab|cd)ef|gh)ij`), '(("ab" | "cd") & "ef" | "gh") & "ij"');
  t.is(shown(String.raw`\b(?:we\s+must|you\s+should)\b`), String.raw`"\bwe\b" & "\bmust\b" | "\byou\b" & "\bshould\b"`, 'each alternative keeps all it needs');
  t.is(shown(String.raw`\w+(?=\s+at\s+least\b)`), String.raw`"\bat\b" & "\bleast\b"`, "a positive lookahead's text is in the sentence too");
  t.is(shown(String.raw`(?<=\bdown\s)with`), String.raw`"\bdown\b" & "with"`, 'so is a positive lookbehind\'s');
  t.is(shown(String.raw`\b(?:he)+\b`), String.raw`"\bhe"`, 'a repeated group: its first round has the boundary before, its last the one after');
  t.is(shown(String.raw`\bhe+\b`), String.raw`"\bhe"`, 'a repeated letter: the boundary after is after its last repetition');
  t.is(shown(String.raw`\s(?<=he\s)`), String.raw`"he\b"`, 'what stands before a lookbehind says nothing of where its text starts');
  t.is(shown(String.raw`\b(?:a\s+)?he\b`), String.raw`"\bhe\b"`, 'a boundary both with an optional item and without it');
  t.is(shown(String.raw`\bthe,?\s*(?:very\s+)?same\b`), String.raw`"\bthe" & "same\b"`, '"thesame" matches too: no boundary known before "same"');
  t.is(shown(String.raw`\bthe (?:new|old) ways?\b`), String.raw`"\bthe " & ("\bnew\b" | "\bold\b") & " way"`, 'a literal space is a boundary');
  t.is(shown(String.raw`[Ww]e must\.`), '"e must"', 'a class and an escaped dot break the run');
  t.is(shown(String.raw`\p{Lu}[\p{L}-]+ gang\b`, false), String.raw`" gang\b"`);
  t.is(shown('a{x}b'), '"x}b"', 'a brace that is no quantifier is left out');
  t.is(shown(String.raw`(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)\12ab`), '"ab"', 'a back-reference of two digits is one item');
  t.is(shown(String.raw`\101pple`), '"pple"', 'so is an octal escape');
  t.is(shown('¡Viva la revolución!'), '"viva la revoluci" & "n!"', 'non-ASCII characters are left out');
});

test('a sentence that holds a pattern\'s words only inside other words is skipped', (t) => {
  const [p] = compilePatterns([{ id: 'p', note: 'n', pattern: String.raw`\b(?:he|she)\s+(?:is|was)\s+us\b` }]);
  t.true(mayMatch(p, new PatternTarget('Then he was us.')));
  t.false(mayMatch(p, new PatternTarget('The thesis was useful.')), '"he", "is" and "us" only inside other words');
});

test('a sentence that holds literals of different alternatives, but all of none, is skipped', (t) => {
  const [p] = compilePatterns([{ id: 'p', note: 'n', pattern: String.raw`\b(?:we\s+must|you\s+should)\s+act\b` }]);
  t.true(mayMatch(p, new PatternTarget('You should act now.')));
  t.false(mayMatch(p, new PatternTarget('We should act now.')), '"we" and "should" are from different alternatives');
  const [ahead] = compilePatterns([{ id: 'a', note: 'n', pattern: String.raw`\b\w+(?=\s+at\s+last\b)` }]);
  t.false(mayMatch(ahead, new PatternTarget('Free at least.')), 'the lookahead needs "last"');
});

test('mayMatch never rules out a sentence a pattern matches (every lexicon pattern, every sentence of two texts)', (t) => {
  const lexicons = loadLexicons();
  const entries = [...lexicons.lexicons.values()].filter((l) => l.kind === 'patterns').flatMap((l) => l.entries as PatternEntry[]);
  const patterns = compilePatterns(entries);
  t.true(patterns.length > 100);
  t.true(patterns.filter((p) => p.keyIds !== undefined).length > patterns.length / 2, 'most patterns have a literal to test for');
  const texts = [readFileSync(new URL('../examples/example.md', import.meta.url), 'utf8'), ...entries.flatMap((e) => [...(e.examples ?? []), ...(e.counterExamples ?? [])])];
  let skipped = 0;
  let checked = 0;
  for (const text of texts) {
    for (const s of parse(text).sentences) {
      const target = new PatternTarget(s.text);
      for (const p of patterns) {
        p.regex.lastIndex = 0;
        const matches = p.regex.test(s.text);
        checked++;
        if (!mayMatch(p, target)) {
          skipped++;
          if (matches) t.fail(`${p.entry.id} matches "${s.text}" but was ruled out`);
        }
      }
    }
  }
  t.true(skipped > checked / 2, `most regex runs are skipped (${skipped} of ${checked})`);
});

test('mayMatch is sound on generated text, including letters that fold to ASCII under case-insensitive matching', (t) => {
  const [p] = compilePatterns([{ id: 'p', note: 'n', pattern: String.raw`\bkiss\b`, flags: 'iu' }]);
  t.true(mayMatch(p, new PatternTarget('KISS me')));
  t.true(p.regex.test('\u212Aiss'), 'the Kelvin sign matches k');
  t.true(mayMatch(p, new PatternTarget('\u212Aiss')));
  t.true(mayMatch(p, new PatternTarget('ki\u017Fs')));
  t.false(mayMatch(p, new PatternTarget('kind')));
  fc.assert(
    fc.property(fc.stringMatching(/^[ikKsS \u017F\u0131\u212A]{0,12}$/), (text) => {
      p.regex.lastIndex = 0;
      return !p.regex.test(text) || mayMatch(p, new PatternTarget(text));
    }),
  );
});

test('a case-insensitive pattern runs on lower-cased text only when its source can be lower-cased safely', (t) => {
  t.is(lowerCasedSource(String.raw`\bI\s+(?:urge|ask)\b`), String.raw`\bi\s+(?:urge|ask)\b`, 'a literal capital is lower-cased');
  t.is(lowerCasedSource(String.raw`(?<Label>\p{L}+)\S\W\k<Label>`), String.raw`(?<Label>\p{L}+)\S\W\k<Label>`, 'escapes and group names stay');
  t.is(lowerCasedSource(String.raw`(?<!\bNot\s)we`), String.raw`(?<!\bnot\s)we`, 'a lookbehind is not a group name');
  t.is(lowerCasedSource(String.raw`\p{Lu}\w+ gang`), undefined, 'a cased class');
  t.is(lowerCasedSource('[A-Z]+'), undefined, 'a capital at the end of a range');
  t.is(lowerCasedSource(String.raw`\u0041merica`), undefined, 'a code-point escape');
  t.is(lowerCasedSource('revolución'), undefined, 'a cased letter outside ASCII');
  const [upper, exact] = compilePatterns([
    { id: 'u', note: 'n', pattern: String.raw`\bI\s+urge\s+(?<who>\p{L}+)`, flags: 'iu' },
    { id: 'e', note: 'n', pattern: String.raw`\bDown with\b`, flags: 'u' },
  ]);
  t.truthy(upper.lowered, 'an i-flagged pattern gets its lower-cased twin');
  t.is(exact.lowered, undefined, 'a case-sensitive pattern does not');
  const text = 'So I URGE Congress to act.';
  const [m] = matchPatterns([upper], text, { start: 0, end: text.length });
  t.is(text.slice(m.start, m.end), 'I URGE Congress');
  t.is(m.groups.who, 'Congress', 'named groups are read from the original text, in its own case');
});

test('the lower-cased twins find exactly what the case-insensitive patterns find (every lexicon pattern, generated text)', (t) => {
  const lexicons = loadLexicons();
  const entries = [...lexicons.lexicons.values()].filter((l) => l.kind === 'patterns').flatMap((l) => l.entries as PatternEntry[]);
  const patterns = compilePatterns(entries);
  const twins = patterns.filter((p) => p.lowered);
  t.true(twins.length > patterns.length * 0.9, `most patterns have a twin (${twins.length} of ${patterns.length})`);
  // What matchPatterns finds with the twins, against the original expressions run on the original text.
  const byOriginals = (text: string): string[] =>
    patterns.flatMap((p) => [...text.matchAll(p.regex)].filter((m) => m[0].length > 0).map((m) => `${p.entry.id}@${m.index}:${m[0].length}:${JSON.stringify(m.groups ?? {})}`));
  const byMatcher = (text: string): string[] =>
    matchPatterns(patterns, text, { start: 0, end: text.length }).map((m) => `${m.entry.id}@${m.start}:${m.end - m.start}:${JSON.stringify(m.groups)}`);
  const same = (text: string): boolean => JSON.stringify(byMatcher(text).sort()) === JSON.stringify(byOriginals(text).sort());
  const examples = entries.flatMap((e) => [...(e.examples ?? []), ...(e.counterExamples ?? [])]);
  for (const text of examples) if (!text.includes('\n') && !same(text)) t.fail(`the twins differ on "${text}"`);
  const words = ['we', 'WE', 'must', 'Let', 'us', 'I', 'urge', 'the', 'Congress', 'enemy', 'İstanbul', 'ſtand', 'K', 'ı', 'Down', 'with', '!', ',', '—'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 10 }), (ws) => same(ws.join(' '))));
});

// Words that hide inside one another (he in the and she, we in were, us in use, at in that), so that word boundaries
// decide whether a text holds a literal.
const WORDS = ['he', 'the', 'she', 'we', 'were', 'us', 'use', 'a', 'at', 'that', 'k'];
/** A generated pattern's source, and a text written to match it (its assertions may still fail there). */
type Sample = [source: string, text: string];
/** Pattern items other than words, each with texts it matches. */
const MARKS: [string, string[]][] = [
  [' ', [' ']],
  [String.raw`\s+`, [' ', '  ']],
  [String.raw`\s*`, ['', ' ']],
  [String.raw`\s`, [' ']],
  [String.raw`\W`, [',', ' ']],
  [String.raw`\W*`, ['', '-', ', ']],
  [String.raw`\b`, ['']],
  [String.raw`\b`, ['']],
  [String.raw`\B`, ['']],
  ['[ ,]', [' ', ',']],
  ['.', ['a', ' ']],
  [String.raw`\w*`, ['', 'e', 'us']],
  ['^', ['']],
  ['$', ['']],
  [',?', ['', ',']],
  ["'", ["'"]],
  ['-', ['-']],
];
const repeated = (text: string, quantifier: string, times: number): string =>
  text.repeat({ '': 1, '?': times % 2, '+': 1 + (times % 2), '*': times, '{2}': 2, '{1,2}': 1 + (times % 2) }[quantifier] ?? 1);
const { pattern: samplePattern } = fc.letrec<{ pattern: Sample; sequence: Sample; item: Sample }>((tie) => ({
  pattern: fc
    .tuple(fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }), fc.nat())
    .map(([alternatives, pick]): Sample => [alternatives.map((a) => a[0]).join('|'), alternatives[pick % alternatives.length][1]]),
  sequence: fc.array(tie('item'), { minLength: 1, maxLength: 4 }).map((items): Sample => [items.map((i) => i[0]).join(''), items.map((i) => i[1]).join('')]),
  item: fc.oneof(
    { depthSize: 'small' },
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...WORDS), fc.constantFrom('', '', '', '', '?', '+', '*', '{2}'), fc.nat(2))
        .map(([w, q, n]): Sample => [w + q, w.slice(0, -1) + repeated(w.slice(-1), q, n)]),
    },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...MARKS), fc.nat()).map(([[source, texts], pick]): Sample => [source, texts[pick % texts.length]]) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('(?:', '(?:', '(', '(?=', '(?!', '(?<=', '(?<!'), tie('pattern'), fc.constantFrom('', '', '?', '+', '*', '{1,2}'), fc.nat(2))
        .map(([open, [source, text], q, n]): Sample => {
          // A lookaround takes no quantifier; a positive one is written with the text it looks at, a negative one with none.
          if (open === '(?=' || open === '(?<=') return [`${open}${source})`, text];
          if (open === '(?!' || open === '(?<!') return [`${open}${source})`, ''];
          return [`${open}${source})${q}`, repeated(text, q, n)];
        }),
    },
  ),
}));
const TEXT_UNITS = [...WORDS, 'e', 's', 'K', '\u017F', 'A', 'We', ' ', ' ', ' ', ' ', '', ',', "'", '-', '_', '  '];
const textOf = (maxLength: number) => fc.array(fc.constantFrom(...TEXT_UNITS), { maxLength }).map((units) => units.join(''));

test('property: mayMatch never rules out a text the pattern matches (generated patterns and texts)', (t) => {
  let matched = 0;
  t.notThrows(() =>
    fc.assert(
      fc.property(samplePattern, fc.constantFrom('i', '', 'iu', 'u'), textOf(3), textOf(3), fc.array(textOf(12), { maxLength: 4 }), ([source, sample], flags, before, after, texts) => {
        let compiled;
        try {
          [compiled] = compilePatterns([{ id: 'p', note: 'n', pattern: source, flags }]);
        } catch {
          return true; // Not a valid expression under these flags.
        }
        for (const text of [before + sample + after, sample, ...texts]) {
          compiled.regex.lastIndex = 0;
          if (!compiled.regex.test(text)) continue;
          matched++;
          if (!mayMatch(compiled, new PatternTarget(text))) return false;
        }
        return true;
      }),
      { numRuns: 3000 },
    ),
  );
  t.true(matched > 3000, `the texts often match (${matched} times)`);
});

test('a compiled pattern makes its regular expressions when first asked for them', (t) => {
  const made: string[] = [];
  const original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string, string?]) {
      made.push(String(args[0]));
      return new target(...args);
    },
  });
  try {
    const [p] = compilePatterns([{ id: 'p', note: 'n', pattern: String.raw`\bLazy\s+Pattern\b` }]);
    t.deepEqual(made.filter((s) => s.includes('azy')), [], 'none made by compiling');
    t.false(mayMatch(p, new PatternTarget('Nothing here.')));
    t.is(p.lowered?.source, String.raw`\blazy\s+pattern\b`);
    t.deepEqual(made.filter((s) => s.includes('azy')), [String.raw`\blazy\s+pattern\b`], 'the lower-cased twin, once asked for');
    t.is(p.regex.source, String.raw`\bLazy\s+Pattern\b`);
    t.is(p.regex, p.regex, 'made once');
  } finally {
    globalThis.RegExp = original;
  }
});
