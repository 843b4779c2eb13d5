// An established enemy: plain acts of an adversary the text (or its date) has already made its enemy, and a pronoun for it right after.

import type { Sentence, Span } from '../../text/model.js';
import type { AnalysisContext, RawFinding } from '../types.js';
import { castByTheText, castSoFar, type AdversaryName, type AdversaryTally, type HostileSentences } from './adversary-tally.js';
import { BY_HISTORY, historyExplanation, warsOf, yearsToldOf } from './enemy-of-history.js';
import { targetOfHostileAct } from './hostile-target.js';
import { STRENGTH } from './strength.js';
import { passiveAfter, subjectOfVerb } from './subject.js';
import { ruleNote, type Vocabulary } from './vocabulary.js';

/** A movement or armed organization of the adversary lists (not a state), named in its years as the adversary and neither acting nor a target. */
const ORGANIZATION_RULE = 'them-enemy-organization';

/** Whether the words of a sentence before a name (`before`) leave a quotation open: the name is then quoted, not said. */
export const opensQuotation = (before: string): boolean => (before.match(/["“”]/gu) ?? []).length % 2 === 1;

/** A name right after a preposition is its object ("our forces from Iraq would …"), not the subject of the verb after it. */
export const AFTER_PREPOSITION = /\b(?:in|into|from|to|of|with|on|at|against|for|upon|over|toward|towards|about|across|throughout|inside|within|through|near|between|among|without|than)\s+(?:the\s+)?$/iu;
/** …or the last of a list after one ("the war in Sicily and Italy goes on"). */
const LISTED_AFTER_PREPOSITION = /\b(?:in|into|from|to|of|with|on|at|against|for|upon|over|toward|towards|across|throughout|through|between|among)\s+(?:(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*(?:,|,?\s*and|,?\s*or)\s+)+(?:the\s+)?$/u;

/**
 * A plain act of an adversary the text has already cast at least `minCastSentences` times: its name is the subject of a verb
 * ("German submarines sank …", "the Soviet Union is increasing its armed might") or its agent after "by" ("attacks by Japan").
 * Not in a sentence about agreeing or negotiating, not a passive ("Germany was defeated"), not a copula ("Japan is an island"),
 * not inside a quotation (asks compromise only for sentences that name such an adversary).
 */
export function establishedEnemyAct(v: Vocabulary, context: AnalysisContext, s: Sentence, all: readonly AdversaryName[], tally: ReadonlyMap<string, AdversaryTally>, hostile: ReadonlyMap<string, HostileSentences>): RawFinding | undefined {
  const year = context.document.year;
  const castByText = (id: string): boolean => castByTheText(v, tally, hostile, id, s.index);
  const names = all.filter((n) => isEstablished(v, context, tally, hostile, n, s));
  if (names.length === 0 || v.established.partnerAct.test(s.text)) return undefined;
  const text = context.document.text;
  const found = (n: AdversaryName, rule: string, historyNote: string): RawFinding => {
    if (castByText(n.id)) return { rule, start: n.start, end: n.end, strength: STRENGTH.learned, explanation: ruleNote(v, rule), sentence: s.index, category: 'them', label: n.label };
    const explanation = historyExplanation(v, historyNote, n.label, year!);
    const finding: RawFinding = { rule, start: n.start, end: n.end, strength: STRENGTH.learned, explanation, sentence: s.index, category: 'them', label: n.label };
    BY_HISTORY.add(finding);
    return finding;
  };
  // The first name that neither acts nor is a target, kept in case no other name of the sentence does (`them-established-enemy-in-conflict`,
  // or `them-enemy-organization` for a movement or armed organization).
  let inConflict: AdversaryName | undefined;
  for (const n of names) {
    const before = text.slice(s.start, n.start);
    if (opensQuotation(before)) continue;
    // The target of a hostile act or aim ("to defeat Japan", "blows against the Nazis", "until the Nazi regime is destroyed").
    if (targetOfHostileAct(v, text, s, n, before)) return found(n, 'them-established-enemy-target', v.established.historyTargetNote);
    // "Germany and Japan are conducting …": the verb comes after the whole list of names.
    let last: Span = n;
    for (const m of all) if (m.start >= last.end && /^\s*(?:,|,?\s*and|,?\s*or)\s*$/iu.test(text.slice(last.end, m.start))) last = m;
    // A state that no longer exists: "the former Soviet Union".
    if (v.established.formerBefore.test(before)) continue;
    // Evidence reported about it ("The inspectors confirmed that Ruritania had …"): what someone found out, not the enemy set
    // against us (`them-established-enemy-named`'s `reportedBeforePattern`).
    if (v.established.named?.reportedBefore.test(before)) continue;
    // The agent after "by" counts only of a hostile act a few words before ("attacks by Japan", "an attack on the Islands by Japan",
    // "taken again by the Germans"), not of "the amount appropriated by Spain" or "the debt due by Mexico".
    const agent = /((?:[\p{L}'’-]+\s+){1,7})by\s+(?:the\s+)?$/iu.exec(before);
    const byAgent = agent !== null && agent[1].trim().split(/\s+/u).some((w) => v.established.agentAct.test(w));
    // "The Taliban must act": a demand put to it is what we ask of it, not what it does.
    if (!byAgent && v.established.demand.test(text.slice(last.end, s.end))) continue;
    if (!(byAgent || (!AFTER_PREPOSITION.test(before) && !LISTED_AFTER_PREPOSITION.test(before) && subjectOfVerb(context, s, last)))) {
      if (inConflict === undefined && namedInConflict(v, context, s, n, before)) inConflict = n;
      continue;
    }
    return found(n, 'them-established-enemy', v.established.historyNote);
  }
  if (inConflict?.organization && v.established.organizationNote !== undefined) return found(inConflict, ORGANIZATION_RULE, v.established.organizationNote);
  return inConflict && found(inConflict, 'them-established-enemy-in-conflict', v.established.inConflict!.historyNote);
}

/** Findings of `them-established-enemy-named`: the learned model was trained without that rule, so its features leave them out. */
export const NAMED_ONLY = new WeakSet<RawFinding>();

/**
 * An established adversary named in a sentence that no other established-enemy rule takes (`them-established-enemy-named`):
 * the blind checks count every sentence that names the wartime enemy, plain reports included. Not in a sentence of a partner's
 * act; with no hostile word in the sentence (`hostileWord` false), not in one about talks, trade, debts or relations, nor where
 * the name is described or told as a done deed ("Germany is …", "Germany was defeated") or names the place where something
 * happens ("in Italy"); never a name inside a quotation, after "former" or a denial, in evidence reported about it
 * ("intelligence indicates that Ruritania had …") or in a demand put to it ("it is up to Ruritania to …").
 */
export function establishedEnemyNamed(v: Vocabulary, context: AnalysisContext, s: Sentence, all: readonly AdversaryName[], tally: ReadonlyMap<string, AdversaryTally>, hostile: ReadonlyMap<string, HostileSentences>, hostileWord: boolean): RawFinding | undefined {
  const named = v.established.named;
  const talks = v.established.inConflict?.talks;
  if (named === undefined || talks === undefined || v.established.partnerAct.test(s.text) || (!hostileWord && talks.test(s.text))) return undefined;
  const text = context.document.text;
  for (const n of all) {
    const before = text.slice(s.start, n.start);
    if (opensQuotation(before)) continue;
    if (v.established.formerBefore.test(before) || v.established.denied.test(before)) continue;
    // Described or told as a done deed ("Germany is …", "Germany was defeated"), when nothing hostile is said.
    if (!hostileWord && named.describedAfter.test(text.slice(n.end, s.end))) continue;
    // A place where something happens ("in Iraq"), when nothing hostile is said.
    if (!hostileWord && named.placeBefore.test(before)) continue;
    // What someone concluded, estimates or knows about it (evidence reported, "… concluded that Ruritania had …"), or a demand
    // put to it ("it is up to Ruritania to …", "Ruritania must …").
    if (named.reportedBefore.test(before) || named.demandBefore.test(before) || v.established.demand.test(text.slice(n.end, s.end))) continue;
    if (!isEstablished(v, context, tally, hostile, n, s)) continue;
    const rule = 'them-established-enemy-named';
    const byText = castByTheText(v, tally, hostile, n.id, s.index);
    const explanation = byText ? ruleNote(v, rule) : historyExplanation(v, named.historyNote, n.label, context.document.year!);
    const finding: RawFinding = { rule, start: n.start, end: n.end, strength: STRENGTH.learned, explanation, sentence: s.index, category: 'them', label: n.label };
    NAMED_ONLY.add(finding);
    if (!byText) BY_HISTORY.add(finding);
    return finding;
  }
  return undefined;
}

/**
 * Whether an established adversary that neither acts nor is a target is still named as the enemy: the words around it speak of
 * the conflict ("our Navy came to grips with the Japanese fleet"), and the name is no place or period named in passing ("in Italy",
 * "the war with Spain"), follows no denial ("no reprisals against Germany"), is no subject of a passive ("Germany was defeated"),
 * and stands in no sentence of talks, trade or debts. A movement or armed organization needs only the last three.
 */
function namedInConflict(v: Vocabulary, context: AnalysisContext, s: Sentence, n: AdversaryName, before: string): boolean {
  const c = v.established.inConflict;
  if (c === undefined) return false;
  // Never in a sentence of talks, after a denial, or as a done deed in the passive.
  const guarded = (): boolean => !c.talks.test(s.text) && !v.established.denied.test(before) && !(CLAUSE_OPENS.test(before) && passiveAfter(context, s, n));
  // A movement or armed organization ("al Qaeda", "the Taliban", "international communism") has no land to be named in passing, and
  // in its years as the adversary it is named only as the enemy: no word of the conflict is needed, only those guards.
  if (n.organization && v.established.organizationNote !== undefined) return guarded();
  const text = context.document.text;
  // The name and the words around it, so that the conflict is the enemy's ("the sea power of Spain", "the German fleet"), not another clause's.
  const around = `${before.split(/\s+/u).slice(-c.windowWords - 1).join(' ')}${text.slice(n.start, n.end)}${text.slice(n.end, s.end).split(/\s+/u).slice(0, c.windowWords + 1).join(' ')}`;
  return c.conflict.test(around) && !c.passingBefore.test(before) && !LISTED_AFTER_PREPOSITION.test(before) && guarded();
}

/** The name opens its clause (as its subject): at the start of the sentence, after a comma or semicolon, or after a conjunction. A passive after such a name ("Germany was defeated at last") tells a done deed, as the other established-enemy rules leave alone. */
const CLAUSE_OPENS = /(?:^\W*|[,;:—]\s*|\b(?:and|but|or|nor|that|when|until|after|before|while|because|since|if|so|though|although)\s+)(?:the\s+)?$/iu;

/**
 * Whether the listed adversary is the text's enemy before sentence `before`: cast by the text, or at war with the United States
 * when the text was written (then it counts as cast twice from the start, unless the text itself keeps putting it on our side).
 */
export function isEstablished(v: Vocabulary, context: AnalysisContext, tally: ReadonlyMap<string, AdversaryTally>, hostile: ReadonlyMap<string, HostileSentences>, n: { id: string; label: string }, s: Sentence): boolean {
  const before = s.index;
  if (castByTheText(v, tally, hostile, n.id, before)) return true;
  const year = context.document.year;
  if (year === undefined || warsOf(v, n.label, year).length === 0) return false;
  // A sentence that tells of another time ("a quarter of a century ago", "in 1914") is about the enemy of then, if there was one.
  const told = yearsToldOf(v, s.text, year)?.filter((y) => year - y > v.established.otherTimeYears);
  if (told !== undefined && told.length > 0 && !told.some((y) => warsOf(v, n.label, y).length > 0)) return false;
  const t = tally.get(n.id);
  const cast = (t === undefined ? 0 : castSoFar(t, hostile.get(n.id), before)) + v.established.minCastSentences;
  return (t?.allied ?? 0) * 2 < cast;
}

/**
 * "It has set off …", "They have tried …": right after a sentence that named an established adversary, a pronoun for it opening
 * the sentence as the subject of an active verb. "It", "she" and "he" only for one state or person that was the subject there.
 */
export function establishedEnemyPronoun(v: Vocabulary, context: AnalysisContext, s: Sentence, one: boolean, subject: () => boolean, enemy: { id: string; label: string }, byText: boolean): RawFinding | undefined {
  const m = v.established.pronounOpener.exec(s.text);
  if (!m || v.established.partnerAct.test(s.text)) return undefined;
  const word = m[1].toLowerCase();
  if (word === 'they' ? one : !one) return undefined;
  const start = s.start + m.index + m[0].length - m[1].length;
  const span: Span = { start, end: start + m[1].length };
  const next = context.document.text.slice(span.end, s.end).trim().split(/\s+/u)[0] ?? '';
  if (word === 'it' && v.established.impersonalVerb.test(next.toLowerCase())) return undefined;
  if (word !== 'they' && !subject()) return undefined;
  if (!subjectOfVerb(context, s, span)) return undefined;
  const rule = 'them-established-enemy-pronoun';
  if (byText) return { rule, start: span.start, end: span.end, strength: STRENGTH.learned, explanation: ruleNote(v, rule), sentence: s.index, category: 'them', label: enemy.label };
  const finding: RawFinding = { rule, start: span.start, end: span.end, strength: STRENGTH.learned, explanation: historyExplanation(v, v.established.historyPronounNote, enemy.label, context.document.year!), sentence: s.index, category: 'them', label: enemy.label };
  BY_HISTORY.add(finding);
  return finding;
}
