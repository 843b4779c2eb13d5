import test from 'ava';
import fc from 'fast-check';
import { LiteralIndex, scanHas } from '../src/lexicon/literal-index.js';

/** What the index must agree with: a plain substring search for each literal. */
function expected(literals: readonly string[], text: string): boolean[] {
  return literals.map((l) => text.includes(l));
}

function found(index: LiteralIndex, ids: readonly number[], text: string): boolean[] {
  const scan = index.scan(text);
  return ids.map((id) => scanHas(scan, id));
}

test('a scan finds exactly the literals the text contains, overlapping and nested ones included', (t) => {
  const index = new LiteralIndex();
  const literals = ['he', 'she', 'his', 'hers', 'us', 'must', ' must', 'let us', 'up to'];
  const ids = literals.map((l) => index.intern(l));
  for (const text of ['ushers', 'let us go', 'we must', 'it is up to us', 'nothing here', 'h', 'sh', 'mus', 'sHe', '']) {
    t.deepEqual(found(index, ids, text), expected(literals, text), text);
  }
});

test('interning the same literal twice gives one number; adding a literal changes the version and later scans see it', (t) => {
  const index = new LiteralIndex();
  const a = index.intern('down with');
  t.is(index.intern('down with'), a);
  const before = index.version;
  const before1 = index.scan('hands off the land');
  const b = index.intern('hands off');
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
        const ids = literals.map((l) => index.intern(l));
        const text = units.join('');
        const got = found(index, ids, text);
        const want = expected(literals, text);
        return got.every((g, i) => g === want[i]);
      }),
      { numRuns: 500 },
    ),
  );
});
