// Us/them framing: hostile labels, contrasts, near misses, "they" carried across sentences, learned out-groups, lexicon examples and the op-ed.

import test, { type ExecutionContext } from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, parse } from '../src/index.js';
import type { Finding } from '../src/analyzers/types.js';
import { US_THEM_LEARNED, usThem } from '../src/analyzers/us-them.js';
import { analyzeDocument } from '../src/analyzers/us-them/document.js';
import { learnedModel, trainingEvidence } from '../src/learn/learned.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { Tagger } from '../src/nlp/tagger.js';
import { readGold } from '../src/eval/gold.js';
import { holdsFloor, type Floor } from './helpers/floor.js';
import { OPED_PATH, SHARED_DIR, sharedTest } from './helpers/shared.js';

/** Us/them findings of a text read as Markdown prose (so a short line is not taken for a heading). */
function findingsOf(text: string): Finding[] {
  return analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.device === 'us_them');
}
const scored = (text: string): Finding[] => findingsOf(text).filter((f) => f.scored);

const positives: [string, string][] = [
  ['The dockers and farmhands of Norland, unlike those ignoramuses in the capital, have shown a steady and admirable sense of purpose.', 'them-ignoramuses'],
  ['If Rosales and his gang succeed in defeating Chávez, the perspective for the masses would be black indeed.', 'them-gang'],
  ['But there is an implacable hatred towards the corrupt bureaucrats who constitute the Fifth Column of the counterrevolution.', 'them-fifth-column'],
  ['The real motor-force has been the masses, who, unlike the bureaucrats and careerists, are devoted to the revolution.', 'us-them-contrast'],
  ['It is a weapon our adversaries in today\'s world do not have.', 'them-enemy'],
  ['They want to take what is ours.', 'us-them-take-what-is-ours'],
  ['They are, quite simply, "We the people," the farmers and clerks of Lowmarsh.', 'us-them-we-the-people'],
  ['Now, there are some who doubt the size of our plans.', 'us-them-those-who-dispute'],
  ['We are not, as some would have us believe, doomed to an inevitable decline.', 'us-them-some-would-have-us-believe'],
  ['To those who cling to power through corruption and deceit, know that you are on the wrong side of history.', 'us-them-those-who-hostile'],
  ['Our republic is at war, against a shadowy ring of smugglers and arsonists.', 'us-them-at-war'],
  ['Such a victory would dishearten and divide the forces of reaction.', 'them-forces-of'],
  ['The villagers will never accept rule by their bitterest enemies.', 'us-them-our-enemies'],
  ['The workers are no longer prepared to accept the impositions of the bosses, who plot to close the factories.', 'hostile-act-subversion'],
  ['In 1940, Italy attacked France without warning.', 'them-named-adversary'],
  ['Down with imperialism!', 'us-them-down-with'],
  // Wartime and populist framing of other texts than the dev set.
  ['It is the same tired Axis trick of setting neighbour against neighbour.', 'them-axis'],
  ['All of that area would fall under Japanese domination.', 'them-nation-as-aggressor'],
  ['The guns trained on the ferry are pointed at us as well.', 'us-them-aimed-at-us'],
  ['The people of Westmark want to know: who bombed our shores?', 'us-them-attacked-us'],
  ['Our neighbours keep asking: why do they despise our little town so?', 'us-them-take-what-is-ours'],
  ['The history of the present King is a history of repeated injuries, all aiming at an absolute Tyranny over these States.', 'us-them-rule-over-us'],
  ['Every winter the minister blames illegal aliens for the thefts in the valley.', 'them-illegal-aliens'],
  // A populist contrast with no hostile word: a few who prosper against the people who pay.
  ['The speculators grew rich on the crisis, yet the workers lost their savings.', 'us-them-few-gain-many-lose'],
  // The same act of war, framed: the agent is cast as an adversary.
  ['Germany invaded Poland, in violation of every treaty.', 'them-named-adversary'],
  ['On Sunday German planes bombed the harbour without warning.', 'them-named-adversary'],
  // A barbarous deed casts the name right beside it.
  ['The world has seen the perfidy of Japan.', 'them-named-adversary'],
  ['Nobody doubts Hitler\'s lust for conquest any longer.', 'them-named-adversary'],
  // "Is the enemy" said of people or of a movement still names an out-group.
  ['The dictator is our enemy.', 'us-them-our-enemies'],
  ['Fascism is the enemy of every free people.', 'them-enemy'],
  ['Our taxes were raised to enrich the favored few at the expense of the many.', 'us-them-contrast'],
  // The democracies as the in-group set against the dictatorships; contemptuous names for those who cheat the common effort.
  ['The democracies will outlast the dictatorships, however loud their threats.', 'us-them-contrast'],
  ['We know that there are racketeers in every port who live on the sailors.', 'them-chiselers'],
  // Outrages aimed at the in-group; a stance of the in-group against a named state; a label in the possessive.
  ['For years they kept up their outrages upon our shipping.', 'us-them-act-against-us'],
  ['Our sailors are fighting the war against Japan on every sea.', 'them-named-adversary'],
  ["Nobody will miss the dictator's secret police.", 'them-tyrants'],
  ['The regime in the north has again refused to release its prisoners.', 'them-regimes'],
  // A named state as the subject of a threat.
  ['This spring Germany has openly threatened its small neighbours.', 'them-named-adversary'],
  // Doubters named by their fear or by what they seek.
  ['A few timid people, who fear progress, will call our plan by strange names.', 'us-them-those-who-dispute'],
  ['Those who seek special privilege are the loudest in their complaints.', 'us-them-those-who-hostile'],
];

