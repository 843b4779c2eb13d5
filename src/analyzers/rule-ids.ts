// Every rule id a finding can carry: what `--rule` and the config's `rules` may name.

import { learnedModelsFor } from '../learn/learned.js';
import type { LexiconSet } from '../lexicon/load.js';
import { analyzers } from './index.js';

/** The rule ids of every device: its lexicons' entry ids, its rule notes, its learned models and the ids its code makes. */
export function knownRuleIds(lexicons: LexiconSet): Set<string> {
  return lexicons.derived('rule-ids:known', () => {
    const ids = new Set<string>();
    for (const lex of lexicons.lexicons.values()) if (lex.device !== undefined) for (const e of lex.entries) ids.add(e.id);
    for (const a of analyzers) {
      for (const file of lexicons.ruleNotes(a.id)) for (const r of file.rules) ids.add(r.id);
      for (const model of learnedModelsFor(lexicons, a.id)) ids.add(model.rule);
      for (const id of a.ruleIds?.(lexicons) ?? []) ids.add(id);
    }
    return ids;
  });
}

/** The ids of `rules` that name no rule, in the order given. */
export function unknownRuleIds(rules: Readonly<Record<string, unknown>>, lexicons: LexiconSet): string[] {
  const known = knownRuleIds(lexicons);
  return Object.keys(rules).filter((id) => !known.has(id));
}
