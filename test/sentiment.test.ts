// Sentiment analyzer: tables of sentences with the expected sign, modifiers, overrides and phrases, and findings that round-trip.

import test from 'ava';
import { readFileSync } from 'node:fs';
import Sentiment from 'sentiment';
import { analyze } from '../src/analyze.js';
import { afinnRatings, baseForms, lengthFactor, sentimentModel, scoreTokens } from '../src/analyzers/sentiment-model.js';
import { inContext } from '../src/analyzers/sentiment.js';
import { textSentiment } from '../src/eval/sentiment-tsv.js';
import { loadLexicons } from '../src/lexicon/load.js';
import type { Sentence } from '../src/text/model.js';
import { tokenize } from '../src/text/tokens.js';
import { OPED_PATH, sharedTest } from './helpers/shared.js';

const lexicons = loadLexicons();
const score = (text: string): number => textSentiment(lexicons, text);
const hits = (text: string) => scoreTokens(sentimentModel(lexicons), tokenize(text), text).hits;
/** The loaded-word findings (not the framing ones, which test/sentiment-framing.test.ts covers). */
const sentimentFindings = (text: string) => analyze(text, { devices: ['sentiment'] }).findings.filter((f) => f.category !== 'framing' && f.category !== 'exclamation');

const SIGNS: [string, 1 | 0 | -1][] = [
  ['We won a great victory.', 1],
  ['This is a good plan.', 1],
  ['This is not a good plan.', -1],
  ['The plan is not bad.', 1],
  ["They didn't succeed.", -1],
  ['They are no longer afraid.', 1],
  ['We will never abandon hope.', 1],
  ['An implacable hatred towards the landlords.', -1],
  ['The committee meets on Tuesday.', 0],
  ['The reactionary regime of the oligarchs.', -1],
  ['Hands off the liberty of the people.', 1],
  ['The Fifth Column of the counterrevolution.', -1],
  ['The United States and the United Nations.', 0],
  ['The plan is good but the execution is terrible.', -1],
  ['The execution is terrible but the plan is good.', 1],
  ['The peasant activists have been murdered.', -1],
  ['Not only brave but also wise.', 1],
];

for (const [sentence, sign] of SIGNS) {
  test(`sign of "${sentence}" is ${sign}`, (t) => {
    t.is(Math.sign(score(sentence)), sign, `score ${score(sentence)}`);
  });
}

test('values stay on the bounded −1…+1 scale', (t) => {
  const piled = 'Wonderful, marvellous, glorious, joyous, triumphant, magnificent, brilliant, superb victory!';
  t.true(score(piled) < 1 && score(piled) > 0.8);
  t.true(score(piled.replace(/\w+/g, 'hateful')) > -1);
});

test('intensifiers raise and downtoners lower the force of the next word', (t) => {
  const plain = score('It was a bad decision.');
  t.true(Math.abs(score('It was a very bad decision.')) > Math.abs(plain));
  t.true(Math.abs(score('It was an utterly bad decision.')) > Math.abs(plain));
  t.true(Math.abs(score('It was a somewhat bad decision.')) < Math.abs(plain));
  t.true(Math.sign(score('It was a somewhat bad decision.')) === -1, 'a downtoner does not flip the sign');
});

test('degree adjectives intensify a loaded word and are ordinary words elsewhere', (t) => {
  t.true(score('It will end in the greatest calamities.') < score('It will end in calamities.'));
  t.true(score('A great nation.') > 0, '"great" keeps its own rating before an unloaded word');
  const [hit] = hits('A deep mistrust.');
  t.is(hit.modifiers[0]?.role, 'intensifier');
});

test('shifters: verbs of ending or diminishing turn their object around, more weakly than "not"', (t) => {
  t.true(score('We will lessen the nuclear threat.') > 0);
  t.true(score('The new law will decrease the suffering.') > 0 && score('The new law will mitigate the suffering.') > 0);
  const shifted = hits('We will lessen the threat.')[0].value;
  const negated = hits('It is not a threat.')[0].value;
  t.true(shifted > 0 && shifted < negated, `shifted ${shifted}, negated ${negated}`);
  t.true(score('They want to stop.') < 0, 'with no loaded word after it, "stop" keeps its own rating');
  for (const promise of ['We will root out corruption.', 'We will tackle poverty.', 'We will solve the crisis.', 'They stamped out the terror.', 'We will do away with poverty wages.']) {
    t.true(score(promise) > 0, `${promise} promises to end an ill`);
  }
  t.true(score('The army conquered the peaceful valley.') < 0, 'what is conquered loses its good');
  t.deepEqual(
    hits('We will defeat tyranny.').map((h) => [h.term, h.modifiers.map((m) => m.role)]),
    [['tyranny', ['negator']]],
  );
  const [finding] = sentimentFindings('We will defeat tyranny.');
  t.is(finding.rule, 'sentiment-shifted');
  t.regex(finding.explanation, /“defeat” acts on it and turns it around, so it counts \+/);
});

