// Every regular expression the built-in lexicons hold, with the flags it is compiled with: what `npm run check:patterns`
// gives to recheck and what test/pattern-complexity.test.ts looks up in its record.

import { loadLexicons } from '../src/lexicon/load.js';
import { sha256Hex } from '../src/util/digest.js';

export interface PatternSource {
  /** "cta-patterns/cta-let-us", or "us-them-rules/them-act-unframed.framingPattern" for a data file's pattern field. */
  where: string;
  /** The expression (fragments expanded) and its matching flags (without g and d, which change no match and recheck does not take). */
  source: string;
  flags: string;
  /** Why recheck's verdict other than "safe" is accepted for this expression, as its lexicon entry says (backtrackingNote). */
  backtrackingNote?: string;
}

/** The record's key of an expression: its flags and source. */
export function patternKey(p: Pick<PatternSource, 'source' | 'flags'>): string {
  return sha256Hex(`/${p.source}/${p.flags}`).slice(0, 16);
}

/**
 * Pattern entries with the loader's flags (`flags`, default "i": compilePatterns), and the *Pattern fields of
 * us-them-rules.json. Those are compiled with "iu" or "u" (rule-settings.ts); they are checked case-insensitively, which
 * lets a class overlap at least as much as it does with their own flags.
 */
export function lexiconPatternSources(): PatternSource[] {
  const out: PatternSource[] = [];
  const set = loadLexicons();
  for (const lexicon of set.lexicons.values()) {
    if (lexicon.kind !== 'patterns') continue;
    for (const e of lexicon.entries as { id: string; pattern: string; flags?: string; backtrackingNote?: string }[]) {
      out.push({ where: `${lexicon.lexicon}/${e.id}`, source: e.pattern, flags: e.flags ?? 'i', ...(e.backtrackingNote ? { backtrackingNote: e.backtrackingNote } : {}) });
    }
  }
  const rules = set.data.get('us-them-rules') as { entries: Record<string, unknown>[] };
  for (const e of rules.entries) {
    for (const [field, value] of Object.entries(e)) {
      if (!field.endsWith('Pattern') || typeof value !== 'string') continue;
      const note = e[`${field}BacktrackingNote`];
      out.push({ where: `us-them-rules/${String(e.id)}.${field}`, source: value, flags: 'iu', ...(typeof note === 'string' ? { backtrackingNote: note } : {}) });
    }
  }
  return out;
}

export const COMPLEXITY_RECORD = new URL('../test/fixtures/pattern-complexity.json', import.meta.url);

/** recheck's verdict on one expression, as the record keeps it. */
export interface RecordedVerdict {
  where: string;
  status: 'safe' | 'vulnerable' | 'unknown';
  /** "linear", "2nd degree polynomial (fuzz)", "timeout"… */
  summary: string;
  /** recheck's attack string, as an expression ('a' + 'b'.repeat(n)), for a vulnerable one. */
  attack?: string;
}