for (const [text, rule] of positives) {
  test(`us/them cue: ${text.slice(0, 60)}`, (t) => {
    const found = scored(text);
    t.true(found.length > 0, 'no scored finding');
    t.true(found.some((f) => f.rule === rule), `expected ${rule}, got ${found.map((f) => f.rule).join(', ')}`);
  });
}

const nearMisses = [
  'Only a favored few of the applicants were admitted this year.', // the few named, nobody cast as an adversary
  // First-person plural with no adversary.
  'We will put it plainly for our own age: the good of the republic comes before all else.',
  'We will lay the pipes and railways, the power lines and cables that carry our trade and hold us together.',
  // A neutral mention of an institution or a group.
  'The Electoral Committee announced the results on Monday.',
  'The opposition is gathering behind the slogan of "count every ballot."',
  'The rank and file members of the Harbour League come mostly from the fishing families, the farmhands and the town poor.',
  // Opposition to acts rather than to a group.
  'We must stand ready to oppose aggression or subversion wherever it appears.',
  // A past quarrel, not a present out-group.
  'With old partners and former foes, we will work patiently to shrink the stockpiles of arms.',
  // Analysis of classes in general terms.
  'The organised power of one class for oppressing another.',
  'Those who do earn wages are denied a fair share of their pay by a levy which punishes thrift.',
  // "Enemy" said of a thing, not of people.
  'But drought is only one enemy of a healthy harvest--blight is another.',
  // Opposing an act (terrorism), not a group; a program aimed at the in-group; rulers who are the people.
  'We will take firm steps against piracy to protect our sailors.',
  'The new program is aimed at our farmers and their families.',
  'I report to the real rulers of this country, the voting public.',
  // One list, not two camps; "opposition" as the act of opposing.
  'We have succeeded in creating a better life for the many as well as the few.',
  'The smaller the territory, the more difficult will it be for the people to form a regular plan of opposition.',
  // A "they" that refers back to no out-group.
  'The crowd was large. They sang until dawn.',
  // A bare report of an act of war, with nothing that frames it: news, not an us/them frame.
  'Last night German forces attacked Copenhagen.',
  // "Enemies" that are things, not people.
  'Fear is the enemy of progress.',
  'Complacency has always been our worst enemy.',
  'The cruelty of winter surprised the settlers in Montana.',
  // A place named after "in" is where an act happened, not who did it.
  'Floods in Ohio ravaged the farms along the river.',
  // "US" in capitals is the country, not the pronoun.
  'The US Agency for International Development funds 132 groups.',
  // A stance denied; a stance with no "we" (and never against the speaker's own country); a participle with its agent after it.
  'The treaty involves no war against the Chinese nation, and we signed it gladly.',
  'Germany declared war against the United States.',
  'Standing here long ago, Abraham Lincoln spoke to a Nation ravaged by war.',
  // "The enemy … is" a thing; trade cartels; a technical "regime".
  'The real enemy of the farmer is drought.',
  'The steel cartels of Europe divided the markets among themselves.',
  'The treaty sets up a verification regime with inspections on short notice.',
  // A threat whose subject is a war, a tension or a danger, not the state named inside the phrase.
  'Tensions between Chile and Peru threatened another war in the south.',
  'We must teach our children to avoid the dangers which threaten those who come after us.',
  // A disease named like an organization is not the target of a stance.
  'We have made great progress in our fight against HIV in Africa.',
];

