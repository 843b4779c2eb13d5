// What the passes hand each other: the references, cue hits and facts of a sentence, and the decision for it.

import type { CueEntry, CueRole } from './entries.js';

/** A reference points into the past: a gazetteer name, a year, or a phrase such as "our forefathers". */
export interface Reference {
  start: number;
  end: number;
  label: string;
  category: string;
  /**
   * What the case is: a named case's note ("Iron Curtain (1946–1989): the division of Europe …"), a year's ("the year
   * 1917, before the text's own time."), or a phrase's, which says what such phrases do and opens with its verb ("Refers
   * to …"); see caseText.
   */
  note: string;
  /** True when it lies before the text's own time (not a date of the text's own running story); set once the time is known. */
  historical: boolean;
  /** For a year: whether it lies a generation or more before the text's time, far enough to stand alone as a past case. */
  remote?: boolean;
  /** For a past-anchor phrase: it places what it names two generations or more back (see CueEntry.remote). */
  remoteAnchor?: boolean;
  /** For a year: it dates a legal instrument by name ("the treaty of 1818", "the act of July 6, 1797"), an instrument whose terms the text applies. */
  instrument?: boolean;
  /** For a past-anchor phrase: it names the past only in a text of this year or later (see CueEntry.pastFrom). */
  pastFrom?: number;
  /** For a past-anchor phrase: the words as the text writes them, quoted in the explanation (its note is written for every such phrase). */
  quote?: string;
  /** What dates it: a year the text writes, or a gazetteer entry (its start and last year, and whether naming it dates the text). */
  dated?: { kind: 'year'; year: number } | { kind: 'entry'; start?: number; last?: number; datesText: boolean };
}

export interface CueHit {
  entry: CueEntry;
  start: number;
  end: number;
}

/** What one sentence holds, before any decision. */
export interface SentenceFacts {
  references: Reference[];
  cues: CueHit[];
  /** Talks about now ("today", "we must", "let us"). */
  present: boolean;
  /** Has a past-tense verb. */
  past: boolean;
  /** Has a present-tense finite verb or a first-person subject: not a plain narrative of the past. */
  presentTense: boolean;
  /**
   * Has "we", "us" or "I", a present-tense finite verb, a modal of now ("should", "must") or "there's": the speaker or the
   * present speaks. Not "our" alone, which a story of the nation's past keeps ("There was at that period of our history a
   * departure from our earlier policy").
   */
  speakerNow: boolean;
  /** A he/she/they subject near the start: narrative that goes on about the same people. */
  pronounStart: boolean;
  /** Starts inside a quotation opened earlier in the paragraph, or opens with a quotation mark after a colon. */
  quoted: boolean;
  /** A bridge of one or two words ("America!") that a passage may step over. */
  bridge: boolean;
  /** Gives figures (percent, dollars, millions): statistics rather than narrative. */
  figures: boolean;
  /** Speaks of what will be ("will", "shall"): a forecast or a pledge, not narrative of the past. */
  future: boolean;
  heading: boolean;
}

/** The decision for one sentence. */
export interface Decision {
  kind: 'analogy' | 'passage';
  rule: string;
  strength: number;
  explanation: string;
  start: number;
  end: number;
  category?: string;
  label?: string;
  /** The role of the cue that made it an analogy. */
  role?: CueRole;
  /** Whether it may open a passage around it (see CueEntry.passage). */
  opensPassage?: boolean;
  /** For a passage: the sentence of the analogy it belongs to, which its explanation points the reader to. */
  core?: number;
}
