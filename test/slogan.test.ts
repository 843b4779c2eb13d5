import test from 'ava';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';
import { checkLexiconExamples } from './helpers/lexicon-examples.js';
import { OPED_PATH, sharedTest } from './helpers/shared.js';

const slogans = (text: string) => analyze(text, { devices: ['slogan'] }).findings.filter((f) => f.device === 'slogan');

// Each case is a text of one or two sentences in a neutral frame, so the first line is not taken for a title.
const frame = (sentence: string) => `The meeting went on for hours.\n\n${sentence}\n\nThen everyone went home.`;

const positives: [string, string][] = [
  ['Down with the dictatorship!', 'slogan-down-with'],
  ['Hands off our schools!', 'slogan-hands-off'],
  ['Forward to a workers\u2019 republic!', 'slogan-forward-to'],
  ['Long live the Republic!', 'slogan-long-live'],
  ['No pasarán!', 'slogan-no-x'],
  ['No war for oil!', 'slogan-no-x'],
  ['Give me liberty, or give me death!', 'slogan-or-death'],
  ['With the people to victory!', 'slogan-with-x-to-y'],
  ['Workers of the world, unite!', 'slogan-unite'],
  ['Power to the people!', 'slogan-acclaim-to'],
  ['For a free and united Ireland!', 'slogan-for-a'],
  ['To the barricades!', 'slogan-to-the-barricades'],
  ['The slogan of these people is "Chavism without Chávez" - a vague idea.', 'slogan-quoted-chant'],
  ['The crowd chanted "Bread and roses" all afternoon.', 'slogan-quoted-chant'],
  ['Marchers carried shirts with the word "Fraud!" printed on them.', 'slogan-quoted-exclamation'],
  ['Peace, bread and dignity for all!', 'slogan-verbless-exclamation'],
  ['Bread, land and freedom!', 'slogan-verbless-exclamation'], // a bare list: "land" read as a verb does not make it a clause
  ['Jobs, not cuts!', 'slogan-x-not-y'],
  ['One day longer, one day stronger!', 'slogan-anaphoric-pair'],
  ['An injury to one is an injury to all!', 'slogan-known-chant'],
  ['We do not serve the party; the party serves us.', 'slogan-chiasmus'],
  ['Let us never bargain out of fear. But let us never fear to bargain.', 'slogan-chiasmus'],
  ['And so, my friends: we do not serve the harbour to be paid -- we are paid to serve the harbour.', 'slogan-chiasmus'],
  ['Our debts are large, but our resolve is larger.', 'slogan-antithesis'],
  ['We will follow two rules: Buy local and hire local.', 'slogan-epistrophe'],
  ['Fair dealing, and nothing but fair dealing, will forever be our motto.', 'slogan-named-motto'],
];

for (const [sentence, rule] of positives) {
  test(`slogan: ${sentence}`, (t) => {
    const found = slogans(frame(sentence));
    t.true(found.some((f) => f.rule === rule), `expected ${rule}, got ${found.map((f) => f.rule).join(', ') || 'nothing'}`);
  });
}

const negatives = [
  'Stages in the revolution', // a descriptive heading
  'Counterrevolutionary preparations',
  'The question answers itself.', // an ordinary short sentence
  'No!', // a one-word interjection
  'America!',
  'Of course not!',
  'What does this slogan show?', // a question
  'Join us', // a sign-off: a call to action, not a slogan
  'Thank you. God bless you.',
  'He came down with a cold.',
  'They decided in advance to cry "fraud" and use the situation.',
  'He saw a giraffe and exclaimed: "I don\'t believe it!"',
  'The left wing website referred to "the red tsunami".',
  'A mere absurdity!',
  'Nonsense!',
  'God bless you all, and God bless the people of Norland.', // a sign-off, though built on one frame
  'The harbour is not the council\'s harbour, the harbour is the town\'s harbour.', // a denial on one frame corrects and argues
  'Some ferries run, and some ferries don\'t.',
  'Our harbour is strong and growing stronger.', // one thing that grows, not two weighed against each other
  'We export 20 percent of our production, and 40 percent of our farmland produces for export.', // words cross by accident
  'No town owns this river, and no town is spared its floods.', // one frame, no opposition
  'They still see prices going up, and they still know the fear of unemployment.',
  'We want jobs, not cuts!', // a position with its own subject, not a chant
  'Hold the line, hold the line!', // the same words twice is repetition, not a parallel pair
  'Red, white and blue!', // a bare list needs rally words, as every verbless exclamation does
];

for (const sentence of negatives) {
  test(`not a slogan: ${sentence}`, (t) => {
    const found = slogans(frame(sentence));
    t.deepEqual(found.map((f) => `${f.rule}: ${f.quote}`), []);
  });
}

