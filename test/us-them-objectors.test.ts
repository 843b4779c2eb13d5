// Us/them rule `us-them-the-objectors`: a class of critics named by the act of objecting or asserting ("those who object
// to", "those who make the assertion", "the objectors", "the opponents of the measure") is the other side of the argument,
// whether or not the writer names his own side; a status ("conscientious objectors"), a neutral office ("those who make the
// nominations") or critics and friends named as one audience are not. Sentences written for these tests.

import { ruleCases } from './helpers/rule-cases.js';

ruleCases('us-them-the-objectors', 'us_them', {
  positives: [
    ['"those who have criticised" with no in-group', 'The point has been quietly dropped by those who have criticised the charter of the guild.'],
    ['"the most zealous objectors"', 'Let the most zealous objectors to the new bridge answer this single question.'],
    ['"those who urge the objection"', 'Those who urge the objection forget that the old mill paid the same toll.'],
    ['"those who contend that"', 'I turn now to those who contend that the canal will drain the marsh.'],
    ['"the opponents of" a measure', 'The opponents of the harbour bill have printed a dozen pamphlets this month.'],
    ['"men who denounce"', 'The very men who denounce the new tariff once begged the assembly for it.'],
    ['"those who have alleged that"', 'Those who have alleged that the wardens sold the timber have offered no proof.'],
    ['"an objector" in the singular', 'An objector in the hill towns finds the levy too heavy for the farms.'],
    ['a claim "made by some"', 'There is no ground for the claim made by some of the aldermen that the bridge is unsafe.'],
  ],
  negatives: [
    ['"conscientious objectors"', 'The conscientious objectors served in the field hospitals.'],
    ['"make" a neutral thing', 'Those who make the bread rise before dawn.'],
    ['"maintain" a thing', 'Those who maintain the lighthouse are paid by the county.'],
    ['opponents and friends as one audience', 'The opponents as well as the friends of the reform were invited to the hearing.'],
    ['"those who contend" in a race', 'Those who contend in the regatta must register by noon.'],
    ['"those who predicted" a thing, no clause of claim', 'Those who predicted the storm were thanked by the harbour master.'],
  ],
  negativesGet: 'not this rule',
});

// `us-them-anaphora` on "Let them declare …": the writer's challenge to the camp named just before to account for itself.
// A wish for a friendly group ("Let them cherish it") or a challenge with no camp before it is no such carry-over.
ruleCases('us-them-anaphora', 'us_them', {
  positives: [
    ['"Let them declare" after the objectors', 'The objectors have written much about the charter. Let them declare whether the old charter ever kept the harbour open.'],
    ['"Let them explain" after an out-group label', 'Our adversaries in the north speak of peace. Let them explain why their ships still close the straits.'],
  ],
  negatives: [
    ['a wish for the in-group\'s heirs', 'The children of the valley will inherit these roads. Let them cherish every mile.'],
    ['no out-group named before', 'The surveyors have finished the map. Let them explain it to the council on Monday.'],
  ],
  negativesGet: 'not this rule',
});

// `us-them-in-some-quarters`: a charge said, made or denied "in some (certain) quarters" points at a camp of critics.
ruleCases('us-them-in-some-quarters', 'us_them', {
  positives: [
    ['"it has been urged in certain quarters"', 'It has been urged in certain quarters that the mill should close for good.'],
    ['"a tendency in some quarters to belittle"', 'I regret a tendency in some quarters to belittle the work of our volunteers.'],
  ],
  negatives: [
    ['a belief, not a charge', 'It was thought in some quarters that the harvest would be late.'],
    ['quarters of a city', 'The lamps were lit in certain quarters of the old town.'],
  ],
  negativesGet: 'not this rule',
});
