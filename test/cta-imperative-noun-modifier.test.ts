// A command whose object opens with "this" or "that" and an -s word used as a noun modifier ("Pass this jobs bill"):
// the tagger reads "this jobs" as a subject and its verb, which would make the command a statement. Right after the
// command's demonstrative, an -s word followed by a noun is that noun's modifier; a clause object keeps its verb.
// Sentences written for these tests.

import { ruleCases } from './helpers/rule-cases.js';

ruleCases('cta-imperative', 'call_to_action', {
  positives: [
    ['"this" and an -s modifier', 'Pass this jobs bill.'],
    ['after "So"', 'So pass this roads bill before the recess.'],
    ['"that" and an -s modifier', 'Fund that schools program this year.'],
  ],
  negatives: [
    ['a statement with "this" as subject', 'This costs money.'],
    ['"that" opening a clause after the verb', 'Critics say that costs rise every year.'],
  ],
  negativesGet: 'not this rule',
});
