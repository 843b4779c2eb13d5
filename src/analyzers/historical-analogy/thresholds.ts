// The distances the rules measure with: years before the text's own time, and sentences back and forward.

/** How many years before the text's own time a dated event must lie to count as history rather than the text's running story. */
export const RECENT_YEARS = 10;
/** A year alone (with no named event) supports an analogy only when it lies at least this far before the text's time: a generation, not last decade's figures. */
export const GENERATION_YEARS = 20;
/** How many sentences back a "nearby" cue may look for its historical reference (quotations and one-word exclamations not counted). */
export const NEARBY_SENTENCES = 4;
/** How far a passage extends back (narrative of the past case) and forward (its continuation) from the sentence that draws the comparison. */
export const PASSAGE_BACK = 8;
export const PASSAGE_FORWARD = 4;
/** The longest run of unflagged sentences inside a passage that the passage is taken to go on through. */
export const GAP_MAX = 2;
/**
 * A past case told at length: at least TOLD_CASE_NAMED sentences out of TOLD_CASE_WINDOW consecutive ones name events,
 * regimes, groups or people that ended at least REMOTE_YEARS before the text's own time. A political text does not tell a case
 * that far back at such length except as a lesson or model (the confederacies of Greece in the Federalist).
 */
export const REMOTE_YEARS = 50;
export const TOLD_CASE_NAMED = 3;
export const TOLD_CASE_WINDOW = 4;
