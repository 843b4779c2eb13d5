// Us/them precision guards: an adversary word in a generic or hypothetical frame, or a group word in an institutional sense,
// names no out-group; the same word naming a real adversary still counts. Sentences written for these tests.

import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, analyzerFor, loadLexicons, parse, type Document, type LexiconSet } from '../src/index.js';
import type { AnalysisContext, Finding } from '../src/analyzers/types.js';
import { BUILTIN_LEXICON_DIR } from '../src/lexicon/load.js';
import { Tagger } from '../src/nlp/tagger.js';

const scored = (text: string): Finding[] =>
  analyze(text, { devices: ['us_them'], format: 'markdown' }).findings.filter((f) => f.device === 'us_them' && f.scored);

/** [guard, sentence that still counts, sentence the guard leaves alone] */
const pairs: [string, string, string][] = [
  [
    'an enemy with the indefinite article is any enemy at all',
    'Our sailors have fought a cunning enemy along this coast for two long winters.',
    'A chain of forts would slow an invading enemy long enough for the militia to gather.',
  ],
  [
    'an enemy after "any", or with a word of where and no determiner after a preposition, is any enemy at all; a word of kind keeps it',
    'The scouts came upon a band of hostile invaders camped below our ridge and drove them off.',
    'Our coast guns must be ready to guard against outside foes, and no crew can rest while any transatlantic enemy might sail.',
  ],
  [
    'a deterrence frame: "an aggressor" in a statement of policy',
    'The aggressors have burned the border villages again.',
    'Loans of this kind could only encourage an aggressor and weaken the victim.',
  ],
  [
    'a predicate still calls someone an enemy',
    'The duke, being now an open enemy, has closed the river to our boats.',
    'The harbour guns can reach a foreign foe before he drops anchor.',
  ],
  [
    '"such" points back to an adversary already named; "have" says one is there',
    'We face no invasion this year, but we do have an enemy, and he is patient.',
    'It would be folly to send an untrained crew against a powerful adversary.',
  ],
  [
    'a traitor in a hypothetical question',
    'The traitors in the garrison opened the gates to the raiders.',
    'Would any deputy turn a traitor to his voters the moment he took his seat?',
  ],
  [
    '"some" is a subject only before a word for people or a verb, not a quantity',
    'Some would seize our farms and drive our families from the valley.',
    'In some years the spring floods threatened our river towns with ruin.',
  ],
  [
    'the in-group at war, not a war denied or one between others',
    'Our republic is at war with a ring of arsonists who burn our granaries.',
    'Our merchants kept trading, for we were not at war with either kingdom.',
  ],
  [
    'officials named by their office are no out-group',
    'The union has been captured by a layer of functionaries who despise the rank and file.',
    'The salaries of our public functionaries abroad have not been raised since the war.',
  ],
  [
    'agents named by their office or as a substance are no hostile group',
    'Foreign agents are seeking to destroy our unity and set class against class.',
    'The public agents of collection are watched so closely that fraud is scarcely possible.',
  ],
  [
    'a text that speaks as Americans never casts its own country; another text may',
    'The USA has flooded our border towns with spies and saboteurs.',
    'Fellow Americans, the Federal Government will never seek to dominate the schools of the States.',
  ],
  [
    '"on our part" is our own side, not an act aimed at us',
    'For ten years their cruisers kept up a war upon our commerce.',
    'The justice of the war on our part was plain to every neutral observer.',
  ],
  [
    'a thing denied to be the enemy names no out-group',
    'The speculators are the enemy of every honest farmer.',
    'Prosperity is not the enemy of thrift.',
  ],
  [
    'an insect or a pest beside "enemy" makes it the biologist\'s word for a predator or a pest',
    'The speculators are the natural enemies of the small farmer.',
    'Orioles and cuckoos are the natural enemies of the caterpillars that strip the apple trees.',
  ],
  [
    'a hostile act in the passive voice is said of the agent after "by", not of the group it befell',
    'The harbour towns were plundered for years by the speculators.',
    'Those who were cruelly oppressed in the old mill towns came to the valley to start again.',
  ],
];

for (const [name, positive, negative] of pairs) {
  test(`guard: ${name}`, (t) => {
    t.true(scored(positive).length > 0, `not flagged: ${positive}`);
    t.deepEqual(scored(negative).map((f) => `${f.rule}=${f.quote}`), [], `flagged: ${negative}`);
  });
}

test('"the people\'s agents" are officials: the guard word is compared without its possessive', (t) => {
  const sentence = "The people's agents in the assembly are watched so closely that fraud against our treasury is scarcely possible.";
  t.deepEqual(scored(sentence).map((f) => `${f.rule}=${f.quote}`), []);
});

