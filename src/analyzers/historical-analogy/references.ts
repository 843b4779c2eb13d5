// Reading the references of a sentence for a decision: which may carry an analogy, which one a cue points at, and how a finding names it.

import type { Sentence } from '../../text/model.js';
import type { CueHit, Reference, SentenceFacts } from './model.js';

/** Whether a reference can carry an analogy: a year only when it is a generation back and not a baseline for statistics. */
export function analogyWorthy(r: Reference, facts: SentenceFacts): boolean {
  if (r.category !== 'date') return true;
  return r.remote !== false && !facts.figures;
}

/**
 * A name used as a modifier of the noun after it ("a second Holocaust survivor", "another Vietnam veteran"): a lower-case
 * word follows it that is none of `afterName`, the words that may follow a name that ends its noun phrase ("another
 * Vietnam in Asia"). The likening cue before it then counts people or things, it does not liken anything to the past case.
 */
export function usedAttributively(sentence: Sentence, r: Pick<Reference, 'end'>, afterName: ReadonlySet<string>): boolean {
  const after = sentence.text.slice(r.end - sentence.start);
  const m = /^['’]?s?\s+([a-z][a-z-]*)/.exec(after);
  return m !== null && !afterName.has(m[1]);
}

export function referenceFor(hit: CueHit, facts: SentenceFacts, sentence: Sentence, afterName: ReadonlySet<string>, accept: (r: Reference) => boolean = () => true): Reference | undefined {
  // Updating a saying maps a past saying onto now even when its author is recent (Reagan paraphrasing Churchill).
  // In a sentence of statistics a past year is a baseline for figures, not a past case.
  // Named events and people explain an analogy better than a phrase, and a phrase better than a bare year.
  const rank = (r: Reference): number => (r.dated?.kind === 'entry' ? 0 : r.dated?.kind === 'year' ? 2 : 1);
  const refs = facts.references
    .filter((r) => (r.historical || hit.entry.role === 'maxim') && analogyWorthy(r, facts) && !(hit.entry.namedOnly && r.category === 'date') && accept(r))
    .sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const cats = hit.entry.categories;
  const fits = (r: Reference): boolean => (!cats || cats.includes(r.category)) && !(hit.entry.role === 'likening' && hit.entry.anchorOutside && usedAttributively(sentence, r, afterName));
  if (hit.entry.anchorAfter !== undefined) {
    const limit = hit.entry.anchorAfter;
    const from = hit.entry.anchorOutside ? hit.end - 1 : hit.start;
    return refs.find((r) => fits(r) && r.start >= from && r.start - hit.end <= limit);
  }
  if (hit.entry.anchorBefore !== undefined) {
    const limit = hit.entry.anchorBefore;
    return refs.find((r) => fits(r) && r.end <= hit.start && hit.start - r.end <= limit);
  }
  return refs.find(fits);
}

/** Whether the reference's name opens with a word of the nation ("American Revolution"): the nation's own case. */
export function ownNationName(sentence: Sentence, r: Pick<Reference, 'start'>, nationWords: ReadonlySet<string>): boolean {
  const first = /^[A-Za-z]+/.exec(sentence.text.slice(r.start - sentence.start))?.[0];
  return first !== undefined && nationWords.has(first.toLowerCase());
}

/** "Twenty … forty years ago", "a generation ago": within living memory, less than two generations back. */
const ONE_GENERATION_AGO = /^(?:(?:twenty|thirty|forty)(?:[- ]\w+)?|[1-4]\d|a|one) (?:years|generation) ago$/i;
/** Whether a past-anchor phrase of the sentence lies two generations back: not "twenty … forty years ago", "a generation ago". */
export function phraseFarEnough(sentence: Sentence, r: Pick<Reference, 'start' | 'end'>): boolean {
  return !ONE_GENERATION_AGO.test(sentence.text.slice(r.start - sentence.start, r.end - sentence.start));
}

/**
 * What the past case of a finding is, after its rule's note, as a margin note says it: "The past case here: Iron Curtain
 * (1946–1989), the division of Europe …". `away` is where the case lies from the finding's sentence, in sentences (−1 the
 * sentence before): a case named in another sentence is said to be there ("The past case, in the sentence before: …"),
 * not "here", so that a reader looks for its words where they are.
 */
export function hereClause(ref: Pick<Reference, 'note' | 'quote'>, away = 0): string {
  return away === 0 ? `The past case here: ${caseText(ref)}` : `The past case, ${caseLocation(away).toLowerCase()}: ${caseText(ref)}`;
}

/**
 * A past case in words that follow "The past case here:" or "It names": a named case by its own note, its name and years
 * then what it was ("Iron Curtain (1946–1989), the division of Europe during the Cold War."); a year by its note ("the
 * year 1917, before the text's own time."); a phrase by the words the text writes, then what such phrases do ("“two
 * centuries ago”, which refers to a time long past …"), so that the note's examples are not taken for the text's own
 * words. A phrase's note opens with its verb ("Refers to …"; test/explanation-wording.test.ts checks the built-in ones).
 */
export function caseText(ref: Pick<Reference, 'note' | 'quote'>): string {
  // The quote as one line: a phrase of a hard-wrapped text ("the men of the\nmighty past") keeps its line break in the source.
  if (ref.quote !== undefined) return `“${ref.quote.replace(/\s+/g, ' ')}”, which ${ref.note.charAt(0).toLowerCase()}${ref.note.slice(1)}`;
  // "Iron Curtain (1946–1989): the division …" → "Iron Curtain (1946–1989), the division …": one colon in a sentence.
  const named = /^([^:]*): /u.exec(ref.note);
  const rest = named ? ref.note.slice(named[0].length) : '';
  return named && (named[1].endsWith(')') || /^\p{Ll}/u.test(rest)) ? `${named[1]}, ${rest}` : ref.note;
}

/** Where the comparison a passage goes with lies, `away` sentences from the passage's own ("… in the sentence after."). */
export function passageClause(away: number): string {
  return `It goes with the comparison ${caseLocation(away).toLowerCase()}.`;
}

const COUNT_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** "Here", "In the sentence before", "Two sentences before", "In the sentence after": where a past case lies from the finding's sentence. */
export function caseLocation(away: number): string {
  if (away === 0) return 'Here';
  const side = away < 0 ? 'before' : 'after';
  const n = Math.abs(away);
  return n === 1 ? `In the sentence ${side}` : `${COUNT_WORDS[n] ?? String(n)} sentences ${side}`;
}
