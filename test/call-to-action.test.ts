import test from 'ava';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';
import { checkLexiconExamples } from './helpers/lexicon-examples.js';
import { OPED_PATH, sharedTest } from './helpers/shared.js';
import { resultProblems } from './property-invariants.js';

const calls = (text: string) => analyze(text, { devices: ['call_to_action'] }).findings.filter((f) => f.device === 'call_to_action');

// Each case stands in a neutral frame, so the first line is not taken for a title.
const frame = (sentence: string) => `The meeting went on for hours.\n\n${sentence}\n\nThen everyone went home.`;

const positives: [string, string][] = [
  ['Join the union today.', 'cta-imperative'],
  ['Do your duty, and do it now.', 'cta-imperative'],
  ['Friends, do the right thing.', 'cta-imperative'],
  ['Do join us on Sunday.', 'cta-imperative'],
  ['If you want more information, fill in this form.', 'cta-imperative'],
  ['And never forget the sacrifice of those who came before.', 'cta-imperative'],
  ['Wait not for the council to mend your street.', 'cta-imperative'],
  ['So let us rebuild the mill together.', 'cta-let-us'],
  ["Let's get to work.", 'cta-let-us'],
  ['Let freedom ring from every hill.', 'cta-let-hortative'],
  ["Don't let anyone tell you it cannot be done.", 'cta-do-not-let'],
  ['Treat every neighbouring town with patience and fairness.', 'cta-imperative'],
  ['The initiative is up to us.', 'cta-up-to-us'],
  ['We will follow two rules: Buy local and hire local.', 'cta-imperative'],
  ['When you can, join us.', 'cta-imperative'],
  ['We must plant the orchards today so that Dunmore can eat tomorrow.', 'cta-we-must'],
  ['All of us need to pull together.', 'cta-we-must'],
  ['It is necessary to inflict a massive defeat on the opposition this Sunday.', 'cta-it-is-necessary'],
  ['The time has come to set aside childish things.', 'cta-time-has-come'],
  ['What is needed now is a steady and honest hand from the river council.', 'cta-what-is-needed'],
  ['It is up to us to finish the work.', 'cta-up-to-us'],
  ['The campaign must be pursued urgently and single-mindedly.', 'cta-must-be-done'],
  ['I urge the Congress to pass this bill without delay.', 'cta-i-urge'],
  ['Forward to the Socialist Federation of Europe!', 'cta-forward-to'],
  ['Down with the oligarchy!', 'cta-down-with'],
  ['For a revolutionary united front to combat the counterrevolution!', 'cta-for-a'],
  ["It's time for Congress to act as well.", 'cta-time-has-come'],
  ['Now is the time for cross-party action.', 'cta-time-for-action'],
  ["And so I tell you this evening let's give the valley a new bridge.", 'cta-let-us'],
  ['Because our needs are so great -- let us be bold in meeting them.', 'cta-let-us'],
  ['Let us see that they have the resources to do it.', 'cta-let-us'],
  ['The Congress should act now.', 'cta-group-should'],
  ['Farmers should sell their grain at the market nearest to their fields.', 'cta-group-should'],
  ['We must have clean water in every village.', 'cta-we-must'],
  ["If we want Eastmere to prosper, we've got to mend the roads first.", 'cta-we-must'],
  ['We who serve on the council must mend the roof first.', 'cta-we-must'],
  ['But this is not a timid plan, for the republic cannot afford to wait.', 'cta-nation-cannot-afford'],
  ['The peace we make must be just.', 'cta-must-be-fair'],
  ['Please, I beg you, give according to your means.', 'cta-i-urge'], // "according to your means" is a measure, not a source
  ["Don't look back.", 'cta-imperative'], // a negated steering word is a command
  ['The new drainage rules should be adopted without further delay.', 'cta-should-be-done'],
  ['It is for us the neighbours, rather, to be committed here to the rebuilding of the hall.', 'cta-up-to-us'],
  ["It's time we restored domestic tranquility.", 'cta-time-has-come'],
  ['The time to act is now.', 'cta-time-for-action'],
  ['We have a moral duty to create a fairer system.', 'cta-we-have-a-duty'],
  ['So all of us, as parents and neighbours, have a responsibility to help our children.', 'cta-we-have-a-duty'],
  ['In this hard winter the task of every citizen is to shelter a neighbour.', 'cta-our-task-is'],
  ['It is now our generation\'s task to carry on what those pioneers began.', 'cta-it-is-necessary'],
  ['I hope the Congress will pass the school bill this spring.', 'cta-i-hope-you-will'],
  ['I trust that you will not fail to fund the harbor works.', 'cta-i-hope-you-will'],
  ['Today we are called upon to defend the gains of a generation.', 'cta-called-upon'],
  ['It is high time that the old tariff was repealed.', 'cta-time-has-come'],
  ['It is time the farmers of this state got a fair price.', 'cta-time-has-come'],
  ['Citizens, it is your duty to vote on Tuesday.', 'cta-it-is-necessary'],
  ['My request is for every American to give one hour a week.', 'cta-up-to-us'],
  ['The first necessity is the reopening of the mills.', 'cta-what-is-needed'],
  ['Whatever the cost, it must never divide us again.', 'cta-it-must-not'],
  ['Borrowing must not be our way of paying for the war.', 'cta-must-not'],
  ['As a pledge of good faith, pay the debt.', 'cta-imperative'], // "as" heading a phrase, not a clause
  ['The harvest is in, but we cannot rest.', 'cta-we-cannot-rest'],
  ['Our rivals are building new ports, and so must we.', 'cta-so-must-we'],
  ['It is a reform that must be finished this year.', 'cta-it-is-a-task-that-must'],
  ['To the young people of this town I say: stay in school.', 'cta-imperative'], // the speaker's own "I say:" announces the command
  ['Young people, stay in school.', 'cta-imperative'], // a group addressed by name
  ['Now is not the time to falter.', 'cta-time-has-come'],
  ['The rules make no sense, and that has to change.', 'cta-this-must-change'],
  ['Some have said that we should stay out of the quarrel; but we cannot afford to be complacent.', 'cta-we-must'], // the report ends at the semicolon
  ['Those who say that we cannot win are wrong, and we must prove them wrong.', 'cta-we-must'],
  ['Remember Valley Forge.', 'cta-imperative'], // a verb before a name, in a short rallying sentence
  ['Buy Liberty Bonds today!', 'cta-imperative'],
  // Round 4 (train3): the speaker's standing request to the assembly, needs of the nation, importance and aims.
  ['And so I have asked the Congress to pass the harbour bill by the first of May.', 'cta-i-have-asked'],
  ['Today I have also reminded the Congress of the urgency of the levee repairs.', 'cta-i-have-asked'],
  ['Our country needs a far larger share of the wool crop this winter.', 'cta-nation-needs'],
  ['The nation must have more nurses before the epidemic returns.', 'cta-nation-needs'],
  ['It is equally important that the mill owners should not raise their prices this year.', 'cta-it-is-important-that'],
  ['The purpose should be to keep the ferry fares where they stand today.', 'cta-aim-should-be'],
  ['We can and should be the best neighbour the valley has ever had.', 'cta-we-must'],
  ['We ought always to keep a month of grain in the town stores.', 'cta-we-must'],
  ['We must have men and women ready at every flood post.', 'cta-we-must'],
  ["That's why the Congress should pass the levee bill this spring.", 'cta-group-should'],
  ['The Congress, therefore, should give steady attention to the harbour fund.', 'cta-group-should'],
  ['Labor and management should settle the mill dispute before the harvest.', 'cta-group-should'],
  ['Tonight I am asking the Congress to fund the new levee in full.', 'cta-i-urge'],
  ['Tonight I call for a freeze on the harbour tolls for one year.', 'cta-i-urge'],
  ['So I want to ask every family in the valley to plant a garden.', 'cta-i-urge'],
  ['Our duty to the valley requires that we rebuild the levees before spring.', 'cta-requires-that-we'],
  ['Prompt action on the levee bill is essential to the safety of the valley.', 'cta-action-is-essential'],
  ['I hope you will pass the ferry bill this spring.', 'cta-i-hope-you-will'],
  ['The flood requires the prompt attention of the Congress.', 'cta-calls-for-action'],
  // A statement that ends on the questions it lists keeps the demand it makes before its colon.
  ['We must answer three questions: First, how do we keep the mills open?', 'cta-we-must'],
  ['Today we must decide: will we mend the levee, or let it fail?', 'cta-we-must'],
  // The fifth round and after.
  ['But we cannot go back to the days when every village fended for itself.', 'cta-we-cannot-rest'],
  ['The harbour is half dredged, but we cannot stop now.', 'cta-we-cannot-rest'],
  ['I, therefore, urge the council to repair the weir before the floods.', 'cta-i-urge'],
  ['I especially ask the young people of the valley to help with the harvest.', 'cta-i-urge'],
  ['So tonight I issue a call to every family to plant a garden.', 'cta-i-issue-a-call'],
  ['The third thing we have to do is mend the levees before the rains.', 'cta-the-thing-we-must-do'],
  ['Therefore, I believe that it will be necessary to lower the age limit for the river wardens.', 'cta-it-will-be-necessary'],
  ['So tonight I propose that we use the toll surplus to mend the bridges.', 'cta-i-propose'],
  ['This year I am proposing that the council fund the ferry in full.', 'cta-i-propose'],
  ['I commend this matter to your careful consideration.', 'cta-commend-to-consideration'],
  ['Your attention is respectfully invited to the state of the river roads.', 'cta-commend-to-consideration'],
  ['Go get vaccinated, Eastmere.', 'cta-imperative'], // a past form after "get" is its participle, not a finite verb
  ['Never again should we neglect the levees until the river is at the door.', 'cta-never-must-we'],
  ['Nor must we leave the valley towns to fend for themselves.', 'cta-never-must-we'],
  ['Therefore let every change to the charter be well weighed.', 'cta-let-hortative'],
  ['Enact such laws as will keep the harbour open.', 'cta-imperative'], // "laws" after "such" is a noun, not a finite verb
  ['Tell your children the story of the floods survived by their grandparents.', 'cta-imperative'], // a verb with its object: "survived" is inside it
  ['Take a vote, and send me that bill.', 'cta-imperative'], // a steering verb's coordinated command
  ['I called upon the ferrymen to return to work for their town.', 'cta-i-called-upon'],
  ['Be strong and of good courage.', 'cta-be-imperative'],
  ["But don't be fooled by those who say the levee is safe.", 'cta-be-imperative'],
  ['I have a message for the wardens: Be ready.', 'cta-be-imperative'],
  // Round 8 (train5): what the nation expects, what is urgently needed, what remains to be done, "no better time".
  ['The American people expect us to finish the levee this year.', 'cta-nation-expects'],
  ['The Nation will expect every township to do its full share, without stint.', 'cta-nation-expects'],
  ['A new lock on the lower canal is badly needed.', 'cta-is-urgently-needed'],
  ['I say that the repair of the weir is imperative.', 'cta-is-urgently-needed'],
  ['It remains for the Congress to provide for the keepers of the lighthouses.', 'cta-it-remains-for-us'],
  ['What remains is to open the school to every child of the valley.', 'cta-it-remains-for-us'],
  ["There's never been a better time to plant an orchard in Dunmore.", 'cta-time-has-come'],
  ['The valley has need of patience, and America has need of courage.', 'cta-nation-needs'],
  ['From all of you, I have asked patience while the bridge is rebuilt.', 'cta-i-have-asked'],
  // Round 9 (train6b): a duty named, the only course open, the speaker's past recommendation, a passive need.
  ['It is the duty of the county boards to keep the ferry running.', 'cta-it-is-the-duty-of'],
  ['There is no alternative to draining the lower marsh.', 'cta-no-alternative-but'],
  ['In my last message I recommended that the Congress buy the old toll road.', 'cta-i-recommended'],
  ['The county road service needs to be reorganized.', 'cta-needs-to-be-done'],
  // Genre sample round (commentary and editorials): motion verbs before a direction, a participle after a determiner or
  // before "by", a sole verb after a lead phrase, office-holders told what they should do, verbless strike demands.
  ['Go to the meeting in Corran next Friday.', 'cta-imperative'],
  ['If you can spare it, give to the relief fund set up by the sacked ferrymen.', 'cta-imperative'],
  ['And on the twelfth, vote.', 'cta-imperative'],
  ['The councillors of the Harbour League should put their doubts on the record.', 'cta-group-should'],
  ['All power to the dock committees!', 'cta-all-power-to'],
  ['No return to the mills without a contract!', 'cta-no-x-without-y'],
  ['We cannot make the same mistake again.', 'cta-we-cannot-rest'],
  ['Tonight my message to the mill owners is simple: Ask yourselves what you can do to keep the looms running.', 'cta-imperative'],
  ['Vote like your rights depend on it.', 'cta-imperative'],
  ['Every signature counts, so add yours before midnight.', 'cta-imperative'],
  ['Come down to the harbour gate before your shift.', 'cta-imperative'],
  ['Come along to the meeting at the mill on Friday.', 'cta-imperative'],
  ['Every one of you who has a vote in the valley should use it in May.', 'cta-you-must'],
];

