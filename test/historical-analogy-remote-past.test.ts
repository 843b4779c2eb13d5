// The nation's remote past told as a model in a speech about now (rule analogy-remote-past): sentences written for these
// tests, each checked by reading.

import test from 'ava';
import { analyze } from '../src/index.js';
import { parse } from '../src/analyze.js';
import { mainClauseWords } from '../src/analyzers/historical-analogy/compile.js';
import { mainClausePast } from '../src/analyzers/historical-analogy/main-clause.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { Tagger } from '../src/nlp/tagger.js';

const DEVICE = 'historical_analogy';
const RULE = 'analogy-remote-past';

/** Scored historical-analogy findings of a text, with the text of the sentence each one is in. */
function scored(text: string) {
  const doc = parse(text, { format: 'markdown' });
  return analyze(text, { devices: [DEVICE], format: 'markdown' })
    .findings.filter((f) => f.device === DEVICE && f.scored)
    .map((f) => ({ rule: f.rule, sentence: doc.sentences[f.sentence].text }));
}

test('the founders told in the past tense between sentences about now are flagged, with the story that goes on', (t) => {
  const text =
    'We gather in a hard winter, and we must decide what kind of nation we will be. ' +
    'Two centuries ago our forefathers crossed a frozen river in the dark to attack a stronger army. ' +
    'They did not turn back. ' +
    'We will not turn back either.';
  const found = scored(text);
  t.deepEqual(
    found.filter((f) => f.rule === RULE).map((f) => f.sentence),
    ['Two centuries ago our forefathers crossed a frozen river in the dark to attack a stronger army.'],
  );
  t.true(found.some((f) => f.sentence === 'They did not turn back.'), 'the telling goes on into the next sentence');
  t.false(found.some((f) => f.sentence.startsWith('We gather')), 'the sentence about now is not part of the past told');
});

test('a year two generations before the text\'s own year, told in the past tense in a speech about now, is flagged', (t) => {
  const text = 'Written in 1990. The task before us is great. In 1861 the nation divided and went to war against itself. We must keep the union whole.';
  t.true(scored(text).some((f) => f.rule === RULE && f.sentence.startsWith('In 1861')));
});

test('last year\'s record told in the past tense is not the remote past', (t) => {
  const text = 'Written in 1990. Last year we cut the deficit and passed the clean air bill. In 1989 the economy grew again. This year we will do more.';
  t.deepEqual(scored(text), []);
});

test('a month after "last" or "this" marks the recent record only with its capital: "the last march" is a march of troops', (t) => {
  const told = 'In 1861 the union armies began the last march south, and the nation went to war against itself.';
  const marched = scored(`Written in 1990. The task before us is great. ${told} We must keep the union whole.`);
  t.true(marched.some((f) => f.rule === RULE && f.sentence === told), 'a lower-case "last march" is no date of the recent record');
  const month = 'Last March the nation remembered how in 1861 it went to war against itself.';
  const dated = scored(`Written in 1990. The task before us is great. ${month} We must keep the union whole.`);
  t.deepEqual(dated, [], '"Last March" is the text\'s own recent record');
  // The same sentence with no word of the recent record is flagged, so it is "Last March" that keeps it out.
  const bare = scored('Written in 1990. The task before us is great. Long ago the nation remembered how in 1861 it went to war against itself. We must keep the union whole.');
  t.true(bare.some((f) => f.rule === RULE));
});

test('a date inside the text\'s own running story is not the remote past', (t) => {
  const text = 'Written in 1990. In 1984 we signed the treaty, and the talks went on for years. Now we must ratify it.';
  t.deepEqual(scored(text), []);
});

test('"twenty years ago" is within living memory, not two generations back', (t) => {
  const text = 'Written in 1990. Twenty years ago we built these roads. Today they are crumbling, and we must mend them.';
  t.false(scored(text).some((f) => f.rule === RULE));
});

test('the remote past told with no talk of now around it is plain history, not a model', (t) => {
  const text = 'Two centuries ago our forefathers crossed the mountains. They built farms in the valleys. They traded furs along the rivers. Their towns grew slowly.';
  t.false(scored(text).some((f) => f.rule === RULE));
});

test('the speaker\'s own story and one person\'s life are not the nation\'s past', (t) => {
  t.false(scored('We face great tasks. I visited Valley Forge two centuries after that winter, and I walked the old lines. We must be as steady.').some((f) => f.rule === RULE));
  t.false(scored('We honor him tonight. After forty missions in the Second World War, he came home to a small farm. We must care for those who served.').some((f) => f.rule === RULE));
});

test('a historical figure quoted as an authority is not told as a model', (t) => {
  t.false(scored('We face great tasks today. Lincoln said long ago that a house divided cannot stand. We must remain united.').some((f) => f.rule === RULE));
});

test('the main clause decides the tense: a leading "as" clause or a clause on a noun does not make the sentence past', (t) => {
  // A tagger per sentence: it keeps its terms by sentence index, and each of these texts is a sentence 0.
  const words = mainClauseWords(loadLexicons());
  const past = (s: string) => mainClausePast(parse(s, { format: 'markdown' }).sentences[0], new Tagger(), words);
  t.true(past('Our fathers, faced with great perils, drafted a charter.'));
  t.true(past('When the war came, the nation stood together.'));
  t.false(past('As our fathers did, we will stand together.'));
  t.false(past('The transfer of power as called for in the Constitution takes place every four years.'));
});

test('an entry of a dated chronicle laid out as evidence is a record, not the remote past held up as a model', (t) => {
  const told = 'Written in 1903. We must now decide what the canal treaty requires of us. In 1850 our sailors landed on the Isthmus to put down an outbreak, and order held. We will not fail that duty now.';
  t.true(scored(told).some((f) => f.rule === RULE), 'the same past told as narrative between sentences about now');
  const chronicle = 'Written in 1903. We must now decide what the canal treaty requires of us. May 22, 1850.--Outbreak on the Isthmus; two sailors landed. We will not fail that duty now.';
  t.false(scored(chronicle).some((f) => f.sentence.startsWith('May 22, 1850')));
});

test('a count of what there was long ago is the first half of a statistic, not the past held up as a model', (t) => {
  const count = 'Written in 2006. We must decide what kind of world we will build. In 1945, there were about two dozen democracies in the world. Today there are more than a hundred.';
  t.false(scored(count).some((f) => f.sentence.startsWith('In 1945')));
  const told = 'Written in 2006. We must decide what kind of world we will build. In 1945, the nation gathered its allies and raised a new order out of the ruins of war. We will build again.';
  t.true(scored(told).some((f) => f.rule === RULE && f.sentence.startsWith('In 1945')));
});