for (const text of nearMisses) {
  test(`not an us/them cue: ${text.slice(0, 60)}`, (t) => {
    const found = scored(text);
    t.deepEqual(
      found.map((f) => `${f.rule}: ${f.quote}`),
      [],
    );
  });
}

test('a contrast names who "us" and "them" are, with normalized labels for the tallies', (t) => {
  const found = scored('The Norland workers and peasants, unlike the pompous ignoramuses, have shown great resolve.');
  const us = found.find((f) => f.category === 'us');
  const them = found.find((f) => f.category === 'them');
  t.is(us?.label, 'the workers and peasants');
  t.is(us?.quote, 'workers and peasants');
  t.is(them?.label, 'the ignoramuses');
});

test('a bare in-group mention is listed as context, not scored', (t) => {
  const found = findingsOf('The masses in our valley learn less from pamphlets than from their own hard years.');
  t.true(found.length > 0);
  t.true(found.every((f) => !f.scored && f.category === 'us'));
});

test('"they" carries an out-group into the next sentence when that sentence adds a hostile word', (t) => {
  const text = 'A veritable army of reformists has descended on the capital. These ladies and gentlemen have a profound contempt for the masses.';
  const found = scored(text);
  const second = found.filter((f) => f.start >= text.indexOf('These'));
  t.true(second.some((f) => f.rule === 'us-them-anaphora' && f.quote === 'These' && f.label === 'the reformists'));
});

test('"they" as the subject right after an adversary was the subject goes on about it, without a hostile word of its own', (t) => {
  const text = 'Powerful gangsters have banded together to make war upon the whole human race. Their challenge has now been flung at our nation.';
  const second = scored(text).filter((f) => f.start >= text.indexOf('Their'));
  t.true(second.some((f) => f.rule === 'us-them-anaphora' && f.label === 'the terrorists'));
  // "These men …" points back just as "they" does.
  const these = 'Powerful gangsters have banded together to make war upon the whole human race. Yes, these men call this a new order.';
  t.true(scored(these).some((f) => f.rule === 'us-them-anaphora' && f.start === these.indexOf('Yes, these') && f.label === 'the terrorists'));
  // "Those who …" opening the next sentence, against the in-group, means the adversary's camp too.
  const those = 'Powerful gangsters have banded together to make war upon the whole human race. Those who listened to them forgot our history.';
  t.true(scored(those).some((f) => f.rule === 'us-them-contrast' && f.start === those.indexOf('Those who')));
  // The out-group named after the verb (the victims are the subject): "they" is not taken to mean it.
  const victims = 'The parents were shot in their home by an illegal alien. They were in their eighties.';
  t.deepEqual(scored(victims).filter((f) => f.start >= victims.indexOf('They were')).map((f) => f.rule), []);
});