for (const [sentence, rule] of positives) {
  test(`call to action: ${sentence}`, (t) => {
    const found = calls(frame(sentence));
    t.true(found.some((f) => f.rule === rule), `expected ${rule}, got ${found.map((f) => f.rule).join(', ') || 'nothing'}`);
  });
}

const negatives = [
  'Do your children have the care they need?', // a question, not "do" as a command
  'Let us examine both sides of the question.', // steering the argument
  'Let us now take wage-labour.',
  'The opposition will cry fraud.', // a prediction
  'He must resign, the paper said.', // a reported demand
  'The mayor merely reiterates that the new levy must be fair.',
  'They must resign at once.', // a third party, not urged by the text
  'Why should we act now?', // a rhetorical question
  'Abolition of all right of inheritance.', // a programme item stated without urging
  'Stages in the revolution', // a heading
  'Thank you.',
  'God bless you.',
  'Make no mistake about it.',
  'Experience shows that our commerce expands as they progress.',
  'Bus fares have been lowered, waiting times cut sharply.',
  'It must be admitted that their calculations are realistic.',
  'We will repair the canals and footpaths.', // a promise, not an appeal
  'But we must not forget that they lost power because of mistakes.',
  'Sooner or later, the old quarrel over the river must be settled.',
  'We know that he must resign.',
  'Let every tyrant know that we will not yield.', // a proclamation past the audience, not a call on it
  'Let the ruling classes tremble.',
  'The critics say we must cut taxes.', // a reported demand without "that"
  'Some will say we must retreat.',
  'It is a habit which patience must break.', // a modal inside a relative clause describes
  'They face new challenges which we must join them in overcoming.',
  'Our ancestors braved the unknown; tamed the wilderness; laid down the railroads.', // a list of past predicates
  'Whatever may be conceded to education, reason and experience both forbid us to expect it.', // a compound subject
  'Forbid it, Almighty God!', // a prayer
  '"Render unto Caesar the things which are Caesar\'s" is the scripture doctrine of courts.', // a quotation mentioned, not addressed
  'As you have, without a proper authority, put yourselves in the place of the whole body.', // a perfect tense resumed after a parenthesis
  'We need fear no external enemy.', // modal "need": what is unnecessary
  'A pretty state we should soon be in under such a government.', // the old conditional mood
  'They are shutting their eyes to the lesson that we must learn.', // a relative clause
  'It will separate the tribes from the settlements; free them from the power of the States; enable them to pursue happiness.', // bare verbs sharing "will"
  'In the monuments of an unknown people, spread over the West, we behold the memorials of a race.', // a participle before the subject
  'Every breach of the laws must involve a state of war.', // a stative verb: necessity of fact
  'In conclusion, fellow citizens, allow me to invoke the spirit of conciliation.', // a formula of address
  'They have a responsibility to enter the mainstream of American life.', // a duty of a third party
  "In Washington's day the task of the people was to create a nation.", // a past task, told
  'It was time for dinner.',
  'They will all let us know about it.', // "let us" as the object of another verb
  'Too many of our institutions have let us down.',
  "We shall, in God's Providence, let us hope, be purged of faction.", // a parenthetical wish
  "Let's put it this way: they are no longer a problem.", // steering the argument
  'In the event that the Congress should fail to act, I shall act.', // a condition
  'Parents should never have to worry about their jobs.', // what ought not to befall a group
  'I have been warned that this is no time to dream of a kinder Westbury.', // a passive report: others' words
  'How incredible it is that we should hate and destroy one another.', // putative "should" after an evaluation
  'Together, we decided that a decent county must look after its elderly.', // a past resolution, told
  'We must have missed the train.', // "must have" + participle: a guess
  'It must be difficult for them.', // a guess about a state, not a demand
  'Our patience in the talks should not be mistaken for a lack of resolve.', // a warning, not a demand on the audience
  'They will explain the policy which ought to be pursued in future.', // a relative clause
  'Most of our people cannot afford to pay for the care they need.', // a hardship described
  'I hope you will permit me a word about my own plans.', // a courtesy that steers the address
  'I hope that the rain will stop before the parade.', // a wish about the weather, not an appeal to anyone
  'They are the duties we are called upon to perform.', // a relative clause
  'You will be called upon to review the treaty next year.', // a future, told
  'It is for the courts to decide whether the law stands.', // deference to another body
  'Such a union must inevitably weaken the smaller states.', // a "must" of consequence
  'The trial by jury must still be a check upon corruption.', // an adverb after "must" is no verb
  'Let it be remembered that the tax is fixed by the census.', // steering the argument
  'Let those who doubt it look at the history of the leagues.',
  'But admit that the neighbours might be willing to help.', // an argumentative concession
  'Divide the state into ten districts, and it will be found that no district has a separate interest.', // a thought experiment
  'While the collection of the taxes, and the payment of the troops, in times of peace or of war, seem to belong to one department, the law is silent.', // a subordinate clause without a verb before its comma
  'If the term were short, a man of ambition would, with great reluctance, yield to the necessity of leaving.', // a subject after the comma
  'He must not have heard the bell.', // a guess
  'With the whole team behind us, we cannot fail.', // an assurance, not a demand
  'It was a journey that must have taken weeks.', // a guess about the past
  'Right now, many families in our town pay more for rent than for food.', // "right now" opens a statement
  'The mayor said: cut the budget now.', // a call reported from someone else
  'The critics said that taxes are high, and that we must cut them at once.', // one report, two clauses
  'Young farmers, like my neighbour, work from dawn to dusk.', // a subject with an aside, not an address
  'Head Start, school lunches, and summer camps will not be cut from the levels we proposed last year.', // a name in a long sentence
  'Grant Park is large.',
  'The enemy must cross the river before he can reach the city.', // what an adversary has to do, not urged on the audience
  'While the tax should not rise, new rules could be written that would, without any loss of revenue, spare the farmers.', // the main clause began after the first comma
  // Round 4: a request to an official, a relative clause, a reason clause, a need merely mentioned, a condition.
  'I have asked the Secretary of the Treasury to study the ferry accounts.',
  'The bills which I have asked the Congress to pass are listed in the budget.',
  'As it is important that the facts be known, I send the report herewith.',
  'They do the work this country needs doing.',
  'If the purpose should be to raise revenue, a stamp tax would serve.',
  'We must have taken the wrong road at the ford.',
  'The council, therefore, should it buy the mill, will have to pay the old mortgage.',
  'I am asking the Secretary of the Harbour Board to review the ferry accounts.',
  'The charter requires that each ward shall send two delegates.',
  'When action is required to protect the valley, we will act.',
  // A question throughout, or a request that only asks the question it introduces.
  'What must we do now: wait for the floods?',
  'I would ask the council this one question: who will pay for the weir?',
  'Well, let us rather ask them: who will they tax?',
  // Not calls: a fact, an ironic "last thing", a prayer, a future of necessity inside a condition or steering an argument.
  "We can't turn back the clock on the new mills.",
  'The last thing we need to do is raise the tolls again.',
  'I humbly implore the Almighty to guard this valley.',
  'If the loan fails, it will be necessary to raise the tolls.',
  'To judge of this matter, it will be necessary to consider what the charter says.',
  'I propose to open negotiations with the upper valley.',
  'The plan I propose would mend the levees.',
  'The measure was submitted to your consideration last spring.',
  'I submit that the charter is sound.',
  'Never shall we abandon the valley towns.',
  'Support payments fell in every district.',
  'Look at the harbour, and you will see the damage.',
  'When I urged the council to act, the river was already rising.',
  'Understand -- if we do not mend the levee, it could fail, and flood the town.',
  'Be it remembered that the charter was never signed.',
  'Be that as it may, the toll stands.',
  'The fleet should -- at least for now -- be kept at its present size.',
  'Nor need we shrink from facing the flood.',
  'But let our imaginations carry us for a moment to the harbour.',
  // Round 8: a past or a foreign expectation, a need inside a time clause or a relative clause, a judgment left to others.
  'The country expected that the new mills would open in spring.',
  'This Government expects that the river republic will hear the claim.',
  'The ferry will run again when a new one is badly needed.',
  'The old granary, which is much needed, burned last winter.',
  'It remains for the Congress to decide whether the weir is worth its cost.',
  'It remains for us to consider the second objection.',
  'There was a better time to plant, and it has passed.',
  'In time of peace we have need of no more ships than the harbour holds.',
  // Round 9: a demand reported with a bare subject, a relative "we need to", a duty of the speaker's own office.
  'And yet some on the council say tolls must be raised.',
  'I want to speak about the strength we need to win the harbour race.',
  'It is the duty of the Executive to enforce the laws the council passes.',
  // Genre sample round: a byline, a parenthetical and a serial report, a rhetorical "ask … what", a steering "let us be honest",
  // an idiom of the speaker's own commitment.
  '*Opinion, The Corran Herald, 3 May 2026*',
  'Give them the harbour, they say, and they will leave the rest alone.',
  'They will say the mills are finished, that the valley is too small, that small towns must do as they are told.',
  'Ask the ferrymen what the new tolls did to their wages.',
  'Let us be honest about how the ferry came to close.',
  'If it means keeping the mill open, then count me in.',
  'If it means standing by the people who really build, mend and run this valley, then count me in.',
  'Power like theirs corrupts the young.',
  'Prices rose, so buyers waited for the spring.',
  'The argument is so strong in itself, so plain to every reader, so consonant with the statute that little need be said.',
  'I will do my duty, so help me God.'
];

