// Us/them rule `them-disparaged-group`: a group named with contempt or moral censure ("a noisy minority", "the blindly
// selfish men", "cheerful idiots", "the demagogue") is a hostile label for an out-group; the same words denied, said of
// the speaker's side, used in a simile, put on an act or a thing, or said of people in general are not. Sentences
// written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';
import type { Finding } from '../src/analyzers/types.js';
import { loadLexicons } from '../src/lexicon/load.js';

const RULE = 'them-disparaged-group';

const findings = (text: string): Finding[] =>
  analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.device === 'us_them' && f.scored);
const disparaged = (text: string): Finding[] => findings(text).filter((f) => f.rule === RULE);

/** [what the sentence shows, sentence, the phrase the rule should quote] */
const positives: [string, string, string][] = [
  ['an adverb before the censure word', 'The blindly selfish men who hoard the grain must answer to the county.', 'blindly selfish men'],
  ['a contempt word on a group noun with the indefinite article', 'A noisy minority keeps the council from voting on the bridge.', 'noisy minority'],
  ['a contempt noun alone', 'Some cheerful idiots still think the river will never flood.', 'idiots'],
  ['a singular role after "the"', 'The scheming politician promises the mill workers whatever they wish to hear.', 'scheming politician'],
  ['a contempt type in the singular after "the"', 'Every hard winter brings out the demagogue with his easy answers.', 'demagogue'],
  ['a part of a people after "of"', 'A disloyal portion of the townspeople has sided with the raiders.', 'disloyal portion of'],
  ['an animal word before "who"', 'There are vultures who buy the farms of widows at auction for a pittance.', 'vultures'],
  ['two censure words joined by "and"', 'Those foolish and grasping gentlemen drove the price of bread up again.', 'foolish and grasping gentlemen'],
  ['two censure words joined by "or"', 'Those foolish or grasping gentlemen drove the price of bread up again.', 'foolish or grasping gentlemen'],
  ['people named as the agent after "by", with no determiner', 'The new levee plan is opposed by selfish or narrow-minded persons in the upper valley.', 'selfish or narrow-minded persons'],
  ['a group of interests with a censure word', 'The canal bill will meet stubborn resistance from selfish interests along the coast.', 'selfish interests'],
  ['envoys by role with a censure word', 'Disloyal emissaries have been stirring up the river towns all winter.', 'Disloyal emissaries'],
  ['a contempt noun for doom-sayers', 'The timid alarmists said the new dam would drown the valley.', 'alarmists'],
  ['a contempt noun for theorists', 'We were told by doctrinaires that the cooperative could never pay its way.', 'doctrinaires'],
];

for (const [what, sentence, quote] of positives) {
  test(`them-disparaged-group counts: ${what}`, (t) => {
    const hits = disparaged(sentence);
    t.is(hits.length, 1, JSON.stringify(findings(sentence).map((f) => f.rule)));
    t.is(hits[0].quote.replace(/\s+/gu, ' '), quote);
    t.regex(hits[0].explanation, /^Possible us\/them framing: /u);
  });
}

/** [guard, sentence the rule leaves alone] */
const negatives: [string, string][] = [
  ['a negation', 'We are not fools, and we will read the contract before we sign it.'],
  ['the speaker said to be the thing', 'I was one of the fools who believed the bridge would hold.'],
  ['the speaker called the thing', 'They called us bigots for asking where the money went.'],
  ['the speaker said to be the thing, with a contracted verb', "They think we're all fools for keeping the old mill running."],
  ['the speaker said to be the thing, with a contracted verb after "I"', "I'm one of the fools who believed the bridge would hold."],
  ['"make fools of us"', 'The weather made fools of us all that spring.'],
  ['a simile', 'The two crews argued like fools until the boat drifted away.'],
  ['a censure of an act, not of people', 'Hoarding the grain was a selfish act.'],
  ['a contempt word on a thing', 'The committee should not waste its hours on petty details.'],
  ['a people noun with no determiner: a remark on people in general', 'Selfish men will always want more than their share.'],
  ['a generic frame about human nature', 'Some selfish men are found in every age and every town.'],
  ['an in-group possessive', 'Our misguided neighbours will come back to the cooperative in time.'],
  ['a singular type naming one person', 'The demagogue Cleon spoke to the assembly for an hour.'],
  ['a collective noun of things, not people', 'There could be no more misguided set of priorities than this budget.'],
  ['an animal word with no "who"', 'Insect pests destroyed half of the corn in the lower valley.'],
  ['a verb that looks like a contempt noun', 'A painted fence fools nobody in this town.'],
  ['interests of a thing, not a group', 'The treaty serves the long-term interests of both harbours.'],
  ['an in-group possessive before selfish interests', 'Our selfish interests must give way to the needs of the flooded towns.'],
];

for (const [guard, sentence] of negatives) {
  test(`them-disparaged-group leaves alone: ${guard}`, (t) => {
    t.deepEqual(disparaged(sentence), []);
  });
}

test('every us-them-disparaged entry has a dash-case id and a note, and the words are lower case', (t) => {
  const lexicon = loadLexicons().get('us-them-disparaged', 'terms');
  t.true(lexicon.entries.length > 0);
  for (const e of lexicon.entries) {
    t.regex(e.id, /^[a-z0-9][a-z0-9-]*$/u);
    t.true(e.note.length > 0);
    for (const w of e.terms) t.is(w, w.toLowerCase(), `${e.id}: ${w}`);
  }
});

test('them-disparaged-group: the speaker\'s side in another clause does not hide the group', (t) => {
  t.is(disparaged('We are told by some deluded people that the dam will never break.').length, 1);
});
