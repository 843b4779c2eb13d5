// Us/them, round 9: guards judged on unlabelled corpus text and recall rules from the training samples' misses.
// Every sentence here was written for these tests.

import test from 'ava';
import { analyze } from '../src/index.js';
import type { Finding } from '../src/analyzers/types.js';

const scored = (text: string): Finding[] => analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.device === 'us_them' && f.scored);

/** [guard, text that still counts, text the guard leaves alone] */
const guards: [string, string, string][] = [
  [
    '"friend or foe": an adversary word paired with a friend means everyone',
    'Our enemies and our friends can be certain that this garrison will not retreat.',
    'Every nation on the river, friend or foe, will see a steady hand at the helm.',
  ],
  [
    '"friends and adversaries" after a preposition, with "we" in the sentence',
    'We held the pass for a week against our adversaries from the north.',
    'We held many quiet talks with friends and adversaries across the world this year.',
  ],
  [
    '"to adversaries and to friends", "allies or foes"',
    'The adversaries of our league have burned the granaries of the valley.',
    'In letters to adversaries and to friends alike, the council has set out its terms.',
  ],
  [
    'a neutralized label ("potential adversaries") does not stand against the in-group',
    'We will keep watch on our adversaries along the eastern border.',
    'Our policy rests on close counsel with our allies and patient talks with potential adversaries.',
  ],
  [
    '"no enemies" beside the in-group is no contrast',
    'The enemies of our town have moved against us again.',
    'We keep a small guard for days in which no enemies move against us.',
  ],
  [
    'a hostile quality word on a noun that names a quality, not people ("evil spirits")',
    'The corrupt officials of the port have robbed the farmers of their harvest.',
    'Easy credit fosters the evil spirits of waste and speculation in every market town.',
  ],
  [
    'a person word that only describes the noun after it ("so-called native council")',
    'The greedy speculators of the capital have cornered the grain of the whole province.',
    'The so-called native council claimed the right to tax the river trade.',
  ],
  [
    'the quality word must stand on the noun, not before a preposition ("criminal in our citizens")',
    'Those treacherous ministers have sold the harbour to the highest bidder.',
    'It is made criminal in our citizens to raise private armies on the frontier.',
  ],
  [
    'rebels of an uprising abroad ("the Cuban insurgents") are no camp set against the in-group',
    'Our people will never yield to the insurgents in the southern counties.',
    'Our people feel a warm sympathy with the Cuban insurgents in their long struggle.',
  ],
  [
    'nor does a hostile word about them when the sentence names no in-group: a report of someone else\'s war',
    'The insurgents in the southern counties continue their struggle against our garrison.',
    'The insurgents in Cuba continue their struggle against the Spanish authorities.',
  ],
  [
    'an adversary word denied of every subject ("no nation is our enemy") names no out-group',
    'The harbour barons on the hill are our enemies.',
    'No town on the coast is our enemy; we seek the friendship of all.',
  ],
  [
    'an adversary word tied to "each other" or "one another" is a relation among others',
    'The raiders from the hills are the enemies of every farmer in the valley.',
    'We have to stop seeing each other as enemies because we vote differently.',
  ],
];

for (const [name, positive, negative] of guards) {
  test(`guard: ${name}`, (t) => {
    t.true(scored(positive).length > 0, `not flagged: ${positive}`);
    t.deepEqual(scored(negative).map((f) => `${f.rule}=${f.quote}`), [], `flagged: ${negative}`);
  });
}

/** The scored findings of the sentence of `text` that starts with `opening` (the text dated `year`, if given). */
const inSentence = (text: string, opening: string, year?: number): Finding[] => {
  const r = analyze(text, { devices: ['us_them'], format: 'markdown', ...(year !== undefined ? { year } : {}) });
  const s = r.sentences.find((x) => text.slice(x.start, x.end).startsWith(opening));
  if (!s) throw new Error(`no sentence opens with ${opening}`);
  return r.findings.filter((f) => f.device === 'us_them' && f.scored && f.sentence === s.index);
};

test('"There are pests who …": the group after an existential opener is the subject, so "They …" right after carries on about it', (t) => {
  const text = 'There are pests who swarm through the markets of the capital. They have come to see the famine as a chance to grow rich.';
  t.deepEqual(inSentence(text, 'They have come').map((f) => f.rule), ['us-them-anaphora']);
  const neutral = 'There are farmers who work the river bottoms near the capital. They have come to see the dry years as a test of patience.';
  t.deepEqual(inSentence(neutral, 'They have come'), []);
});

test('"Sometimes they will call it …": a short adverbial before "they" keeps it the subject that carries on about the group', (t) => {
  const text = 'A few timid people, who fear progress, will try to give you strange names for what we are doing. Sometimes they will call it tyranny, sometimes ruin.';
  t.deepEqual(inSentence(text, 'Sometimes they').map((f) => f.rule), ['us-them-anaphora']);
  // A fronted object ("The first part they would leave …") is no adverbial: "they" there is not carried on as the subject.
  const fronted = 'The more learned adversaries of the plan admit this reasoning. The first part they would leave to the towns, the second to the counties.';
  t.deepEqual(inSentence(fronted, 'The first part'), []);
});