for (const sentence of negatives) {
  test(`not a call to action: ${sentence}`, (t) => {
    const found = calls(frame(sentence));
    t.deepEqual(found.map((f) => `${f.rule}: ${f.quote}`), []);
  });
}

test('a direct command is stronger than a statement of obligation', (t) => {
  const [command] = calls(frame('Join the union today.'));
  const [obligation] = calls(frame('We must join the union.'));
  const [passive] = calls(frame('The union must be joined by every worker.'));
  t.true(command.strength > obligation.strength);
  t.true(obligation.strength > passive.strength);
});

test('each sentence counts once, with its strongest call', (t) => {
  const found = calls(frame('We must act, and let us act now.'));
  t.is(found.length, 1);
  t.is(found[0].rule, 'cta-let-us');
});

test('the score is calls per 1,000 words', (t) => {
  const result = analyze('Join us. We must act. The sky is blue. Rain fell.', { devices: ['call_to_action'] });
  t.is(result.document.call_to_action.metrics.flagged, 2);
  t.true(Math.abs(result.document.call_to_action.score - (2 * 1000) / result.source.words) < 0.01);
});

test('every call-to-action lexicon entry fires on its examples and not on its counterExamples', (t) => {
  const cases = checkLexiconExamples(t, 'call_to_action', ['cta-patterns', 'cta-signals']);
  t.true(cases > 40);
});