test('a grievance list against an adversary named before: "He has …" and "For …ing us …" items count when the act falls on the in-group', (t) => {
  const text = 'The usurper seized the palace in the spring.\n\nHe has taxed our harvests without our consent.\n\nFor closing our schools.\n\nFor silencing our newspapers.';
  const found = scored(text);
  for (const opener of ['He has taxed', 'For closing', 'For silencing']) {
    const at = text.indexOf(opener);
    t.true(
      found.some((f) => f.rule === 'us-them-accusation-against-us' && f.start === at && f.label === 'the tyrants'),
      `${opener}: ${found.map((f) => `${f.rule}@${f.start}`).join(', ')}`,
    );
  }
  // No adversary to refer to, or "he is" (a state, not an act), or no in-group the act falls on: no accusation.
  t.deepEqual(scored('He has taxed our harvests without our consent.').map((f) => f.rule), []);
  const state = 'The usurper seized the palace in the spring. He is with us tonight.';
  t.false(scored(state).some((f) => f.rule === 'us-them-accusation-against-us'));
  const noVictim = 'Our soldiers drove out the usurper in the spring. He has built a tower by the sea.';
  t.false(scored(noVictim).some((f) => f.rule === 'us-them-accusation-against-us'));
  // Right after the adversary was the subject, "He …" goes on about it even with no in-group named.
  const subject = 'The usurper seized the palace in the spring. He has built a prison for his critics.';
  t.true(scored(subject).some((f) => f.rule === 'us-them-accusation-against-us' && f.start === subject.indexOf('He has')));
});

test('an accusation\'s "he" or "she" never stands for a movement or a body named in the singular, only for one person', (t) => {
  // "The counterrevolution" is no one person: the "He" that follows is the mayor, whom the sentence before names.
  const movement = 'These brazen plans of the counterrevolution have met with a firm answer from the mayor. He has warned that any attempt to close our harbour will be met with a strike.';
  t.false(scored(movement).some((f) => f.rule === 'us-them-accusation-against-us'), scored(movement).map((f) => f.rule).join(', '));
  // One person named by a hostile label still is.
  const person = 'The tyrant has ruled the valley for thirty years. He has kept soldiers among us in times of peace.';
  t.true(scored(person).some((f) => f.rule === 'us-them-accusation-against-us' && f.start === person.indexOf('He has')));
});

test('a pronoun inside a sentence still refers to the out-group named just before when the sentence says something hostile', (t) => {
  const text = 'The bandits burned the mill last spring. Everyone remembers how cruel they were.';
  const second = scored(text).filter((f) => f.start >= text.indexOf('Everyone'));
  t.true(second.some((f) => f.rule === 'us-them-pronoun-reference' && f.quote === 'they'), second.map((f) => f.rule).join(', '));
  // A plural noun in the sentence is the nearer referent; no hostile word, no finding.
  const nearer = 'The bandits burned the mill last spring. The farmers remember how cruel their losses were.';
  t.false(scored(nearer).some((f) => f.rule === 'us-them-pronoun-reference'));
  const calm = 'The bandits burned the mill last spring. Everyone saw what they did.';
  t.false(scored(calm).some((f) => f.rule === 'us-them-pronoun-reference'));
});

test('"If he …" right after one adversary named as a person goes on about it; not after "the enemy", which names a whole side', (t) => {
  const text = 'The world wonders what the tyrant of the north is planning. If he thinks that the winter will save him, he is mistaken.';
  t.true(scored(text).some((f) => f.rule === 'us-them-accusation-against-us' && f.start === text.indexOf('If he') && f.label === 'the tyrants'));
  const ours = 'Our scout was captured by the enemy. If he escapes, he will come home.';
  t.false(scored(ours).some((f) => f.rule === 'us-them-accusation-against-us'));
  // A group, not one person: "he" does not refer to it.
  const group = 'The world wonders what the tyrants of the north are planning. If he thinks that the winter will save him, he is mistaken.';
  t.false(scored(group).some((f) => f.rule === 'us-them-accusation-against-us'));
});

