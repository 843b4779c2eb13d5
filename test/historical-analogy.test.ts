// The historical-analogy analyzer: lexicon checks, every cue's examples and near misses, sentence tables, passages, text time and the op-ed.

import test from 'ava';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/index.js';
import { parse } from '../src/analyze.js';
import { historicalAnalogy, LEARNED_RULE } from '../src/analyzers/historical-analogy.js';
import type { CueEntry, HistoryEntry } from '../src/analyzers/historical-analogy/entries.js';
import { evaluateGold } from '../src/eval/score.js';
import { trainingEvidence } from '../src/learn/learned.js';
import { readGold } from '../src/eval/gold.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { OPED_PATH, sharedPath, sharedTest } from './helpers/shared.js';

const DEVICE = 'historical_analogy';
/** Learned models measured and not shipped: a lexicon folder a run may add. */
const MEASURED_MODELS = new URL('../bench/models/', import.meta.url).pathname;

/** The rules' historical-analogy findings of a text (prose mode, so a short line is not a heading); the learned model's are tested below. */
function findings(text: string) {
  return analyze(text, { devices: [DEVICE], format: 'markdown' }).findings.filter((f) => f.device === DEVICE && f.rule !== LEARNED_RULE);
}
const scored = (text: string) => findings(text).filter((f) => f.scored);

const lexicons = loadLexicons();
const gazetteer = lexicons.get('history-gazetteer', 'terms').entries as HistoryEntry[];
const cues = lexicons.get('history-cues', 'patterns').entries as CueEntry[];

test('the gazetteer has hundreds of entries, each with a label, a category, a year and aliases', (t) => {
  t.true(gazetteer.length >= 300, `${gazetteer.length} entries`);
  for (const e of gazetteer) {
    t.truthy(e.label, e.id);
    t.truthy(e.category, e.id);
    t.is(typeof e.year, 'number', e.id);
    if (e.until !== undefined) t.true(e.until >= e.year!, `${e.id}: until is not before year`);
    t.true(e.terms.length > 0, e.id);
    // A note may open a sentence of an explanation ("… a passing mention). Eight-hour movement (1866–1916): …"), so its first letter is a capital.
    t.true(e.note.startsWith(e.label!.charAt(0).toUpperCase() + e.label!.slice(1)), `${e.id}: the note names the entry first, with a capital`);
  }
  const categories = new Set(gazetteer.map((e) => e.category));
  for (const c of ['revolution', 'war', 'battle', 'regime', 'era', 'treaty', 'document', 'event', 'person', 'group']) t.true(categories.has(c), c);
});

test('every cue has a known role and placement rule, and examples', (t) => {
  const roles = new Set(['comparison', 'likening', 'lesson', 'precedent', 'maxim', 'echo', 'present-link', 'continuation', 'past-anchor', 'present-marker', 'passage', 'told-case', 'remote-past', 'case-lesson', 'lesson-case', 'trial-case', 'trial-close', 'reference']);
  for (const e of cues) {
    t.true(roles.has(e.role), `${e.id}: role ${e.role}`);
    t.true(['sentence', 'nearby', 'none'].includes(e.needs), `${e.id}: needs ${e.needs}`);
    t.true((e.examples ?? []).length > 0, `${e.id} lists examples`);
  }
});

// Each cue's examples are caught by the cue itself, and its near misses give no finding at all.
for (const e of cues) {
  test(`cue ${e.id}: examples are caught and near misses are not`, (t) => {
    const regex = new RegExp(e.pattern, e.flags ?? 'i');
    for (const ex of e.examples ?? []) {
      const found = findings(ex);
      if (e.role === 'reference') {
        t.true(found.some((f) => f.rule === e.id && !f.scored), `"${ex}" is listed as a bare reference`);
        t.false(found.some((f) => f.scored), `"${ex}" is not scored`);
        continue;
      }
      t.true(found.some((f) => f.scored), `"${ex}" gives a scored analogy`);
      if (e.role === 'passage' || e.role === 'told-case' || e.role === 'remote-past') t.true(found.some((f) => f.rule === e.id), `"${ex}" has a ${e.role} sentence`);
      else t.true(regex.test(ex), `"${ex}" matches the pattern of ${e.id}`);
      if (e.role !== 'past-anchor' && e.role !== 'present-marker' && e.role !== 'passage' && e.role !== 'lesson-case') {
        t.true(found.some((f) => f.rule === e.id), `"${ex}" fires ${e.id} (fired: ${found.map((f) => f.rule).join(', ')})`);
      }
    }
    for (const ex of e.counterExamples ?? []) {
      t.deepEqual(findings(ex).map((f) => f.rule), [], `"${ex}" gives no finding`);
    }
  });
}

