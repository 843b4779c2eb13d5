// The out-groups a text makes its own: labels and names it keeps setting beside hostile words, and one adversary under its several names.

import { PhraseMatcher } from '../../lexicon/match.js';
import type { Document } from '../../text/model.js';
import type { AnalysisContext } from '../types.js';
import { castsEntity, unframedAct } from './casting.js';
import { cueOn, near } from './cues.js';
import { mayCastActor } from './entities.js';
import type { Mention } from './mentions.js';
import type { Scan, UsThemState } from './model.js';
import { namedActors } from './own-nation.js';
import { withoutPossessives } from './tokens.js';
import { adversaryOf, type Vocabulary } from './vocabulary.js';

export function isLexiconLabel(scans: Scan[], label: string): boolean {
  return scans.some((sc) => sc.mentions.some((m) => m.label === label));
}

/** Hostile cues of a sentence: evaluative words, plus hostile labels (which are cues for the groups beside them). */
function hostileNear(v: Vocabulary, scan: Scan, m: Mention): boolean {
  return scan.cues.some((c) => cueOn(v, c, m)) || scan.mentions.some((o) => o !== m && o.kind === 'hostile-label' && near(v, o, m));
}

/** Labels (rival groups and named entities) that the text names next to hostile cues, counted over the whole text. */
export function learnOutGroups(v: Vocabulary, context: AnalysisContext, scans: Scan[], hostileByAdversary: Map<string, Set<number>>): UsThemState['learned'] {
  const hostile = new Map<string, number>();
  const total = new Map<string, number>();
  /** The sentences where each label was hostile (for one adversary under several names). */
  const hostileSentences = new Map<string, Set<number>>();
  const doc = context.document;
  for (const s of doc.sentences) {
    const scan = scans[s.index];
    const seen = new Set<string>();
    for (const m of scan.mentions) {
      // "Those who", "people who", "agents" name no group of their own: a text cannot make them its out-group.
      if (m.kind !== 'rival-group' || m.entry?.needsCue === true) continue;
      total.set(m.label, (total.get(m.label) ?? 0) + 1);
      if (!seen.has(m.label) && hostileNear(v, scan, m)) {
        seen.add(m.label);
        hostile.set(m.label, (hostile.get(m.label) ?? 0) + 1);
        addTo(hostileSentences, m.label, s.index);
      }
    }
    // Only sentences where a hostile cue could cast a named actor are tagged (tagging is the slow part).
    if (!mayCastActor(v, s, scan.cues, [])) continue;
    scan.entities = namedActors(v, context, s, scan.mentions);
    for (const e of scan.entities) {
      if (seen.has(e.label)) continue;
      const byCue = scan.cues.some((c) => !unframedAct(v, s, scan, c) && castsEntity(v, context.tagger, s, c, e, true));
      const byLabel = scan.mentions.some((m) => m.kind === 'hostile-label' && near(v, m, e) && (e.end <= m.start || namedAfter(doc.text, m, e)));
      if (byCue || byLabel) {
        seen.add(e.label);
        hostile.set(e.label, (hostile.get(e.label) ?? 0) + 1);
        addTo(hostileSentences, e.label, s.index);
      }
    }
  }
  const learned: UsThemState['learned'] = new Map();
  const entityLabels = [...hostile.entries()].filter(([label, n]) => n >= v.learning.minHostileMentions && !total.has(label)).map(([label]) => label);
  if (entityLabels.length > 0) {
    const matcher = new PhraseMatcher(entityLabels.map((label) => ({ terms: [label], caseSensitive: true, label })));
    for (const s of doc.sentences) {
      for (const label of new Set(matcher.match(withoutPossessives(s.tokens)).map((m) => m.entry.label))) total.set(label, (total.get(label) ?? 0) + 1);
    }
  }
  for (const [label, n] of hostile) {
    if (n < v.learning.minHostileMentions) continue;
    const all = Math.max(n, total.get(label) ?? n);
    learned.set(label, { hostile: n, total: all, adversary: n >= v.learning.adversaryMinMentions && n / all >= v.learning.adversaryMinShare });
  }
  learnAdversaryGroups(v, doc, hostileSentences, learned, hostileByAdversary);
  return learned;
}

/**
 * One adversary under its several names ("Germany", "the Germans", "German forces", "the Nazi regime"): its hostile mentions and
 * all its mentions are counted together, sentence by sentence, and when together they make it an adversary, each of its names the
 * text uses becomes a learned out-group label.
 */
function learnAdversaryGroups(v: Vocabulary, doc: Document, hostileSentences: ReadonlyMap<string, ReadonlySet<number>>, learned: UsThemState['learned'], hostileBy: Map<string, Set<number>>): void {
  for (const [label, sentences] of hostileSentences) {
    const a = adversaryOf(v, label);
    if (!a) continue;
    const set = hostileBy.get(a.id) ?? new Set<number>();
    for (const i of sentences) set.add(i);
    hostileBy.set(a.id, set);
  }
  if (hostileBy.size === 0) return;
  const named = new Map<string, Set<number>>();
  const surfaces = new Map<string, Set<string>>();
  for (const s of doc.sentences) {
    for (const m of v.adversaries.matcher.match(withoutPossessives(s.tokens))) {
      if (!hostileBy.has(m.entry.id)) continue;
      (named.get(m.entry.id) ?? named.set(m.entry.id, new Set()).get(m.entry.id)!).add(s.index);
      (surfaces.get(m.entry.id) ?? surfaces.set(m.entry.id, new Set()).get(m.entry.id)!).add(doc.text.slice(m.start, m.end).replace(/\s+/gu, ' '));
    }
  }
  for (const [id, hostile] of hostileBy) {
    const n = hostile.size;
    const all = Math.max(n, named.get(id)?.size ?? n);
    const adversary = n >= v.learning.adversaryMinMentions && n / all >= v.learning.adversaryGroupMinShare;
    if (!adversary) continue;
    // "The Germans" opening a sentence is "the Germans" elsewhere.
    const labels = [...(surfaces.get(id) ?? [])].flatMap((l) => (/^(?:the|The) /u.test(l) ? [`the ${l.slice(4)}`, `The ${l.slice(4)}`] : [l]));
    for (const label of labels) {
      if (!learned.get(label)?.adversary) learned.set(label, { hostile: n, total: all, adversary });
    }
  }
}

function addTo(map: Map<string, Set<number>>, key: string, value: number): void {
  const set = map.get(key) ?? new Set<number>();
  set.add(value);
  map.set(key, set);
}

/** "terrorist organizations known as al-Qaida", "groups like Hamas": a hostile label that a name right after it instantiates. */
function namedAfter(text: string, label: Mention, e: Mention): boolean {
  return e.start >= label.end && /^[\s,]*(?:known as|called|named|such as|like|including|led by)\s+(?:the\s+)?$/iu.test(text.slice(label.end, e.start));
}