sharedTest('the op-ed: "Join us" and "Forward to the Socialist Bolivarian Republic!" are calls to action', (t) => {
  const text = readFileSync(OPED_PATH, 'utf8');
  const found = calls(text);
  const sentenceOf = (needle: string) => {
    const at = text.indexOf(needle);
    t.true(at >= 0, `${needle} is in the op-ed`);
    return found.filter((f) => f.start < at + needle.length && at < f.end);
  };
  t.true(sentenceOf('Join us').length > 0);
  t.true(sentenceOf('Forward to the Socialist Bolivarian Republic!').length > 0);
  t.deepEqual(sentenceOf('The opposition is rallying around the slogan').map((f) => f.rule), []);
});

test('a closed-class word after an introductory clause is no command, and the sentence is not tagged to find out', (t) => {
  const tagged = (text: string) => analyze(text, { devices: ['call_to_action'], timing: true }).timing!.taggedSentences;
  const calls = (text: string) => analyze(text, { devices: ['call_to_action'] }).findings.length;
  // The same shape with a verb after the comma is tagged (and is a command); with a numeral, a quantifier or a
  // conjunction there it is neither.
  t.is(tagged('If the bill passes this spring, remember the farmers who waited for it.'), 1);
  t.is(calls('If the bill passes this spring, remember the farmers who waited for it.'), 1);
  for (const text of [
    'If the bill passes this spring, twenty-five states will gain new roads.',
    'When the session ends, several members will retire.',
    'As the report shows, whether the plan works depends on the weather.',
  ]) {
    t.is(tagged(text), 0, text);
    t.is(calls(text), 0, text);
  }
});