const analogies: [string, string?][] = [
  ['This was the mood that we saw in Russia in February 1917, and even in the French Revolution after the fall of the Bastille in July 1789.', 'analogy-we-saw'],
  ['By January 2006, Rumsfeld compared Chavez to Hitler.', 'analogy-compared-to'],
  ['What is lacking is a revolutionary leadership like the Bolshevik Party under Lenin and Trotsky.', 'analogy-like'],
  ['Cicero stated long ago that the safety of the People is the Supreme Law. We will bring Cicero up to date: the safety of the Revolution is the Supreme Law.', 'analogy-maxim-updated'],
  ['Critics warned that Iraq could become another Vietnam.', 'analogy-a-new'],
  ['The Chavistas will not abandon power, because they are Nazis.', 'analogy-called-x'],
  ['Not since the Civil War have the states been so quarrelsome.', 'analogy-since-the-days'],
  ['We must learn the lessons of Munich.', 'analogy-lesson'],
  ['In the past, the empire would have sent its marines.', 'analogy-in-the-past'],
  ['But we have heard all this before.', 'analogy-heard-before'],
  // Analogies that need no famous name: the nation's own past, its forebears, and biblical or classical stories.
  ['Four score and seven years ago our fathers brought forth a new nation. Now we are engaged in a great civil war.', 'analogy-then-now'],
  ['We are the heirs of that first revolution.', 'analogy-heirs'],
  ['The same revolutionary beliefs for which our forebears fought are still at issue around the globe.'],
  ['Not since the nation began has it been this divided.', 'analogy-not-since'],
  ['Eight years ago we faced a banking crisis. Today we face a new crisis with the same courage.', 'analogy-then-now'],
  ['Our founders saw themselves in the light of posterity. We can do no less.', 'analogy-do-likewise'],
  ['Suffer not yourselves to be betrayed with a kiss.', 'analogy-allusion'],
  // The nation's own past as the model, a named event offered as a lesson, and a course said to parallel a past one.
  ['As Americans have done in every age, we will meet this test.', 'analogy-as-every-age'],
  ['The sacrifices of Valley Forge and Gettysburg remind us that freedom is never free.', 'analogy-reminds-us'],
  ['The course of this war parallels the course of the Civil War.', 'analogy-parallels'],
  ['Our troubles are graver than those of the Panic of 1893. They had lasted four long years, and the banks closed.', 'analogy-passage'],
  ['If John F. Kennedy and Ronald Reagan could negotiate with the Soviet Union, then surely we can negotiate today.', 'analogy-if-they-could'],
  ['After two centuries, the American Revolution continues.', 'analogy-lives-on'],
  ['The tariff question has been this way since the Civil War.', 'analogy-since-the-days'],
  ['In 1911 we weigh our own league of states. Athens and Sparta fought for the mastery of Greece. The Thebans had their turn after Leuctra. Philip of Macedon then subdued them all.', 'analogy-told-case'],
  ['Written in 1950. Nobody now remembers the examples of the Hanseatic League.', 'analogy-examples-of'],
  ['History informs us of no league that lasted without a common treasury. The Achaean League fell for the want of one.', 'analogy-history-instructs'],
  ['The Achaean League fell for the want of a treasury. As far as history can instruct us, we must not repeat that error.', 'analogy-history-instructs'],
  ['Written in 1950. The patriots of 1776 did not fight to replace one tyranny with another.', 'analogy-people-of-the-past'],
  ['Written in 1950. In the dark days of the Civil War, Lincoln did not lose faith.', 'analogy-dark-days'],
  ['Written in 1950. Some would have us return to the days of the robber barons.', 'analogy-return-to-days'],
  ['The Grecian republics quarrelled among themselves and fell to Macedon; so it will be with us if we divide.', 'analogy-same-fate'],
];

for (const [text, rule] of analogies) {
  test(`analogy: ${text.slice(0, 60)}`, (t) => {
    const found = scored(text);
    t.true(found.length > 0, 'a scored finding');
    if (rule) t.true(found.some((f) => f.rule === rule), `fires ${rule}: ${found.map((f) => f.rule).join(', ')}`);
    for (const f of found) t.is(text.slice(f.start, f.end), f.quote);
  });
}