test('"they" reaches across a "Part N" cut of a text without headings (a cut by length is no break in the text)', (t) => {
  const filler = 'The harvest was good this year and the roads were mended before the first snow came down from the hills. ';
  const text = `${filler.repeat(2)}The reformists have descended on the capital like locusts.\n\nThey have a profound contempt for the masses. ${filler.repeat(3)}`;
  const document = parse(text, { sectionWords: 50 });
  const they = document.sentences.findIndex((s) => s.text.startsWith('They have'));
  // The test means something only if the cut falls between the two sentences.
  t.not(document.sentences[they].section, document.sentences[they - 1].section);
  t.is(document.sections[document.sentences[they].section].kind, 'part');
  const found = analyze(text, { devices: ['us_them'], sectionWords: 50 }).findings.filter((f) => f.device === 'us_them' && f.scored);
  t.true(found.some((f) => f.rule === 'us-them-anaphora' && f.start === text.indexOf('They have') && f.label === 'the reformists'));
});

test('"they" does not reach into another section', (t) => {
  const text = '# A\n\nThe reformists have descended on the capital.\n\n## B\n\nThey have a profound contempt for the masses.';
  const found = scored(text);
  t.false(found.some((f) => f.rule === 'us-them-anaphora'));
});

test('a heading with a hostile label counts', (t) => {
  const text = 'Opening words of the article.\n\n## Imperialist interference\n\nThe tone of the statements has changed.';
  const found = scored(text);
  t.true(found.some((f) => f.rule === 'them-imperialists' && f.quote === 'Imperialist'));
});

test('the document pass learns an out-group the text keeps naming with hostile words', (t) => {
  const hostile = 'The opposition is plotting a coup. The opposition is spreading deceit. The opposition is conspiring with foreign agents. The opposition met on Tuesday.';
  const mixed = 'The opposition is plotting a coup. The opposition is spreading deceit. The opposition met on Monday. The opposition met on Tuesday. The opposition voted.';
  const lexicons = loadLexicons();
  const learnedOf = (text: string) => analyzeDocument({ document: parse(text), lexicons, tagger: new Tagger() }).learned.get('the opposition');
  t.deepEqual(learnedOf(hostile), { hostile: 3, total: 4, adversary: true });
  t.is(learnedOf(mixed)?.adversary, false);
  // Once learned as an adversary, a plain mention counts too.
  const last = scored(hostile).filter((f) => f.start >= hostile.indexOf('The opposition met'));
  t.true(last.some((f) => f.rule === 'them-learned-adversary'));
  t.false(scored(mixed).some((f) => f.start >= mixed.indexOf('The opposition met')));
});

// The learned second opinion (lexicons/us-them-learned.json): sentences the rules miss, weighed from weak cues.
const adversaryThenDesigns =
  'The warlords of Ruritania are the enemies of every free people. The rains came late this year. ' +
  'After the rivers fall, they intend to seize the northern valleys and to dominate the trade of the whole coast.';

test('the learned model flags a third party\'s designs of conquest that the rules miss, spanning the sentence, and only there', (t) => {
  const found = findingsOf(adversaryThenDesigns);
  const learned = found.filter((f) => f.rule === US_THEM_LEARNED);
  const sentences = parse(adversaryThenDesigns, { format: 'markdown' }).sentences;
  // The rules flag the first sentence (a hostile label) and leave the third, which names no group and uses no insult.
  t.true(found.some((f) => f.sentence === 0 && f.scored && f.rule !== US_THEM_LEARNED));
  t.false(found.some((f) => f.sentence === 2 && f.rule !== US_THEM_LEARNED && f.scored));
  t.deepEqual(learned.map((f) => f.sentence), [2]);
  t.is(learned[0].start, sentences[2].start);
  t.is(learned[0].end, sentences[2].end);
  t.true(learned[0].scored);
  t.true(learned[0].strength >= 0.3 && learned[0].strength < 1);
});

