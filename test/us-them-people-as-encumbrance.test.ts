// Us/them cue `them-people-as-encumbrance`: a people named as what a land is freed or rid of, or is embarrassed or burdened
// with, is presented as a burden to be removed; a land freed of titles or debts, and removal told plainly, are not.
// Sentences written for these tests.

import { ruleCases } from './helpers/rule-cases.js';

ruleCases('them-people-as-encumbrance', 'us_them', {
  positives: [
    ['freed from a people', 'Within a few years the whole valley will be freed from Indian occupancy and opened to settlement.'],
    ['embarrassed with a population', 'The frontier counties will soon be no longer embarrassed with the native population.'],
  ],
  negatives: [
    ['removal told plainly', 'The tribe agreed by treaty to remove beyond the river next spring.'],
    ['a land freed of titles', 'The public lands of the territory were at last freed from the old Spanish titles.'],
  ],
  negativesGet: 'no finding',
});
