// The lexicon entries of historical analogy: gazetteer names (lexicons/history-gazetteer.json) and cue patterns (lexicons/history-cues.json).

import type { PatternEntry, TermsEntry } from '../../lexicon/schema.js';

/** A gazetteer entry: a historical event, era, regime, group or figure. */
export interface HistoryEntry extends TermsEntry {
  label?: string;
  category?: string;
  /** Approximate year (negative = BC), and the last year for spans (a war, a reign, a life's work). */
  year?: number;
  until?: number;
}

/** What a cue does (see lexicons/history-cues.json). */
export type CueRole =
  | 'comparison'
  | 'likening'
  | 'lesson'
  | 'precedent'
  | 'maxim'
  | 'echo'
  | 'present-link'
  | 'continuation'
  | 'past-anchor'
  | 'present-marker'
  | 'passage'
  | 'told-case'
  | 'remote-past'
  | 'case-lesson'
  | 'lesson-case'
  | 'trial-case'
  | 'trial-close'
  | 'reference';

/** A cue pattern: a comparison, lesson or link, or a phrase that refers to the past without a name. */
export interface CueEntry extends PatternEntry {
  role: CueRole;
  /** Where the historical reference must be: the same sentence, that sentence or the few before it, or nowhere. */
  needs: 'sentence' | 'nearby' | 'none';
  /** The reference must start inside the cue or within this many characters after it. */
  anchorAfter?: number;
  /** The reference must end within this many characters before the cue. */
  anchorBefore?: number;
  /** With anchorAfter: the reference must start after the cue, not inside it. */
  anchorOutside?: boolean;
  /** Gazetteer categories the cue applies to (likening applies to people and groups). */
  categories?: string[];
  /** For `nearby`: how many sentences back to look (default NEARBY_SENTENCES). */
  lookBack?: number;
  /** For `nearby`: also look this many sentences ahead for a sentence that names the past case ("history informs us …" before the cases it gives). Default 0. */
  lookAhead?: number;
  /** For `nearby`: the sentence nearby must itself draw an analogy, not only name the past. */
  nearbyAnalogy?: boolean;
  /** For `nearby`: the sentence nearby must name the past itself; an analogy drawn there without a named past case does not count. */
  nearbyReference?: boolean;
  /** For `nearby`: an analogy nearby counts only when it draws the comparison itself, not when it is another link to the present ("Now …" after "Now …"). */
  nearbyNotLink?: boolean;
  /** For `nearby`: the sentence nearby must tell the past (a past-tense verb, no forecast), not only name it in a sentence about now or later. */
  nearbyPast?: boolean;
  /**
   * The past case, in the sentence or nearby, must be dated: a named case or a year, not a phrase for past cases as a class
   * ("past republics", "our past history"). "Many such instances might be adduced" after a general claim about "our past
   * history" points at no case told.
   */
  datedCase?: boolean;
  /**
   * The case must not be named as the nation's own (its name opening with a word of nation-words: "a new American
   * revolution", "a second American Revolution"): a renewal of the nation's own founding proposed by its heirs is a name
   * coined for a programme, not a likening of the present to another's past.
   */
  notOwnNation?: boolean;
  /**
   * The past case must lie two generations or more (REMOTE_YEARS) before the text's own time: a dated case that recent, or
   * "twenty years ago", is the text's own record ("Today, the organization that attacked us on 9/11 …"), not a past set against now.
   */
  remoteCase?: boolean;
  /** Not in a sentence of statistics, where a comparison with a past year is bookkeeping rather than analogy. */
  notWithFigures?: boolean;
  /** The reference must be a named event, person or phrase, not a bare year. */
  namedOnly?: boolean;
  /**
   * Not a reference right after "since": a comparison measured from a past case is a record ("higher than at any time since
   * the 1970s", "the first generation poorer than its parents since the war"), not a likeness drawn with it.
   */
  notAfterSince?: boolean;
  /** For `needs: none`: not when the only dated case in the sentence belongs to the text's own time. */
  notInOwnStory?: boolean;
  /** Not when the cue's own words hold a named case of the gazetteer: the cues that read that case say what it was. */
  notOnCase?: boolean;
  /** False for an allusion that borrows a phrase from a past story: no narrative of the past case surrounds it, so it opens no passage. */
  passage?: boolean;
  /** For a past-anchor: the phrase places what it names two generations or more back (the founders, "two centuries ago"), a remote-time marker. */
  remote?: boolean;
  /**
   * For a past-anchor: the phrase names a past case only in a sentence that tells the past (a past-tense verb, not a
   * present perfect). Kin of the speaker or the listener ("your grandparents") are most often alive and present ("bring
   * your grandparents", "our grandparents have secure retirement"); they are an earlier generation only when what they did
   * or lived through is told ("our grandparents built the mills", "remember what that panic cost your grandfathers").
   */
  toldInPast?: boolean;
  /**
   * For a past-anchor: the phrase names the past only in a text of this year or later. Before it, what it names is the
   * text's own present (settlers and the frontier, in a text written before the frontier closed in 1890).
   */
  pastFrom?: number;
  /** For a case-lesson cue: the past case may be told in the sentence before, when the cue opens its sentence or refers back ("This time …", "It must not happen again"). */
  caseNext?: boolean;
  /**
   * For a `caseNext` cue: when the case is told in the sentence before, one of the two must say the past case failed or is
   * to be bettered (a word of lesson-contrast-words); "In 1935 we passed the act. This time we propose …" is the text's own story.
   */
  caseBeforeContrast?: boolean;
  /** For a case-lesson cue: the sentence must speak of now or later ("we will meet it as we did in 1933"), not tell the past. */
  needsPresent?: boolean;
  label?: string;
  category?: string;
}
