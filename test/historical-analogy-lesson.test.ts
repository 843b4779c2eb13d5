// Historical analogy, the case-lesson rules: a particular past case, even one of living memory, tied to a lesson for
// now. For each frame a sentence it must flag, and for each guard one it must leave. All sentences written for these tests.

import test from 'ava';
import { analogyRules as rulesOf, scoredAnalogies as scored } from './helpers/history-findings.js';

test('a recent year held up as a teacher is a lesson drawn from a past case', (t) => {
  t.deepEqual(rulesOf('We learned in 1929 what happens when speculation runs wild, and we must not let it happen again.', 1937), ['analogy-case-learned']);
  t.deepEqual(rulesOf('The drought of 1934 showed us that the soil itself must be protected.', 1937), ['analogy-case-taught']);
});

test('a named crisis of the nation\'s own past as a teacher', (t) => {
  t.deepEqual(rulesOf('The depression taught us that the savings of the people need the protection of the government.', 1937), ['analogy-case-taught']);
  t.deepEqual(rulesOf('The lessons of Pearl Harbor must guide the planning of our defense.', 1945), ['analogy-case-learned']);
});

test('repetition refused or done better "this time", in the sentence or the next', (t) => {
  t.deepEqual(rulesOf('In 1933 we waited too long, and the banks closed; this time we will act before the crisis comes.', 1937), ['analogy-case-this-time']);
  const next = scored('After the last war we scrapped our ships in haste. We must not let it happen again.', 1945);
  t.deepEqual(next.map((f) => f.rule), ['analogy-passage', 'analogy-case-not-again']);
});

test('"cannot" and "can not" refuse a repetition as "must not" does, in the sentence or the next', (t) => {
  t.deepEqual(rulesOf('After the last war we scrapped our ships in haste, and we cannot let that happen again.', 1945), ['analogy-case-not-again']);
  t.deepEqual(rulesOf('After the last war we scrapped our ships in haste, and we can not let that happen again.', 1945), ['analogy-case-not-again']);
  const next = scored('After the last war we scrapped our ships in haste. Our people and their government cannot let it happen again.', 1945);
  t.deepEqual(next.map((f) => f.rule), ['analogy-passage', 'analogy-case-not-again']);
});

test('the nation asked to act as it did in a past case, with a present or future main verb', (t) => {
  t.deepEqual(rulesOf('We will meet this emergency as we did in 1933, with courage and with action.', 1937), ['analogy-case-as-we-did']);
  t.deepEqual(rulesOf('We met that emergency as we did in 1933, with courage.', 1937), []);
});

test('now set beside or against a past case, or the case named as what may come again', (t) => {
  t.deepEqual(rulesOf('Today, as in 1929, speculation runs ahead of earnings, and we must check it.', 1937), ['analogy-case-as-in']);
  t.deepEqual(rulesOf('As in 1933, the banks closed for a week.', 1937), []);
  // A figure measured against a baseline year, or "as well as" adding one more thing, sets no case beside now.
  t.deepEqual(rulesOf('Production today is twice as high as in 1929, and we must keep it so.', 1937), []);
  t.deepEqual(rulesOf('We have as many men out of work as in 1929, and we must act.', 1937), []);
  t.deepEqual(rulesOf('We will keep the peace in the valley as well as in the years after the war.', 1937), []);
  t.deepEqual(rulesOf('Unlike the days of the crash, the banks today are sound, and we will keep them so.', 1937), ['analogy-case-unlike']);
  t.deepEqual(rulesOf('We must never again be caught by another Pearl Harbor.', 1950), ['analogy-case-another']);
  t.deepEqual(rulesOf('A second Holocaust survivor who is here tonight was a prisoner at Dachau.', 2019), []);
  t.deepEqual(rulesOf('We shall not forget the mistakes of the last peace when we make this one.', 1944), ['analogy-case-mistakes']);
});