test('a shifter reaches the whole run of loaded words after it, and "fewer" weakens what follows as "few" does', (t) => {
  t.deepEqual(
    hits('Screenings could decrease cancer fatalities.').map((h) => [h.term, h.value > 0]),
    [
      ['cancer', true],
      ['fatalities', true],
    ],
  );
  t.true(score('Screenings could decrease cancer fatalities.') > 0);
  t.deepEqual(
    hits('They decrease cancer, then fatalities rise.').map((h) => [h.term, h.value > 0]),
    [
      ['cancer', true],
      ['fatalities', false],
    ],
    'the run ends at a comma',
  );
  t.true(hits('No disease and hunger.').find((h) => h.term === 'hunger')!.value < 0, '"no" still takes only the nearest loaded word');
  t.true(score('Fewer children will die.') > score('Children will die.'));
});

test('a finding turned around is labelled with the word that turned it ("not … anger" is counted as positive)', (t) => {
  const [negated] = sentimentFindings('Our strength is not in our anger.').filter((f) => f.category === 'positive' && f.label?.includes('anger'));
  t.is(negated?.label, 'not … anger');
  t.is(sentimentFindings('We will defeat tyranny.')[0].label, 'defeat … tyranny');
  t.is(sentimentFindings('It was a disaster.')[0].label, 'disaster', 'a word as it stands keeps its own label');
});

test('a sentence-final "!" raises the magnitude in the direction the sentence leans', (t) => {
  t.true(score('This is a victory!') > score('This is a victory.'));
  t.true(score('This is a disaster!') < score('This is a disaster.'));
  t.true(score('This is a disaster!!!') < score('This is a disaster!'));
  t.true(score('Is this a victory? Yes.') >= 0);
});

test('a sentence-final "!" on a sentence with no loaded word gives it a small positive lean (enthusiasm), no finding', (t) => {
  t.is(score('The meeting is on Tuesday.'), 0);
  const excited = score('The meeting is on Tuesday!');
  t.true(excited > 0 && excited < 0.15, `${excited}`);
  t.is(excited, score('They agree on Tuesday.'), 'as much as one word rated +1 ("agree") in a short sentence');
  t.is(score('Onward!!!'), score('Onward!'), 'the lean does not grow with the marks');
  t.deepEqual(hits('The meeting is on Tuesday!'), []);
  t.true(score('This is a disaster!') < score('This is a disaster.'), 'a loaded sentence still moves the way it leans');
});

test('negation reaches a few words on, but not across a comma or a contrast', (t) => {
  t.true(score('We do not want a war.') > 0, '"not … war" is a wish for peace');
  t.true(score('It is not, however, bad.') < 0, 'a contrast word stops the negation');
  t.deepEqual(
    hits('But there is hatred.')[0].modifiers,
    [],
    'a sentence-initial "But" answers the previous sentence; it does not weight the words after it',
  );
  t.true(score('Nothing, in the end, was good.') > 0, 'a comma ends the scope of "nothing"');
  const negated = hits('This is not helpful.');
  t.is(negated.length, 1);
  t.true(negated[0].value < 0 && negated[0].base > 0);
});

test('political-register overrides replace AFINN ratings, each with a reason', (t) => {
  const afinn = afinnRatings();
  t.is(afinn.get('interests'), 1);
  t.is(afinn.get('demonstration'), -1);
  t.is(score('The interests of the nation.'), 0);
  t.is(score('A demonstration in the capital.'), 0);
  t.is(afinn.get('reactionary'), undefined, 'AFINN lacks it');
  const [hit] = hits('A reactionary regime.');
  t.is(hit.rating.source, 'override');
  t.is(hit.rating.id, 'reactionary');
  const political = lexicons.get('sentiment-political', 'ratings');
  t.true(political.entries.length >= 100);
  for (const e of political.entries) t.true(e.note.length > 20, `${e.id} needs a reason`);
  const [finding] = sentimentFindings('A reactionary regime.');
  t.is(finding.rule, 'sentiment-override-reactionary');
  t.true(finding.explanation.includes('in our list of political words.'), finding.explanation);
});