sharedTest('op-ed: the model trained on every sentence (bench/models/us-them-every-sentence, measured, not shipped) adds to the shipped model only where the rules are silent', (t) => {
  const text = readFileSync(OPED_PATH, 'utf8');
  const folder = fileURLToPath(new URL('../bench/models/us-them-every-sentence/', import.meta.url));
  const scoredWith = (lexicons: string[]) => analyze(text, { devices: ['us_them'], lexicons }).findings.filter((f) => f.device === 'us_them' && f.scored);
  const shipped = scoredWith([]);
  const measured = scoredWith([folder]);
  const ruled = new Set(shipped.filter((f) => f.rule !== US_THEM_LEARNED).map((f) => f.sentence));
  const added = measured.filter((f) => f.rule === US_THEM_LEARNED);
  // The same rules fire either way; the measured model flags more of the sentences they leave, and none they flag.
  t.deepEqual(new Set(measured.filter((f) => f.rule !== US_THEM_LEARNED).map((f) => f.sentence)), ruled);
  t.true(added.length > shipped.filter((f) => f.rule === US_THEM_LEARNED).length, `${added.length} findings`);
  t.false(added.some((f) => ruled.has(f.sentence)));
});

test('the learned model leaves plain sentences alone: the same context with a peaceful plan, cooperation, budgets and figures', (t) => {
  const peaceful =
    'The warlords of Ruritania are the enemies of every free people. The rains came late this year. ' +
    'Once the rivers fall, the farmers will plant the northern valleys and sell their grain on the whole coast.';
  const procedure =
    'Together with our allies and partners, we will rebuild the bridges and schools of the valley. ' +
    'We recommend that the appropriations for the harbour be raised by 3 percent in the next fiscal year. They will report on the estimates in March.';
  for (const text of [peaceful, procedure]) t.deepEqual(findingsOf(text).filter((f) => f.rule === US_THEM_LEARNED), [], text);
});

test('a learned finding\'s explanation names the features of its sentence that raised the odds, in the model file\'s words', (t) => {
  const lexicons = loadLexicons();
  const model = learnedModel(lexicons, US_THEM_LEARNED)!;
  t.truthy(model, 'lexicons/us-them-learned.json is shipped');
  const document = parse(adversaryThenDesigns, { format: 'markdown' });
  const { features } = trainingEvidence(usThem, document, lexicons, US_THEM_LEARNED);
  t.is(features.length, document.sentences.length);
  const finding = findingsOf(adversaryThenDesigns).find((f) => f.rule === US_THEM_LEARNED)!;
  t.true(finding.explanation.startsWith(`${model.explanation} (`));
  const reasons = finding.explanation.replace(/^.*likely\): /u, '').replace(/\.$/u, '').split('; ');
  t.true(reasons.length >= 1 && reasons.length <= 3);
  const own = features[finding.sentence];
  for (const reason of reasons) {
    const feature = Object.keys(model.descriptions).find((f) => model.descriptions[f] === reason);
    t.truthy(feature, `not a feature description: ${reason}`);
    t.true((own[feature!] ?? 0) > 0 && model.model.weights[feature!] > 0, `${feature} is not a present feature that raised the odds`);
  }
  // A designs verb with "they" as its subject is what this sentence says: the explanation must name it.
  t.true(own['designs-of-third-party'] === 1);
  t.true(reasons.includes(model.descriptions['designs-of-third-party']));
});

test('the score is the share of sentences with a scored cue, with us/them/contrast counts', (t) => {
  const text = 'The workers, unlike the bosses, want the factory to stay open. The weather was fine. We went home.';
  const result = analyze(text, { devices: ['us_them'], format: 'markdown' });
  const doc = result.document.us_them;
  t.is(doc.metrics.sentences, 3);
  t.is(doc.metrics.flagged, 1);
  t.is(doc.score, Math.round((1 / 3) * 10000) / 10000);
  t.is(doc.metrics.contrast, 1);
  t.true(doc.metrics.us >= 1 && doc.metrics.them >= 1);
  t.is(doc.tallies.us?.['the workers and peasants'], 1);
  t.is(doc.tallies.them?.['the ruling class'], 1);
});

test('every finding quotes its span exactly', (t) => {
  const text = 'If Rosales and his gang succeed, the masses suffer.\n\nThey are preparing to destabilise the country, unlike the workers.';
  for (const f of findingsOf(text)) t.is(text.slice(f.start, f.end), f.quote);
});