test('a case still going on at the text\'s own time is the present, not a past case', (t) => {
  t.deepEqual(rulesOf('Unlike the Soviet Union, we will hold free elections this year.', 1980), []);
});

test('no particular case named: a general statement about experience or history is not an analogy', (t) => {
  t.deepEqual(rulesOf('Experience has taught us that thrift pays.', 1937), []);
  t.deepEqual(rulesOf('History shows us that free men prevail.', 1937), []);
  t.deepEqual(rulesOf('We must not let it happen again.', 1937), []);
  t.deepEqual(rulesOf('At this time we will act before the crisis comes.', 1937), []);
  // "This time" that comes is a moment still ahead, not the past case done better.
  t.deepEqual(rulesOf('After the last war we disarmed in haste. Should this time come again, the blame will rest on those who failed to prepare.', 1950), []);
  t.deepEqual(rulesOf('After the last war we disarmed in haste. This time we will keep our guard.', 1950), ['analogy-passage', 'analogy-case-this-time']);
});

test('"this time" after a plain report of a past year is the running story: a lesson needs a word of failure, error or contrast in one of the two sentences', (t) => {
  t.deepEqual(rulesOf('In 1935 we passed the act. This time we propose to extend it to the farms.', 1937), []);
  t.deepEqual(rulesOf('After the last war we disarmed. This time we will keep our guard.', 1950), []);
  // The word may be in either sentence.
  t.deepEqual(rulesOf('In 1935 we passed the act, but it failed. This time we propose to extend it to the farms.', 1937), ['analogy-passage', 'analogy-case-this-time']);
  t.deepEqual(rulesOf('In 1935 we passed the act. This time we will write it differently.', 1937), ['analogy-passage', 'analogy-case-this-time']);
  // Told in the same sentence, the case needs no such word: "this time" is set against it there.
  t.deepEqual(rulesOf('In 1933 we closed the banks for a week; this time we will keep them open.', 1937), ['analogy-case-this-time']);
  // A refusal to repeat the case says by itself that it went wrong.
  t.deepEqual(rulesOf('After the last war we disarmed. We must not let it happen again.', 1950), ['analogy-passage', 'analogy-case-not-again']);
});

test('a case told with no lesson word is the running story, not an analogy', (t) => {
  t.deepEqual(rulesOf('In 1933 the Congress passed the banking act, and the banks opened again.', 1937), []);
  t.deepEqual(rulesOf('We learned from the report of 1935 that costs rose.', 1937), []);
});

test('a year after the text\'s own, or a record dated by a past case, is no case', (t) => {
  t.deepEqual(rulesOf('In 1940 the report showed us that the plan worked.', 1937), []);
  t.deepEqual(rulesOf('For the first time since 1933 the budget is balanced, and we must not let that change this time.', 1937), []);
});

test('the speaker\'s own memories and quoted authorities are left alone', (t) => {
  t.deepEqual(rulesOf('I remember 1929, and I learned then that speculation ruins families; this time we will act.', 1937), []);
  t.deepEqual(rulesOf('As Lincoln said in 1862, we must think anew; this time we must act anew.', 1937), []);
});

test('after a comparison, the story of the past case goes on even where it says "our"; a sentence with a present verb or a modal of now ends it', (t) => {
  const comparison = 'The present condition of the valley is similar in some respects to that which existed after the War of 1812.';
  const story = 'There was at that period of our history a turn away from our earlier thrift.';
  const flagged = (text: string) => scored(text, 1890).map((f) => f.sentence);
  t.deepEqual(flagged(`${comparison} ${story}`), [comparison, story]);
  const now = 'All parts of the valley should accept the judgment of the courts.';
  t.deepEqual(flagged(`${comparison} ${now}`), [comparison]);
  const there = "Fortunately, there's a wiser course open to the valley.";
  t.deepEqual(flagged(`${comparison} ${there}`), [comparison]);
});