test('a phrase beats its words: the phrase fires once, its words do not', (t) => {
  t.true((afinnRatings().get('fan') ?? 0) > 0, '"fans" alone is rated through "fan", an admirer');
  t.is(afinnRatings().get('not good'), -2, 'AFINN has a few phrases of its own, matched as phrases');
  t.is(hits('This is not good.')[0].term, 'not good');
  t.true(score('The speech fans the flames of hatred.') < score('The speech fans hatred.'));
  const fifth = sentimentFindings('They are a fifth column.');
  t.deepEqual(
    fifth.map((f) => [f.rule, f.quote]),
    [['sentiment-phrase-fifth-column', 'fifth column']],
  );
  t.deepEqual(sentimentFindings('The United States of America.'), [], '"united" inside the name carries nothing');
  t.true(score('We like this plan.') > 0 && score('They fought like lions.') === 0, '"like" is a verb only with its subject');
  t.true(score('Our veterans deserve better.') < 0, '"deserve better" is a complaint about what they got');
  t.true(score('Our children deserve a better future.') > 0, 'a better future deserved is a hope');
});

test('a word inside a multi-word proper name carries no feeling, unless our lexicons rate the name', (t) => {
  t.is(score('He worked with his partner, Dick Martin.'), 0);
  t.is(score('The bill would amend the Computer Fraud and Abuse Act this year.'), 0);
  t.true(score('Fraud is a crime.') < 0, 'the first word of a sentence is not taken for a name');
  t.true(score('He fought in the Civil War.') < 0, '"Civil War" is a rated phrase');
  t.true(score('The Great Betrayal Of Our Hopes') < 0, 'a Title Case heading is read word by word');
  t.is(score('Yesterday, Dick Martin spoke to the whole committee.'), 0, 'a name after a comma is still a name');
  t.true(score('we came home from the long meeting at the hall and sat down. Sad! Upset! Angry! nobody spoke to anyone that night.') < 0, 'a word after "!" starts a sentence: "Sad! Upset!" is no name');
  t.true(score('we met with Dick Martin; Fraud was what followed from that meeting in the end.') < 0, 'a name ends at a semicolon');
});

test('inflected and British forms are rated by their base word', (t) => {
  t.deepEqual(baseForms('murdered').slice(0, 2), ['murder', 'murdere']);
  t.true(baseForms('destabilised').includes('destabilized'));
  t.true(baseForms('honours').includes('honor'));
  const [hit] = hits('They murdered him.');
  t.is(hit.term, 'murder');
  t.is(hit.form, 'murdered');
  t.is(score('We sell goods.'), 0, '"goods" is not "good"');
});

test('superlatives and comparatives in -ier are rated by their base word; a plain -er is not taken for a comparative', (t) => {
  t.is(hits('The gravest danger is here.')[0]?.term, 'grave');
  t.is(hits('The saddest day of the year.')[0]?.term, 'sad');
  t.is(hits('The gloomiest of them all.')[0]?.term, 'gloomy');
  t.is(hits('An angrier crowd.')[0]?.term, 'angry');
  t.true(score('Our nicest neighbours came.') > 0);
  t.is(score('A number of people carried a banner.'), 0, '"number" is not "numb", "banner" not "ban"');
  t.is(score('We earnestly request an honest contest.') < 0, false, 'no -est word that is not a superlative is rated by a fragment');
});

test('a loaded word in capitals is shouted and counts more, unless the whole sentence is in capitals', (t) => {
  t.true(score('This is a TOTAL DISASTER for us.') < score('This is a total disaster for us.'));
  const [shouted] = sentimentFindings('This plan is a DISASTER for the town.');
  t.regex(shouted.explanation, /written in capitals, which raise its voice: it counts −2\.6/);
  t.is(score('THIS IS A DISASTER FOR THE TOWN'), score('this is a disaster for the town'), 'a banner in capitals stresses nothing');
  t.true(score('It is BAD for the town.') < score('It is bad for the town.'), 'three letters are enough');
});

