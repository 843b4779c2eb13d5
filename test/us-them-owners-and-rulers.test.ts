// Us/them rule `them-those-who-own-and-rule`: a group named by what it owns or rules ("the men who own the mills"), in a
// sentence that names the in-group, is the powerful few set against the rest; owners described with no in-group, operators
// of a thing, and rulers of long ago are not. Sentences written for these tests.

import { ruleCases } from './helpers/rule-cases.js';

ruleCases('them-those-who-own-and-rule', 'us_them', {
  positives: [
    ['owners set against "our" town', 'The gentlemen who own the quarries have bought our county board with their dividends.'],
    ['rulers set against "us"', 'The few who rule this province have never once asked us what a loaf of bread should cost.'],
  ],
  negatives: [
    ['owners described with no in-group', 'The families who own the orchards hire pickers from three counties every autumn.'],
    ['"the people who own …": "the people" is no in-group of its own here', 'The people who own the orchards hire pickers from three counties every autumn.'],
    ['operators of a thing, beside "we"', 'We thanked the men who control the sluices for their long night.'],
  ],
});
