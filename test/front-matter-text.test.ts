import test from 'ava';
import { analyze, parse, renderHtml } from '../src/index.js';

// A plain-text article: its title, then a byline and a kicker line before the first paragraph. Those lines are front
// matter, not section headings: the body is cut into parts as in any text without headings.
const BODY = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} tells how the ferry stopped again this winter and how the island waited. The board promised a bridge once more.`).join('\n\n');
const ARTICLE = `The Bridge We Keep Not Building\n\nBy Harriet Lindqvist-Baptiste\n\nOpinion | Riverside Ledger, Tuesday edition\n\n${BODY}\n`;

test('plain text: a byline and a kicker between the title and the first paragraph open no section', (t) => {
  const doc = parse(ARTICLE, { format: 'text', sectionWords: 100 });
  t.is(doc.title, 'The Bridge We Keep Not Building');
  t.true(doc.sections.every((s) => s.kind === 'part'), doc.sections.map((s) => s.title).join(' / '));
  t.true(doc.sections.length >= 2);
  const front = doc.sentences.slice(0, 3);
  t.deepEqual(front.map((s) => s.text), ['The Bridge We Keep Not Building', 'By Harriet Lindqvist-Baptiste', 'Opinion | Riverside Ledger, Tuesday edition']);
  t.true(front.every((s) => s.heading && s.section === 0), 'the front lines stay heading sentences of the first part');
});

test('plain text: with headings later in the text, a byline still opens no section but the headings do', (t) => {
  const text = `A Town Meeting\n\nBy Jane Roe\n\nSome opening words here. More of them.\n\nThe First Matter\n\nText about the first matter. And more.\n\nThe Second Matter\n\nText about the second.`;
  const doc = parse(text, { format: 'text' });
  t.deepEqual(doc.sections.map((s) => s.title), ['A Town Meeting', 'The First Matter', 'The Second Matter']);
  const intro = parse(`A Speech\n\nIntroduction\n\nSome opening words here. More of them.\n\nThe Plan\n\nThe plan itself.`, { format: 'text' });
  t.deepEqual(intro.sections.map((s) => s.title), ['A Speech', 'Introduction', 'The Plan'], 'a heading right after the title still opens a section when later headings exist');
});

test('HTML page: front-matter lines come before "Part 1", and no two elements share an id', (t) => {
  const html = renderHtml(analyze(ARTICLE, { name: 'oped.txt', sectionWords: 100 }));
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const byline = main.indexOf('By Harriet Lindqvist-Baptiste');
  const part = main.indexOf('<h2 class="part">Part 1');
  t.true(byline >= 0 && part > byline, 'the byline comes before "Part 1"');
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  t.is(new Set(ids).size, ids.length, 'ids are unique');
});