// Near misses: no scored finding; `listed` says whether a bare historical reference is still listed.
const nearMisses: [string, boolean, string][] = [
  ['I like the way Lincoln spoke.', true, '"like" as a verb is not a comparison'],
  ['They sent aid to countries like Peru and Chile.', false, '"like" introducing examples'],
  ['The mood dissipates like the effects of alcohol the morning after a party.', false, 'a simile with nothing historical'],
  ['Up to two million people filled the Avenida Bolívar.', false, 'a street named after a hero is a name, not a reference'],
  ['They gathered at the Lincoln Memorial and walked on to the Hannah Arendt Center.', false, 'a memorial and an institute are names'],
  ['The coup came in 1989. In 1989 the coup failed, and by 1992 the movement had grown.', false, 'dates of the text\'s own running story'],
  ['Lenin once said that an ounce of practice is worth a ton of theory.', true, 'a historical figure quoted as an authority'],
  ['In the words of Winston Churchill, the best form of defence is attack.', true, 'an authority, not an updated maxim'],
  ['Every revolution in history passes through well-defined stages.', false, 'a general statement about history'],
  ['Marx pointed out that the revolution needs the whip of the counterrevolution.', true, 'a figure cited for an idea'],
  ['Hitler broke his pledges at Munich in 1938. In 1941 he invaded Russia, and once again he lied.', false, 'events of the text\'s own time (1941), and "once again" with no analogy before it'],
  ['I cannot find better words than those used by President Eisenhower that evening.', true, 'a comparison that only introduces a quotation'],
  ['It was founded more than forty years ago.', true, '"more than" counting years, not comparing'],
  ['National income is almost 50 percent higher than it was in 1932, and in 1952 it rose again.', true, 'a comparison with a past year in statistics'],
  ['Every generation meets the same problems under its own circumstances.', false, 'a general statement about generations, no past case'],
  ['The meeting ran late. Now the budget goes to the floor.', false, '"now" after a sentence that names no past case'],
  ['In 1945 our Navy met the Japanese Fleet. Not since the battle of Guadalcanal in 1942 had it been able to do so.', false, '"not since" a battle of the text\'s own war'],
  ['In the third century of our independence we face new tasks. Tonight I shall present to the Congress six great goals.', true, '"tonight" marks the occasion of a speech, not a present set against the past'],
  ['Lincoln reminded us that a house divided cannot stand.', true, 'a figure who reminds is an authority, not a past event offered as a lesson'],
  ['As we have done in the past, we will publish the report.', false, 'the speaker\'s own habit, with no earlier generation or age named'],
  ['A second Holocaust survivor who is here tonight was a prisoner at Dachau.', true, 'a name used as a modifier ("Holocaust survivor"): "a second" counts people, it likens nothing'],
  ['He met another Vietnam veteran at the memorial.', true, '"another Vietnam veteran" is a veteran, not a second Vietnam'],
  ['Compared with its purchasing power in 1913, the dollar we borrowed is worth 52 cents.', true, 'a comparison of prices with a past year is statistics'],
  ['The envoy came to Vietnam last year. We will meet again in the spring.', true, '"meet again" plans a meeting; it does not ask anyone to repeat a past case'],
  ['I believe that further appropriations will be needed for the same purpose for the fiscal year 1947.', true, 'a budget year is bookkeeping, not a past case'],
  ['For the first time since World War II, exports exceeded imports by 2 percent.', true, 'a record in statistics, not a comparison with a past case'],
  ['I was at the Alamo in 1936. I shall never forget that moment.', true, 'a personal memory, not a lesson drawn for the audience'],
  ['The Reconstruction Finance Corporation continues to lend to the railroads.', false, 'an agency named after an era is a name, and "continues" does not follow the era'],
  ['The commissioners under the treaty of Ghent have nearly closed their labors; nor can we renounce our claims.', true, '"nor can we" with no past case set beside us'],
  ['The relief rolls were long in 1929. Never since my inauguration in March, 1933, have so many found work.', false, 'a year compared with, a few years after the latest the text writes, is still the text\'s own time'],
  ['Abraham Lincoln spoke here in 1858. Now, there is someone else here tonight.', true, 'a "Now," that steers the talk does not set the present against the past'],
  ['Lincoln will be honoured by the commission next year. Today we begin the work.', true, '"today" after a sentence about the future, not a past told'],
  ['Off to one side stands the memorial to Thomas Jefferson, and beyond it a statue of Lincoln.', false, 'monuments to historical figures are names'],
  ['We drove to Columbus, Ohio, and on to Lincoln, Nebraska, for the hearings.', false, 'a city named after a person, with its state after the comma, is a place'],
  ['Written in 1903. In 1850 an outbreak came; a war vessel was demanded. In 1851 a revolution broke out in four provinces. In 1853 an insurrection came at the capital.', true, 'a chronicle of dates is a record, not a past case told at length'],
  ['Written in 1888. In the Middle Ages the guilds ruled the towns. The feudal times gave way to manufacture. The Middle Ages knew no world market.', true, 'an account of an era is history in general, not a named past case'],
];

for (const [text, listed, why] of nearMisses) {
  test(`near miss (${why}): ${text.slice(0, 50)}`, (t) => {
    const found = findings(text);
    t.deepEqual(found.filter((f) => f.scored).map((f) => f.rule), [], 'no scored finding');
    t.is(found.some((f) => f.rule === 'history-reference'), listed, listed ? 'the reference is listed' : 'nothing is listed');
  });
}

