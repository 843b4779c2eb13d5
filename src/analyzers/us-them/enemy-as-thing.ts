// "Complacency is the enemy of progress": where "the enemy" names a thing, and no out-group.

import type { Sentence } from '../../text/model.js';
import type { AnalysisContext } from '../types.js';
import type { Mention } from './mentions.js';
import type { Scan } from './model.js';
import type { Vocabulary } from './vocabulary.js';

/** Subjects that may be people: "it is the enemy" or "they are our enemies" say nothing about things. */
const PERSONAL_SUBJECTS = /^(?:he|she|they|we|you|it|who|which|that|this|these|those|one|all|some|many|others|men|women|people|nations?|states?|countries|governments?|regimes?|forces)$/iu;
/** Tags of a subject that is a person or a group of people. */
const PEOPLE_TAGS = ['Person', 'Actor', 'Pronoun', 'Demonym', 'Organization', 'Country', 'Place'];

/**
 * "Complacency is the enemy of progress", "Ignorance is our greatest enemy", "The enemy of this decade is delay": the word names
 * a thing when the noun that "is the enemy" (before it or after it) is a common noun that is not a person or a listed group
 * (asks compromise only for sentences that say so).
 */
export function markEnemyAsThing(v: Vocabulary, context: AnalysisContext, s: Sentence, scan: Scan): void {
  for (const [pattern, labelAfterHead] of [[v.enemyPredicate, true], [v.enemySubject, false]] as const) {
    const m = pattern.exec(s.text);
    // An ideology ("Communism", "fascism") stands for the movement of people who hold it.
    const at = m?.indices?.[1];
    if (!m || m[1] === undefined || at === undefined || PERSONAL_SUBJECTS.test(m[1]) || /ism$/iu.test(m[1])) continue;
    const headStart = s.start + at[0];
    const headEnd = s.start + at[1];
    if (scan.mentions.some((x) => x.start < headEnd && x.end > headStart)) continue;
    const head = context.tagger.terms(s).find((t) => t.start <= headStart && t.end >= headEnd);
    if (!head || !head.tags.has('Noun') || PEOPLE_TAGS.some((tag) => head.tags.has(tag))) continue;
    if (head.tags.has('ProperNoun') && head.start !== s.start) continue;
    const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    scan.enemyAsThing = span;
    // The label stands after the noun ("X is the enemy") or before it ("the enemy … is X").
    const inSpan = (x: Mention): boolean => (labelAfterHead ? x.start >= headEnd && x.start < span.end : x.start >= span.start && x.end <= headStart);
    scan.mentions = scan.mentions.map((x) => (x.kind === 'hostile-label' && inSpan(x) ? { ...x, kind: 'rival-group' as const } : x));
    return;
  }
}
