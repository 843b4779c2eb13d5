// Historical-analogy precision guards (records, the recent past set against "today", other peoples' forebears, the
// recent record, a disease's name, settlers before the frontier closed): for each, a sentence it must leave alone and one
// it must still flag; and an authority quoted. All sentences written for these tests.

import test from 'ava';
import { analogyRules as rulesOf, scoredAnalogies as scored } from './helpers/history-findings.js';

test('a record dated by a past case ("the worst … since", "for the first time since") is not an analogy', (t) => {
  t.deepEqual(rulesOf('Written in 1990. This is the worst drought since the Dust Bowl.'), []);
  t.deepEqual(rulesOf('Written in 1990. For the first time since the Korean War, the budget is balanced.'), []);
  t.deepEqual(rulesOf('Written in 1990. Not since the Second World War have so many men been at work.'), []);
});

test('"not since" and "this way since" that set the present beside a past case are still analogies', (t) => {
  t.deepEqual(rulesOf('Written in 1990. Not since the Civil War have the states been so quarrelsome.'), ['analogy-since-the-days']);
  t.deepEqual(rulesOf('Written in 1990. The tariff question has been this way since the Civil War.'), ['analogy-since-the-days']);
});

test('"today" after a past case of the text\'s own lifetime is its own record, not a then-and-now analogy', (t) => {
  const text = 'Written in 2013. The terrorists struck us on 9/11 and killed thousands. Today the network that attacked us is a shadow of itself.';
  t.false(rulesOf(text).includes('analogy-then-now'));
  const recentWar = 'Written in 1960. The price supports were raised during the Second World War. Today the farm problem is different.';
  t.false(rulesOf(recentWar).includes('analogy-then-now'));
});

test('"today" after a past case two generations back still sets then against now', (t) => {
  const text = 'Written in 1950. In the Civil War the nation was split in two and brother fought brother. Today the nation stands united.';
  t.true(scored(text).some((f) => f.rule === 'analogy-then-now' && f.sentence.startsWith('Today')));
});

test('"today" with a count set against an earlier count is a statistic, not a then-and-now analogy; "then as now" needs a past case named near it', (t) => {
  const count = 'Written in 2006. In 1946 there were 15 such schools in the state. Today, there are 122.';
  t.false(rulesOf(count).includes('analogy-then-now'));
  // The same turn to the present with no count still is one.
  t.true(rulesOf('Written in 2006. In 1946 the state had one school for the blind. Today we must do better than they did.').includes('analogy-then-now'));
  // "Then as now" about the text's own recent story (a treaty of seven years before) is no analogy; about a case two
  // generations back it is.
  t.false(rulesOf('Written in 1979. We signed the first arms treaty in 1972. The purpose of the treaty, then as now, is to make both nations safer.').includes('analogy-then-as-now'));
  t.true(rulesOf('Written in 1979. In 1917 the nation went to war to make the world safe. The purpose, then as now, is to make the world safer.').includes('analogy-then-as-now'));
});

test('a level or a number "not seen since" a past case is a record, not a precedent; a spirit "not seen since" it is one', (t) => {
  t.false(rulesOf('Written in 2013. Now is the time to reach a level of research not seen since the Space Race.').includes('analogy-since-the-days'));
  t.true(rulesOf('Written in 2013. A spirit of common purpose not seen since the Space Race is abroad in the land.').includes('analogy-since-the-days'));
});

test('"their ancestors" of another people, with no word of the nation, is not the nation\'s remote past', (t) => {
  const text = 'Written in 1886. We must give the tribes land of their own. They kept the hunting grounds of their ancestors for many years. We shall teach them to farm.';
  t.false(rulesOf(text).includes('analogy-remote-past'));
});

test('"our ancestors" told between sentences about now is still the nation\'s remote past', (t) => {
  const text = 'Written in 1886. We must keep faith with the republic. Our ancestors crossed the sea to find freedom. We shall not fail them.';
  t.true(scored(text).some((f) => f.rule === 'analogy-remote-past' && f.sentence.startsWith('Our ancestors')));
});

test('a remote case named in a sentence about last month (a commemoration) is the text\'s own story', (t) => {
  const recent = 'Written in 1976. We must look ahead. Last July the nation celebrated the day our forefathers signed the Declaration of Independence. We will build on it.';
  t.false(rulesOf(recent).includes('analogy-remote-past'));
  const remote = 'Written in 1976. We must look ahead. Two centuries ago our forefathers signed the Declaration of Independence. We will build on it.';
  t.true(rulesOf(remote).includes('analogy-remote-past'));
});

test('"bubonic plague" names a disease, not the Black Death; the Black Death by name is still a past case', (t) => {
  t.deepEqual(scored('Written in 1912. The sanitary service suppressed smallpox and the bubonic plague in the islands.'), []);
  t.true(rulesOf('Written in 1950. Like the Black Death, the new disease may sweep whole nations.').includes('analogy-like'));
});

