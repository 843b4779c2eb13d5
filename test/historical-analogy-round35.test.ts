// Session 35: the Roman Republic in the gazetteer in any case, with its assemblies and orders, and the general cues written
// from blind6's misses. Every sentence here was written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';
import { ruleCases } from './helpers/rule-cases.js';

const DEVICE = 'historical_analogy';

/** All historical-analogy findings of a text (scored or not), as rule and quoted span. */
const findings = (text: string) =>
  analyze(text, { devices: [DEVICE], format: 'markdown' })
    .findings.filter((f) => f.device === DEVICE)
    .map((f) => ({ rule: f.rule, scored: f.scored, quote: f.quote, label: f.label }));

test('"the Roman republic" in lower case, as older prose writes it, names the Roman Republic', (t) => {
  const found = findings('Written in 1790. The Roman republic kept its two consuls for centuries.');
  t.true(found.some((f) => f.label === 'Roman Republic' && /Roman republic/.test(f.quote)), JSON.stringify(found));
});

test('the comitia and the patricians and plebeians name the Roman Republic', (t) => {
  for (const text of ['Written in 1790. The comitia met on the field of Mars.', 'Written in 1790. The patricians quarrelled with the plebeians over the debts.']) {
    const found = findings(text);
    t.true(found.some((f) => f.label === 'Roman Republic'), `${text} ${JSON.stringify(found)}`);
  }
});

test('the Roman Empire is no longer dated by the Republic\'s name, nor the Republic by the Empire\'s years', (t) => {
  const found = findings('Written in 1790. The Roman Empire fell to the barbarians in the west.');
  t.true(found.some((f) => f.label === 'Roman Empire'), JSON.stringify(found));
  t.false(found.some((f) => f.label === 'Roman Republic'));
});

ruleCases('analogy-well-known-case', DEVICE, {
  positives: [
    ['a league of antiquity offered as known fact', 'Written in 1790. It is well known that in the Achaean League each city sent the same number of deputies, great or small.'],
    ['"a matter of history" before a named revolution', 'Written in 1850. It is a matter of history that the French Revolution began with a quarrel over taxes.'],
  ],
  negatives: [
    ['the text\'s own affairs as common knowledge', 'Written in 1850. It is well known that in the present session the Senate has done little.'],
    ['a case of the text\'s own generation', 'Written in 1850. It is well known that during the Mexican War the army was short of wagons.'],
    ['"known" with no past case', 'Written in 1850. It is well known that the rivers of the West rise in the spring.'],
  ],
});

ruleCases('analogy-these-examples', DEVICE, {
  positives: [
    [
      '"the example cited" after a past case told',
      'Written in 1790. The Lycian League weighed the votes of its cities by their size. Nothing in the plan before you departs from the example cited.',
    ],
  ],
  negatives: [
    ['"the instance cited" of the text\'s own business', 'Written in 1890. The Secretary reports that the bonds were offered again and again. The instance cited shows the need of a new law.'],
  ],
});

test('the leagues of antiquity and the Roman senate with a lower-case head noun, as older prose writes them, are named', (t) => {
  const cases: [string, string][] = [
    ['Written in 1790. The Achaean league chose its magistrates each year.', 'Achaean League'],
    ['Written in 1790. The Amphictyonic confederacy left each city its own laws.', 'Achaean League'],
    ['Written in 1790. The Roman senate sent envoys to the king.', 'Ancient Romans'],
    ['Written in 1890. The Helvetic league kept no common treasury.', 'Old Swiss Confederacy'],
  ];
  for (const [text, label] of cases) {
    const found = findings(text);
    t.true(found.some((f) => f.label === label), `${text} ${JSON.stringify(found)}`);
  }
});

ruleCases('analogy-serves-as-example', DEVICE, {
  positives: [
    ['a confederacy of antiquity as the example', 'Written in 1790. Of a league whose members could each refuse the common tax, the Lycian League may serve as an example.'],
    ['a republic of antiquity as the model', 'Written in 1850. For its first centuries the Roman Republic stands as the model of a free state.'],
  ],
  negatives: [
    ['the text\'s own institution as a model', 'Written in 1950. The new federal courts building in Chicago will serve as a model for the states.'],
    ['a recent case as the example', 'Written in 1950. The airlift of 1948 stands as an example of what free nations can do together.'],
  ],
});
