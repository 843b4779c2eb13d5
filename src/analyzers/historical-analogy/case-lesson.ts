// A particular past case, even of living memory, tied to a lesson for now by a case-lesson cue.

import { matchPatterns } from '../../lexicon/match.js';
import type { Sentence } from '../../text/model.js';
import type { Compiled } from './compile.js';
import { speakerPast } from './facts.js';
import type { Decision, SentenceFacts } from './model.js';
import { hereClause, ownNationName, usedAttributively } from './references.js';
import type { DecisionPass } from './pass.js';
import type { TextTime } from './time.js';

/** A particular past case a lesson may be drawn from: where it is named and what it is. */
export interface LessonCase {
  start: number;
  end: number;
  note: string;
  /** The words of a phrase as the text writes them (see Reference.quote). */
  quote?: string;
  label: string;
  category: string;
}

/**
 * The particular past cases of a sentence a lesson may be drawn from: a year before the text's own time (a year the
 * text writes earlier than its latest, when undated), a gazetteer case that began before it (not a person, most often an
 * authority), a past-anchor phrase ("the last war") or a named crisis of the nation's own past ("the depression"). Unlike
 * the other rules, the text's own living memory counts here: the lesson word, not the distance, makes it an analogy.
 */
export function lessonCases(sentence: Sentence, f: SentenceFacts, time: TextTime, c: Compiled): LessonCase[] {
  const out: LessonCase[] = [];
  const before = (start: number): string => sentence.text.slice(Math.max(0, start - sentence.start - 40), start - sentence.start);
  for (const r of f.references) {
    if (r.category === 'person' || r.instrument || c.recordBefore.test(before(r.start))) continue;
    const d = r.dated;
    if (d?.kind === 'year') {
      // Last year is the text's own running story ("Late in 1981 we sank into the present recession" in 1982), not a past case.
      if (!Number.isFinite(time.now) || d.year > time.now - OWN_STORY_YEARS) continue;
    } else if (d?.kind === 'entry') {
      // A case still going on at the text's own time (a regime, a war not yet over) is the present, not a past case.
      const last = d.last ?? d.start;
      if (Number.isFinite(time.now) && last !== undefined && last >= time.now) continue;
    } else if (!r.historical) continue;
    out.push({ start: r.start, end: r.end, note: r.note, label: r.label, category: r.category, ...(r.quote !== undefined ? { quote: r.quote } : {}) });
  }
  for (const m of matchPatterns(c.lessonCases, sentence.text, { start: 0, end: sentence.text.length })) {
    const start = sentence.start + m.start;
    const end = sentence.start + m.end;
    if (out.some((r) => r.start < end && start < r.end) || c.recordBefore.test(before(start))) continue;
    const quote = sentence.text.slice(m.start, m.end);
    out.push({ start, end, note: m.entry.note, quote, label: m.entry.label ?? quote, category: m.entry.category ?? 'crisis' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A year must lie at least this many years before the text's own time to be a case a lesson is drawn from. */
const OWN_STORY_YEARS = 2;
/** How many words into its sentence a case-lesson cue may start and still continue the sentence before ("But this time …"). */
const OPENING_WORDS = 3;
/** How many sentences back a `caseNext` cue may find the past case it refers to, over the telling of that case. */
const CASE_BACK = 2;

/**
 * A particular past case tied to a lesson for now: a case-lesson cue (the case as teacher, its repetition refused or
 * done better "this time", the nation asked to act as it did then) with a case of lessonCases placed as the cue asks, in
 * the same sentence, or, for a `caseNext` cue that opens its sentence or refers back ("This time …", "It must not happen
 * again"), in the sentence before when that one tells the past. The speaker's own memories, quotations and figures are left.
 * The sentence before, when it holds the case, joins as the passage.
 */
export function caseLessonCores({ sentences, facts, decisions, time, mainPast, c }: DecisionPass): [number, Decision][] {
  const out: [number, Decision][] = [];
  const cache = new Map<number, LessonCase[]>();
  const casesOf = (i: number): LessonCase[] => {
    let v = cache.get(i);
    if (!v) cache.set(i, (v = lessonCases(sentences[i], facts[i], time, c)));
    return v;
  };
  const usable = (i: number): boolean => {
    const f = facts[i];
    const s = sentences[i];
    return !f.heading && !f.quoted && !f.figures && !speakerPast(s, c) && !c.speakerMemory.test(s.text) && !(c.cited.test(s.text) && f.references.some((r) => r.category === 'person'));
  };
  const taken = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (decisions.has(i) || taken.has(i)) continue;
    const s = sentences[i];
    const f = facts[i];
    // The cues first: most sentences hold none, and the literal prefilter tells so before any of usable()'s tests run.
    const hits = matchPatterns(c.caseLessons, s.text, { start: 0, end: s.text.length });
    if (hits.length === 0 || !usable(i)) continue;
    for (const m of hits) {
      const e = m.entry;
      const start = s.start + m.start;
      const end = s.start + m.end;
      if (e.needsPresent && !(f.future || f.present)) continue;
      const here = casesOf(i);
      let found: LessonCase | undefined;
      if (e.anchorAfter !== undefined) {
        const limit = e.anchorAfter;
        // A case right after "another" or "a second" that modifies a noun ("a second Holocaust survivor") counts people, it names no case.
        found = here.find(
          (r) =>
            (e.anchorOutside ? r.start >= end - 1 : r.start >= start) &&
            r.start - end <= limit &&
            !(limit <= 2 && usedAttributively(s, r, c.afterName)) &&
            !(e.notOwnNation && ownNationName(s, r, c.nationWords)),
        );
      } else if (e.anchorBefore !== undefined) {
        const limit = e.anchorBefore;
        found = here.find((r) => r.end <= start && start - r.end <= limit);
      } else found = here.find((r) => r.end <= start) ?? (e.caseNext ? undefined : here[0]);
      let previous = -1;
      if (!found && e.caseNext && i > 0) {
        const opening = s.text.slice(0, m.start).split(/\s+/).filter((w) => /\w/.test(w)).length <= OPENING_WORDS;
        const refersBack = /^(?:it|that|this|they|such a thing|them)\b/i.test(s.text.slice(m.start).replace(/^(?:\w+ (?:not|never)|cannot) (?:let |allow )?/i, ''));
        // Back over the past case's telling, at most CASE_BACK sentences of the same paragraph, each telling the past.
        for (let j = i - 1; j >= Math.max(0, i - CASE_BACK) && (opening || refersBack) && !found; j--) {
          if (sentences[j].paragraph !== sentences[i - 1].paragraph) break;
          // A sentence already flagged (the case told as an analogy of its own) may still be the case the cue refers back to.
          if (!usable(j) || !facts[j].past || facts[j].future || taken.has(j)) break;
          // The case must be told, its main clause in the past: "The States are encumbered with debts of the late war. But
          // this cannot happen again, if …" speaks of a present state of things left by a past case, not of the case.
          if (!mainPast(j)) break;
          found = casesOf(j)[0];
          if (found) previous = j;
        }
      }
      // A plain report of the past in the sentence before, with no word that it went wrong or is to be bettered, is the
      // text's own running story, not a lesson ("In 1935 we passed the act. This time we propose …").
      if (found && previous >= 0 && e.caseBeforeContrast && !sentences.slice(previous, i + 1).some((p) => c.lessonContrast.test(p.text))) found = undefined;
      if (!found) continue;
      out.push([
        i,
        {
          kind: 'analogy',
          rule: e.id,
          strength: e.strength ?? 0.8,
          explanation: `${e.note} ${hereClause(found, previous >= 0 ? previous - i : 0)}`,
          start: previous >= 0 ? start : Math.min(start, found.start),
          end: previous >= 0 ? end : Math.max(end, found.end),
          category: found.category,
          label: found.label,
          role: 'lesson',
          opensPassage: false,
        },
      ]);
      taken.add(i);
      for (let j = previous; j >= 0 && j < i; j++) {
        if (decisions.has(j)) continue;
        const p = sentences[j];
        out.push([j, { kind: 'passage', rule: c.passage.id, strength: c.passage.strength ?? 0.6, explanation: c.passage.note, start: p.start, end: p.end, role: 'lesson', core: i }]);
        taken.add(j);
      }
      break;
    }
  }
  return out;
}
