// Every pattern of a rule lexicon finds its own examples under its own rule id: an example another rule happens to catch
// (which the per-device example tests accept) can hide a pattern that never matches at all.

import test from 'ava';
import { analyze } from '../src/index.js';
import { SPECIAL_CUES } from '../src/analyzers/us-them/vocabulary.js';
import { loadLexicons } from '../src/lexicon/load.js';

/** Lexicons whose pattern entries are rules in their own right (history-cues and us-them-evaluative are features of other rules). */
const RULE_LEXICONS = ['cta-patterns', 'slogan-formulas', 'slogan-famous-lines', 'us-them-cues'];

test('each example of a pattern rule is found by that rule', (t) => {
  const lexicons = loadLexicons();
  let checked = 0;
  for (const name of RULE_LEXICONS) {
    const lex = lexicons.lexicons.get(name);
    if (lex === undefined) {
      t.fail(`lexicon ${name} is missing`);
      continue;
    }
    for (const entry of lex.entries as { id: string; pattern?: string; examples?: string[] }[]) {
      // Cues that only describe rules built in code from several lexicons report under the rule that combines them.
      if (entry.pattern === undefined || SPECIAL_CUES.has(entry.id)) continue;
      for (const example of entry.examples ?? []) {
        const rules = analyze(example, { name: 'example.txt' }).findings.map((f) => f.rule);
        t.true(rules.includes(entry.id), `${name}/${entry.id}: "${example}" is found only by ${[...new Set(rules)].join(', ') || 'no rule'}`);
        checked++;
      }
    }
  }
  t.true(checked >= 800, `only ${checked} examples checked`);
});
