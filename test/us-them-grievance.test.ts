// Us/them cue `hostile-act-grievance`: the grievances of a dispute between states ("has rendered to the United States a
// grave injury", "failed to fulfill the engagements", "had no justifiable cause") cast the state that did them as the
// other side; a passive, an agentless grievance or a bare refusal to ratify names no adversary. Sentences written for these
// tests (a real state's name, since only a recognized name is cast).

import { ruleCases } from './helpers/rule-cases.js';

ruleCases('them-named-adversary', 'us_them', {
  positives: [
    ['an injury rendered to the United States', 'By the seizure of our brig the Government of Portugal has rendered to the United States a serious wrong.'],
    ['failed to make reparation', 'The Government of Portugal has failed to make reparation for the ships taken off Madeira.'],
    ['no justifiable cause', 'The Court of Lisbon had no justifiable cause for closing the port to our merchantmen.'],
  ],
  negatives: [
    ['a passive with no doer', 'The convention was not ratified, and the claims of our merchants remain open.'],
    ['a bare refusal to ratify', 'The Government of Portugal has refused to ratify the postal convention.'],
    ['a failure with no state', 'The spring rains failed to fulfill the hopes of the farmers.'],
  ],
  negativesGet: 'no finding',
});
