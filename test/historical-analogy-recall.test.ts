// Historical analogy, session 34: comparing sentences the rules missed on unseen text — a past case remembered on
// command, the same warnings heard before, "as so many nights before", "just as they once warned", "a like fate",
// "the verdict of 1832", "the Carnegie of the software age" — and the look-alikes they must leave alone: a reminder with
// no past case, the speaker's own past, a count of occasions. All sentences written for these tests.

import test from 'ava';
import { analogyRules as rulesOf, scoredAnalogies } from './helpers/history-findings.js';

/** The rule that flags `sentence` (a sentence of `text`), or undefined. */
const ruleOf = (text: string, sentence: string, year: number): string | undefined =>
  scoredAnalogies(text, year).find((f) => f.sentence === sentence)?.rule;

test('a past case the audience is told to remember, named in the sentence or just told, is a lesson', (t) => {
  t.is(ruleOf('On the night of the count, remember Sharpeville.', 'On the night of the count, remember Sharpeville.', 2026), 'analogy-remember-case');
  t.is(ruleOf('Remember the weavers who were left to starve in 1842.', 'Remember the weavers who were left to starve in 1842.', 2026), 'analogy-remember-case');
  const told = 'In 1912 the weavers of the valley were promised a hearing and got a lockout. The owners waited until the strike fund ran dry. Remember that, friends.';
  t.is(ruleOf(told, 'Remember that, friends.', 2026), 'analogy-remember-that');
  // No past case: a reminder about now, or one about the speaker's own week.
  t.deepEqual(rulesOf('Remember the meeting at the union hall on Friday.', 2026), []);
  t.deepEqual(rulesOf('On Friday, remember to bring your card.', 2026), []);
  // The speaker's own past is no past case to learn from.
  t.deepEqual(rulesOf('Meanwhile, remember that from 1962 to 1970 I myself sat on the harbour board.', 2026), []);
  t.deepEqual(rulesOf('The ferry leaves at nine tomorrow. Remember that.', 2026), []);
});

test('the present set beside past occasions it repeats: warnings heard before, "as so many nights before", "just as they once"', (t) => {
  const warned = 'In 1958 the shipowners said the new pilots would sink the port. We have heard the warnings before.';
  t.is(ruleOf(warned, 'We have heard the warnings before.', 2026), 'analogy-seen-this-before');
  t.deepEqual(rulesOf('Tonight, as on so many nights before, the lifeboat crews are out on the firth.', 1990), ['analogy-as-many-before']);
  t.deepEqual(rulesOf('The landlords say the rent board will empty the city, just as they once said that the eight-hour day would close the mills.', 2026), ['analogy-just-as-once']);
  // Counting, not comparing; the speaker's own past.
  t.deepEqual(rulesOf('Tonight, as many as thirty boats are out on the firth.', 1990), []);
  t.deepEqual(rulesOf('The square is empty tonight, just as I once told you it would be.', 2026), []);
  t.deepEqual(rulesOf('The committee has heard the warnings before and answered them in March.', 2026), []);
});

test('a fate, a verdict or a figure of the past cast onto now', (t) => {
  const league =
    'The hill leagues of the north had no common purse, and their neighbours took them one by one in the wars of 1460. Let no one suppose that a like fate could not overtake a union that can command nothing.';
  t.is(ruleOf(league, 'Let no one suppose that a like fate could not overtake a union that can command nothing.', 2026), 'analogy-same-event-follow');
  t.deepEqual(rulesOf('The ballot in June will be the landslide of 1906.', 2026), ['analogy-will-be-year']);
  t.deepEqual(rulesOf('The papers call her the Carnegie of the software age.', 2026), ['analogy-x-of-today']);
  // A record to come, a future year, old age: no past case.
  t.deepEqual(rulesOf('The harvest will be the largest of 2027.', 2026), []);
  t.deepEqual(rulesOf('A pension is the comfort of the old age of many.', 2026), []);
  t.deepEqual(rulesOf('If the dam is not mended, a like fate could overtake the lower town.', 2026), []);
});

test('"they were wrong in <year>" after a past case told sets up "they are wrong now"', (t) => {
  const text = 'In 1956 the mill owners told our grandparents that a union would close the valley. They were wrong in 1956. They are wrong now.';
  t.is(ruleOf(text, 'They were wrong in 1956.', 2026), 'analogy-were-so-then');
  t.is(ruleOf(text, 'They are wrong now.', 2026), 'analogy-are-so-now');
  t.deepEqual(rulesOf('The forecasters were wrong in 2024.', 2026), []);
});

test('"<a generation or more> later," with the present said to repeat the past case, or match it', (t) => {
  const text = 'In 1968 the students of the capital sat in the streets for a month and won the vote at eighteen. Fifty-eight years later, that vote is being taken away again.';
  t.is(ruleOf(text, 'Fifty-eight years later, that vote is being taken away again.', 2026), 'analogy-years-later-again');
  const hour = 'In the winter of 1941 the island stood alone. Tonight, almost half a century later, our danger is less immediate, but the need for patience is just as great.';
  t.is(ruleOf(hour, 'Tonight, almost half a century later, our danger is less immediate, but the need for patience is just as great.', 1990), 'analogy-years-later-again');
  // A year on, a guest in the gallery, a story told in the past tense: no present set beside the past.
  t.deepEqual(rulesOf('A year later, the harbour is busy again.', 2026), []);
  t.deepEqual(rulesOf('Fifty years later, the old pilots are here with us in the gallery tonight.', 2026), []);
  t.deepEqual(rulesOf('Two years later, the army marched again.', 2026), []);
});

test('"Take Prohibition.": a named past case brought up as the example; a road or a report is not', (t) => {
  t.is(ruleOf('Take the Weimar Republic. Its parliament voted away its own powers.', 'Take the Weimar Republic.', 2026), 'analogy-take-the-case');
  t.deepEqual(rulesOf('Take the Harbour Road to the station.', 2026), []);
  t.deepEqual(rulesOf('Consider the Finance Committee’s report before the vote.', 2026), []);
});

test('after a past case told, the present measured against it: "poorer than the Ruhr was then", "showed the same method"', (t) => {
  const ruhr = 'In the 1930s the Ruhr was the poorhouse of Europe, its pits idle and its towns emptying. Our province today is poorer than the Ruhr was then, and its rulers are just as idle.';
  t.is(ruleOf(ruhr, 'Our province today is poorer than the Ruhr was then, and its rulers are just as idle.', 2026), 'analogy-than-was-then');
  const coups = 'In 1973 the officers of the capital swore loyalty to the elected government and then shelled its palace. The colonels of the northern republic in 1981 showed the same method on a smaller stage.';
  t.is(ruleOf(coups, 'The colonels of the northern republic in 1981 showed the same method on a smaller stage.', 2026), 'analogy-the-same-as-told');
  // No past case before the comparison; a comparison of figures.
  t.deepEqual(rulesOf('The river rose in March. The town is drier now than it was then.', 2026), []);
  t.deepEqual(rulesOf('The market opened on Monday. The stalls showed the same goods as ever.', 2026), []);
});
