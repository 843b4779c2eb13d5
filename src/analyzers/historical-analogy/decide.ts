// Decisions: which sentences draw an analogy, and which belong to the passage that develops it.

import type { Sentence } from '../../text/model.js';
import { textWithoutNumeralI } from '../../text/numerals.js';
import { authorityQuotes, MODEL_ROLES, updatesWords } from './authority.js';
import { caseLessonCores } from './case-lesson.js';
import type { Compiled } from './compile.js';
import type { CueEntry, CueRole } from './entries.js';
import { speakerPast } from './facts.js';
import type { Decision, Reference, SentenceFacts } from './model.js';
import { analogyWorthy, hereClause, ownNationName, phraseFarEnough, referenceFor } from './references.js';
import type { DecisionPass } from './pass.js';
import { remotePastCores } from './remote-past.js';
import { isGeneralStatement, trialCaseCores } from './trial-case.js';
import { GAP_MAX, NEARBY_SENTENCES, PASSAGE_BACK, PASSAGE_FORWARD, REMOTE_YEARS, TOLD_CASE_NAMED, TOLD_CASE_WINDOW } from './thresholds.js';
import type { TextTime } from './time.js';

/** Cue roles after which the past case is told next: the narrative that follows belongs to the passage. */
const TELLING_ROLES: ReadonlySet<CueRole> = new Set(['comparison', 'lesson', 'precedent']);

