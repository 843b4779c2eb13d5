import test from 'ava';
import fc from 'fast-check';
import { LiteralIndex, scanHas } from '../src/lexicon/literal-index.js';
import type { Literal } from '../src/lexicon/literals.js';

const plain = (text: string): Literal => ({ text, wordStart: false, wordEnd: false });

/** What the index must agree with: a plain substring search for each literal. */
function expected(literals: readonly string[], text: string): boolean[] {
  return literals.map((l) => text.includes(l));
}

/** The same with word boundaries: some place where the text holds the literal, with no word character next to it where it asks. */
function expectedBounded(literals: readonly Literal[], text: string): boolean[] {
  const word = /[A-Za-z0-9_]/;
  return literals.map(({ text: l, wordStart, wordEnd }) => {
    for (let at = text.indexOf(l); at >= 0; at = text.indexOf(l, at + 1)) {
      if (wordStart && at > 0 && word.test(text[at - 1])) continue;
      if (wordEnd && at + l.length < text.length && word.test(text[at + l.length])) continue;
      return true;
    }
    return false;
  });
}

function found(index: LiteralIndex, ids: readonly number[], text: string): boolean[] {
  const scan = index.scan(text);
  return ids.map((id) => scanHas(scan, id));
}

test('a scan finds exactly the literals the text contains, overlapping and nested ones included', (t) => {
  const index = new LiteralIndex();
  const literals = ['he', 'she', 'his', 'hers', 'us', 'must', ' must', 'let us', 'up to'];
  const ids = literals.map((l) => index.intern(plain(l)));
  for (const text of ['ushers', 'let us go', 'we must', 'it is up to us', 'nothing here', 'h', 'sh', 'mus', 'sHe', '']) {
    t.deepEqual(found(index, ids, text), expected(literals, text), text);
  }
});

test('interning the same literal twice gives one number; adding a literal changes the version and later scans see it', (t) => {
  const index = new LiteralIndex();
  const a = index.intern(plain('down with'));
  t.is(index.intern(plain('down with')), a);
  const before = index.version;
  const before1 = index.scan('hands off the land');
  const b = index.intern(plain('hands off'));
  t.not(index.version, before);
  t.not(before1.version, index.version, 'a scan made before the literal was added is stale');
  t.true(scanHas(index.scan('hands off the land'), b));
  t.false(scanHas(index.scan('hands off the land'), a));
});

test('property: a scan agrees with includes for any literals and text, non-ASCII and surrogate pairs included', (t) => {
  const unit = fc.constantFrom('a', 'b', 'c', ' ', "'", 'é', '—', '\u{1F600}', 'ab', 'ba');
  const word = fc.array(unit, { minLength: 1, maxLength: 5 }).map((u) => u.join(''));
  t.notThrows(() =>
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(unit, { maxLength: 40 }), (literals, units) => {
        const index = new LiteralIndex();
        const ids = literals.map((l) => index.intern(plain(l)));
        const text = units.join('');
        const got = found(index, ids, text);
        const want = expected(literals, text);
        return got.every((g, i) => g === want[i]);
      }),
      { numRuns: 500 },
    ),
  );
});

test('a literal with a word boundary is found only where no word character touches it on that side', (t) => {
  const index = new LiteralIndex();
  const literals: Literal[] = [
    { text: 'he', wordStart: true, wordEnd: true },
    { text: 'he', wordStart: false, wordEnd: false },
    { text: 'we', wordStart: true, wordEnd: false },
    { text: "'s", wordStart: false, wordEnd: true },
  ];
  const ids = literals.map((l) => index.intern(l));
  t.not(ids[0], ids[1], 'the same text with other boundaries is another literal');
  const cases: [string, boolean[]][] = [
    ['the other', [false, true, false, false]],
    ['he said', [true, true, false, false]],
    ['so he', [true, true, false, false]],
    ['she, he.', [true, true, false, false]],
    ['were we', [false, false, true, false]],
    ["it's over", [false, false, false, true]],
    ["it'son", [false, false, false, false]],
    ['he_', [false, true, false, false]],
  ];
  for (const [text, want] of cases) t.deepEqual(found(index, ids, text), want, text);
});

test('property: a scan agrees with a search that checks the boundaries, for any literals and text', (t) => {
  const unit = fc.constantFrom('a', 'b', ' ', "'", '_', '1', 'é', 'ab');
  const literal = fc.record({ text: fc.array(unit, { minLength: 1, maxLength: 3 }).map((u) => u.join('')), wordStart: fc.boolean(), wordEnd: fc.boolean() });
  t.notThrows(() =>
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 10 }), fc.array(unit, { maxLength: 30 }), (literals, units) => {
        const index = new LiteralIndex();
        const ids = literals.map((l) => index.intern(l));
        const text = units.join('');
        return JSON.stringify(found(index, ids, text)) === JSON.stringify(expectedBounded(literals, text));
      }),
      { numRuns: 500 },
    ),
  );
});