test('emoticons carry the writer\'s mood; no word of the sentence changes them, and look-alikes are not read as them', (t) => {
  const smile = sentimentFindings('We won the vote :)').find((f) => f.quote === ':)')!;
  t.is(smile.rule, 'sentiment-emoticon-smile');
  t.is(smile.quote, ':)');
  t.regex(smile.explanation, /emoticon “:\)” is rated \+2/);
  t.true(score('The meeting ended :(') < 0);
  t.true(score('See you all at the hall tomorrow <3') > 0, 'a heart');
  const frown = hits('It was not fun :(').find((h) => h.term === ':(');
  t.is(frown?.value, -2, 'the negator reverses "fun", not the frown after it');
  t.deepEqual(hits('It was nothing, I said :(').map((h) => [h.term, h.value]), [[':(', -2]]);
  for (const text of ['See the note:(1) on page two.', 'Read http://example.org today.', 'Fewer than <3% voted.', 'Ratio 3:2 and 4:(5).', 'Turnout rose: ( a) the young']) {
    t.deepEqual(hits(text).filter((h) => h.rating.source === 'emoticon').map((h) => h.term), [], text);
  }
  t.is(hits('It went badly :((').filter((h) => h.term === ':(').length, 1, 'a repeated mouth is one emoticon');
});

test('emoji are rated through the sentiment package\'s Emoji Sentiment Ranking, pictographs seen often enough only', (t) => {
  const [strong] = sentimentFindings('Rally tonight 💪');
  t.is(strong.rule, 'sentiment-emoji');
  t.is(strong.quote, '💪');
  t.regex(strong.explanation, /emoji “💪” is rated \+2 .*Emoji Sentiment Ranking/);
  t.true(score('They voted against us 😠') < 0);
  t.deepEqual(hits('Tick the box ☐ and sign ┊ here.'), [], 'box-drawing characters and symbols the data saw a handful of times are not rated');
  t.deepEqual(hits('Vote 🇺🇸 today.'), [], 'half of a flag is not rated');
  t.is(hits('I am not happy 💪').find((h) => h.term === '💪')?.value, 2, 'no negator reaches an emoji');
});

test('a form of another word than the rated one it looks like is not rated by it', (t) => {
  t.is(score('The cable was severed.'), 0, '"severed" is of "sever", not "severe"');
  t.is(score('The justices sat.'), 0, '"justices" are judges, not "justice"');
  t.is(score('The firm was fined.'), 0, '"fined" is of the verb "fine", not the adjective');
  t.true(score('It was a severe winter.') < 0 && score('Justice was done.') > 0, 'the base words keep their ratings');
});

test('findings: one per loaded word, value after modifiers, readable explanation from the templates', (t) => {
  const text = 'But there is an implacable hatred towards the corrupt bureaucrats.';
  const findings = sentimentFindings(text);
  const hatred = findings.find((f) => f.quote === 'hatred');
  t.truthy(hatred);
  t.is(hatred!.rule, 'sentiment-afinn');
  t.is(hatred!.category, 'negative');
  t.is(hatred!.label, 'hatred');
  t.true(hatred!.explanation.startsWith('“hatred” is rated −3 (strongly negative) in AFINN-165, a published list of rated words.'), hatred!.explanation);
  const plain = sentimentFindings('An implacable hatred.').find((f) => f.quote === 'hatred')!;
  t.is(plain.explanation, '“hatred” is rated −3 (strongly negative) in AFINN-165, a published list of rated words.');
  t.is(plain.value, -3);
  const negated = sentimentFindings('This is not helpful.')[0];
  t.is(negated.rule, 'sentiment-negated');
  t.is(negated.category, 'negative');
  t.regex(negated.explanation, /negated by “not”/);
  for (const f of [...findings, negated]) {
    t.regex(f.rule, /^sentiment-[a-z0-9-]+$/);
    t.false(f.explanation.includes('{'), 'every template slot is filled');
    t.is(f.category, f.value! > 0 ? 'positive' : 'negative');
  }
});

test('the package\'s shared word list can be polluted by `extras`, ours cannot', (t) => {
  new Sentiment().analyze('hatred', { extras: { hatred: 5, committee: 4 } });
  t.is(new Sentiment().analyze('committee').score, 4, 'the leak this wrapper exists to avoid');
  t.is(afinnRatings().get('hatred'), -3);
  t.is(score('The committee meets.'), 0);
  t.true(score('hatred') < 0);
});

