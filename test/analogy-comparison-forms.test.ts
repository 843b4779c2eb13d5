// Historical analogy: "let us not forget" a past case, "much as" a past case, "the same kind of … as" a past case, and
// the amount compared with "as much as … did", which is no analogy. All sentences here were written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';

/** The rules of the scored historical-analogy findings of the sentence that starts with `opening`. */
const rulesIn = (text: string, opening: string, year = 1960): string[] => {
  const r = analyze(text, { devices: ['historical_analogy'], year });
  const at = text.indexOf(opening);
  const s = r.sentences.find((x) => x.start <= at && at < x.end)!;
  return r.findings.filter((f) => f.scored && f.sentence === s.index).map((f) => f.rule);
};

test('"Let us not forget" a past case told just before draws its lesson', (t) => {
  const text = 'The canal towns prospered for a generation. Let us not forget that the panic of 1837 began with a run on the canal banks.';
  t.deepEqual(rulesIn(text, 'Let us not forget'), ['analogy-remember']);
  t.deepEqual(rulesIn('Let us not forget to file the report before the council meets.', 'Let us not forget'), []);
});

test('"much as" a past case likens the present to it; a concessive "much as" and an amount do not', (t) => {
  t.deepEqual(rulesIn('Our answer must be bold, much as the Erie Canal was bold for its day.', 'Our answer'), ['analogy-just-as']);
  t.deepEqual(rulesIn('Much as we admire the Erie Canal, the new railway is faster.', 'Much as'), []);
  t.deepEqual(rulesIn('The harbour cost twice as much as the Erie Canal did.', 'The harbour'), []);
});

test('"the same kind of … as" a past case states a likeness', (t) => {
  const text = 'The valley needs new roads. We shall give the farms the same kind of lift as the Homestead Act gave the West.';
  t.deepEqual(rulesIn(text, 'We shall give'), ['analogy-same-as']);
});