test('every example and counter-example of the us/them lexicons behaves as it claims', (t) => {
  const lexicons = loadLexicons();
  let checked = 0;
  for (const lex of lexicons.forDevice('us_them')) {
    for (const entry of lex.entries) {
      const e = entry as { id: string; examples?: string[]; counterExamples?: string[] };
      for (const text of e.examples ?? []) {
        t.true(scored(text).length > 0, `${lex.lexicon}/${e.id}: example not caught: ${text}`);
        checked++;
      }
      for (const text of e.counterExamples ?? []) {
        t.deepEqual(scored(text).map((f) => f.rule), [], `${lex.lexicon}/${e.id}: counter-example caught: ${text}`);
        checked++;
      }
    }
  }
  t.true(checked >= 30);
});

test('every us/them lexicon entry has a dash-case id and a note a student can read', (t) => {
  const lexicons = loadLexicons();
  const names = lexicons.forDevice('us_them').map((l) => l.lexicon).sort();
  t.deepEqual(names, ['us-them-cues', 'us-them-disparaged', 'us-them-evaluative', 'us-them-feature-words', 'us-them-in-group', 'us-them-out-group']);
  for (const lex of lexicons.forDevice('us_them')) {
    for (const e of lex.entries) {
      t.regex(e.id, /^[a-z0-9][a-z0-9-]*$/);
      t.true(e.note.length >= 40, `${e.id}: note too short`);
    }
  }
  const rules = lexicons.data.get('us-them-rules') as { entries: { id: string; note: string }[] };
  t.deepEqual(rules.entries.map((e) => e.id).sort(), ['them-act-unframed', 'them-cast-by-quality', 'them-enemy-as-thing', 'them-enemy-organization', 'them-established-enemy', 'them-established-enemy-in-conflict', 'them-established-enemy-named', 'them-established-enemy-pronoun', 'them-established-enemy-target', 'them-learned-adversary', 'them-named-adversary', 'them-the-employer', 'us-them-learned-foreign-uprising', 'us-them-they-then-we']);
});

sharedTest('op-ed: the "sectarian ignoramuses" sentence is an us/them cue, and the text\'s "us" and "them" are the masses and the counterrevolution', (t) => {
  const text = readFileSync(OPED_PATH, 'utf8');
  const result = analyze(text, { devices: ['us_them'], name: 'no-volveran-2006.txt' });
  const sentenceStart = text.indexOf('The Venezuelan workers and peasants, unlike the sectarian ignoramuses');
  t.true(sentenceStart > 0);
  const inSentence = result.findings.filter((f) => f.device === 'us_them' && f.scored && f.start >= sentenceStart && f.start < sentenceStart + 200);
  t.true(inSentence.some((f) => f.quote === 'sectarian ignoramuses' || f.quote === 'ignoramuses'));
  t.true(inSentence.some((f) => f.category === 'us'));
  // Headings: a hostile label counts, a descriptive heading does not.
  const heading = (title: string) => result.findings.filter((f) => f.device === 'us_them' && f.scored && f.start >= text.indexOf(title) && f.end <= text.indexOf(title) + title.length);
  t.true(heading('Imperialist interference').length > 0);
  t.is(heading('Stages in the revolution').length, 0);
  const top = (tally: Record<string, number> | undefined) => Object.entries(tally ?? {}).sort((a, b) => b[1] - a[1])[0]?.[0];
  t.is(top(result.document.us_them.tallies.us), 'the masses');
  t.is(top(result.document.us_them.tallies.them), 'the counterrevolution');
  const score = result.document.us_them.score;
  t.true(score > 0 && score < 1);
});

// A name the text fights ("an offensive against Ruritania") makes its other forms ("the Ruritanian generals") evidence.
const fightsRuritania = (opening: string) =>
  `${opening} The rains came late this year. The harvest was gathered in good time. ` +
  'This spring the Ruritanian generals planned to seize the river ports and to hold the whole coast for their own ends.';

