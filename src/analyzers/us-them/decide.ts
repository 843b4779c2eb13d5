// The findings of one sentence: out-group labels and cues, anaphora, named adversaries, contempt, cue patterns, and the in-group set against an out-group.

import { matchPatterns, type PhraseMatcher } from '../../lexicon/match.js';
import type { Document, Sentence } from '../../text/model.js';
import type { AnalysisContext, RawFinding } from '../types.js';
import { conditional, heSubject, labelsThem, letThemChallenge, pronounReferringBack, theyItself, theySubject } from './anaphora.js';
import { castsEntity, personNounAfter, unframedAct } from './casting.js';
import { cueOn, near, type Cue } from './cues.js';
import { DISPARAGED_GROUP, disparagedGroups, disparagedVocabulary, taggedNoun } from './disparaged.js';
import { mayCastActor } from './entities.js';
import type { GroupEntry } from './entries.js';
import { EMPLOYER_ENTRY } from './employer.js';
import { quoted, quotedList, withEvidence } from './evidence.js';
import { foreignUprising } from './foreign-uprising.js';
import type { Mention } from './mentions.js';
import type { Scan, UsThemState } from './model.js';
import { namedActors } from './own-nation.js';
import { STRENGTH } from './strength.js';
import { tokenAt, withoutPossessives } from './tokens.js';
import { ruleNote, type Vocabulary } from './vocabulary.js';

