// Two courteous forms of recommendation in messages to an assembly: the conditional "it would be well/wise/better to …"
// (`cta-it-would-be-well`) and the passive "… is recommended" (`cta-is-recommended`). Their near misses: a question, a
// condition or an indirect question; "recommended by" (a reason or another person as the source), a negation, and the
// verb inside a relative or comparative clause. Sentences written for these tests.

import { ruleCases } from './helpers/rule-cases.js';

ruleCases('cta-it-would-be-well', 'call_to_action', {
  positives: [
    ['"well to" with a verb', 'It would be well to survey the northern passes before the snows.'],
    ['"wise for" a body "to"', 'It would be wise for each county to keep a reserve of seed corn.'],
    ['"desirable that … should"', 'It would be desirable that the ferry keepers should be licensed.'],
    ['a stated belief before it', 'I believe it would be better to rebuild the bridge in stone.'],
  ],
  negatives: [
    ['a question', 'Who could think it would be wise to disband the militia now?'],
    ['an indirect question', 'The board has not said whether it would be better to wait.'],
    ['a condition', 'If it would be well to delay, the engineers will tell us.'],
    ['"well" as an adverb of another word', 'It would be well known to every miller on the river.'],
  ],
  negativesGet: 'not this rule',
});

ruleCases('cta-is-recommended', 'call_to_action', {
  positives: [
    ['a measure recommended', 'A larger grant for the river lights is recommended.'],
    ['"again recommended"', 'The changes in the harbour code are again recommended.'],
    ['"hereby recommended" with a purpose', 'Provision is hereby recommended to pay the lock keepers monthly.'],
  ],
  negatives: [
    ['a reason as the source', 'The road is recommended by every consideration of safety.'],
    ['"as well by"', 'The plan is recommended as well by its economy as by its speed.'],
    ['"none is recommended"', 'The tariff works well, and no change is needed; none is recommended.'],
    ['a comparative clause', 'If the towns adopt such a code as is recommended, the mills will gain.'],
    ['a time clause', 'When clerks are recommended for their party work, the office suffers.'],
    ['a negation', 'That course is not recommended for the small ports.'],
  ],
  negativesGet: 'not this rule',
});
