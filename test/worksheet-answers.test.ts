// Worksheet draw and answer key: the devices a student should name are the counted ones (not sentiment's tone of the
// framing, not context-only findings), a repeated sentence is asked about once, and sentences of a fitting length come first.

import test from 'ava';
import { analyze } from '../src/analyze.js';
import { buildWorksheet, renderAnswersMarkdown } from '../src/teach/worksheet.js';

test('a sentence whose only sentiment finding is the tone of its framing is not answered "Sentiment"', (t) => {
  const result = analyze('# Notice\n\nThe meeting starts at seven in the old hall.\n\nStand for your local council.\n', { name: 'notice.md' });
  const framed = result.sentences.find((s) => {
    const own = result.findings.filter((f) => f.sentence === s.index && f.device === 'sentiment');
    return own.length > 0 && own.every((f) => f.category === 'framing');
  });
  t.truthy(framed, 'the text has a sentence whose sentiment findings are all framing');
  const ws = buildWorksheet(result, { count: 2 });
  const item = ws.items.find((i) => i.sentence === framed!.index)!;
  t.truthy(item);
  t.false(item.devices.includes('sentiment'));
  t.not(item.drawnFor, 'sentiment');
  const answers = renderAnswersMarkdown(ws);
  const block = answers.slice(answers.indexOf(`## ${item.number}.`));
  const headline = block.split('\n').find((l) => l.startsWith('**'))!;
  t.false(headline.includes('Sentiment'), headline);
  t.true(block.includes('Also noted'));
  t.true(block.includes('Tone of the framing'));
});

test('every device in an answer has a counted finding in the sentence', (t) => {
  const text = '# Rally\n\nDown with the harbour tax! They want us divided. Our Land, Our Law, Our Future! Join us at the hall on Monday. The ferry left at four in the afternoon. Just as the Berlin Wall fell in 1989, this barrier will fall too.\n';
  const result = analyze(text, { name: 'rally.md' });
  for (const seed of ['1', '2', '3']) {
    for (const item of buildWorksheet(result, { count: 6, seed }).items) {
      for (const d of item.devices) t.true(item.findings.some((f) => f.device === d && f.scored && f.category !== 'framing'), `${item.text}: ${d}`);
    }
  }
});

test('a sentence the text repeats is asked about once', (t) => {
  const text = '# Rally\n\nHands off our bridge! The toll went up again in March. Hands off our bridge! Families pay twice a day to cross. Hands off our bridge!\n\nHANDS OFF OUR BRIDGE! The council meets on Friday at noon.\n';
  const result = analyze(text, { name: 'rally.md' });
  for (const seed of ['1', '2', '3', '4']) {
    const items = buildWorksheet(result, { count: 10, seed }).items;
    const words = items.map((i) => i.text.toLowerCase().replace(/[^a-z]+/g, ' ').trim());
    t.is(new Set(words).size, words.length, words.join(' | '));
  }
});

test('sentences of a fitting length are drawn before over-long ones', (t) => {
  const long = (topic: string) => `Down with the ${topic} tax that ${Array.from({ length: 50 }, () => 'keeps').join(' ')} us poor!`;
  const text = `# Notes\n\n${long('bridge')} The ferry left at four in the afternoon. ${long('harbour')} The market was busy by noon on Friday. ${long('road')} People bought fish and bread for the week.\n`;
  const result = analyze(text, { name: 'notes.md' });
  const fitting = result.sentences.filter((s) => !s.heading && s.words >= 4 && s.words <= 45).map((s) => s.index);
  t.is(fitting.length, 3);
  for (const seed of ['1', '2', '3', '4', '5', '6']) {
    const drawn = buildWorksheet(result, { count: 4, seed }).items.map((i) => i.sentence);
    for (const s of fitting) t.true(drawn.includes(s), `seed ${seed}`);
  }
});