/** The findings of one sentence. */
export function decide(
  v: Vocabulary,
  context: AnalysisContext,
  s: Sentence,
  scan: Scan,
  learned: UsThemState['learned'],
  learnedMatcher: PhraseMatcher<GroupEntry>,
  previousThem: string | undefined,
  /** Whether the out-group was named as an adversary, as the subject, in the sentence just before (asked last: it may need tags). */
  adjacent: () => boolean = () => false,
  /** The out-group still referred to (named in the last sentences of the paragraph), for a pronoun anywhere in the sentence. */
  liveThem: string | undefined = undefined,
  /** Whether the sentence just before named the out-group as one person or state ("the dictator of Iraq"), anywhere in it. */
  oneJustBefore: () => boolean = () => false,
  /** Whether the out-group still referred to was named as a movement, a body or a class in the singular ("the counterrevolution"). */
  referentGroup: () => boolean = () => false,
): RawFinding[] {
  const doc: Document = context.document;
  const findings: RawFinding[] = [];
  const emitted = new Set<Mention>();
  const ins = scan.mentions.filter((m) => m.side === 'us');
  const outs = scan.mentions.filter((m) => m.side === 'them');
  for (const m of learnedMatcher.match(withoutPossessives(s.tokens))) {
    if (outs.some((o) => o.start < m.end && o.end > m.start)) continue;
    outs.push({ start: m.start, end: m.end, side: 'them', kind: 'learned', label: m.entry.label ?? m.term, token: m.firstToken });
  }
  if (scan.entities === null && mayCastActor(v, s, scan.cues, [])) scan.entities = namedActors(v, context, s, scan.mentions);
  const named = (scan.entities ?? []).filter((e) => !outs.some((o) => o.start < e.end && o.end > e.start));
  if (previousThem !== undefined) {
    const a = matchPatterns([v.anaphora], doc.text, s)[0];
    if (a) outs.push({ start: a.start, end: a.end, side: 'them', kind: 'anaphora', label: previousThem, token: 0 });
  }
  // "He has kept among us …", "For imposing taxes on us …": the out-group still referred to acts on the in-group
  // (an in-group word inside a quotation is someone else's "we": "he would add: 'All we want is peace'").
  const accusation = previousThem === undefined ? undefined : matchPatterns([v.accusation], doc.text, s)[0];
  // Right after an adversary was the subject of its sentence, "He …" goes on about it even without an in-group ("Hitler knows … He must first destroy …").
  // "He" or "she" stands for one person or state, never for a movement or a class ("the counterrevolution … He has warned").
  const accused: Mention | undefined =
    accusation && (!heSubject(doc.text, accusation) || !referentGroup()) && (ins.some((i) => i.start >= accusation.end && !/["“”]/u.test(doc.text.slice(accusation.end, i.start))) || (heSubject(doc.text, accusation) && (adjacent() || (conditional(doc.text, accusation) && oneJustBefore()))))
      ? { start: accusation.start, end: accusation.end, side: 'them', kind: 'anaphora', label: previousThem!, token: 0 } : undefined;

  const emit = (m: Mention, rule: string, explanation: string, strength: number): void => {
    if (emitted.has(m)) return;
    emitted.add(m);
    findings.push({ rule, start: m.start, end: m.end, strength, explanation, sentence: s.index, category: m.side, label: m.label });
  };

  // "Our people's sympathy with the Cuban insurgents": rebels of an uprising abroad are no camp set against the in-group.
  const foreignRebels = (o: Mention): boolean => o.kind === 'rival-group' && v.foreignUprising !== undefined && v.foreignUprising.uprising.test(doc.text.slice(o.start, o.end)) && foreignUprising(v, context, s);
  // Out-group mentions: hostile labels count alone; other groups when a hostile word stands near them, except rebels abroad
  // fighting their own government with no in-group in the sentence ("The insurgents in Cuba continue their struggle against the
  // Spanish authorities"): a report of someone else's war.
  // The words behind a finding where they are not its own: the hostile word or act said of a group, the group a pronoun means.
  const castBy = (note: string, cue: Cue | undefined): string => withEvidence(v, note, 'castBy', cue && quoted(doc.text, cue));
  const standsFor = (note: string, label: string): string => withEvidence(v, note, 'standsFor', `“${label}”`);
  for (const m of outs) {
    // An anaphoric "they" is the subject of its sentence: a hostile word anywhere in it is said of them.
    const cue = m.kind === 'anaphora' ? scan.cues[0] : scan.cues.find((c) => cueOn(v, c, m));
    if (m.kind === 'hostile-label') emit(m, m.entry!.id, m.entry!.note, STRENGTH.label);
    else if (m.kind === 'anaphora' && (cue || labelsThem(context, s, m) || (theySubject(doc.text, m) && adjacent()))) emit(m, 'us-them-anaphora', castBy(standsFor(ruleNote(v, 'us-them-anaphora'), m.label), cue), STRENGTH.anaphora);
    else if (cue && m.kind !== 'anaphora' && !(ins.length === 0 && foreignRebels(m))) emit(m, cue.entry.id, castBy(cue.entry.note, cue), STRENGTH.cue);
    else if (learned.get(m.label)?.adversary) emit(m, 'them-learned-adversary', ruleNote(v, 'them-learned-adversary'), STRENGTH.learned);
  }
  if (accused && !findings.some((f) => f.rule === 'us-them-anaphora' && f.start < accused.end && f.end > accused.start)) {
    outs.push(accused);
    emit(accused, v.accusation.entry.id, standsFor(v.accusation.entry.note, accused.label), STRENGTH.anaphora);
  }
  // "Let them declare whether …" right after the out-group was named: the writer's challenge to that camp to account for itself.
  const challenge = previousThem === undefined || findings.some((f) => f.category === 'them') ? undefined : letThemChallenge(s);
  if (challenge) {
    const m: Mention = { start: challenge.start, end: challenge.end, side: 'them', kind: 'anaphora', label: previousThem!, token: tokenAt(s, challenge.start) };
    outs.push(m);
    emit(m, 'us-them-anaphora', standsFor(ruleNote(v, 'us-them-anaphora'), previousThem!), STRENGTH.anaphora);
  }
  // "We see through their promises": a pronoun inside the sentence that still means the out-group.
  if (liveThem !== undefined && !findings.some((f) => f.category === 'them')) {
    const pronoun = pronounReferringBack(v, context, s, scan);
    if (pronoun) {
      const m: Mention = { start: pronoun.start, end: pronoun.end, side: 'them', kind: 'anaphora', label: liveThem, token: tokenAt(s, pronoun.start) };
      outs.push(m);
      emit(m, v.pronounReference.entry.id, standsFor(v.pronounReference.entry.note, liveThem), STRENGTH.anaphora);
    }
  }
  // Each hostile cue casts one named actor: the first one before an act (its agent) or right after a quality word.
  // A bare report of an act of war ("Last night enemy forces attacked the port") casts no one: the annotators count framing, not news.
  const casting = scan.cues.filter((c) => !unframedAct(v, s, scan, c));
  const cast = new Map<Mention, Cue>();
  for (const c of casting) {
    const e = named.find((e) => castsEntity(v, context.tagger, s, c, e));
    if (e !== undefined && !cast.has(e)) cast.set(e, c);
  }
  for (const e of named) {
    if (cast.has(e) || learned.get(e.label)?.adversary) {
      outs.push(e);
      emit(e, 'them-named-adversary', castBy(ruleNote(v, 'them-named-adversary'), cast.get(e)), STRENGTH.entity);
    }
  }
  // A hostile quality word put on a person noun ("corrupt officials", "calamity-howling executive") casts that kind of person.
  for (const c of scan.cues) {
    if (c.entry.category !== 'hostile-quality' || outs.some((o) => o.start >= c.end && o.token - c.token <= 3)) continue;
    const person = personNounAfter(v, context, s, c);
    if (!person) continue;
    outs.push(person);
    emit(person, 'them-cast-by-quality', castBy(ruleNote(v, 'them-cast-by-quality'), c), STRENGTH.cue);
  }
  // A group named with contempt or censure ("a noisy minority", "the blindly selfish men", "cheerful idiots", "the demagogue").
  for (const g of disparagedGroups(disparagedVocabulary(context.lexicons), s)) {
    if (outs.some((o) => o.start < g.end && o.end > g.start)) continue;
    if (g.noun && !taggedNoun(context, s, g)) continue;
    const m: Mention = { start: g.start, end: g.end, side: 'them', kind: 'entity', label: doc.text.slice(g.start, g.end).toLowerCase().replace(/\s+/gu, ' '), token: g.token };
    outs.push(m);
    emit(m, DISPARAGED_GROUP, g.entry.note, STRENGTH.cue);
  }

  // Whole-sentence cue patterns ("Down with …!", "our enemies", "those who question our …").
  for (const m of matchPatterns(v.cues, doc.text, s)) {
    if (m.entry.needs === 'in-group' && ins.length === 0) continue;
    if (scan.enemyAsThing && m.start < scan.enemyAsThing.end && m.end > scan.enemyAsThing.start) continue;
    const side = m.entry.side === 'us' ? 'us' : 'them';
    const inside = (side === 'us' ? ins : outs).find((o) => o.start >= m.start && o.end <= m.end);
    const label = inside?.label ?? m.entry.label;
    findings.push({
      rule: m.entry.id,
      start: m.start,
      end: m.end,
      strength: m.entry.strength ?? STRENGTH.pattern,
      explanation: m.entry.note,
      sentence: s.index,
      ...(label !== undefined ? { category: side, label } : {}),
    });
  }

  // The in-group set against an out-group in the same sentence.
  const groups = ins.filter((m) => m.kind === 'group');
  const contrastWord = matchPatterns([v.contrast], doc.text, s).length > 0;
  // A rival group stands against the in-group on its own only when the two are named close together; "these" and "all" never do.
  // …but not when the two are joined as one list ("for the farmers as well as the bankers"), which includes both rather than opposing them.
  const nearIn = (o: Mention): boolean => ins.some((i) => near(v, i, o) && !coordinated(doc.text, i, o));
  // "Those who believed that …" opening the sentence right after an adversary was the subject means the adversary's camp.
  const thoseWhoBack = (o: Mention): boolean => /\bthose$/iu.test(doc.text.slice(o.start, o.end)) && /^\s+who\b/iu.test(doc.text.slice(o.end, o.end + 6)) && adjacent();
  // A hostile label that lost its hostility ("potential adversaries", "former foes", "friend or foe") names no present group: it never stands alone.
  const neutralized = (o: Mention): boolean => o.kind === 'rival-group' && o.entry?.category === 'hostile-label';
  const standsAlone = (o: Mention): boolean =>
    o.kind !== 'entity' && o.entry?.needsCue !== true && !neutralized(o) && (o.kind !== 'anaphora' || theyItself(doc.text, o) || thoseWhoBack(o)) && (o.kind !== 'rival-group' || contrastWord || nearIn(o)) && !foreignRebels(o);
  const anyThem = emitted.size > 0 || outs.some(standsAlone);
  const theyAgainstWe = ins.length > 0 && outs.some((o) => o.kind === 'anaphora' && (theyItself(doc.text, o) || thoseWhoBack(o)));
  // In a text spoken from the union's side, "the owners sat across the table from us": the employer beside "us" is the other side.
  const employerAgainstUs = ins.length > 0 && outs.some((o) => o.entry?.id === EMPLOYER_ENTRY && nearIn(o));
  if (anyThem && (groups.length > 0 || (ins.length > 0 && contrastWord) || theyAgainstWe || employerAgainstUs)) {
    const note = ruleNote(v, 'us-them-contrast');
    const strength = contrastWord ? STRENGTH.contrastWord : STRENGTH.contrast;
    const usSide = groups.length > 0 ? groups : ins.slice(0, 1);
    const themSide = outs.filter((o) => standsAlone(o) || emitted.has(o));
    // Each side's finding quotes the other side it is set against.
    const against = (side: readonly Mention[]): string => withEvidence(v, note, 'setAgainst', quotedList(doc.text, side));
    for (const m of usSide) emit(m, 'us-them-contrast', against(themSide), strength);
    // An employer counts only because of what the whole text shows (whose side it speaks from): the explanation says so.
    const why = (m: Mention): string => (m.entry?.id === EMPLOYER_ENTRY && v.employer?.contrastNote ? `${against(usSide)} ${v.employer.contrastNote}` : against(usSide));
    for (const m of outs) if (standsAlone(m)) emit(m, 'us-them-contrast', why(m), strength);
  }

  // Nothing scored: list the groups named as context (they show who the text talks about, but are not framing).
  if (findings.length === 0) {
    for (const m of [...groups, ...outs.filter((o) => o.kind === 'rival-group' && o.entry?.needsCue !== true)]) {
      findings.push({
        rule: m.entry!.id,
        start: m.start,
        end: m.end,
        strength: 0.2,
        explanation: m.entry!.note,
        sentence: s.index,
        scored: false,
        category: m.side,
        label: m.label,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether two mentions are joined by "and", "or", "as well as" ("the many as well as the few") or a bare comma ("the farmers, bankers, business men"): one list, not two camps. */
function coordinated(text: string, a: Mention, b: Mention): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (second.start < first.end) return false;
  return /^(?:[\s,]*(?:and|or|nor|as well as|and also|and of|and to|and for)\s+|\s*,\s*)(?:the\s+)?$/iu.test(text.slice(first.end, second.start));
}