/** The rules of the scored calls of a text. */
const scoredRules = (text: string) => calls(text).filter((f) => f.scored).map((f) => f.rule);

test('a verb with an object pronoun at the head of the sentence is a command even where the tagger calls it an infinitive', (t) => {
  t.deepEqual(scoredRules('Tell them we are not going anywhere.'), ['cta-imperative']);
  t.deepEqual(scoredRules('Remind them the ballot closes at noon.'), ['cta-imperative']);
  t.deepEqual(scoredRules('They tell them we are not going anywhere.'), []);
});

test('"remember" or "recall" at the head of the sentence commands with a clause as its object; "consider" steers an argument', (t) => {
  t.deepEqual(scoredRules('Remember the ballot at the depot closes at noon.'), ['cta-imperative']);
  t.deepEqual(scoredRules('Consider the ballot at the depot closes at noon.'), []);
});

test('"make" or "help" at the head of the sentence commands with an object and a bare verb; "make no mistake" and a noun "help" do not', (t) => {
  t.deepEqual(scoredRules('Make the harbour owners pay.'), ['cta-imperative']);
  t.deepEqual(scoredRules('Help the dockers win this strike.'), ['cta-imperative']);
  t.deepEqual(scoredRules('Make sure the hall is full by six.'), ['cta-imperative']);
  t.deepEqual(scoredRules('Make no mistake, the owners will come back.'), []);
  t.deepEqual(scoredRules('Help is on the way for the dockers.'), []);
});