test('a passage that tells the past case and then maps it onto now is flagged sentence by sentence', (t) => {
  const text = [
    'This ceremony is held on the West Front for the first time, in January 1981.',
    'Under one such marker lies a young man who left his job in a barber shop in 1917 to go to France.',
    'There, on the western front, he was killed carrying a message under heavy fire.',
    'We are told that on his body was found a diary.',
    'The crisis we are facing today does not require of us the kind of sacrifice that he and so many thousands of others were called upon to make.',
  ].join(' ');
  const found = scored(text);
  const flagged = new Set(found.map((f) => f.sentence));
  t.deepEqual([...flagged].sort(), [1, 2, 3, 4], 'the story of 1917 and its application, not the date of the ceremony');
  t.true(found.some((f) => f.rule === 'analogy-passage'));
  t.true(found.some((f) => f.rule === 'analogy-present-link'));
});

test('after a comparison, the narrative of the past case that follows joins its passage until the text returns to the present', (t) => {
  const text = [
    'Among the confederacies of antiquity the most considerable was the Achaean League.',
    'It bore a very instructive analogy to the present Confederation.',
    'The members retained the character of independent states.',
    'The council had authority to declare and carry on war.',
    'We must not make the same mistake.',
  ].join(' ');
  const found = scored(text);
  const flagged = [...new Set(found.map((f) => f.sentence))].sort();
  t.deepEqual(flagged, [0, 1, 2, 3], 'the told case, not the present-tense appeal after it');
  t.true(found.some((f) => f.sentence === 2 && f.rule === 'analogy-passage'));
});

test('one "now" does not lean on the "now" before it: only the sentence after the past case is linked', (t) => {
  const text = 'Our fathers built the republic. Now we keep it. Now we must also pay for it.';
  t.deepEqual([...new Set(scored(text).map((f) => f.sentence))], [0, 1]);
});

test('a forecast after a comparison is not narrative of the past case and does not join its passage', (t) => {
  const text = 'Our troubles are graver than those of the Panic of 1893. They will be less severe in future, because prices have recovered.';
  t.deepEqual([...new Set(scored(text).map((f) => f.sentence))], [0]);
});

test('a fragment cut from an analogy (". . .testing whether …") shares its decision; a capitalized sentence after it does not', (t) => {
  const text = 'Four score and seven years ago our fathers brought forth a new nation. Now we are engaged in a great civil war. . .testing whether that nation can long endure. We are met on a great battlefield.';
  const doc = analyze(text, { devices: [DEVICE], format: 'markdown' });
  const flagged = new Set(scored(text).map((f) => f.sentence));
  const fragment = doc.sentences.find((s) => text.slice(s.start, s.end).includes('testing whether'))!;
  const battlefield = doc.sentences.find((s) => text.slice(s.start, s.end).includes('battlefield'))!;
  t.true(flagged.has(fragment.index));
  t.false(flagged.has(battlefield.index));
});

test('the story of a past case joins its passage even where it glances at now, but not a sentence where we speak of now', (t) => {
  const told = 'The Romans conquered the league. The Achaeans were cut to pieces, and their land lies in chains at this hour. This piece of history proves the weakness of a loose union.';
  t.deepEqual([...new Set(scored(told).map((f) => f.sentence))].sort(), [0, 1, 2]);
  const ours = 'The Romans conquered the league. We honour the Romans today, and we studied their laws. This piece of history proves the weakness of a loose union.';
  t.deepEqual([...new Set(scored(ours).map((f) => f.sentence))].sort(), [2]);
});

test('a short gap in the story of a past case is filled, but not with a sentence about now', (t) => {
  const story = 'The Achaean League bore an instructive analogy to our Confederation. The members had equal votes.';
  const close = 'This piece of history proves the weakness of a loose union.';
  const gap = `${story} Hence the weakness and the ruin of the league. ${close}`;
  t.deepEqual([...new Set(scored(gap).map((f) => f.sentence))].sort(), [0, 1, 2, 3]);
  const now = `${story} So it is with the present plan. ${close}`;
  t.deepEqual([...new Set(scored(now).map((f) => f.sentence))].sort(), [0, 1, 3]);
});

test('an allusion is an analogy of its own sentence and opens no passage of narrative', (t) => {
  const text = 'The money changers have fled from their high seats in the temple. True, they had tried. They proposed only more lending.';
  t.deepEqual([...new Set(scored(text).map((f) => f.sentence))], [0]);
  t.is(scored(text)[0].rule, 'analogy-allusion');
});