test('a text of another people that says "we, the people of …", "this congress" or "our union" does not speak as Americans', (t) => {
  const cast = (text: string): string[] => scored(text).filter((f) => f.rule === 'them-named-adversary').map((f) => f.quote);
  const attack = 'The United States has attacked our sovereignty and plundered our oil.';
  t.deepEqual(cast(`We, the people of Venezuela, will never bow. ${attack}`), ['United States']);
  t.deepEqual(cast(`The delegates of this congress of the party know the truth. ${attack}`), ['United States']);
  t.deepEqual(cast(`Comrades of our union, stand firm. ${attack}`), ['United States']);
  // The forms of a text that speaks as Americans still count, with their capitals.
  t.deepEqual(cast(`We the People of the United States will never bow. ${attack}`), []);
  t.deepEqual(cast(`The members of this Congress know the truth. ${attack}`), []);
});

test('whether a text speaks as Americans is kept per lexicon set: the same document read with another set is judged by that set', (t) => {
  // A lexicon folder whose own-country text pattern never matches: with it, the text does not speak as Americans.
  const dir = mkdtempSync(join(tmpdir(), 'us-them-own-'));
  const rules = JSON.parse(readFileSync(join(BUILTIN_LEXICON_DIR, 'us-them-rules.json'), 'utf8')) as { entries: { id: string; ownNationTextPattern?: string }[] };
  for (const e of rules.entries) if (e.id === 'them-named-adversary') e.ownNationTextPattern = '\\bnever-written-phrase\\b';
  writeFileSync(join(dir, 'us-them-rules.json'), JSON.stringify(rules));
  const text = 'Fellow Americans, the Federal Government will not seek to dominate the states.';
  const run = (document: Document, lexicons: LexiconSet): string[] => {
    const context: AnalysisContext = { document, lexicons, tagger: new Tagger() };
    const analyzer = analyzerFor('us_them')!;
    const state = analyzer.prepare?.(context);
    return document.sections.flatMap((s) => analyzer.analyzeSection(s, context, state).findings.map((f) => f.rule));
  };
  const other = loadLexicons([dir]);
  t.true(run(parse(text), other).includes('them-named-adversary'), 'without the guard the Federal Government is cast');
  const shared = parse(text);
  run(shared, other);
  t.false(run(shared, loadLexicons()).includes('them-named-adversary'), 'with the built-in lexicons the same document speaks as Americans');
});

/** The built-in rules lexicon without the own-institution, state and cut-name guards, to show what each guard removes. */
function withoutNameGuards(): LexiconSet {
  const dir = mkdtempSync(join(tmpdir(), 'us-them-names-'));
  const rules = JSON.parse(readFileSync(join(BUILTIN_LEXICON_DIR, 'us-them-rules.json'), 'utf8')) as { entries: Record<string, unknown>[] };
  for (const e of rules.entries) {
    if (e.id !== 'them-named-adversary') continue;
    for (const k of ['ownInstitutionNamePattern', 'unionStateNamePattern', 'cutNameAfterPattern', 'lawTitleNamePattern']) delete e[k];
  }
  writeFileSync(join(dir, 'us-them-rules.json'), JSON.stringify(rules));
  return loadLexicons([dir]);
}

/** The out-group findings of a text ("rule=quote"), read with a lexicon set. */
function outGroup(text: string, lexicons: LexiconSet): string[] {
  const document = parse(text);
  const context: AnalysisContext = { document, lexicons, tagger: new Tagger() };
  const analyzer = analyzerFor('us_them')!;
  const state = analyzer.prepare?.(context);
  return document.sections.flatMap((s) => analyzer.analyzeSection(s, context, state).findings)
    .filter((f) => f.scored !== false && f.category === 'them').map((f) => `${f.rule}=${text.slice(f.start, f.end)}`);
}

test('a text that speaks as Americans casts none of its own institutions or states beside a hostile word; the guard is what removes them', (t) => {
  const guarded = loadLexicons();
  const bare = withoutNameGuards();
  const cases: [string, string][] = [
    ['My fellow Americans, the IRS will crack down on the crooked millionaires who cheat.', 'them-named-adversary=IRS'],
    ['My fellow Americans, I speak of the frontier. Texas has ruthlessly plundered our settlers.', 'them-named-adversary=Texas'],
    ['My fellow Americans, I speak of the frontier. The governor of New York ruthlessly plundered the settlers.', 'them-named-adversary=New York'],
  ];
  for (const [text, finding] of cases) {
    t.true(outGroup(text, bare).includes(finding), `without the guard: ${finding} in ${text}`);
    t.false(outGroup(text, guarded).includes(finding), `with the guard: ${finding} in ${text}`);
  }
  // A text that does not speak as Americans is not guarded: the same state is cast.
  t.true(outGroup('I speak of the frontier. The governor of New York ruthlessly plundered the settlers.', guarded).includes('them-named-adversary=New York'));
  // A hostile label on others in the sentence does not set the state against the people: "Outlaws" are cast, Kansas is not.
  t.deepEqual(outGroup('My fellow Americans, I speak of the frontier. Outlaws crossed Kansas and Nebraska, committing murders and other crimes on their way.', guarded), ['them-gang=Outlaws']);
});

test('the text itself may set its own institution against the people: a hostile label on it, or the in-group it acts on', (t) => {
  const guarded = loadLexicons();
  t.true(outGroup('Fellow Americans, the FBI, those traitors, have betrayed the people.', guarded).includes('them-named-adversary=FBI'));
  t.true(outGroup('Fellow Americans, the traitors of the FBI have betrayed the people.', guarded).includes('them-named-adversary=FBI'));
  t.true(outGroup('Fellow Americans, the FBI has ruthlessly betrayed the people.', guarded).includes('them-named-adversary=FBI'));
});

