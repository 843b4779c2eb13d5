// Historical analogy in modern commentary (the genre-sample round): the lead-ins that announce a past case told next
// ("we have seen this film before", "we are not the first to …", "history is clear on this"), the comparison named as
// drawn ("anyone who makes that comparison"), the lesson or judgement carried from a case just told to now ("we cannot
// make the same mistake", "they were wrong then, and they are wrong now", "that is precisely what … is now …"), and the
// founders of a charter held up as a model. For each, a passage it must flag and one it must leave alone.
// All sentences written for these tests.

import test from 'ava';
import { scoredAnalogies as scored } from './helpers/history-findings.js';

/** Whether the sentence that starts with `opening` has a scored finding of `rule` (or of any rule when none is given). */
function flagged(text: string, opening: string, rule?: string): boolean {
  return scored(text).some((f) => f.sentence.startsWith(opening) && (rule === undefined || f.rule === rule));
}

test('a lead-in flags when the case it announces is told next, dated only by a year a generation back', (t) => {
  const film = 'Written in 2026. We have seen this film before. In Chile in 1973 the owners emptied the shops and the army waited.';
  t.true(flagged(film, 'We have seen this film', 'analogy-seen-this-before'));
  t.true(flagged('Written in 2026. The party has lived through this kind of crisis before. In 1931 it split over the budget and spent a decade in opposition.', 'The party has lived', 'analogy-seen-this-before'));
  const first = 'Written in 2026. We are not the first to face such masters. In Lisbon in 1926 the officers promised order and kept power for half a century.';
  t.true(flagged(first, 'We are not the first', 'analogy-not-the-first'));
});

test('a lead-in with no past case around it, or only a recent one, stays unflagged', (t) => {
  t.false(flagged('Written in 2026. We have seen this film before. The trailer ran for a month last spring.', 'We have seen'));
  t.false(flagged('Written in 2026. We are not the first to face such masters. In 2019 the dockers of Brest lost the same fight.', 'We are not the first'));
  // Only words for a situation, an argument or a script: a document seen before is no echo of a past case.
  t.false(flagged('Written in 2026. In 1862 the president wrote to the editor about the Union. Scholars have seen this letter before, but few have read it closely.', 'Scholars have seen'));
  // A past person who "was not the first to …" is the past case's own story, not a precedent set beside now.
  t.false(flagged('Written in 2026. The Congress of Vienna met in 1815. Its secretary was not the first to speak at the opening.', 'Its secretary'));
  // A year of the text's own story in a forecast is no case told.
  t.false(flagged('Written in 2026. We have seen this film before. In 1990 prices will not matter to anyone.', 'We have seen'));
});

test('"history is clear" and "the same lesson can be drawn from" open the case told next', (t) => {
  t.true(flagged('Written in 2026. History is painfully clear here. The Weimar Republic was emptied by decrees that each seemed temporary.', 'History is painfully clear', 'analogy-history-instructs'));
  t.false(flagged('Written in 2026. History is painfully clear here. The committee will meet on Monday.', 'History is painfully clear'));
  const lesson = 'Written in 2026. The same lesson can be drawn from a quieter chapter. In the early 1950s Senator Joseph McCarthy ruined careers with lists he never showed.';
  t.true(flagged(lesson, 'The same lesson', 'analogy-history-instructs'));
  t.false(flagged('Written in 2026. The same lesson can be drawn from a quieter chapter. The second volume of the manual explains the filing.', 'The same lesson'));
});

test('making "that comparison" with a historical figure named in the sentence is a likening, even disclaimed', (t) => {
  t.true(flagged('We do not say that the mayor is Mussolini, and we distrust anyone who draws that comparison lightly.', 'We do not say', 'analogy-compared-to'));
  t.false(flagged('We do not say that the mayor is careless, and we distrust anyone who draws that comparison lightly.', 'We do not say'));
});

test('"we cannot make the same mistake" refers back to a case already flagged in the sentence before', (t) => {
  const text = 'Written in 2026. The Paris Commune of 1871 fell because it left its enemies time to regroup. We cannot make the same mistake.';
  t.true(flagged(text, 'We cannot make', 'analogy-case-not-again'));
  t.false(flagged('Written in 2026. The budget was cut again last year. We cannot make the same mistake.', 'We cannot make'));
});

test('"wrong then, wrong now" after a case told, but not the speaker\'s own "I said then, and I say now"', (t) => {
  t.true(flagged('Written in 2026. The papers mocked the Chartists in 1848. They were wrong then, and they are wrong now.', 'They were wrong then', 'analogy-then-and-now-again'));
  t.false(flagged('Written in 2026. In 1950 the harbour plan was put to the vote. I said then, and I say now, that the quay must be rebuilt.', 'I said then', 'analogy-then-and-now-again'));
});

test('"that is precisely what … now" carries a remote case told just before over to the present, not a recent one', (t) => {
  const remote = 'Written in 2026. In 1974 the judges made the president hand over his tapes. That is precisely the power Mr. Vane is now trying to abolish.';
  t.true(flagged(remote, 'That is precisely', 'analogy-that-is-what-now'));
  t.false(flagged('Written in 2026. In 2022 the judges made the mayor publish his diary. That is precisely the power Mr. Vane is now trying to abolish.', 'That is precisely'));
});

test('the founders of a charter, held up for what they understood, are a model from the past', (t) => {
  t.true(flagged('The founders of our Charter understood what our present rulers have forgotten.', 'The founders of our Charter', 'analogy-forebears-knew'));
  t.false(flagged('The founders of our bakery understood what the customers wanted.', 'The founders of our bakery'));
});

test('"this is" a past event names now as another case of it; a cleft sentence with the same name does not', (t) => {
  t.true(flagged('Written in 2026. For the harbour towns, this is Munich.', 'For the harbour towns', 'analogy-this-is-name'));
  t.false(flagged('Written in 2026. It is the Marshall Plan that rebuilt the old ports.', 'It is the Marshall Plan'));
});

test('a figure of the past asked to judge now: "what would Lincoln say", "Lincoln would not recognize"; an office holder is no such figure', (t) => {
  t.true(flagged('What would Lincoln say to this harbour board?', 'What would Lincoln', 'analogy-what-would-figure-say'));
  t.true(flagged('Lincoln would not recognize the harbour board he founded.', 'Lincoln would', 'analogy-figure-would-have'));
  t.false(flagged('What would the harbour master say to the new quay?', 'What would'));
  t.false(flagged('The harbour master would not recognize the new quay.', 'The harbour master'));
});

test('"the spirit of \'76" names the Revolution with a straight or a curly apostrophe', (t) => {
  t.true(flagged('Written in 2026. The spirit of \'76 still lives in the harbour towns.', 'The spirit'));
  t.true(flagged('Written in 2026. The spirit of ’76 still lives in the harbour towns.', 'The spirit'));
  t.false(flagged('Written in 2026. The spirit of the crew still lives in the harbour towns.', 'The spirit'));
});
