// Closed classes of words the rules read a clause by: subordinators, subject pronouns, clause boundaries, modals, coordinators.

/** Lead words that make a subordinate clause, which may have its own subject ("If you want more information, fill in this form"). */
export const SUBORDINATOR = new Set(['if', 'when', 'whenever', 'wherever', 'as', 'while', 'before', 'after', 'until', 'whatever', 'whoever', 'whether', 'once', 'since']);

export const SUBJECT_PRONOUN = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** Words that end the clause an imperative verb opens: a finite verb after them belongs to another clause. */
export const CLAUSE_BOUNDARY = new Set(['that', 'which', 'who', 'whom', 'whose', 'if', 'when', 'whenever', 'because', 'where', 'whether', 'how', 'what', 'why', 'as', 'since', 'while', 'until', 'unless', 'though', 'although', 'so', 'lest', 'than', 'before', 'after']);
/** Modals whose subject a following semicolon clause of bare verbs can share. */
export const MODAL = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/** Coordinators that start a new clause when a comma stands before them ("Start on this journey, and America will walk at your side"). */
export const COORDINATOR = new Set(['and', 'but', 'or', 'nor', 'for', 'yet']);
