// Whether a name is the target of a hostile act or aim ("to crush the Nazis", "Japan must be defeated").

import type { Sentence, Span } from '../../text/model.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Whether a name is the target of a hostile act or aim: after the act word ("to crush the Nazis", "victory over Japan", "striking
 * at Germany"), inside an act of putting out ("drive the Germans out of Italy"), or before an aim in the passive ("Japan must be
 * defeated", "until the Nazi regime is destroyed"). Not when "not", "no" or "never" stands just before the act.
 */
export function targetOfHostileAct(v: Vocabulary, text: string, s: Sentence, n: Span, whole: string): boolean {
  const e = v.established;
  // The act and the words that could deny it stand within a few words of the name: the patterns need not scan the whole sentence.
  const before = whole.slice(-160);
  const after = text.slice(n.end, Math.min(s.end, n.end + 160));
  const act = e.targetBefore.exec(before) ?? (e.expelAfter.test(after) ? e.expelBefore.exec(before) : null);
  if (act) return !e.denied.test(before.slice(0, act.index));
  if (e.aimAfter.test(after)) return !e.denied.test(before);
  return /\b(?:until|till|unless)\s+(?:\S+\s+){0,2}$/iu.test(before) && e.untilAfter.test(after);
}
