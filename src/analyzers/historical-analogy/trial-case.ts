// A particular past case told as the trial of the argument: announced as a scheme "actually tried", told fact by fact,
// and closed by the conclusion drawn from it ("This body, therefore, proves by its example …").

import { matchPatterns, type PatternMatch } from '../../lexicon/match.js';
import { lessonCases, type LessonCase } from './case-lesson.js';
import type { CueEntry } from './entries.js';
import type { Decision } from './model.js';
import type { DecisionPass } from './pass.js';
import { hereClause } from './references.js';
import type { Sentence } from '../../text/model.js';

/** How many sentences after the announcement the particular case must be named in (the announcement's own included). */
const CASE_AHEAD = 2;
/** How many sentences after the announcement the conclusion may come: a case told as proof is told point by point. */
const TRIAL_SPAN = 30;

/**
 * A past case told as the trial of the argument: a sentence that announces a scheme as already tried or an experiment
 * made (a `trial-case` cue), a particular past case (see lessonCases: a year before the text's own, a gazetteer case, a
 * named crisis) in it or in the next CASE_AHEAD sentences, and, within TRIAL_SPAN sentences and with no heading between,
 * a sentence that draws the conclusion by pointing back at the case (a `trial-close` cue: "this body, therefore, proves",
 * "by its example"). The announcement is the analogy, the conclusion the lesson drawn, and the sentences between, the
 * facts of the case, its passage; left out are headings, bare enumerators ("First."), sentences already decided and
 * general statements set among the facts, a "when …" or "if …" sentence whose main clause is not past ("When men
 * reason coolly, they differ").
 */
export function trialCaseCores({ sentences, facts, decisions, time, mainPast, c }: DecisionPass): [number, Decision][] {
  const out: [number, Decision][] = [];
  const taken = new Set<number>();
  const closes = (i: number) => matchPatterns(c.trialCloses, sentences[i].text, { start: 0, end: sentences[i].text.length });
  for (let i = 0; i < sentences.length; i++) {
    if (decisions.has(i) || taken.has(i) || facts[i].heading || facts[i].quoted) continue;
    const s = sentences[i];
    const open = matchPatterns(c.trialCases, s.text, { start: 0, end: s.text.length })[0];
    if (!open) continue;
    let found: { at: number; ref: LessonCase } | undefined;
    for (let j = i; j <= Math.min(sentences.length - 1, i + CASE_AHEAD) && !found; j++) {
      if (facts[j].heading || facts[j].figures) break;
      const ref = lessonCases(sentences[j], facts[j], time, c)[0];
      if (ref) found = { at: j, ref };
    }
    if (!found) continue;
    let close = -1;
    let closeHit: PatternMatch<CueEntry> | undefined;
    for (let k = i + 1; k <= Math.min(sentences.length - 1, i + TRIAL_SPAN) && close < 0; k++) {
      if (facts[k].heading) break;
      const hit = closes(k)[0];
      if (hit) {
        close = k;
        closeHit = hit;
      }
    }
    if (close < 0 || !closeHit) continue;
    out.push([i, caseDecision(open, s, found.ref, found.at - i, 'precedent')]);
    taken.add(i);
    out.push([close, caseDecision(closeHit, sentences[close], found.ref, found.at - close, 'lesson')]);
    taken.add(close);
    for (let k = i + 1; k < close; k++) {
      const f = facts[k];
      if (decisions.has(k) || taken.has(k) || f.heading || f.bridge) continue;
      const p = sentences[k];
      if (isGeneralStatement(p, k, c.maximOpeners, mainPast)) continue;
      out.push([k, { kind: 'passage', rule: c.passage.id, strength: c.passage.strength ?? 0.6, explanation: c.passage.note, start: p.start, end: p.end, role: 'precedent', core: i }]);
      taken.add(k);
    }
    i = close;
  }
  return out;
}

/** The decision for the announcement (`precedent`) or the conclusion (`lesson`), naming the case `away` sentences from it. */
function caseDecision(hit: PatternMatch<CueEntry>, s: Sentence, ref: LessonCase, away: number, role: 'precedent' | 'lesson'): Decision {
  const e = hit.entry;
  return {
    kind: 'analogy',
    rule: e.id,
    strength: e.strength ?? 0.7,
    explanation: `${e.note} ${hereClause(ref, away)}`,
    start: s.start + hit.start,
    end: s.start + hit.end,
    category: ref.category,
    label: ref.label,
    role,
    opensPassage: true,
  };
}

/**
 * Whether sentence `k` is a general statement: it opens with a word of `openers` ("When men reason coolly …") and its
 * main clause is not past. Set among the facts of a past case, it is a maxim, not narrative.
 */
export function isGeneralStatement(s: Sentence, k: number, openers: ReadonlySet<string>, mainPast: (i: number) => boolean): boolean {
  return openers.has((/^\W*(\w+)/.exec(s.text)?.[1] ?? '').toLowerCase()) && !mainPast(k);
}
