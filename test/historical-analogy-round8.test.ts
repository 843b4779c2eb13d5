// Historical analogy, round 8: two precision guards (a pointer back at "such instances" needs a dated case; a past case
// referred back to by "this cannot happen again" must be told in the past) and recall rules for the forebears held up
// as a model, the nation now set beside its beginning or a remote past just told, "no more … than" a past case, and a
// counterfactual on a past people's government. For each, a sentence it must flag and one it must leave alone.
// All sentences written for these tests.

import test from 'ava';
import { analogyRules as rulesOf, scoredAnalogies as scored } from './helpers/history-findings.js';

test('"such instances" after a general claim about "our past history" points at no case told', (t) => {
  const text = 'Written in 1857. Whenever in our past history doubtful powers were exercised, they brought unhappy consequences. Many such instances might be adduced.';
  t.false(rulesOf(text).includes('analogy-these-examples'));
});

test('"these examples" after a named past case still draws its lesson', (t) => {
  const text = 'Written in 1788. The Achaean League fell for the want of a common treasury. These examples are not unworthy of our attention.';
  t.true(scored(text).some((f) => f.rule === 'analogy-these-examples' && f.sentence.startsWith('These examples')));
});

test('"this cannot happen again" after a present state of things left by a past case is no lesson of the case', (t) => {
  const text = 'Written in 1788. Several of the States are now burdened with debts left by the last war. But this cannot happen again, if the plan be adopted.';
  t.false(rulesOf(text).includes('analogy-case-not-again'));
});

test('"we must not let it happen again" after the past case told in the past tense is still a lesson', (t) => {
  const text = 'Written in 1950. After the last war we disarmed in haste. We must not let it happen again.';
  t.true(scored(text).some((f) => f.rule === 'analogy-case-not-again' && f.sentence.startsWith('We must not')));
});

test('the men of the past held up as the model: "false to the memories of", "the faith of", "our founders\' dreams"', (t) => {
  t.true(rulesOf('Written in 1905. We shall not prove false to the memories of the men of the mighty past.').includes('analogy-model'));
  t.true(rulesOf('Written in 1929. If we hold the faith of the men of our mighty past, we shall leave these ideals stronger for our children.').includes('analogy-model'));
  t.true(rulesOf('Written in 1999. We must build the more perfect union of our founders\' dreams.').includes('analogy-model'));
});

test('fidelity to the living or to a friend is no model from the past', (t) => {
  t.deepEqual(rulesOf('Written in 1905. We shall not prove false to the memory of our friends.'), []);
  t.deepEqual(rulesOf('Written in 1999. We must build the house of our children\'s dreams.'), []);
});

test('"we are also heirs to those who …" casts the present as heirs of a past generation', (t) => {
  t.true(rulesOf('Written in 2013. We are also heirs to those who won the peace.').includes('analogy-heirs'));
  t.deepEqual(rulesOf('Written in 2013. They are also heirs to the family estate.'), []);
});

test('"as we were in the beginning" sets now beside the nation\'s beginning', (t) => {
  const text = 'Written in 2000. We must be, as we were in the beginning, a new nation.';
  t.true(scored(text).some((f) => f.rule === 'analogy-as-we-were'));
});

test('"as we were" far from the past case, or with a recent year, is no comparison with a remote past', (t) => {
  t.false(rulesOf('Written in 1837. We are as far from a settlement as we were at the time of signing the treaty of peace in 1783.').includes('analogy-as-we-were'));
  t.deepEqual(rulesOf('Written in 2000. We are stronger than we were in 1990.'), []);
});

test('"we now face" right after a remote past told sets now against it', (t) => {
  const text = 'Written in 1905. Our forefathers faced certain perils which we have outgrown. We now face other perils, which they could not foresee.';
  t.true(scored(text).some((f) => f.rule === 'analogy-now-we-face' && f.sentence.startsWith('We now face')));
});

test('"we now face" after the text\'s own recent story is no analogy', (t) => {
  t.deepEqual(rulesOf('Written in 1905. Prices rose last spring. We now face a deficit.'), []);
  t.false(rulesOf('Written in 1905. The tariff was raised in 1897. We now face a deficit.').includes('analogy-now-we-face'));
});

test('"no more … than" a remote past case could is a comparison with it', (t) => {
  const text = 'Written in 2013. We can no more meet the demands of today alone than our soldiers could have met the armies of World War II with muskets.';
  t.true(rulesOf(text).includes('analogy-no-more-than'));
});

test('"no more … than" a recent year is bookkeeping, not an analogy', (t) => {
  t.deepEqual(rulesOf('Written in 2013. We can no more afford this program than we could afford it in 2009.'), []);
});

test('a counterfactual on a past people\'s government ("if their government had …") makes the past case a lesson', (t) => {
  const text = 'Written in 1788. What anguish would the people of Athens have escaped if their government had contained a senate?';
  t.true(rulesOf(text).includes('analogy-counterfactual'));
  t.deepEqual(rulesOf('Written in 1788. If their government had contained a senate, the town would be richer.'), []);
});

test('"we have faced hard times before" with no past case named near it is a general claim', (t) => {
  t.deepEqual(rulesOf('Written in 1967. Let us remember that we have been tested before and America has never been found wanting. We will not fail now.'), []);
});

test('"not the first time" with the precedent named in the next sentence is still a precedent', (t) => {
  const text =
    'Written in 1835. This is not the first time that the government of France has objected to the messages of our Presidents. President Washington fell under the censure of the French Directory.';
  t.true(rulesOf(text).includes('analogy-faced-before'));
});

test('"a new American revolution" proposed by the nation\'s own speaker is a name for a programme, not a likening', (t) => {
  t.deepEqual(rulesOf('Written in 1985. But a second American Revolution must carry the promise of opportunity for all.'), []);
  t.deepEqual(rulesOf('Written in 1971. We can open the way to a new American revolution, a peaceful one.'), []);
});

test('"a second <another nation\'s revolution>" is still a likening', (t) => {
  t.true(rulesOf('Written in 2006. The oligarchs fear a second French Revolution in Caracas.').includes('analogy-a-new'));
});

test('"so long ago as 1844" dates a claim of the text\'s own record, it places nothing in the remote past', (t) => {
  const text = 'Written in 1858. We must press the matter. The claims were for duties exacted from our vessels in Cuba so long ago as the year 1844. We will settle them.';
  t.false(rulesOf(text).includes('analogy-remote-past'));
});

test('"the men in the past year" is a time span of the text\'s own record, not the men of the past', (t) => {
  t.deepEqual(rulesOf('Written in 1950. We must be worthy of the men in the past two years who enlisted.'), []);
  t.deepEqual(rulesOf('Written in 1950. We face hard choices today. The men of the past decade built our roads and our schools. We must now build again.'), []);
  t.deepEqual(rulesOf('Written in 1950. We must be worthy of the men of the recent past.'), []);
  t.true(rulesOf('Written in 1950. We must be worthy of the men of the mighty past.').includes('analogy-model'));
});