test('an unrelated story before an analogy does not join its passage', (t) => {
  const text = 'The reformists never lack arguments against socialism. But we have heard all this before. The Mensheviks never tired of warning Lenin in 1917 that there were no objective conditions for revolution. Yet Lenin and Trotsky led the working class to power. The conditions today are far more favourable than they were in Russia in 1917. The vast majority are ready for change.';
  const found = scored(text);
  const doc = analyze(text, { devices: [DEVICE], format: 'markdown' });
  const flagged = doc.sentences.filter((s) => found.some((f) => f.sentence === s.index)).map((s) => s.index);
  t.deepEqual(flagged, [1, 2, 3, 4]);
});

test('a sentence of the text\'s own story (dated by a year of its own time) does not join the passage, and the passage stops at it', (t) => {
  const flaggedIn = (text: string) => {
    const found = scored(text);
    return analyze(text, { devices: [DEVICE], format: 'markdown' }).sentences.filter((s) => found.some((f) => f.sentence === s.index)).map((s) => s.index);
  };
  const before = 'In 1979 we meet again. The Congress of Vienna kept the peace for a century.';
  const after = 'The peace is kept today as it was at the Congress of Vienna.';
  // The Congress of Vienna told in the past tense after "we meet" is the remote past told in a speech about now (sentence 1);
  // the sentence of 1972 stays out of its passage even between two flagged sentences.
  t.deepEqual(flaggedIn(`${before} The first agreement was concluded in 1972. ${after}`), [1, 3]);
  t.deepEqual(flaggedIn(`${before} The first agreement was concluded at Vienna. ${after}`), [1, 2, 3]);
});

test('the text\'s own time decides what is history: 2004 is recent in a text of 2006, 1989 is not', (t) => {
  const own = 'In 2006 the President won again. It is up to the people to do as in the Orange Revolution and fill the streets.';
  t.deepEqual(scored(own).map((f) => f.rule), []);
  const past = 'In 2006 the President won again. It is up to the people to do as in the Caracazo and fill the streets.';
  t.deepEqual(scored(past).map((f) => f.rule), ['analogy-as-in']);
  // A bare year needs a generation's distance: 1989 is history in 2006 but too close to stand alone as the past case.
  const year = 'In 2006 the President won again. It is up to the people to do as in 1989 and fill the streets.';
  t.deepEqual(scored(year).map((f) => f.rule), []);
  t.true(findings(year).some((f) => f.rule === 'history-reference' && f.quote === '1989'));
});

test('the score counts analogies per 1,000 words, not the passage sentences around them', (t) => {
  const text = 'The Mensheviks never tired of warning Lenin in 1917 that the conditions were not ripe. Yet Lenin and Trotsky led the workers to power. The conditions in Venezuela are far more favourable than they were in Russia in 1917.';
  const result = analyze(text, { devices: [DEVICE], format: 'markdown' });
  const all = result.findings.filter((f) => f.scored);
  const analogiesOnly = all.filter((f) => f.rule !== 'analogy-passage');
  t.true(all.length > analogiesOnly.length);
  t.is(result.document[DEVICE].metrics.analogies, analogiesOnly.length);
  t.true(Math.abs(result.document[DEVICE].score - (analogiesOnly.length * 1000) / result.source.words) < 0.01);
});

sharedTest('op-ed: the February 1917 comparison and Chavez likened to Hitler are analogies; authorities and streets are not', (t) => {
  const text = readFileSync(OPED_PATH, 'utf8');
  const result = analyze(text, { devices: [DEVICE] });
  const found = result.findings.filter((f) => f.device === DEVICE);
  const sentenceOf = (needle: string) => {
    const at = text.indexOf(needle);
    t.true(at >= 0, needle);
    return result.sentences.find((s) => s.start <= at && at < s.end)!;
  };
  const scoredIn = (needle: string) => found.filter((f) => f.scored && f.sentence === sentenceOf(needle).index);
  const russia = scoredIn('This was the mood that we saw in Russia in February 1917');
  t.true(russia.length > 0);
  t.regex(russia[0].explanation, /Russian Revolution|1917/);
  const hitler = scoredIn('compared Chavez to Hitler');
  t.is(hitler[0]?.rule, 'analogy-compared-to');
  t.is(hitler[0]?.label, 'Adolf Hitler');
  t.is(hitler[0]?.category, 'person');
  t.true(scoredIn('We will bring Cicero up to date').length > 0);
  t.true(scoredIn('seized power in the Paris Commune').length > 0);
  t.deepEqual(scoredIn('Lenin once said'), []);
  t.deepEqual(scoredIn('In the words of Winston Churchill'), []);
  t.deepEqual(scoredIn('Marx pointed out'), []);
  t.deepEqual(scoredIn('That was the case in the coup of April 2002'), []);
  t.false(found.some((f) => f.sentence === sentenceOf('filled the Avenida Bolívar').index && /Bol[ií]var/.test(f.quote)), 'the avenue is not a reference');
});

