// Call-to-action rule `cta-measures-are-needed`: declaring that laws, measures, reforms or funds are needed asks those who
// can provide them to do so; a negation, a reported or relative clause, a general maxim or an adjective before another
// noun does not. Sentences written for these tests.

import { ruleCases } from './helpers/rule-cases.js';

ruleCases('cta-measures-are-needed', 'call_to_action', {
  positives: [
    ['a plural noun with a qualifier', 'Stronger harbour laws are needed before the next storm season.'],
    ['an "of" phrase between noun and verb', 'A revision of the ferry tariffs is now necessary.'],
    ['two adverbs before the adjective', 'New appropriations are therefore clearly required for the lighthouse.'],
    ['a singular reform, then a reason', 'This reform is vital if the valley is to keep its mills.'],
  ],
  negatives: [
    ['a negated noun', 'No further changes are needed in the river code.'],
    ['a clause reporting what others hold', 'The wardens argue that new programs are necessary, but the council has not decided.'],
    ['the noun as object of a preposition', 'Obedience to the laws is essential in a free town.'],
    ['the adjective before another noun', 'Such measures are necessary evils in a flood year.'],
    ['a relative clause', 'The council, of which the reform is essential to nobody, met twice.'],
  ],
  negativesGet: 'not this rule',
});
