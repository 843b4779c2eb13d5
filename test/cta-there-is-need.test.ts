// Call-to-action rule `cta-there-is-need`: saying that there is need of a measure or a deed asks those who can provide it
// to do so; a denied or weighed need, a past one, or one inside a condition or an indirect question does not.
// Sentences written for these tests.

import { ruleCases } from './helpers/rule-cases.js';

ruleCases('cta-there-is-need', 'call_to_action', {
  positives: [
    ['plain "there is need for"', 'There is need for a new ferry law before the winter.'],
    ['an adjective on the need', 'There is pressing need of more teachers in the hill schools.'],
    ['"a need to" with an adverb', 'There is still a need to repair the levees on the lower river.'],
    ['inside the speaker\'s stated belief', 'I hold firmly that there is need for one code of mine safety.'],
  ],
  negatives: [
    ['a denied need', 'There is no need to read the old tables again.'],
    ['two needs weighed', 'There is more need of calm than of fresh statutes.'],
    ['a need in the past', 'Then there was need of every wagon on the roads.'],
    ['a condition', 'If there is need of boats, the harbour master will send them.'],
    ['an indirect question', 'The board will tell us whether there is need of a new survey.'],
  ],
  negativesGet: 'not this rule',
});