test('section measure: mean sentence value and the counts of positive and negative sentences', (t) => {
  const text = 'We love peace and freedom.\n\nWe hate war and tyranny.\n\nThe committee meets on Tuesday.\n';
  const result = analyze(text, { devices: ['sentiment'] });
  const values = result.sentences.map((s) => s.values.sentiment);
  t.true(values[0] > 0 && values[1] < 0);
  const m = result.document.sentiment.metrics;
  t.is(m.positiveSentences, 1);
  t.is(m.negativeSentences, 1);
  t.is(m.sentences, 3);
  t.true(Math.abs(result.document.sentiment.score - values.reduce((a, b) => a + b, 0) / 3) < 1e-3);
  // The neutral sentence takes on some of the section's (negative) tone, but it is not counted as a negative sentence.
  t.true(values[2] < 0);
});

test('context: neighbours in the same paragraph and the section mean shift a sentence, other paragraphs do not', (t) => {
  const s = (paragraph: number) => ({ paragraph }) as Sentence;
  const sentences = [s(0), s(0), s(1)];
  t.deepEqual(inContext(sentences, [4, 0, 0], 0), [4, 0, 0], 'weight 0 leaves the sums alone');
  // Neighbour weight 0.5: sentence 1 takes half of sentence 0 (its only neighbour in paragraph 0); sentence 2 is alone in its paragraph.
  t.deepEqual(inContext(sentences, [4, 0, 0], 0.5), [4, 2, 0]);
  // Section weight 0.25 adds a quarter of the section mean (4/3) to each.
  const withSection = inContext(sentences, [4, 0, 0], 0, 0.25);
  t.deepEqual(withSection.map((x) => Math.round(x * 1000) / 1000), [4.333, 0.333, 0.333]);
});

sharedTest('findings on the op-ed round-trip their quotes and carry the fields the reports read', (t) => {
  const text = readFileSync(OPED_PATH, 'utf8').replace(/^\uFEFF/, '');
  const result = analyze(text, { devices: ['sentiment'] });
  t.true(result.findings.length > 200);
  for (const f of result.findings) {
    t.is(text.slice(f.start, f.end), f.quote);
    t.is(f.device, 'sentiment');
    t.true(f.strength > 0 && f.strength <= 1);
    // A loaded word carries its valence; a framing finding names the device that moved the sentence instead, and a lone "!"
    // carries no word's rating of its own.
    if (f.category === 'framing' || f.category === 'exclamation') t.is(f.value, undefined);
    else t.is(typeof f.value, 'number');
  }
  t.is(result.sentences.length, result.sentences.filter((s) => typeof s.values.sentiment === 'number').length);
  for (const s of result.sentences) t.true(s.values.sentiment >= -1 && s.values.sentiment <= 1);
  const hatred = result.findings.find((f) => f.quote === 'hatred');
  t.truthy(hatred, 'the "implacable hatred" sentence is found');
  t.true(result.document.sentiment.score < 0, 'the op-ed leans negative');
});

test('the sentiment lexicons are consistent: no override repeats AFINN, no term is listed in two files', (t) => {
  const afinn = afinnRatings();
  const political = lexicons.get('sentiment-political', 'ratings').entries;
  const phrases = lexicons.get('sentiment-phrases', 'ratings').entries;
  const emoticons = lexicons.get('sentiment-emoticons', 'ratings').entries;
  for (const e of [...political, ...phrases, ...emoticons]) {
    t.not(afinn.get(e.term.toLowerCase()), e.value, `${e.id} repeats AFINN's rating of "${e.term}"`);
  }
  const seen = new Map<string, string>();
  for (const e of [...political, ...phrases, ...emoticons]) {
    const term = e.term.toLowerCase();
    t.false(seen.has(term), `"${e.term}" is listed by ${seen.get(term)} and ${e.id}`);
    seen.set(term, e.id);
  }
  const settings = lexicons.data.get('sentiment-settings') as { templates: Record<string, string> };
  for (const name of ['inflected', 'afinn', 'override', 'phrase', 'emoticon', 'emoji', 'negated', 'shifted', 'intensified', 'downtoned', 'contrastBefore', 'contrastAfter']) {
    t.true(typeof settings.templates[name] === 'string' && settings.templates[name].length > 0, `template ${name}`);
  }
});

test('length normalisation: a long sentence is not pushed to the extremes by its word count alone', (t) => {
  const short = 'The war was a cruel disaster.';
  const long = 'The war, which lasted for many years in the hills and valleys of the northern provinces, was a cruel disaster for the people who lived there.';
  t.deepEqual(
    hits(short).map((h) => h.term),
    hits(long).map((h) => h.term),
    'both sentences carry the same loaded words',
  );
  t.true(score(long) < 0 && score(long) > score(short), `long ${score(long)}, short ${score(short)}`);
  const words = tokenize(long).filter((tk) => tk.kind === 'word').length;
  const settings = sentimentModel(lexicons).settings;
  t.is(settings.normalization.lengthReference, 10);
  t.is(lengthFactor(tokenize(long), settings), Math.sqrt(10 / words));
  t.is(lengthFactor(tokenize(short), settings), 1, 'ten words or fewer are left alone');
});

