// A run of "They …" sentences that say nothing hostile carries an out-group on only when the out-group was the subject of
// the sentence that named it; named elsewhere ("the threats of every foe"), the "They" of the next sentences takes up that
// sentence's subject (the delegates), and a later "They … the people" is no contrast. Sentences written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';

const themAt = (text: string, from: number): string[] =>
  analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.device === 'us_them' && f.scored && f.start >= from).map((f) => f.rule);

test('an out-group named outside the subject is not carried past a run of neutral "They" sentences', (t) => {
  const text = 'The delegates read the letters of their friends and the threats of every foe to the republic. They had met in the spring. They had sat through the summer. They must have reflected that the people have a right to a working government.';
  t.deepEqual(themAt(text, text.indexOf('They must')), []);
});

test('an out-group named as the subject is still carried through a run of "They" sentences', (t) => {
  const text = 'Our enemies have burned the bridge at the ford. They had promised a truce in the spring. They had sent envoys in the summer. They must think that we will wait forever.';
  t.true(themAt(text, text.indexOf('They must')).includes('us-them-contrast'));
});
