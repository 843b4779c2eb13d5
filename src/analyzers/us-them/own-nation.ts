// The named actors a hostile word may cast, less the text's own country and its institutions when the text speaks as its people.

import type { Document, Sentence, Span } from '../../text/model.js';
import type { AnalysisContext } from '../types.js';
import { near } from './cues.js';
import { entities } from './entities.js';
import type { Mention } from './mentions.js';
import type { OwnNation } from './rule-settings.js';
import { subjectOfVerb } from './subject.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Whether each document speaks as the people of the own country, found once per document and per lexicon set's
 * `ownNation` (one Document may be analyzed with several lexicon sets, whose own-country patterns differ).
 */
const SPEAKS_AS_OWN_NATION = new WeakMap<OwnNation, WeakMap<Document, boolean>>();

/**
 * The named actors of a sentence that a hostile word may cast: compromise's entities, less the text's own country
 * ("the United States", "America") when the text speaks as its people: beside a hostile word it is the target, not an adversary.
 */
export function namedActors(v: Vocabulary, context: AnalysisContext, s: Sentence, taken: readonly Mention[]): Mention[] {
  const doc = context.document;
  const cut = v.cutName;
  // "Sherman Anti" of "the Sherman Anti-trust Law", "Smoot" of "the Smoot-Hawley Tariff": a piece of a longer name is no actor.
  const found = entities(context.tagger, s, taken).filter((e) => cut === undefined || !(cut.after.test(doc.text.slice(e.end, Math.min(s.end, e.end + 80))) || cut.title.test(e.label)));
  const own = v.ownNation;
  if (own === undefined || found.length === 0) return found;
  let byDocument = SPEAKS_AS_OWN_NATION.get(own);
  if (byDocument === undefined) SPEAKS_AS_OWN_NATION.set(own, (byDocument = new WeakMap()));
  let speaks = byDocument.get(doc);
  if (speaks === undefined) byDocument.set(doc, (speaks = own.text.test(doc.text)));
  return speaks ? found.filter((e) => !own.name.test(e.label) && !ownInstitution(v, context, own, s, e, taken)) : found;
}

/**
 * Whether a hostile label is put on a name: right after it or in apposition ("the FBI traitors", "the FBI, those
 * traitors"), or with the name after "of", "in" or "at" ("the traitors in the Senate"); not a label on others in the
 * sentence ("outlaws crossed Kansas").
 */
function labelOn(text: string, label: Span, name: Span): boolean {
  if (label.start >= name.end) return /^[\s,]*(?:(?:those|these|that|this|the|a|an)\s+)?$/iu.test(text.slice(name.end, label.start));
  return label.end <= name.start && /^\s+(?:of|in|at|within)\s+(?:the\s+)?$/iu.test(text.slice(label.end, name.start));
}

/**
 * Whether a named actor is the text's own government's institution or office, or a state of the Union ("the House",
 * "the IRS", "Texas", "New York"), in a text that speaks as Americans: beside a hostile word it is the actor of the
 * in-group or what is attacked. Not when the text itself sets it against the people: a hostile label on it ("the FBI,
 * those traitors"), or, for an institution, the subject of a verb with the in-group named right after it ("the FBI has betrayed the people").
 */
function ownInstitution(v: Vocabulary, context: AnalysisContext, own: OwnNation, s: Sentence, e: Mention, taken: readonly Mention[]): boolean {
  const text = context.document.text;
  const before = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(text.slice(Math.max(s.start, e.start - 30), e.start));
  const is = (pattern: RegExp | undefined): boolean => pattern !== undefined && (pattern.test(e.label) || (before !== null && pattern.test(`${before[1]} ${e.label}`)));
  const institution = is(own.institution);
  if (!institution && !is(own.state)) return false;
  if (taken.some((m) => m.kind === 'hostile-label' && labelOn(text, m, e))) return false;
  return !(institution && taken.some((m) => m.side === 'us' && m.start >= e.end && near(v, m, e)) && subjectOfVerb(context, s, e));
}
