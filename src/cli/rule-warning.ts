// A warning on stderr for a rule id that names no rule: "--rule slogan-shout=off" would otherwise change nothing, silently.

import { unknownRuleIds } from '../analyzers/rule-ids.js';
import { loadLexicons } from '../lexicon/load.js';
import type { CliIO } from './io.js';

/** Writes one warning line to stderr for each rule id of the settings that no device has. */
export function warnUnknownRules(rules: Readonly<Record<string, unknown>>, lexiconDirs: readonly string[], io: CliIO): void {
  if (Object.keys(rules).length === 0) return;
  for (const id of unknownRuleIds(rules, loadLexicons(lexiconDirs))) {
    io.stderr(`rhetoric: warning: no rule is called "${id}", so its setting changes nothing (the README's Rules table and \`rhetoric explain\` list every rule)\n`);
  }
}