test('settlers, pioneers and the frontier are the text\'s own present before 1890, and the past after it', (t) => {
  t.deepEqual(rulesOf('Written in 1845. Our people are no less patriotic than the pioneers of the West.'), []);
  t.deepEqual(rulesOf('Written in 1950. Our people are no less patriotic than the pioneers of the West.'), ['analogy-comparative']);
  // "The early settlers" and "the colonists" are past in any text.
  t.deepEqual(rulesOf('Written in 1850. Our people are no less patriotic than the early settlers of Virginia.'), ['analogy-comparative']);
});

test('a year that names a legal instrument ("the treaty of 1818") is the instrument applied, not a remote past told', (t) => {
  const treaty = 'Written in 1886. We must protect our fishermen. Under the treaty of 1818 they took fish in common with British subjects. We shall insist on that right.';
  t.false(rulesOf(treaty).includes('analogy-remote-past'));
  const act = 'Written in 1906. We must tax great inheritances. The act of July 6, 1797 first laid such a tax. We shall lay it again.';
  t.false(rulesOf(act).includes('analogy-remote-past'));
  const told = 'Written in 1886. We must protect our fishermen. In 1818 the republic won the right to fish in those waters. We shall insist on that right.';
  t.true(rulesOf(told).includes('analogy-remote-past'));
});

test('the Monroe Doctrine is the policy in force until the Cuban crisis, and a past case after it', (t) => {
  const inForce = 'Written in 1906. We must keep the peace of the hemisphere. Our assertion of the Monroe Doctrine was misread by our neighbours. We will explain it.';
  t.false(rulesOf(inForce).includes('analogy-remote-past'));
  t.true(rulesOf('Written in 2020. This new policy is reminiscent of the Monroe Doctrine.').length > 0);
  t.deepEqual(rulesOf('Written in 1906. This new policy is reminiscent of the Monroe Doctrine.'), []);
});

test('the speaker\'s own life ("I was born in 1946") is no past case for "our generation" to carry over', (t) => {
  const own = 'Written in 1999. I was born in 1946, in a small town. The greatest concern of our generation is the future of our children.';
  t.deepEqual(rulesOf(own), []);
  const nations = 'Written in 1999. The nation was young in 1906, and its towns were small. The greatest concern of our generation is the future of our children.';
  t.true(rulesOf(nations).includes('analogy-present-link'));
});

test('the framers cited for what a constitution means are an authority, not the nation\'s past told as a model', (t) => {
  const cited = 'Written in 1889. We must guard the ballot. It was clearly in the contemplation of the framers of the Constitution that such a danger might arise. We shall enforce the law.';
  t.false(rulesOf(cited).includes('analogy-remote-past'));
  const told = 'Written in 1889. We must guard the ballot. A century ago our forefathers suffered for the right to vote. We shall enforce the law.';
  t.true(rulesOf(told).includes('analogy-remote-past'));
});

test('"as long ago as" dates a quotation and "as long as" sets a condition; "as many … as" still compares', (t) => {
  t.false(rulesOf('Written in 1958. As President McKinley said as long ago as 1901, isolation is no longer possible.').includes('analogy-the-same'));
  t.false(rulesOf('Written in 1958. The alliance will hold as long as the memory of the Second World War endures.').includes('analogy-the-same'));
  t.true(rulesOf('Written in 2021. The virus has taken as many lives in one year as the nation lost in all of the Second World War.').includes('analogy-the-same'));
});

test('"a legacy" being made or used as a simile carries no past case over; "this legacy" still does', (t) => {
  t.deepEqual(rulesOf('Written in 1992. Franklin Roosevelt built the relief programs in 1935. Relief was never meant to be passed on like a legacy.'), []);
  t.true(rulesOf('Written in 1992. Earlier generations faced down tyranny with courage. We are the stewards of this legacy.').length > 0);
  t.true(scored('Written in 1992. Franklin Roosevelt built the relief programs in 1935. Relief is this legacy we keep.').some((f) => f.rule === 'analogy-present-link'));
});

// The commemoration guard and the own-span guard of analogy-remote-past (lexicons/history-words.json:
// commemoration-words, span-prepositions, span-units, lesson-model-words).

const REMOTE = 'analogy-remote-past';

test('a remote past told right after the text\'s own commemoration, with no lesson drawn, is not held up as a model', (t) => {
  const text =
    'Written in 1990. As we mark the anniversary of the Union, the nation is still young. ' +
    'Two centuries ago our forefathers crossed a frozen river in the dark to attack a stronger army. ' +
    'We will keep the budget balanced this year.';
  t.false(scored(text).some((f) => f.rule === REMOTE));
});

test('a commemorated past still counts when a lesson or model is drawn beside it', (t) => {
  const told = 'Two centuries ago our forefathers crossed a frozen river in the dark to attack a stronger army.';
  const text = `Written in 1990. As we mark the anniversary of the Union, the nation is still young. ${told} We must find that courage again.`;
  t.true(scored(text).some((f) => f.rule === REMOTE && f.sentence === told));
});