sharedTest('op-ed: the measured learned model (bench/models, not shipped) leaves an authority cited and quotations to the rules, and flags only sentences that tell of the past themselves', (t) => {
  const text = readFileSync(OPED_PATH, 'utf8');
  const result = analyze(text, { devices: [DEVICE], lexicons: [MEASURED_MODELS] });
  const learned = result.findings.filter((f) => f.rule === LEARNED_RULE);
  const features = trainingEvidence(historicalAnalogy, parse(text), lexicons, LEARNED_RULE).features;
  const at = text.indexOf('Marx pointed out');
  const marx = result.sentences.find((s) => s.start <= at && at < s.end)!;
  t.is(features[marx.index]['cites-authority'], 1);
  t.false(learned.some((f) => f.sentence === marx.index));
  const model = JSON.parse(readFileSync(join(MEASURED_MODELS, 'history-learned.json'), 'utf8')) as { requires: string[]; excludes: string[] };
  t.true(learned.length > 0);
  for (const f of learned) {
    t.true(model.requires.some((r) => (features[f.sentence][r] ?? 0) > 0), f.quote);
    t.false(model.excludes.some((r) => (features[f.sentence][r] ?? 0) > 0), f.quote);
  }
});

sharedTest('own labelled sample of other texts (test/fixtures/analogy-sample): historical analogy F1 stays at or above 0.65', (t) => {
  const gold = readGold(new URL('./fixtures/analogy-sample/sample.jsonl', import.meta.url).pathname, sharedPath(''));
  const report = evaluateGold(gold, { devices: [DEVICE] });
  const prf = report.devices.historical_analogy;
  t.true(prf.f1 >= 0.65, `F1 ${prf.f1} (P ${prf.precision}, R ${prf.recall})`);
  t.true(prf.precision >= 0.85, `precision ${prf.precision}`);
});

sharedTest('second training sample (train2.jsonl: Federalist 19 and 63, two FDR speeches): F1 stays at or above 0.45, precision at or above 0.9', (t) => {
  const gold = readGold(new URL('./fixtures/analogy-sample/train2.jsonl', import.meta.url).pathname, sharedPath(''));
  const prf = evaluateGold(gold, { devices: [DEVICE] }).devices.historical_analogy;
  t.true(prf.f1 >= 0.45, `F1 ${prf.f1} (P ${prf.precision}, R ${prf.recall})`);
  t.true(prf.precision >= 0.9, `precision ${prf.precision}`);
});

sharedTest('dev gold: historical analogy F1 stays at or above the 0.75 target', (t) => {
  const gold = readGold(sharedPath('gold/dev.jsonl'));
  const report = evaluateGold(gold, { devices: [DEVICE] });
  const f1 = report.devices.historical_analogy.f1;
  t.true(f1 >= 0.75, `F1 ${f1}`);
});

// ---------------------------------------------------------------------------------------------
// The learned second opinion (src/learn/, lexicons/history-learned.json when a model ships): sentence features and
// the findings of a model. The model here is written for the tests, so that what it weighs is known.

/** What each feature of `historicalAnalogy.sentenceFeatures` says, in words; a model file must describe every feature it weighs. */
const FEATURE_DESCRIPTIONS: Record<string, string> = {
  heading: 'is a heading',
  'named-past-case': 'names a historical event, regime or figure of the last fifty years',
  'remote-past-case': 'names a historical event, regime or figure at least fifty years before the text',
  'own-time-date': "dates itself by the text's own time",
  'past-phrase': 'refers to the past without a name ("our forefathers")',
  'remote-year': 'writes a year a generation or more back',
  'cue-without-case': 'has a comparison or lesson cue with no past case found',
  'flagged-adjacent': 'stands next to a sentence the rules flag',
  'flagged-nearby': 'stands two or three sentences from one the rules flag',
  'reference-adjacent': 'stands next to a sentence that names the past',
  'remote-cases-around': 'has sentences around it that name a case fifty years back or more',
  'document-flagged-share': 'is in a text whose rules flag many sentences',
  'paragraph-flagged-share': 'is in a paragraph whose other sentences the rules flag',
  'paragraph-past-share': 'is in a paragraph that tells the past',
  'past-tense': 'has a past-tense verb',
  'we-past': 'tells what "we" or the nation did',
  'we-learned': 'tells what "we" or the nation learned or understood',
  'third-person-narrative': 'tells the past in the third person',
  'pronoun-narrative': 'goes on about the same people in the past tense',
  'narrative-beside-flagged': 'tells the past next to a flagged sentence',
  'past-run': 'is part of a run of sentences that tell the past',
  'past-run-with-case': 'is part of a told run that names a past case',
  'past-and-present': 'joins the past tense with talk of now',
  'present-marker': 'speaks of now',
  'future-only': 'speaks only of what will be',
  'first-person-singular': 'speaks as "I"',
  figures: 'gives figures',
  quoted: 'is quoted',
  question: 'asks a question',
  'heritage-words': 'has words of heritage and ancestry',
  'generations-words': 'has words of generations',
  'time-span-words': 'has words of long spans of time',
  'trial-words': 'has words of trials endured',
  'lesson-words': 'has words of lessons and memory',
  'continuity-words': 'has words that carry the past over to now',
  'national-story-words': "has words of the nation's story and promise",
  'own-record-words': "has words of the speaker's own recent record",
  'then-and-now-words': 'has words that set then against now',
  'founding-words': "has words of the nation's founding acts and documents",
};