test('loaded words of political prose that AFINN lacks are rated, and their neutral set phrases are not', (t) => {
  const afinn = afinnRatings();
  for (const word of ['wise', 'precious', 'sacrifice', 'deplorable', 'lose', 'inflation']) t.is(afinn.get(word), undefined, `AFINN lacks "${word}"`);
  t.true(score('It was a wise and honorable decision.') > 0);
  t.true(score('We honour the sacrifices of those who served.') > 0);
  t.true(score('The conditions in the camps are deplorable.') < 0);
  t.true(score('Families may lose their homes.') < 0);
  t.true(score('Inflation eats away at our savings.') < score('Prices eat away at our savings.'));
  t.true(score('We will curb inflation.') > 0, 'a shifter turns the ill around');
  t.is(score('It is unnecessary to state the figures in detail.'), 0, 'a formal way of passing over a point');
  t.is(score('The trade in precious metals grew.'), 0, 'a commodity, not affection');
  t.is(score('The executive power shall be vested in a President.'), 0);
  t.is(score('It governs with the consent of the governed.'), 0);
  t.true(score('Good evening, friends.') > 0 && score('Good evening.') < score('Good.'), 'a greeting is warm but milder than "good" alone');
  t.true(score('It was a pernicious and odious doctrine.') < 0, 'older political prose: AFINN lacks both');
  t.true(score('The measure had a salutary effect.') > 0);
  t.is(afinnRatings().get('ominous'), 3, 'AFINN rates "ominous" backwards');
  t.true(score('An ominous silence fell over the city.') < 0);
  t.is(afinnRatings().get('intrigues'), 1, 'AFINN reads "intrigues" as "arouses curiosity"');
  t.true(score('The intrigues of foreign courts alarmed the nation.') < score('The envoys of foreign courts alarmed the nation.'), 'political prose: plots');
  const [hit] = hits('A wise choice.');
  t.is(hit.rating.source, 'override');
  t.regex(hit.rating.note ?? '', /AFINN-165 rates "wisdom" \+1/, 'the note names the related AFINN rating it follows');
});

test('a harm that something is saved from, protected against or fought against is turned around', (t) => {
  t.true(score('The troops saved the city from ruin.') > score('The troops saved the city.'), '"ruin" is warded off');
  t.true(score('We will protect our children against violence.') > 0);
  t.true(score('They won the struggle against oppression.') > 0);
  t.true(score('The city suffered from violence.') < 0, 'without a verb of protecting or opposing, "from" changes nothing');
  t.true(score('Crimes against humanity horrified the world.') < 0, '"crimes" comes before "against" and is not turned');
  const [joy] = hits('They were saved from joy.').filter((h) => h.term === 'joy');
  t.deepEqual(joy.modifiers, [], 'a positive word after "from" is left alone');
  const ruin = hits('The troops saved the city from ruin.').find((h) => h.term === 'ruin')!;
  t.true(ruin.base < 0 && ruin.value > 0 && ruin.value < -ruin.base * 0.74, 'turned around, more weakly than "not"');
  const [finding] = sentimentFindings('The troops saved the city from ruin.').filter((f) => f.quote === 'ruin');
  t.is(finding.rule, 'sentiment-kept-from');
  t.regex(finding.explanation, /the harm in “saved … from”, warded off rather than suffered, so it counts \+1/);
});