test('"ask" with an addressee and an indirect question is a rhetorical question, unless the addressee is the audience\'s own', (t) => {
  t.deepEqual(scoredRules('Ask any harbour owner where they would rather build.'), []);
  t.deepEqual(scoredRules('Ask the dockers of Leith whether the new tolls are fair.'), []);
  t.deepEqual(scoredRules('Ask your councillor how they voted, and why.'), ['cta-imperative']);
  t.deepEqual(scoredRules('Ask not what the harbour can do for you.'), ['cta-imperative']);
});

test('a call quotes whole words: a rule that checks that a verb follows quotes the verb whole, never half of it', (t) => {
  const cases: [string, string][] = [
    ['The Government should encourage thrift.', 'The Government should encourage'],
    ['I hope the Congress will expedite action.', 'I hope the Congress will expedite'],
    ['Well, it’s time to remember what we owe.', 'it’s time to remember'],
    ['Therefore, let us go home.', 'let us'],
    ['It is late; let’s finish the work.', 'let’s'],
  ];
  for (const [text, quote] of cases) {
    const result = analyze(text);
    t.true(result.findings.some((f) => f.device === 'call_to_action' && f.quote === quote), `${text}: ${result.findings.map((f) => f.quote).join(' | ')}`);
    t.deepEqual(resultProblems(text, result), [], text);
  }
});

test('a heading that numbers a part ("Part 2", "Act III", "Step One") is a label, not a command; a command after its colon still counts', (t) => {
  const text = '# The valley speech\n\n## Part 1\n\nThe council met today.\n\n## Act III\n\nThe river rose.\n\n## Step One: Join the union\n\nThe hall was full.\n';
  const found = calls(text).map((f) => text.slice(f.start, f.end));
  t.false(found.some((q) => /^(Part|Act|Step)\b/.test(q)), found.join(' | '));
  t.true(found.some((q) => q.startsWith('Join')), found.join(' | '));
  // Not a heading: the same words in running text are read as they always were.
  t.true(calls(frame('Act now, before the river rises.')).length > 0);
});
