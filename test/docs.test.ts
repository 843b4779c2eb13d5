import test from 'ava';
import { readFileSync } from 'node:fs';
import { updateReadme } from '../src/docs/tables.js';
import { loadLexicons } from '../src/lexicon/load.js';

test("the README's Rules and Options tables match the lexicons and settings (run npm run docs when this fails)", (t) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  t.is(readme, updateReadme(readme, loadLexicons()));
});

test('every pattern rule of the lexicons appears in the README by id', (t) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const lex of loadLexicons().lexicons.values()) {
    if (lex.kind !== 'patterns' || !lex.device) continue;
    for (const e of lex.entries) t.true(readme.includes(`\`${e.id}\``), `${e.id} is missing`);
  }
});

test("the README gives the gazetteer's present size (entries and aliases)", (t) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  const gazetteer = loadLexicons().get('history-gazetteer', 'terms');
  const aliases = gazetteer.entries.reduce((n, e) => n + e.terms.length, 0);
  const m = /history-gazetteer\.json` lists ([\d,]+) historical .*?\(([\d,]+) aliases/.exec(readme);
  t.truthy(m, 'README states the gazetteer size');
  t.is(Number(m![1].replace(/,/g, '')), gazetteer.entries.length);
  t.is(Number(m![2].replace(/,/g, '')), aliases);
});