test('polemical prose: formulas of triumph, contempt for opponents, plots and decay are rated', (t) => {
  const afinn = afinnRatings();
  for (const word of ['frivolous', 'yoke', 'languish', 'plots', 'gangsters', 'jubilation', 'crumbling']) t.is(afinn.get(word), undefined, `AFINN lacks "${word}"`);
  // The boast reads as a negation word by word ("no … stop"); the formula as a whole is triumph.
  t.true(score('No power on earth can stop the marchers.') > 0);
  t.true(score('No force on earth could hold them back.') > 0);
  t.is(score('No power on earth is exempt from change.'), 0, 'without the modal the formula is no boast');
  t.true(score('Committees are springing to life in every town.') > 0);
  t.true(score('The town greeted the news with jubilation.') > score('The town greeted the news.'));
  t.true(score('There are none so blind as those who refuse to look.') < score('Those people refuse to look.'), 'the proverb is contempt, not "not blind"');
  t.true(score('Any plan drawn up in secret will end badly.') < 0, 'intransitive "end" does not turn "badly" around');
  t.true(score('We will end the misery.') > 0, 'the shifter "end" still turns its object around');
  t.true(score('It was a frivolous objection.') < 0);
  t.true(score('His followers seemed hypnotised by the speeches.') < 0, 'British spelling, rated by its base form');
  t.true(score('The province languished under the yoke of a foreign crown.') < 0);
  t.true(score('Gangsters and bandits ruled the port.') < 0);
  t.true(score('The police exposed their plots.') < score('The police exposed their plans.'));
  t.true(score('The old mill is crumbling.') < 0);
  t.is(score('Their hope carried them.'), score('Their joy carried them.'), 'hope is rated like joy in political speech');
});

test('in a choice of one thing over another, the negative alternative turned down is turned around', (t) => {
  t.true(score('The voters chose courage over fear.') > score('The voters felt courage and fear.'));
  t.true(score('They chose courage instead of despair.') > 0);
  t.true(score('He triumphed over fear.') < score('He triumphed.'), 'without a word of choosing, "over" changes nothing');
  const [peace] = hits('They chose war over peace.').filter((h) => h.term === 'peace');
  t.deepEqual(peace.modifiers, [], 'a positive alternative is left alone');
  const [finding] = sentimentFindings('The voters chose courage over fear.').filter((f) => f.quote === 'fear');
  t.is(finding.rule, 'sentiment-rejected');
  t.regex(finding.explanation, /the alternative turned down in “chose … over”, not the one chosen, so it counts \+1/);
});

test('words of killing are rated at the top of the negative scale, and the idiom of two birds is not killing', (t) => {
  for (const word of ['kill', 'killed', 'murder', 'murdered', 'assassinate', 'assassination', 'slaughter', 'bloodshed']) {
    const [hit] = hits(`They spoke of ${word}.`);
    t.is(hit?.base, -4, word);
  }
  t.true(score('The guards murdered the prisoners.') < score('The guards hurt the prisoners.'));
  t.true(score('This plan kills two birds with one stone.') > 0, 'an idiom of efficiency, no killing meant');
});

test('a concessive or foil clause is background: its loaded words count less than the main clause\'s', (t) => {
  t.true(score('Despite the terrible hardship, the people triumphed.') > 0, 'the main clause wins');
  t.true(score('Despite the terrible hardship, the people triumphed.') > score('The terrible hardship remained, and the people triumphed.'));
  t.true(score('The cynics have faith in the future.') < 0);
  t.true(score('Unlike the cynics, we have faith in the future.') > 0, 'a foil is background too');
  t.true(score('Although the plan is good, the execution failed.') < score('The plan is good, and the execution failed.'));
  const hardship = hits('Despite the terrible hardship, the people triumphed.').find((h) => h.term === 'hardship')!;
  t.is(hardship.value, hardship.base * 0.3);
  t.is(hardship.modifiers.at(-1)?.role, 'concession');
  t.deepEqual(hits('Despite his courage he failed.').find((h) => h.term === 'courage')!.modifiers, [], 'no clause break: where the main clause starts is unknown');
  t.deepEqual(hits('He spoke as though the war were lost.').find((h) => h.term === 'war')!.modifiers, [], '"as though" is no concession');
  const [finding] = sentimentFindings('Despite the terrible hardship, the people triumphed.').filter((f) => f.quote === 'hardship');
  t.regex(finding.explanation, /in a concessive or foil clause \(“Despite”\), background to the main clause, so it counts less/);
});

test('pejorative labels for political groups and words of misconduct in office are rated', (t) => {
  for (const word of ['cabal', 'clique', 'cronyism', 'mismanagement', 'wasteful', 'so-called']) t.is(afinnRatings().get(word), undefined, `AFINN lacks "${word}"`);
  t.true(score('A small cabal ran the ministry.') < 0);
  t.true(score('The ruling clique feared the people.') < score('The ruling council feared the people.'));
  t.true(score('Years of cronyism and mismanagement emptied the treasury.') < 0);
  t.true(score('They passed another wasteful spending bill.') < score('They passed another spending bill.'));
  t.true(score('Their so-called reforms changed nothing.') < 0, 'a distancing marker: the writer rejects the name');
  t.true(score('The regiment met a ferocious and merciless enemy.') < 0);
  t.true(score('Our intrepid and stalwart allies held the line.') > 0);
});