test('a quoted slogan is quoted on its own, not with the sentence around it', (t) => {
  const text = frame('The opposition is gathering behind the slogan of "count every ballot."');
  const [f] = slogans(text);
  t.is(f.quote, 'count every ballot');
  t.is(text.slice(f.start, f.end), f.quote);
});

test('a catchphrase repeated across sections is found; a term repeated in reports is not', (t) => {
  const motto = '# Speech\n\n## Jobs\n\nWe will win the future.\n\nFactories are reopening.\n\n## Schools\n\nEducation is how we win the future.\n\n## Roads\n\nAnd that is how we will win the future.';
  t.true(slogans(motto).filter((f) => f.rule === 'slogan-repeated-catchphrase').length >= 2);
  const report = '# Report\n\n## One\n\nThe balance of payments improved.\n\n## Two\n\nThe balance of payments worsened.\n\n## Three\n\nOur balance of payments is steady.';
  t.deepEqual(slogans(report), []);
});

test('words that open every paragraph they stand in are a signpost over a list of aims, not a catchphrase', (t) => {
  const signposts =
    '# Speech\n\n## Harbour\n\nKeeping the town strong requires a deeper harbour. The dredgers are ready.\n\n## Schools\n\nKeeping the town strong requires good schools. Teachers are waiting.\n\n## Roads\n\nKeeping the town strong requires safe roads. The bridges are old.';
  t.deepEqual(slogans(signposts).filter((f) => f.rule === 'slogan-repeated-catchphrase'), []);
  // The same words also come back inside a passage: a motto.
  const motto = signposts.replace('The bridges are old.', 'That is what keeping the town strong requires!');
  t.true(slogans(motto).filter((f) => f.rule === 'slogan-repeated-catchphrase').length >= 2);
});

test('an end refrain is a close set off or ending very short lines, not the plain shared close of ordinary sentences', (t) => {
  const refrain = frame('The first is freedom of speech -- everywhere in the world.\n\nThe second is freedom of worship -- everywhere in the world.\n\nThe third is freedom from want -- everywhere in the world.');
  t.is(slogans(refrain).filter((f) => f.rule === 'slogan-end-refrain').length, 3);
  const plain = frame('America has long been the wealthiest nation in the world.\n\nNow it is time we became the healthiest nation in the world.\n\nWe will build the strongest nation in the world.');
  t.deepEqual(slogans(plain).map((f) => f.rule), []);
});

test('every slogan lexicon entry fires on its examples and not on its counterExamples', (t) => {
  const cases = checkLexiconExamples(t, 'slogan', ['slogan-formulas', 'slogan-signals', 'slogan-famous-lines']);
  t.true(cases > 40);
});

sharedTest('the op-ed: "Down with imperialism!" and "Hands off Venezuela!" are slogans, its headings are not', (t) => {
  const text = readFileSync(OPED_PATH, 'utf8');
  const result = analyze(text, { devices: ['slogan'] });
  const quotes = result.findings.map((f) => f.quote);
  t.true(quotes.includes('Down with imperialism!'));
  t.true(quotes.includes('Hands off Venezuela!'));
  const headings = result.sentences.filter((s) => s.heading && s.index > 0);
  for (const h of headings) t.false(result.findings.some((f) => f.start >= h.start && f.start < h.end), `heading at line ${h.line} flagged`);
});

test('a line history made a watchword counts when a later text quotes or echoes it, not in the text of the year that coined it', (t) => {
  const rules = (text: string, year?: number) => analyze(text, { devices: ['slogan'], ...(year ? { year } : {}) }).findings.map((f) => f.rule);
  const echo = 'And once again, the buck stops here.';
  // An echo without quotation marks, in a text dated after the line was coined (1945).
  t.true(rules(echo, 1994).includes('slogan-line-buck-stops-here'));
  // The same words in a text of the coining year or before, and in a text with no year and no quotation marks.
  t.false(rules(echo, 1945).includes('slogan-line-buck-stops-here'));
  t.false(rules(echo).includes('slogan-line-buck-stops-here'));
  // With no year, quotation marks mark it as quoted.
  t.true(rules('He kept the old sign in view: "The buck stops here."').includes('slogan-line-buck-stops-here'));
});

test('a slogan is quoted from its first word: a named motto in full, a headline cry without the colon or dash before it', (t) => {
  const quote = (text: string) => analyze(text, { devices: ['slogan'] }).findings.map((f) => f.quote);
  t.deepEqual(quote('Our watchword is: Work and Bread.'), ['Our watchword is: Work and Bread']);
  t.deepEqual(quote('The slogan of the tenants was Fair Rents Now.'), ['The slogan of the tenants was Fair Rents Now']);
  t.deepEqual(quote('# Valley News: hands off the valley!\n\nThe meeting is on Monday.'), ['hands off the valley!']);
});

