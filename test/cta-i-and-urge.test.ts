// Call-to-action rule `cta-i-and-urge`: the speaker's recommendation joined to another act of theirs ("I approve the plan,
// and recommend …", "I cannot but urge …") asks the assembly to act; a promise, another's act or a past one does not.
// Sentences written for these tests.

import { ruleCases } from './helpers/rule-cases.js';

ruleCases('cta-i-and-urge', 'call_to_action', {
  positives: [
    ['a report laid before the assembly, then a recommendation', 'I lay before you the survey of the northern roads, and recommend that the toll be lifted this spring.'],
    ['a judgment, then an appeal with adverbs', 'I fully share the engineers’ view, and again strongly urge a new dam above the mill.'],
    ['"but rather urge" after a refusal', 'I bring no new scheme tonight, but rather urge patience with the old one.'],
    ['"I cannot, then, but recommend"', 'I cannot, then, but recommend a second ferry for the winter months.'],
  ],
  negatives: [
    ['a promise: a modal right after "I"', 'I shall always state my opinion to the council and urge it as plainly as I can.'],
    ['a modal between "I" and the joined verb', 'I expect that the wardens will read the survey and recommend it to the mayor.'],
    ['a past appeal', 'I visited the quarry and urged the owners to reopen it.'],
  ],
  negativesGet: 'not this rule',
});