test('a celebration told in the past tense is the past itself, not the text\'s occasion, and is still flagged', (t) => {
  const told = 'On the anniversary in 1876 our citizens came to Philadelphia and showed the world the telephone.';
  const text = `Written in 1990. The year ahead will test us. ${told} Think of what we will build next.`;
  t.true(scored(text).some((f) => f.rule === REMOTE && f.sentence === told));
});

test('the nation reviewing a span it has lived through up to now ("for two centuries we labored") is not a past case', (t) => {
  const text =
    'Written in 1990. The economy is strong. ' +
    'We labored for two centuries to build this prosperity. ' +
    'But we are only at the start of the road.';
  t.false(scored(text).some((f) => f.rule === REMOTE));
});

test('a point two centuries back ("two centuries ago") is not a span run up to now and is still flagged', (t) => {
  const told = 'Two centuries ago our forefathers labored to build this union.';
  const text = `Written in 1990. The economy is strong. ${told} But we are only at the start of the road.`;
  t.true(scored(text).some((f) => f.rule === REMOTE && f.sentence === told));
});

test('a span run up to now still counts when a lesson is drawn from it', (t) => {
  const told = 'We labored for two centuries to build this prosperity.';
  const text = `Written in 1990. The economy is strong. ${told} That is the lesson we must not forget.`;
  t.true(scored(text).some((f) => f.rule === REMOTE && f.sentence === told));
});

test('a person of the past cited for his words, with no case named beside him, is an authority quoted, not an analogy', (t) => {
  // Both were flagged before the guard: a remote time phrase, and a "such a time" precedent.
  t.deepEqual(rulesOf('Sixty years ago, President Eisenhower declared to this Congress that "a strong economy is the shield of a free people." We meet again to weigh the state of the nation.', 2013), []);
  t.deepEqual(rulesOf('Forty years ago, in his farewell message, President Truman predicted such a day would come.', 1990), []);
});

test('a person held up as a model, or cited inside a past case the sentence names, is still an analogy', (t) => {
  t.deepEqual(rulesOf('In our dealings abroad we shall follow the example of Andrew Jackson, who said: "We ask for what is right and yield to nothing that is wrong."', 1965), ['analogy-model']);
  const warren = 'On the eve of the War of Independence, Dr. Joseph Warren said to his neighbours, "Our country is in danger, but not lost." We, the people of today, will prove as worthy as they were.';
  t.true(scored(warren, 1981).some((f) => f.sentence.startsWith('On the eve')));
});

test('a past case as the baseline of a multiple ("twenty times as much as") is a statistic, even across a line break', (t) => {
  t.deepEqual(rulesOf('The new cruisers cost twenty times as much as the warships of the First World War.', 1960), []);
  t.deepEqual(rulesOf('The new cruisers cost twenty times as\nmuch as the warships of the First World War.', 1960), []);
  // The same comparison with no quantity is still one.
  t.deepEqual(rulesOf('Our sailors face the same peril as the men of the First World War.', 1960), ['analogy-the-same']);
});

test('a bare year cast as the likeness of now ("another 1929", "like 1938", "1914 all over again") is a past case; a count is not', (t) => {
  t.deepEqual(rulesOf('Written in 2020. The harbour towns cannot afford another 1929.'), ['analogy-a-new']);
  t.deepEqual(rulesOf('Written in 2020. In the valley it feels like 1938.'), ['analogy-like']);
  t.deepEqual(rulesOf('Written in 2020. On the border it is 1914 all over again.'), ['analogy-all-over-again']);
  t.deepEqual(rulesOf('Written in 2020. The council sent another 1500 workers to the harbour.'), []);
  t.deepEqual(rulesOf('Written in 2020. A new harbour costs like 1500 dollars a metre.'), []);
});

test('a comparison measured from a past case after "since" is a record, not a likeness ("higher than at any time since …")', (t) => {
  t.deepEqual(rulesOf('Written in 2021. The harbour tolls are higher than at any time since the Great Depression.'), []);
  t.deepEqual(rulesOf('Written in 2021. They are the first generation to be poorer than their parents since the Second World War.'), []);
  t.deepEqual(rulesOf('Written in 2021. Our troubles are greater than in the days of the Civil War.'), ['analogy-than-then']);
});

test('"today" after a past figure quoted only as an authority turns from no past case', (t) => {
  const quoted = 'Written in 1963. For two centuries we have sailed with the wind at our back. We steer our ship with hope, as Thomas Jefferson said, "never fearing the storm." Today we still welcome those winds of change.';
  t.false(scored(quoted).some((f) => f.sentence.startsWith('Today')));
});

test('…but "today" that takes up the authority\'s words to update them still sets then against now', (t) => {
  const updated = 'Written in 1963. For two centuries we have sailed with the wind at our back. We steer our ship with hope, as Thomas Jefferson said, "never fearing the storm." Today we steer our ship with hope again, never fearing the storm.';
  t.true(scored(updated).some((f) => f.rule === 'analogy-then-now' && f.sentence.startsWith('Today')));
});
