// Us/them rule `us-them-they-set-out-to-harm-us`: "they" aiming to frighten, divide, rob or silence the in-group ("they tried
// to split us") sets an out-group against it; help, a negated aim, or harm aimed at a thing is not. Sentences written for
// these tests.

import { ruleCases } from './helpers/rule-cases.js';

ruleCases('us-them-they-set-out-to-harm-us', 'us_them', {
  positives: [
    ['an attempt to divide the in-group, with a comma inside the clause', 'They have tried everything, even a bonus for the night shift, to divide us.'],
    ['an aim to frighten "our" people', 'They sent a letter from the lawyers to frighten our tenants.'],
    ['"let them" with a verb of harm', 'We will not let them silence us at the county meeting.'],
  ],
  negatives: [
    ['help, not harm', 'They drove all night to bring us the spare pumps.'],
    ['a negated aim', 'They never once tried to cheat us.'],
    ['harm aimed at no one of ours', 'They tried to break the old record at the county fair.'],
  ],
  negativesGet: 'no finding',
});
