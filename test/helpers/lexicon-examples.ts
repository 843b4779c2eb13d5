// Runs every entry's `examples` and `counterExamples` of a device's lexicons through the analyzer, so the documentation cannot drift from behaviour.

import type { ExecutionContext } from 'ava';
import { analyze } from '../../src/index.js';
import { loadLexicons } from '../../src/lexicon/load.js';

interface DocumentedEntry {
  id: string;
  role?: string;
  examples?: string[];
  counterExamples?: string[];
}

/** For each entry of the named lexicons: its examples fire it (exclusion lists: the device fires), its counterExamples do not. Returns how many cases ran. */
export function checkLexiconExamples(t: ExecutionContext, device: string, lexiconNames: readonly string[]): number {
  const lexicons = loadLexicons();
  let cases = 0;
  for (const name of lexiconNames) {
    const lex = lexicons.lexicons.get(name);
    if (!lex) {
      t.fail(`lexicon ${name} is missing`);
      continue;
    }
    for (const entry of lex.entries as DocumentedEntry[]) {
      // Word lists that support other rules (an exclusion stops them; an address, a verb form or a call phrase opens the way to a call) fire under those rules' ids.
      const exclusion = entry.role === 'exclusion' || entry.role === 'address' || entry.role === 'verb-form' || entry.role === 'call-phrase';
      for (const example of entry.examples ?? []) {
        const rules = analyze(example, { devices: [device] }).findings.map((f) => f.rule);
        t.true(exclusion ? rules.length > 0 : rules.includes(entry.id), `${name}/${entry.id}: example should fire: ${JSON.stringify(example)} (fired: ${rules.join(', ') || 'nothing'})`);
        cases++;
      }
      for (const counter of entry.counterExamples ?? []) {
        const rules = analyze(counter, { devices: [device] }).findings.map((f) => f.rule);
        t.false(exclusion ? rules.length > 0 : rules.includes(entry.id), `${name}/${entry.id}: counterExample should not fire: ${JSON.stringify(counter)} (fired: ${rules.join(', ')})`);
        cases++;
      }
    }
  }
  return cases;
}
