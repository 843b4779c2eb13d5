// Us/them: a hostile act said of a named state casts it only as the doer, never as the one the act falls on (a participle of
// loss, another subject between the name and the act, a stance someone else owns). All sentences were written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';

/** "rule=words" of the scored us/them findings of a one-paragraph text. */
const scored = (text: string): string[] =>
  analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.device === 'us_them' && f.scored).map((f) => `${f.rule}=${text.slice(f.start, f.end)}`);

test('a state that suffers the act is not cast as its doer', (t) => {
  for (const sentence of [
    // A participle of loss after the name: the farmers of the state were looted.
    'Ask the farmers of Belgium and Holland, looted of their cattle, whether our prices are too high.',
    // The act's subject is a relative pronoun for another noun ("the road through which …").
    'Throughout history, Belgium has been the road through which attacks on France have been made.',
    // The act's subject is "we".
    'Our pilots flew over Iraq as we attacked the missile sites.',
    // The war is the juntas' ("their war"), and the people are what it is waged against.
    'Our efforts will fail if the juntas win their war against the Bolivian people, and we know it.',
  ]) t.false(scored(sentence).some((f) => f.startsWith('them-named-adversary=')), sentence);
});

test('the doer of the act is still cast, a relative pronoun right after the name included', (t) => {
  t.deepEqual(scored('Germany invaded Belgium without warning.'), ['them-named-adversary=Germany']);
  t.deepEqual(scored('We remember that Mexico, which invaded our territory, has never paid.'), ['them-named-adversary=Mexico']);
  t.deepEqual(scored('Last spring Mexico brutally attacked our settlers on the river.'), ['them-named-adversary=Mexico']);
});