test('a name cut out of a longer proper name, or a law\'s title, is no actor', (t) => {
  const guarded = loadLexicons();
  const bare = withoutNameGuards();
  const cases: [string, string][] = [
    // The rest of a law's title after the name.
    ['The so-called Sherman Anti-trust Law was passed, and the trusts ruthlessly crushed the farmers.', 'them-named-adversary=Sherman Anti'],
    // A law's title as the whole name.
    ['The Pelham Anti-Dumping Bill ruthlessly crushed the small farmers.', 'them-named-adversary=Pelham Anti-Dumping Bill'],
    ['The Pelham-Stokes Tariff ruthlessly crushed the small farmers.', 'them-named-adversary=Pelham-Stokes Tariff'],
  ];
  for (const [text, finding] of cases) {
    t.true(outGroup(text, bare).includes(finding), `without the guard: ${finding} in ${text}`);
    t.deepEqual(outGroup(text, guarded), [], `with the guard: ${text}`);
  }
  // The hostile group beside the title still counts.
  t.deepEqual(outGroup('Under the Pelham-Stokes Tariff the ruthless speculators crushed the small farmers.', guarded), ['hostile-quality-corrupt=speculators']);
});

test('"invasion by the States" names the text\'s own States, no aggressor; "invasion by" a foreign state still does', (t) => {
  const rules = (text: string): string[] => scored(text).map((f) => f.rule);
  t.false(rules('Chartered banks deserve protection against needless invasion by the States.').includes('them-nation-as-aggressor'));
  t.true(rules('Our towns suffered a cruel invasion by Ruritania last spring.').includes('them-nation-as-aggressor'));
});

test('a text addressed to the people of one of the States speaks as Americans; "the people of the state of" without the capitals does not', (t) => {
  const guarded = loadLexicons();
  const body = 'I speak of the frontier. Texas has ruthlessly plundered our settlers.';
  t.true(outGroup(body, guarded).includes('them-named-adversary=Texas'));
  t.false(outGroup(`To the People of the State of Vermont: ${body}`, guarded).includes('them-named-adversary=Texas'));
  t.true(outGroup(`To the people of the state of Jalisco: ${body}`, guarded).includes('them-named-adversary=Texas'));
});

test('a hostile adverb casts the doer of the act, not the country the act falls on', (t) => {
  const cast = (text: string): string[] =>
    scored(text)
      .filter((f) => f.rule === 'them-named-adversary')
      .map((f) => f.quote);
  t.deepEqual(cast('Germany has brutally invaded Poland.'), ['Germany']);
  t.false(cast('Poland was brutally invaded by Germany.').includes('Poland'), 'the subject of a passive is what the act fell on');
  t.deepEqual(cast('Japan treacherously attacked the Philippines.'), ['Japan']);
});

test('a group the text names itself by ("We Communists …") is its own side in every sentence; the same word in another text can still be the adversary', (t) => {
  const own = [
    'The Communists of the valley publish this appeal to every worker on the river.',
    'We Communists have been reproached with wanting to abolish the small farm.',
    'The aim of the Communists is the same as that of the other parties of the valley workers.',
    'The bosses denounce the Communists as wreckers, and their hired press spreads lies about the Communists every day.',
  ].join('\n\n');
  const flagged = (text: string): string[] => {
    const doc = analyze(text, { devices: ['us_them'] });
    return doc.findings.filter((f) => f.device === 'us_them' && f.scored).map((f) => doc.text.slice(doc.sentences[f.sentence].start, doc.sentences[f.sentence].end));
  };
  const inOwn = flagged(own);
  t.false(inOwn.some((s) => s.startsWith('The aim of the Communists')), 'the self-named group is not an out-group');
  // The sentence still frames: the bosses and their press against the Communists, the text's side.
  t.true(inOwn.some((s) => s.startsWith('The bosses denounce')), 'hostility toward the text\'s own side still counts');
  const cold = [
    'The Communists have seized the harbour towns and shot the mayors who refused them.',
    'The Communists are sending agents into every union hall to undermine our defences.',
  ].join('\n\n');
  t.true(flagged(cold).some((s) => s.startsWith('The Communists are sending agents')), 'without "we Communists" the word names the adversary');
});

test('plain folk set against a favoured few are two camps; the same words joined in one list by a bare comma are not', (t) => {
  const contrast = (text: string): boolean => scored(text).some((f) => f.rule === 'us-them-contrast');
  t.true(contrast('The lobbyists got their tax breaks, but the taxpayers got the bill.'));
  t.true(contrast('Ordinary people have carried the weight while the well-connected reaped the rewards.'));
  t.true(contrast('The bankers were bailed out; the homeowners were thrown out.'));
  t.false(contrast('The board invited the farmers, bankers, merchants and the Grange to its spring meeting.'));
  t.false(contrast('The taxpayers of the county voted on the school levy.'));
});
