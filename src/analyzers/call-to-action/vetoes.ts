// Imperatives set aside: a command inside a mentioned quotation, a prayer, a supposition ("…, and you will see"), a rhetorical "ask",
// a measure listed under a promise ("We will:" then "- Reopen the line").

import type { Sentence, Token } from '../../text/model.js';
import { LIST_MARKER, markdownHeading } from '../../text/parse.js';
import { termsMatcher } from '../rules.js';
import type { AnalysisContext } from '../types.js';
import { SIGNALS, type Signals } from './signals.js';

/** Words after a closing quotation mark beyond which the quotation is a part of the sentence, not the whole utterance. */
const MAX_WORDS_AFTER_QUOTATION = 3;

/**
 * Whether the call at `slot` (an imperative's verb, or the start of a rule's match) stands inside a quotation the sentence goes
 * on past ("\"Render unto Caesar …\" is the doctrine of courts", "Our thought has been \"Let every man look out for himself,\"
 * while we built …"): the words are mentioned, or reported as someone's or some past time's, not addressed to the audience.
 */
export function isMentionedQuotation(text: string, sentence: Sentence, slot: Pick<Token, 'start'>): boolean {
  const before = text.slice(sentence.start, slot.start);
  const open = (before.match(/["“]/g) ?? []).length;
  const close = (before.match(/["”]/g) ?? []).length;
  // Straight quotes open and close alike: an odd count means the slot is inside one; curly quotes must outnumber their closers.
  const straight = (before.match(/"/g) ?? []).length;
  const inside = straight % 2 === 1 || (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
  if (!inside || open === 0 || close < 0) return false;
  const rest = text.slice(slot.start, sentence.end);
  const end = rest.search(/["”]/);
  if (end < 0) return false;
  const after = rest.slice(end + 1).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return after > MAX_WORDS_AFTER_QUOTATION;
}

/** Whether the command at `slot` is addressed to God by a vocative set off by commas: "Forbid it, Almighty God!", "Grant us, O Lord, …". */
export function isPrayer(sentence: Sentence, slot: Token, context: AnalysisContext): boolean {
  const tokens = sentence.tokens;
  for (const hit of termsMatcher(context.lexicons, SIGNALS, 'cta-prayer').match(tokens)) {
    const before = tokens[hit.firstToken - 1];
    const opener = before?.lower === 'o' ? tokens[hit.firstToken - 2] : before;
    const after = tokens[hit.lastToken + 1];
    if (tokens[hit.firstToken].start > slot.start && opener?.text === ',' && (!after || after.kind !== 'word')) return true;
  }
  return false;
}

/**
 * "Divide the largest State into ten districts, and it will be found that …": an imperative followed by "and it will be found",
 * "and you will see", "and maybe you'll see" sets up a thought experiment in the argument; the reader is asked to suppose, not to act.
 */
const SUPPOSITION_SEQUEL = /,?\s+and\s+(?:(?:maybe|perhaps|then)\s+)?(?:it|you|we|one)(?:\s+(?:will|shall|would|must)|['’]ll)\s+(?:\p{L}+ly\s+)?(?:be\s+)?(?:find|found|see|seen|perceive|perceived|discover|discovered|appear|evident|apparent|plain|clear|obvious|manifest)\b/iu;

/** Words that open an indirect question after the object of "ask" ("Ask the farmers whether …", "Ask any mayor what …"). */
const INDIRECT_QUESTION = new Set(['what', 'whether', 'how', 'why', 'where', 'when', 'if']);
/** Reflexive objects: "Ask yourselves what you can do" asks the audience to act on its own answer, a call. */
const REFLEXIVE = new Set(['yourself', 'yourselves', 'ourselves', 'myself']);
/** Most words between "ask" and the indirect question it puts. */
const MAX_ASK_OBJECT_WORDS = 25;

/**
 * "Ask the workers of France whether the limitation of wages is too great a sacrifice", "Ask any owner where they would rather
 * build": "ask" with an addressee and an indirect question invites the audience to imagine the answer; it works as a rhetorical
 * question, not as a call to go and ask. "Ask not what your country can do for you" has no addressee and stays a command, and so
 * does an errand to the audience's own people ("Ask your councillor how they voted").
 */
export function isRhetoricalAsk(sentence: Sentence, slot: Token): boolean {
  if (slot.lower !== 'ask') return false;
  const words = sentence.tokens.filter((t) => t.kind === 'word' && t.start > slot.start);
  const q = words.findIndex((w) => INDIRECT_QUESTION.has(w.lower));
  // "Ask your councillor how they voted": the audience's own representative or neighbour is someone to go and ask, not a figure of speech.
  return q >= 1 && q <= MAX_ASK_OBJECT_WORDS && words[0].lower !== 'not' && words[0].lower !== 'your' && !REFLEXIVE.has(words[0].lower) && !sentence.tokens.some((t) => t.text === ';' && t.start > slot.start && t.start < words[q].start);
}

export function isSupposition(text: string, sentence: Sentence, slot: Token): boolean {
  return SUPPOSITION_SEQUEL.test(text.slice(slot.end, sentence.end));
}

/** How many lines back from an item the lead-in of its list is looked for. */
const MAX_LIST_LINES = 200;
/** Words that may stand between a promise's verb and its colon ("we will also:", "we shall immediately:"). */
const ADVERB_BEFORE_COLON = /(?:\s+(?:also|then|first|now|further|furthermore|\p{L}+ly))+$/iu;

/**
 * Whether the imperative opens an item of a list whose lead-in promises what the speaker's side will do ("In government we
 * will:" then "- Reopen the valley line", "- Fund the flood defences"): each item completes the promise, a measure of a
 * programme stated, not a command to the audience. The lead-in is the nearest line before the list that is not an item of
 * it, and must end in a colon after one of the words of cta-promise-lead-in ("will", "shall", "pledge to", "will do" …), or be a
 * Markdown heading that ends with them ("## What we will do").
 */
export function isPromisedMeasure(text: string, sentence: Sentence, slot: Token, s: Signals): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  // The parser's own list-item marker, the markup it leaves out of the item's first sentence.
  const marker = LIST_MARKER.exec(text.slice(lineStart, slot.start + 1));
  if (!marker || lineStart + marker[0].length !== sentence.start || slot.start !== sentence.start) return false;
  // Back over the list: its other items, their wrapped lines and blank lines, to the lead-in (a list longer than
  // MAX_LIST_LINES is read as having none, so that a document of many items is not walked once for each).
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < MAX_LIST_LINES; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() === '' || LIST_MARKER.test(line) || /^[ \t]+\S/.test(line)) {
      end = start - 1;
      continue;
    }
    // The lead-in's words before its colon; a Markdown heading needs none ("## What we will do").
    const heading = markdownHeading(line);
    const plain = line.trim();
    const lead = heading ? heading.title.replace(/[.:]+$/u, '') : plain.endsWith(':') ? plain.slice(0, -1) : undefined;
    if (lead === undefined) return false;
    const words = lead.replace(ADVERB_BEFORE_COLON, '').toLowerCase().replace(/’/g, "'");
    return [...s.promiseLeadIn].some((p) => words === p || words.endsWith(` ${p}`));
  }
  return false;
}