test('the learned model flags plans told of a side the text fights, named in another form of the name, and explains it by that name', (t) => {
  const text = fightsRuritania('Our fleets have opened a great offensive against Ruritania.');
  const found = findingsOf(text);
  // No rule flags the last sentence: no hostile label, no insult, only a third party's plans.
  t.false(found.some((f) => f.sentence === 3 && f.rule !== US_THEM_LEARNED && f.scored));
  const learned = found.filter((f) => f.rule === US_THEM_LEARNED);
  t.deepEqual(learned.map((f) => f.sentence), [3]);
  const model = learnedModel(loadLexicons(), US_THEM_LEARNED)!;
  t.true(learned[0].explanation.includes(model.descriptions['adversary-name-word']), learned[0].explanation);
});

test('the learned model leaves the same plans alone when the text does not fight the name: a trade route, not an offensive', (t) => {
  const text = fightsRuritania('Our fleets have opened a great trade route to Ruritania.');
  t.deepEqual(findingsOf(text).filter((f) => f.rule === US_THEM_LEARNED), []);
});

test('the names a text fights: the target of an armed act, in any form of the name; a day after "on" is no target', (t) => {
  const lexicons = loadLexicons();
  const featuresOf = (text: string) => trainingEvidence(usThem, parse(text, { format: 'markdown' }), lexicons, US_THEM_LEARNED).features;
  const struck = featuresOf('The Senate debated the budget. We have struck at Borduria again and again. The Bordurian leaders will not soon forget it.');
  t.deepEqual(struck.map((f) => f['adversary-name-word'] ?? 0), [0, 1, 1]);
  const sunday = featuresOf('The opposition expects a great victory on Sunday. On the morning of Sunday the polls open at eight.');
  t.deepEqual(sunday.map((f) => f['adversary-name-word'] ?? 0), [0, 0]);
  // Words of rebellion are a feature of their own.
  t.is(featuresOf('The insurgents hold the river towns.')[0]['subversion-word'], 1);
});

/**
 * A test that one of our us/them samples (test/fixtures/us-them-sample/, us_them labelled only) still has its sentences
 * and that precision and F1 there stay at or above their floors. `sentences`: the exact count, or a minimum.
 */
function sampleFloor(file: string, sentences: Floor['sentences'], floors: Omit<Floor, 'sentences'>) {
  return (t: ExecutionContext) => holdsFloor(t, readGold(fileURLToPath(new URL(`./fixtures/us-them-sample/${file}`, import.meta.url)), SHARED_DIR), 'us_them', { sentences, ...floors });
}

// sample.jsonl: our us/them labels for texts outside the dev gold.
sharedTest('our own sample of 16 other political texts: us/them precision stays at least 0.9 and F1 at least 0.75', sampleFloor('sample.jsonl', { atLeast: 1000 }, { precision: 0.9, f1: 0.75 }));

// train2.jsonl: labelled before any analyzer output on these texts was seen, then tuned on.
// (The learned second opinion adds 2 true positives and no false one here: 0.930 / 0.707 / 0.803 -> 0.932 / 0.733 / 0.821.)
sharedTest('our second training sample (train2, four adversarial texts): us/them precision stays at least 0.9 and F1 at least 0.75', sampleFloor('train2.jsonl', 392, { precision: 0.9, f1: 0.75 }));

// train3.jsonl: labelled before any analyzer output on these texts was seen; the learned model is trained on it
// (rules alone 0.800 / 0.345 / 0.482; with the model 0.816 / 0.534 / 0.646).
sharedTest(
  'our third training sample (train3: a wartime annual message, a war fireside chat, a Civil War annual message): us/them precision stays at least 0.78 and F1 at least 0.6',
  sampleFloor('train3.jsonl', 486, { precision: 0.78, f1: 0.6 }),
);

// fresh.jsonl: labelled before any analyzer output on these texts was seen, and never tuned on.
sharedTest('our fresh sample of four unseen texts (the generalization check): us/them precision stays at least 0.8 and F1 at least 0.53', sampleFloor('fresh.jsonl', 274, { precision: 0.8, f1: 0.53 }));
// fresh2.jsonl: three war texts of three eras, labelled before any analyzer output on them was seen, and never tuned on.
sharedTest('our second fresh sample of three unseen war texts: us/them precision stays at least 0.9 and F1 at least 0.68', sampleFloor('fresh2.jsonl', 227, { precision: 0.9, f1: 0.68 }));