test('verbs whose past participle AFINN rates but not the verb itself are rated like the participle', (t) => {
  const afinn = afinnRatings();
  for (const [verb, form] of [['shatter', 'shattered'], ['weaken', 'weakened']]) {
    t.is(afinn.get(verb), undefined, `AFINN lacks "${verb}"`);
    t.is(hits(`They ${verb} it.`)[0]?.base ?? 0, afinn.get(form) ?? Number.NaN, verb);
  }
  t.true(score('The new tax would weaken our industries.') < 0);
  t.true(score('These measures will shatter the confidence of investors.') < 0);
});

test('"redeem" in its usual sense in state papers, paying off notes or bonds, is a neutral money word', (t) => {
  t.is(score('The Treasury should redeem these notes in coin on demand.'), 0);
  t.is(score('The banks are redeeming their bonds at par.'), 0);
});

test('"none more … than" is a superlative, not a denial; an ending told with an adverb is not a shifter; horror is rated', (t) => {
  t.true(score('There is none more important than this duty.') > 0);
  t.true(score('Nothing more beautiful than that victory was ever seen.') > 0);
  t.true(score('Her first marriage ended sadly.') < 0, 'intransitive "ended": "sadly" is not turned around');
  t.true(score('The long journey ended happily.') > 0);
  t.is(afinnRatings().get('horror'), undefined, 'AFINN lacks the noun');
  t.true(score('They fled from the horrors of war.') < score('They fled from the war.'));
});

test('negative forms and set phrases AFINN lacks: unfortunate, disloyal, unprovoked; doubt that is no doubt; human sacrifice', (t) => {
  for (const word of ['unfortunate', 'unfortunately', 'disloyal', 'unprovoked', 'intolerance']) t.is(afinnRatings().get(word), undefined, `AFINN lacks "${word}"`);
  t.true(score('It was an unfortunate decision.') < 0);
  t.true(score('Unfortunately, the treaty was never ratified.') < 0);
  t.true(score('It was an unprovoked attack.') < score('It was an attack.'));
  t.true(score('A disloyal officer sold the plans.') < 0);
  t.true(score('Their courage was unfailing.') > 0, 'not the stem "failing"');
  t.is(score('The survey proved beyond doubt that the river was rising.'), 0);
  t.true(score('It was, without a doubt, a fine speech.') === score('It was a fine speech.'), '"without a doubt" does not negate');
  t.true(score('The old cult demanded human sacrifice.') < 0, 'not the civic "sacrifice"');
  t.is(score('The economy is poised for growth.'), score('The economy is ready for growth.'));
  t.true(score('The tariff was injurious to our commerce.') < 0, 'formal prose: AFINN lacks it');
  t.true(score('Our relations with Spain remain cordial.') > 0);
});

test('a word in a name of a service, a measure or a phrase of its own keeps no valence of its own: "fire crew", "three blocks", "fine print"', (t) => {
  const rules = (text: string): string[] => analyze(text, { devices: ['sentiment'] }).findings.filter((f) => f.device === 'sentiment' && f.category !== 'framing').map((f) => f.rule);
  t.deepEqual(rules('The fire crew arrived within minutes.'), []);
  t.deepEqual(rules('We live three blocks from the creek.'), []);
  t.deepEqual(rules('Read the fine print before you sign.'), ['sentiment-phrase-fine-print']);
  t.deepEqual(rules('They will fire half the staff.'), ['sentiment-afinn']);
});

test('a sentence that ends in "!" with no loaded word shows why it reads positive: a finding at its "!"', (t) => {
  const settings = lexicons.data.get('sentiment-settings') as { exclamation: { unloaded: number } };
  const result = analyze('Onward! We won a great victory!', { devices: ['sentiment'] });
  const bangs = result.findings.filter((f) => f.rule === 'sentiment-exclamation');
  // Only the first sentence: the second has loaded words of its own.
  t.deepEqual(bangs.map((f) => [f.sentence, f.quote, f.category]), [[0, '!', 'exclamation']]);
  t.true(bangs[0].explanation.includes(`+${settings.exclamation.unloaded}`), bangs[0].explanation);
  // The lone "!" is no loaded word: it does not make the sentence count as a positive one.
  t.is(analyze('Onward!', { devices: ['sentiment'] }).document.sentiment.metrics.positiveSentences, 0);
});
