// Which verbs tell the past for the rules that need a sentence told in the past tense (history-grandparents): irregular past
// forms (lexicons/history-words.json past-tense-irregular), and verbs whose past is spelled as the present ("cost", "put",
// past-tense-same-as-present) after a singular subject and before their object. All sentences written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';

/** The sentence in a neutral frame, so the first line is not taken for a title. */
const frame = (sentence: string) => `The meeting went on for hours.\n\n${sentence}\n\nThen everyone went home.`;
const references = (sentence: string) =>
  analyze(frame(sentence), { devices: ['historical_analogy'] })
    .findings.filter((f) => f.device === 'historical_analogy')
    .map((f) => f.quote.toLowerCase());

test('an irregular past form tells what the grandparents did', (t) => {
  t.true(references('Our grandfathers rebuilt the mill after the fire.').includes('our grandfathers'));
  t.true(references('Our grandmothers wove the sails for the whole harbour.').includes('our grandmothers'));
});

test('a past spelled as the present tells the past after a singular subject, before its object', (t) => {
  t.true(references('Remember what that panic cost your grandfathers.').some((q) => q.includes('your grandfathers')));
  t.true(references('The new levy cost our grandparents their savings.').includes('our grandparents'));
  // The same verbs in the present, after a modal or a plural subject, or as nouns: no past told.
  t.false(references('Tell the banks what the crash would cost our grandparents.').some((q) => q.includes('our grandparents')));
  t.false(references('Bring your grandparents, since the tickets cost us nothing.').some((q) => q.includes('your grandparents')));
  t.false(references('A tax cut, the mayor says, helps our grandparents most.').some((q) => q.includes('our grandparents')));
});