test('"Once they …", "How they …": "they" opening a subordinate clause is not carried on as the subject by the adverbial reading', (t) => {
  for (const opening of ['Once they', 'How they', 'Lest they', 'Which they']) {
    const text = `A few timid people, who fear progress, will try to give you strange names for what we are doing. ${opening} will call it tyranny, nobody can say.`;
    t.false(inSentence(text, opening).some((f) => f.rule === 'us-them-anaphora'), opening);
  }
  // "In any case" is an adverbial, not "in case": there "they" is still the subject.
  const adverbial = 'A few timid people, who fear progress, will try to give you strange names for what we are doing. In any case they will call it tyranny.';
  t.true(inSentence(adverbial, 'In any case').some((f) => f.rule === 'us-them-anaphora'));
});

test('"deny al Qaeda a safe haven": the established enemy as the target of a denial', (t) => {
  const text = 'The harvest was good this year. Our soldiers will deny al Qaeda a safe haven in these mountains.';
  t.deepEqual(inSentence(text, 'Our soldiers', 2010).map((f) => f.rule), ['them-established-enemy-target']);
  // Not in a year of no war with it, and not when the denial is itself denied.
  t.deepEqual(inSentence(text, 'Our soldiers', 1990), []);
  t.deepEqual(inSentence('The harvest was good this year. Our soldiers will not deny al Qaeda a safe haven in these mountains.', 'Our soldiers', 2010), []);
});

test('"There are those who …": a camp described by what it says or refuses, and "They …" carrying on about it', (t) => {
  const text = 'There are those who still think of the harbour as it was in the days of sail. They advise us to pull our boats into the inner basin and wait.';
  t.deepEqual(inSentence(text, 'There are those').map((f) => f.rule), ['us-them-there-are-those-who']);
  t.true(inSentence(text, 'They advise').some((f) => f.rule === 'us-them-anaphora'));
  // People described by what they have not done, or by a virtue, are no camp.
  t.deepEqual(inSentence('There are many people in the valley who have not yet seen the new bridge. They will see it in the spring.', 'There are many'), []);
  t.deepEqual(inSentence('There are men who will do their duty at every hazard.', 'There are men'), []);
});

test("the learned model's finding on a report of an uprising abroad is dropped; the same report at home stays", (t) => {
  const learned = (text: string): string[] => analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.device === 'us_them' && f.scored).map((f) => f.rule);
  const abroad = 'The insurrection in Cuba went on for a year, and the insurgents seized two ships of the line that had been lying in the harbor, while the Spanish troops were hotly pursued by infuriated rebels along the coast.';
  const home = 'The insurrection in the southern counties went on for a year, and the insurgents seized two ships of the line that had been lying in the harbor, while the loyal militia were hotly pursued by infuriated rebels along the coast.';
  t.deepEqual(learned(abroad), []);
  t.deepEqual(learned(home), ['us-them-learned']);
  // A foreign government named by its adjective, which compromise does not tag as a people.
  const government = 'The insurrection went on for a year along the border between the Brazilian Government and the insurgents, and the rebels seized two ships of the line that had been lying in the harbor, whose officers were then hotly pursued by infuriated insurgents.';
  t.deepEqual(learned(government), []);
  // "the Government of the Union", "of the Confederate States" are the text's own country: the uprising is at home.
  const confederate = 'The insurrection went on for a year, and the insurgents of the Government of the Confederate States seized two ships of the line that had been lying in the harbor, while the loyal militia were hotly pursued by infuriated rebels along the coast.';
  t.deepEqual(learned(confederate), ['us-them-learned']);
  t.true(learned("Our people's sympathy with the insurgents against the Government of the Union is well known.").includes('us-them-contrast'));
});

test('"the Japanese" is one of Japan\'s names, as "the Germans" is one of Germany\'s', (t) => {
  const text = 'The harvest was good this year. Our planes are hammering at the Japanese along the whole coast.';
  t.deepEqual(inSentence(text, 'Our planes', 1943).map((f) => f.rule), ['them-established-enemy-target']);
  t.deepEqual(inSentence(text, 'Our planes', 1960), []);
});

test('"The British commanders …": a name followed by a word for a force or a ruling body is that force, whose verb comes after it', (t) => {
  const opening = 'The harvest was good this year. ';
  t.deepEqual(inSentence(`${opening}The British commanders have burned the mills along the river.`, 'The British commanders', 1813).map((f) => f.rule), ['them-established-enemy']);
  t.deepEqual(inSentence(`${opening}The Japanese forces have seized the port again.`, 'The Japanese forces', 1943).map((f) => f.rule), ['them-established-enemy']);
  t.deepEqual(inSentence(`${opening}The British commanders have burned the mills along the river.`, 'The British commanders', 1830), []);
});