/** A lexicon folder holding a model file `history-learned.json` with these weights; removed by `done`. */
function learnedFolder(weights: Record<string, number>, bias: number, threshold: number): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'history-learned-'));
  const features = Object.fromEntries(Object.keys(weights).map((f) => [f, FEATURE_DESCRIPTIONS[f]]));
  const file = {
    lexicon: 'history-learned',
    kind: 'data',
    device: DEVICE,
    description: 'a model written for the tests',
    source: 'test/historical-analogy.test.ts',
    explanation: 'possible historical analogy, weighed from cues learned from annotated speeches',
    features,
    model: { bias, weights, threshold },
  };
  writeFileSync(join(dir, 'history-learned.json'), JSON.stringify(file));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

const learnedOf = (text: string, dir: string) =>
  analyze(text, { devices: [DEVICE], format: 'markdown', lexicons: [dir] }).findings.filter((f) => f.device === DEVICE && f.rule === LEARNED_RULE);

/** The features of each sentence of a text, in order. */
function featuresOf(text: string) {
  return trainingEvidence(historicalAnalogy, parse(text, { format: 'markdown' }), lexicons, LEARNED_RULE).features;
}

const STORY = [
  'The covenant our people made was kept through hard winters, and it binds us still.',
  'Last year we passed a budget that cut spending by 3 percent, and it still holds.',
  'The committee met on Tuesday.',
].join(' ');

test('sentence features: the nation\'s story carried over to now, the speaker\'s own record, and plain narrative', (t) => {
  const [story, record, plain] = featuresOf(STORY);
  t.is(story['national-story-words'], 1);
  t.is(story['continuity-words'], 1);
  t.is(story['past-tense'], 1);
  t.is(story['past-and-present'], 1);
  t.false('figures' in story);
  t.is(record.figures, 1);
  t.is(record['own-record-words'], 2);
  t.is(record['we-past'], 1);
  t.is(plain['third-person-narrative'], 1);
  t.false('national-story-words' in plain || 'continuity-words' in plain);
});

test('sentence features: a named case fifty years back, the sentences around it, and a paragraph the rules flag', (t) => {
  const text = 'In 1787 the delegates met again.\n\nThe leagues of old fell apart. Sparta and Athens fought for thirty years. We must not repeat their mistake, as the Achaean League did.';
  const f = featuresOf(text);
  t.is(f.length, 4);
  t.is(f[0]['own-time-date'], 1);
  t.is(f[2]['remote-past-case'], 1);
  t.false('named-past-case' in f[2]);
  t.is(f[1]['remote-cases-around'], 2);
  t.is(f[1]['flagged-adjacent'], 1);
  t.is(f[1]['paragraph-flagged-share'], 1);
  t.is(f[1]['past-run-with-case'], 1);
  t.true(f[3]['present-marker'] === 1 && f[3]['past-and-present'] === 1);
});

test('sentence features: what the nation learned, then against now, and the founding', (t) => {
  const [learned, thenNow, founding] = featuresOf(
    [
      'Together, we learned that a house divided against itself cannot stand.',
      'The farmer no longer raises his own roof.',
      'The Declaration of Independence set out our creed.',
    ].join(' '),
  );
  t.is(learned['we-learned'], 1);
  t.is(thenNow['then-and-now-words'], 1);
  t.is(founding['founding-words'], 1);
  // A verb of learning not told of "we", and a budget with no founding act and no then against now: none of them.
  const [lesson, budget] = featuresOf('The committee learned the rules. The budget of the Department of Commerce rose.');
  t.false('we-learned' in lesson);
  t.false('founding-words' in budget || 'then-and-now-words' in budget);
});

