// What the rules know of each sentence, handed to the learned model as its evidence.

import type { Sentence } from '../../text/model.js';
import type { SentenceEvidence } from './features.js';
import type { Compiled } from './compile.js';
import type { CueRole } from './entries.js';
import type { Decision, Reference, SentenceFacts } from './model.js';
import { REMOTE_YEARS } from './thresholds.js';
import type { TextTime } from './time.js';

/** Cue roles that draw or carry an analogy: matched with no past case found, they are a weak signal for the model. */
const ANALOGY_ROLES: ReadonlySet<CueRole> = new Set(['comparison', 'likening', 'lesson', 'precedent', 'maxim', 'echo', 'present-link']);

/** What the rules know of each sentence, for the learned model. */
export function evidenceOf(sentences: readonly Sentence[], facts: readonly SentenceFacts[], decisions: ReadonlyMap<number, Decision>, time: TextTime, c: Compiled): SentenceEvidence[] {
  /** A named case that ended at least REMOTE_YEARS before the text's own time. */
  const remote = (r: Reference): boolean => {
    if (r.dated?.kind !== 'entry' || !Number.isFinite(time.now)) return false;
    const last = r.dated.last ?? r.dated.start;
    return last !== undefined && last <= time.now - REMOTE_YEARS;
  };
  return facts.map((f, i) => {
    const historical = f.references.filter((r) => r.historical);
    return {
      heading: f.heading,
      quoted: f.quoted,
      past: f.past,
      present: f.present,
      presentTense: f.presentTense,
      future: f.future,
      figures: f.figures,
      pronounStart: f.pronounStart,
      namedReference: historical.some((r) => r.dated?.kind === 'entry'),
      remoteNamedReference: historical.some(remote),
      ownTimeDate: f.references.some((r) => r.dated !== undefined && !r.historical),
      pastPhrase: historical.some((r) => r.dated === undefined),
      remoteYear: historical.some((r) => r.dated?.kind === 'year' && r.remote === true && !f.figures),
      cueWithoutCase: !decisions.has(i) && f.cues.some((h) => ANALOGY_ROLES.has(h.entry.role)),
      citesAuthority: historical.some((r) => r.category === 'person') && c.cited.test(sentences[i].text),
      ruled: decisions.has(i),
    };
  });
}
