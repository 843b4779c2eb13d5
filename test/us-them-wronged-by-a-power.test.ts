// Us/them cue `us-them-wronged-by-a-power`: a foreign power, its officers or armed ships, or a band named as the doer of a
// seizure, capture or injury that our citizens, vessels or commerce suffered casts that party as the other side of the
// dispute; an agentless loss, our own ships' orders and a claim told as settled do not. Sentences written for these tests.

import { ruleCases } from './helpers/rule-cases.js';

ruleCases('us-them-wronged-by-a-power', 'us_them', {
  positives: [
    ['a passive with the party after "by"', 'Last spring our fishing schooners were seized and condemned by the authorities of the island.'],
    ['the party as the subject', 'Some of the cruisers of that republic captured several of our merchantmen off the cape.'],
    ['injuries suffered from that Government', 'No redress has yet been offered for the injuries suffered by our citizens from that Government.'],
    ['a capture as a noun with its doer', 'The repeated captures of American whalers by the gunboats of the regency are a standing grievance.'],
  ],
  negatives: [
    ['an agentless loss', 'Our commerce suffered heavy losses during the long war in Europe.'],
    ['our own ships ordered to seize', 'The commanders of our public ships were ordered to seize any vessel found in the trade.'],
    ['a claim told as settled', 'The claims for the captures of American vessels by the cruisers of the republic have been settled amicably.'],
    ['a passive whose doer is no party', 'Our trade with the islands was interrupted by the storms of the autumn.'],
  ],
  negativesGet: 'no finding',
});