test('every feature the analyzer gives has a description', (t) => {
  const seen = new Set<string>();
  for (const text of [STORY, '# A heading\n\nWas it not so? "They said it was."\n\nOur forefathers endured the ages. We will remember the lesson of 1812 for generations, said I.']) {
    for (const f of featuresOf(text)) for (const k of Object.keys(f)) seen.add(k);
  }
  for (const k of seen) t.truthy(FEATURE_DESCRIPTIONS[k], k);
  t.true(seen.size >= 25, `${seen.size} features seen: ${Object.keys(FEATURE_DESCRIPTIONS).filter((k) => !seen.has(k)).join(', ')} not seen`);
});

test('a learned model flags a sentence the rules missed, and its explanation names the features that carried it', (t) => {
  const { dir, done } = learnedFolder({ 'national-story-words': 1.5, 'continuity-words': 1.5, 'past-tense': 1, figures: -3, 'own-record-words': -1 }, -3, 0.6);
  try {
    const found = learnedOf(STORY, dir);
    t.is(found.length, 1);
    const [f] = found;
    t.is(f.quote, 'The covenant our people made was kept through hard winters, and it binds us still.');
    t.true(f.scored);
    t.is(f.strength, 0.73);
    t.is(
      f.explanation,
      "possible historical analogy, weighed from cues learned from annotated speeches (73% likely): has words that carry the past over to now; has words of the nation's story and promise; has a past-tense verb.",
    );
  } finally {
    done();
  }
});

test('a learned model flags nothing below its threshold, nothing the rules already flag, and nothing without its file', (t) => {
  // The speaker's own record (figures, "last year") and plain narrative stay below the threshold.
  const { dir, done } = learnedFolder({ 'national-story-words': 1.5, 'continuity-words': 1.5, 'past-tense': 1, figures: -3, 'own-record-words': -1, 'remote-past-case': 4 }, -3, 0.6);
  try {
    const text = 'Written in 1787. Last year we passed a budget that cut spending by 3 percent, and it still holds. The committee met on Tuesday. We must not repeat the mistake of Sparta and Athens, as the Achaean League did.';
    t.deepEqual(learnedOf(text, dir), []);
    // The last sentence weighs well above the threshold, but the rules flag it already.
    t.true(scored(text).some((f) => f.quote.includes('Achaean League')));
  } finally {
    done();
  }
  t.false(findings(STORY).some((f) => f.rule === LEARNED_RULE));
});

test('an explanation quotes the words of a past phrase before its note, and gives a named case by its own note', (t) => {
  const phrase = scored('What the company does is the same as the enclosure of the commons in eighteenth-century England.');
  t.is(phrase.length, 1);
  t.regex(phrase[0].explanation, /The past case here: “eighteenth-century”, which refers to /);
  const named = scored('Just as the Berlin Wall came down in the end, this barrier will fall.');
  t.is(named.length, 1);
  t.notRegex(named[0].explanation, /here: “/, 'a gazetteer case is explained by its own note');
  t.regex(named[0].explanation, /The past case here: \S/);
  const wrapped = scored('We shall not prove false to the memories of the men of the\nmighty past.');
  t.is(wrapped.length, 1);
  t.regex(wrapped[0].explanation, /here: “the men of the mighty past”, which /, 'a phrase of a hard-wrapped text is quoted on one line');
});

test('a past case named in another sentence is said to lie there, not "here" (the reader looks for its words where they are)', (t) => {
  // A "nearby" cue reads its case from the sentences before it.
  const likewise = scored('Our forefathers planted trees they would never sit beneath. We can do no less.').find((f) => f.rule === 'analogy-do-likewise');
  t.truthy(likewise);
  t.notRegex(likewise!.explanation, /here:/);
  t.regex(likewise!.explanation, /\. The past case, in the sentence before: “Our forefathers”, which refers to /);
  t.false(likewise!.quote.includes('forefathers'));
  // A case-lesson cue that refers back ("We cannot make the same mistake") reads its case from the sentence before too.
  const lesson = scored('Written in 2026. The Paris Commune of 1871 fell because it gave its enemies time. We cannot make the same mistake.').find((f) => f.rule === 'analogy-case-not-again');
  t.truthy(lesson);
  t.regex(lesson!.explanation, /\. The past case, in the sentence before: Paris Commune \(1871\), the /);
  // A case in the finding's own sentence is still "here".
  const own = scored('Just as the Berlin Wall came down in the end, this barrier will fall.');
  t.regex(own[0].explanation, /\. The past case here: Iron Curtain \(1946–1989\), the /);
});

test('a space inside a character class of a cue ("eighteenth[- ]century") matches a line break of a hard-wrapped text too', (t) => {
  const wrapped = scored('What the company does is the same as the enclosure of the commons in the eighteenth\ncentury in England.');
  t.deepEqual(wrapped.map((f) => f.rule), ['analogy-same-as']);
  t.regex(wrapped[0].explanation, /here: “eighteenth century”, which /);
});