test('a chant\'s call and response flags the call and its short answer, and only when the answer follows at once', (t) => {
  const rally = frame('What do we want? A fair contract! When do we want it? Now!');
  const found = slogans(rally).filter((f) => f.rule === 'slogan-call-and-response');
  t.deepEqual(found.map((f) => f.quote.replace(/\W+$/, '')), ['What do we want', 'A fair contract', 'When do we want it', 'Now']);
  // A call answered by a sentence of argument, or left unanswered, is a question like any other.
  t.deepEqual(slogans(frame('What do we want? That is the question the committee never asked.')).map((f) => f.rule), []);
  t.deepEqual(slogans(frame('Whose streets are these, and who paid for them?')).map((f) => f.rule), []);
});

test('a shouted word echoed is a chant, and so is the last call of a quoted chant with the text going on after it; a plain "No. No." is not', (t) => {
  const byRule = (text: string): string[] => slogans(text).filter((f) => f.rule === 'slogan-echoed-phrase').map((f) => f.quote);
  t.deepEqual(byRule('At the gate the drivers took up the chant: Solidarity! Solidarity!'), ['Solidarity', 'Solidarity!']);
  t.deepEqual(byRule('The crowd answered with chants of "Harbour! Harbour!" as the ferry came in.'), ['Harbour', 'Harbour']);
  t.deepEqual(byRule('Did the council agree to the plan? No. No.'), []);
  t.deepEqual(byRule('The ferry was late again! Again.'), []);
});

test('a short cry shouted again whole right after itself is a chant, even as a paragraph of its own; a statement said twice is not', (t) => {
  const byRule = (text: string): string[] => slogans(text).filter((f) => f.rule === 'slogan-echoed-phrase').map((f) => f.quote);
  t.deepEqual(byRule('The crowd knows the answer. Harbour stands!\n\nHarbour stands!\n'), ['Harbour stands!', 'Harbour stands!']);
  t.deepEqual(byRule('The harbour stands.\n\nThe harbour stands.\n'), []);
});

test('a repeated motto may open with "every", "each" or "no" (the tagger reads the verb in "Every valley counts" as a noun); a quantified phrase said once is not one', (t) => {
  // The last one inside a passage: a phrase that only ever opens its paragraphs is a signpost (see above).
  const motto = '# Plan\n\n## Roads\n\nEvery harbour counts.\n\nThe ferries will run again.\n\n## Schools\n\nEvery harbour counts, and every school in it counts.\n\n## Vote\n\nVote on Sunday. Every harbour counts!';
  t.deepEqual(slogans(motto).map((f) => f.rule), ['slogan-repeated-catchphrase', 'slogan-repeated-catchphrase', 'slogan-repeated-catchphrase']);
  t.deepEqual(slogans('# Plan\n\n## Roads\n\nEvery harbour counts.\n\nThe ferries will run again.\n\n## Vote\n\nVote on Sunday.'), []);
});

test('a title that repeats a cry the text shouts carries the slogan, and so does the cry; a title whose words come back in a plain statement does not', (t) => {
  const echoed = slogans('# Harbour Works, Harbour Stays\n\nThe council met the dockers on Monday.\n\nHarbour works, harbour stays!\n');
  t.deepEqual(echoed.map((f) => [f.rule, f.quote]), [
    ['slogan-title-echo', 'Harbour Works, Harbour Stays'],
    ['slogan-anaphoric-pair', 'Harbour works, harbour stays!'],
  ]);
  t.deepEqual(slogans('# The Harbour Works\n\nThe council met the dockers on Monday.\n\nThe harbour works.\n'), []);
  // Thanks under a heading of thanks is a formula of courtesy, not a cry.
  t.deepEqual(slogans('# Thank You\n\nThe council met the dockers on Monday.\n\nThank you!\n'), []);
});

test('a title may set the cry among other words between colons or dashes: that part is the echo; a title whose parts only name a topic is none', (t) => {
  const echo = (title: string): string[] =>
    slogans(`# ${title}\n\nThe council met the dockers on Monday.\n\nThe port is not for sale!\n`).filter((f) => f.rule === 'slogan-title-echo').map((f) => f.quote);
  t.deepEqual(echo('The Port Is Not for Sale: why the lease must be stopped'), ['The Port Is Not for Sale', 'The port is not for sale!']);
  t.deepEqual(echo('Corvena: the port is not for sale – spread the strike'), ['the port is not for sale', 'The port is not for sale!']);
  t.deepEqual(echo('The port and the lease: a history'), []);
  t.deepEqual(slogans('# Harbour Tolls - what the council decided\n\nThe council met the dockers on Monday.\n\nThe harbour tolls rose.\n'), []);
});
