import test from 'ava';
import { LexiconSet, loadLexicons } from '../src/lexicon/load.js';

test('derived values are built once per lexicon set and kept apart by key and by set', (t) => {
  const set = new LexiconSet();
  let builds = 0;
  const first = set.derived('k', () => ({ n: ++builds }));
  t.is(set.derived('k', () => ({ n: ++builds })), first);
  t.is(builds, 1);
  t.not(set.derived('other', () => ({ n: ++builds })), first);
  t.not(new LexiconSet().derived('k', () => ({ n: ++builds })), first, 'another set builds its own');
  t.is(loadLexicons().derived('same-process', () => 1), loadLexicons().derived('same-process', () => 2), 'the loaded set is cached per process');
});
