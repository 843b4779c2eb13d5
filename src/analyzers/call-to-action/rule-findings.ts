// The rules' findings on a section (one call a sentence at most, the strongest), and the learned model's features read from them.

import type { Features } from '../../learn/logistic.js';
import type { Section } from '../../text/model.js';
import { findingOf, matchRules, patternRules } from '../rules.js';
import type { AnalysisContext, RawFinding } from '../types.js';
import { mayBeBaseVerb, verbBeforeLikeClause } from './base-verb.js';
import type { CallState } from './document.js';
import { sectionCallFeatures } from './features.js';
import { isImperativeVerb, verbBeforeObject } from './imperative-verb.js';
import { ASKING_RULES, declaredPartEnd, isQuestion } from './questions.js';
import { isReported } from './reported.js';
import { isMustOfFeeling } from './feeling.js';
import { PATTERNS, signals } from './signals.js';
import { clauseEnd, imperativeSlots } from './slots.js';
import { hasThirdPartySubject, sharesNegatedPastModal, sharesPronounSubject, SUBJECT_MODAL_RULES } from './third-party.js';
import { isTitleCase, isTitleLine } from './titles.js';
import { isMentionedQuotation, isPrayer, isPromisedMeasure, isRhetoricalAsk, isSupposition } from './vetoes.js';

/** The learned model's features of a section's sentences, from the rules' findings on it and the sentences where a rule was set aside. */
export function callFeatures(section: Section, context: AnalysisContext, findings: readonly RawFinding[], vetoed: ReadonlySet<number>): Features[] {
  return sectionCallFeatures({ document: context.document, section, lexicons: context.lexicons, findings, vetoed, reporting: signals(context).reporting });
}

/**
 * The rules' findings on a section: one call a sentence at most, the strongest. `vetoed`, when given, collects the sentences
 * where a rule matched and was set aside (a reported call, a quotation, a third party's duty, a prayer, a supposition, a
 * measure listed under a promise).
 */
export function ruleFindings(section: Section, context: AnalysisContext, state: CallState, vetoed?: Set<number>): RawFinding[] {
  const text = context.document.text;
  const patterns = patternRules(context.lexicons, PATTERNS);
  const s = signals(context);
  const findings: RawFinding[] = [];
  for (const sentence of section.sentences) {
    // A question is no call, but a statement that only ends on a listed question keeps the demand it makes before its colon
    // ("We must answer three questions: First, how …?"). There a request or a command is most often one to ask or hear the
    // question ("I would ask you this one question: …"), so only the other rules count. A rule that finds a request put as
    // a question ("Will you join me?") counts in the question itself.
    const asked = isQuestion(sentence);
    const askedFrom = asked ? declaredPartEnd(sentence) ?? sentence.start : sentence.end;
    const candidates: RawFinding[] = [];
    for (const hit of matchRules(patterns, text, sentence, sentence.words)) {
      if ((hit.start >= askedFrom && !hit.entry.asks) || (asked && ASKING_RULES.has(hit.entry.id))) continue;
      // A call inside a quotation the sentence goes on past is mentioned or reported, as for an imperative (see isMentionedQuotation).
      if (isReported(sentence, hit.start, s) || isMentionedQuotation(text, sentence, firstWordOf(text, hit)) || (SUBJECT_MODAL_RULES.has(hit.entry.id) && (hasThirdPartySubject(sentence, hit.start, context) || sharesPronounSubject(sentence, hit.start))) || sharesNegatedPastModal(sentence, hit.start) || isMustOfFeeling(sentence, hit, s)) {
        vetoed?.add(sentence.index);
        continue;
      }
      candidates.push(findingOf(hit, sentence.index));
    }
    // A one-word or capitalized heading ("Trade", "IMPERIALIST INTERFERENCE") names a topic; "Join us" as a heading still commands.
    const topicHeading = (sentence.heading && (sentence.words < 2 || sentence.text === sentence.text.toUpperCase() || isTitleCase(sentence))) || isTitleLine(sentence);
    // A full-strength call is already found: no need to tag the sentence for an imperative.
    const settled = candidates.some((c) => c.strength >= (s.imperative.strength ?? 1));
    for (const slot of topicHeading || settled || asked ? [] : imperativeSlots(sentence, s)) {
      if (!mayBeBaseVerb(sentence, slot, state, context.tagger, s) || !(verbBeforeObject(sentence, slot, s) || verbBeforeLikeClause(sentence, slot, state, context.tagger) || isImperativeVerb(sentence, slot, context))) continue;
      if (isReported(sentence, slot.start, s) || isPrayer(sentence, slot, context) || isMentionedQuotation(context.document.text, sentence, slot) || isSupposition(context.document.text, sentence, slot) || isRhetoricalAsk(sentence, slot) || isPromisedMeasure(text, sentence, slot, s)) {
        vetoed?.add(sentence.index);
        continue;
      }
      candidates.push({ rule: s.imperative.id, start: slot.start, end: clauseEnd(sentence, slot), strength: s.imperative.strength ?? 1, explanation: s.imperative.note, sentence: sentence.index });
      break;
    }
    // One call per sentence: the strongest (a command outranks an obligation).
    const best = candidates.sort((a, b) => b.strength - a.strength || a.start - b.start)[0];
    if (best) findings.push(trimFinding(text, best));
  }
  return findings;
}

/** Where the first word of a rule's match starts: a match may open on the quotation mark before it ("\"Let every …"). */
function firstWordOf(text: string, hit: { start: number; end: number }): { start: number } {
  let start = hit.start;
  while (start < hit.end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  return { start };
}

function trimFinding(text: string, f: RawFinding): RawFinding {
  let { start, end } = f;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { ...f, start, end };
}