/** A sentence that starts in lower case, after nothing but punctuation: a piece the splitter cut from the sentence before. */
const CONTINUES_SENTENCE = /^[\s.…,;:\-–—]*[a-z]/;
/** Words of the speaker and the audience: a sentence with them talks about now, not only about the past case. */
const SPEAKER_OR_AUDIENCE = /\b(?:we|us|our|ours|I|me|my|you|your)\b|['’](?:ve|re)\b/i;

/** An analogy found with no cue, from a past case told as a precedent: the rule `entry`, its note and the case that carries it. */
function precedentCore(entry: CueEntry, ref: Reference): Decision {
  return {
    kind: 'analogy',
    rule: entry.id,
    strength: entry.strength ?? 0.6,
    explanation: `${entry.note} ${hereClause(ref)}`,
    start: ref.start,
    end: ref.end,
    category: ref.category,
    label: ref.label,
    role: 'precedent',
    opensPassage: true,
  };
}

export function decide(sentences: readonly Sentence[], facts: readonly SentenceFacts[], c: Compiled, time: TextTime, mainPast: (i: number) => boolean): Map<number, Decision> {
  const decisions = new Map<number, Decision>();
  const pass: DecisionPass = { sentences, facts, decisions, time, mainPast, c };
  const hasHistory = (i: number): Reference | undefined => facts[i]?.references.find((r) => r.historical && analogyWorthy(r, facts[i]));
  const quotesAuthority = authorityQuotes(sentences, facts, c);
  /** Whether a reference of sentence i lies two generations or more back (see CueEntry.remoteCase); a phrase with no date ("in earlier times") does. */
  const remoteCase = (r: Reference, i: number): boolean => {
    const d = r.dated;
    if (d === undefined) return !r.remoteAnchor || phraseFarEnough(sentences[i], r);
    if (!Number.isFinite(time.now)) return true;
    const last = d.kind === 'year' ? d.year : (d.last ?? d.start);
    return last === undefined || last <= time.now - REMOTE_YEARS;
  };

  // 1. Sentences that draw the analogy themselves.
  for (let i = 0; i < sentences.length; i++) {
    const f = facts[i];
    if (f.heading) continue;
    for (const hit of f.cues) {
      const e = hit.entry;
      let ref: Reference | undefined;
      /** The sentence the reference was found in: this one, or a nearby one for a cue that reads its case from there. */
      let refSentence = i;
      let ok = false;
      if (e.notWithFigures && f.figures) continue;
      if (e.notOnCase && f.references.some((r) => r.dated?.kind === 'entry' && r.start < hit.end && hit.start < r.end)) continue;
      if (e.role === 'continuation') {
        const prev = decisions.get(i - 1);
        ok = prev !== undefined && prev.role === 'comparison';
      } else if (e.needs === 'none') {
        // Some cues yield to the text's own story: a sentence whose only dated case is recent is no analogy.
        ref = hasHistory(i);
        ok = ref !== undefined || !e.notInOwnStory || !f.references.some((r) => r.dated !== undefined && !r.historical);
      } else {
        ref = referenceFor(
          hit,
          f,
          sentences[i],
          c.afterName,
          (r) =>
            (!e.remoteCase || remoteCase(r, i)) &&
            (!e.datedCase || r.dated !== undefined) &&
            !(e.notOwnNation && ownNationName(sentences[i], r, c.nationWords)) &&
            !(e.notAfterSince && c.sinceBefore.test(sentences[i].text.slice(0, r.start - sentences[i].start))),
        );
        ok = ref !== undefined;
        if (!ok && e.needs === 'nearby') {
          let counted = 0;
          for (let j = i - 1; j >= 0 && counted < (e.lookBack ?? NEARBY_SENTENCES) && !ok; j--) {
            if (facts[j].heading) break;
            if (!facts[j].quoted && !facts[j].bridge) counted++;
            if (e.nearbyPast && (!facts[j].past || facts[j].future)) continue;
            // A past figure quoted only as an authority ("A century ago, President Roosevelt defined our task as …") tells no past case to turn from,
            // unless the sentence takes up his words to update them ("Jefferson said that no nation can be both ignorant and free. Today no
            // nation can be both ignorant and great").
            if (e.nearbyPast && quotesAuthority[j] && !updatesWords(sentences[i].text, sentences[j].text)) continue;
            // The speaker's own life ("I was born in 1946", "I first met him there") is not a past case to carry over to now.
            if (speakerPast(sentences[j], c)) continue;
            const near = e.nearbyAnalogy
              ? undefined
              : facts[j].references.find((r) => r.historical && analogyWorthy(r, facts[j]) && (!e.remoteCase || remoteCase(r, j)) && (!e.datedCase || r.dated !== undefined));
            const before = decisions.get(j);
            const linked = before?.kind === 'analogy' && !e.nearbyReference && !(e.nearbyNotLink && before.role === 'present-link');
            if (near || linked) {
              ok = true;
              ref = near;
              refSentence = j;
            }
          }
          // Ahead: the cases the sentence announces, told next; only a sentence that names the past case itself counts
          // (a name or a phrase, not a bare year, which may be a date of the text's own story), or one that tells a case
          // dated a generation back ("In Chile in 1973 the bosses sabotaged production"): told in the past tense, with no
          // forecast and no figures, such a year is no date of the text's own story.
          for (let j = i + 1; j < sentences.length && j <= i + (e.lookAhead ?? 0) && !ok; j++) {
            if (facts[j].heading) break;
            const told = facts[j].past && !facts[j].future && !facts[j].figures && !facts[j].quoted;
            if (facts[j].references.some((r) => r.historical && (r.category !== 'date' || (told && r.remote === true && !r.instrument)))) ok = true;
          }
        }
      }
      if (!ok) continue;
      const start = Math.min(hit.start, ref && ref.start >= sentences[i].start ? ref.start : hit.start);
      const end = Math.max(hit.end, ref && ref.end <= sentences[i].end ? ref.end : hit.end);
      decisions.set(i, {
        kind: 'analogy',
        rule: e.id,
        strength: e.strength ?? 0.8,
        explanation: ref ? `${e.note} ${hereClause(ref, refSentence - i)}` : e.note,
        start,
        end,
        category: ref?.category ?? e.category,
        label: ref?.label ?? e.label,
        role: e.role,
        opensPassage: e.passage !== false,
      });
      break;
    }
  }

  // 1b. A past case told at length: a run of sentences that name events, regimes or people long before the text's time.
  // The first of them stands for the analogy, the others join its passage (and step 2 extends it like any other).
  // Only narrative counts (a past-tense verb or no present-tense one, no figures, no forecast): a sentence about now or
  // the future names the past without telling it. Only named cases count: not bare years (a chronicle of dates, a list
  // of incidents, is a record, not a case told), and not eras (an account of the Middle Ages is history in general).
  const remoteNamed = (i: number): Reference | undefined => {
    const f = facts[i];
    if (!Number.isFinite(time.now) || f.heading || f.quoted || f.figures || f.future || (!f.past && f.presentTense) || quotesAuthority[i]) return undefined;
    return f.references.find((r) => {
      if (!r.historical || r.category === 'era') return false;
      const d = r.dated;
      if (d?.kind !== 'entry') return false;
      const last = d.last ?? d.start;
      return last !== undefined && last <= time.now - REMOTE_YEARS;
    });
  };
  const named = sentences.map((_, i) => remoteNamed(i));
  /** Sentences of a told case that are not its first: the story may go on after any of them. */
  const toldMembers = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (!named[i]) continue;
    const naming: number[] = [];
    for (let k = i; k < Math.min(sentences.length, i + TOLD_CASE_WINDOW); k++) {
      if (facts[k].heading) break;
      if (named[k]) naming.push(k);
    }
    if (naming.length < TOLD_CASE_NAMED) continue;
    const told = naming.filter((k) => !decisions.has(k));
    if (told.length === 0) continue;
    // One analogy stands for the case: when a sentence of the run is already decided, the rest join as its passage.
    const hasCore = naming.some((k) => decisions.has(k));
    const coreAt = hasCore ? naming.find((k) => decisions.get(k)?.kind === 'analogy') : told[0];
    told.forEach((k, n) => {
      const ref = named[k]!;
      const s = sentences[k];
      if (n === 0 && !hasCore) {
        decisions.set(k, precedentCore(c.toldCase, ref));
      } else {
        decisions.set(k, { kind: 'passage', rule: c.passage.id, strength: c.passage.strength ?? 0.6, explanation: c.passage.note, start: s.start, end: s.end, role: 'precedent', ...(coreAt !== undefined ? { core: coreAt } : {}) });
        toldMembers.add(k);
      }
    });
  }

  // 1c. The nation's remote past told as a model (see remotePastCores).
  for (const [i, ref] of remotePastCores(pass)) decisions.set(i, precedentCore(c.remotePast, ref));

  // 1d. A particular past case, even of living memory, tied to a lesson for now (see caseLessonCores).
  for (const [i, d] of caseLessonCores(pass)) decisions.set(i, d);

  // 1e. A particular past case told as the trial of the argument, from its announcement to the conclusion drawn (see trialCaseCores).
  for (const [i, d] of trialCaseCores(pass)) decisions.set(i, d);

  // 1f. An authority quoted is no analogy (see authorityQuotes), unless the sentence itself holds him up as a model or
  // lesson, likens someone to him or updates his maxim ("we shall follow the example of Andrew Jackson, who said …").
  for (const [i, d] of [...decisions]) if (quotesAuthority[i] && !MODEL_ROLES.has(d.role ?? 'reference')) decisions.delete(i);

  // 2. The passage around each analogy: the narrative of the past case before it, and its continuation after it.
  const cores = [...decisions.keys()].filter((i) => decisions.get(i)?.kind === 'analogy' && decisions.get(i)?.opensPassage !== false).sort((a, b) => a - b);
  const storyEnds = [...new Set([...cores, ...toldMembers])].sort((a, b) => a - b);
  // The analogy a decided sentence belongs to: itself, or the one its passage goes with.
  const coreOf = (i: number): number | undefined => (decisions.get(i)?.kind === 'analogy' ? i : decisions.get(i)?.core);
  const passage = (i: number, core: number | undefined): void => {
    if (decisions.has(i) || facts[i].heading || quotesAuthority[i]) return;
    const s = sentences[i];
    decisions.set(i, { kind: 'passage', rule: c.passage.id, strength: c.passage.strength ?? 0.6, explanation: c.passage.note, start: s.start, end: s.end, ...(core !== undefined ? { core } : {}) });
  };
  // Narrative of the past: past tense, and no talk of now, unless the sentence has no present-tense verb ("they now
  // seduced the members from the league") or names the past case itself and speaks of no "we" or "you" ("the Achaeans
  // were cut to pieces … under which it is groaning at this hour"): those still tell the past case.
  // The text's own story is not the past case: a sentence dated only by a year of the text's own time ("The first
  // agreement was concluded in 1972" in a text of 1979) does not join a passage.
  const ownStory = (j: number): boolean =>
    !facts[j].quoted &&
    hasHistory(j) === undefined &&
    facts[j].references.some((r) => r.dated?.kind === 'year' && !r.historical);
  const narrative = (f: SentenceFacts, j: number): boolean =>
    !f.heading &&
    !ownStory(j) &&
    (f.quoted ||
      (f.past && !f.future && (!f.present || !f.presentTense || (hasHistory(j) !== undefined && !SPEAKER_OR_AUDIENCE.test(textWithoutNumeralI(sentences[j], c.regnalNames))))));
  for (const i of cores) {
    // Back: over narrative about the past, to the earliest sentence that names the past case.
    const run: number[] = [];
    let bridged = false;
    for (let j = i - 1; j >= 0 && run.length < PASSAGE_BACK; j--) {
      const f = facts[j];
      if (decisions.get(j)?.kind === 'analogy' || narrative(f, j)) run.push(j);
      else if (f.bridge && !bridged && !f.heading) bridged = true;
      else break;
    }
    // The narrative must name the past case itself; a run that only leans on another analogy adds nothing.
    let earliest = -1;
    for (const j of run) if (hasHistory(j) && decisions.get(j)?.kind !== 'analogy') earliest = j;
    for (const j of run) if (j >= earliest && earliest >= 0 && !facts[j].bridge) passage(j, i);
  }
  for (const i of storyEnds) {
    // Forward: the same people's story goes on, or a quotation opened in the passage continues. After a comparison,
    // lesson or precedent, the past case it names is often told next, so any narrative of the past goes on with it, even
    // one that says "our" of the nation whose past it tells. Figures stay in the story when the sentence has no
    // present-tense verb ("In a few weeks they won … wage rises of up to 15 percent"); with one they are bookkeeping of now.
    const tells = TELLING_ROLES.has(decisions.get(i)?.role ?? 'reference');
    for (let k = i + 1; k <= Math.min(sentences.length - 1, i + PASSAGE_FORWARD); k++) {
      const f = facts[k];
      if (decisions.get(k)?.kind === 'analogy') break;
      if (f.quoted || (f.past && !f.present && !f.future && (!f.figures || !f.presentTense) && !ownStory(k) && ((tells && !f.speakerNow) || hasHistory(k) || f.pronounStart))) passage(k, coreOf(i));
      else break;
    }
  }

  // 3. A short gap inside a passage: one or two sentences between flagged sentences, told in the third person, with no
  // present-tense "is/are/has" and nothing about now or the future ("Hence the weakness, the disorders, and finally the destruction of the confederacy."), belong
  // to the story on both sides of them, figures and all ("Millions of workers did as they were told").
  const told = (k: number): boolean => {
    const f = facts[k];
    return !ownStory(k) && !f.heading && !f.bridge && !f.present && !f.presentTense && !f.future && !SPEAKER_OR_AUDIENCE.test(textWithoutNumeralI(sentences[k], c.regnalNames)) && !isGeneralStatement(sentences[k], k, c.maximOpeners, mainPast);
  };
  const opens = (k: number): boolean => decisions.get(k)?.kind === 'passage' || decisions.get(k)?.opensPassage === true;
  for (let i = 1; i < sentences.length; i++) {
    if (decisions.has(i) || !decisions.has(i - 1)) continue;
    let end = i;
    while (end < sentences.length && !decisions.has(end) && end - i < GAP_MAX) end++;
    if (end >= sentences.length || !decisions.has(end) || !(opens(i - 1) && opens(end))) continue;
    let fill = true;
    for (let k = i; k < end; k++) if (!told(k)) fill = false;
    if (fill) for (let k = i; k < end; k++) passage(k, coreOf(i - 1));
  }

  // 4. A fragment that starts in lower case (". . .testing whether that nation …") goes on with the sentence before it,
  // over any bare punctuation between them, and shares its decision.
  for (let i = 1; i < sentences.length; i++) {
    if (decisions.has(i) || facts[i].heading || !CONTINUES_SENTENCE.test(sentences[i].text)) continue;
    let j = i - 1;
    while (j > 0 && sentences[j].words === 0) j--;
    if (decisions.has(j)) passage(i, coreOf(j));
  }
  return decisions;
}
