// Named actors of a sentence by compromise, and the cheap test that decides whether a sentence is worth tagging for them.

import type { Tagger } from '../../nlp/tagger.js';
import type { Sentence, Span } from '../../text/model.js';
import type { Cue } from './cues.js';
import type { Mention } from './mentions.js';
import { tokenAt } from './tokens.js';
import type { Vocabulary } from './vocabulary.js';

/** Tags of a named actor. A bare ProperNoun is not enough: capitalized common nouns ("the Bolivarian Revolution") are not actors. */
const ENTITY_TAGS = ['Organization', 'Person', 'Place', 'Country', 'Acronym', 'Demonym'];
/** Proper nouns that are not actors a text could set itself against. */
const NOT_ACTORS = new Set(['god', 'lord', 'almighty', 'bible', 'scripture', 'constitution']);

/** Named people, organizations and places of a sentence, by compromise (only called for sentences with a hostile cue). */
export function entities(tagger: Tagger, sentence: Sentence, taken: readonly Span[]): Mention[] {
  const terms = tagger.terms(sentence);
  const out: Mention[] = [];
  let run: typeof terms = [];
  const flush = (): void => {
    if (run.length > 0) {
      const start = run[0].start;
      const surface = sentence.text.slice(start - sentence.start, run[run.length - 1].end - sentence.start);
      const trimmed = surface.replace(/[.,;:!?'"’”)\]]+$/u, '');
      const end = start + trimmed.length;
      const label = trimmed.replace(/['’]s$/u, '').replace(/\s+/gu, ' ');
      const overlaps = taken.some((s) => s.start < end && s.end > start);
      const first = run[0];
      const sentenceInitialOnly = first.start === sentence.start && run.length === 1 && !first.tags.has('Organization') && !first.tags.has('Person') && !first.tags.has('Place');
      if (!overlaps && !sentenceInitialOnly && label.length > 1 && !NOT_ACTORS.has(label.toLowerCase()) && !first.tags.has('Pronoun')) {
        out.push({ start, end, side: 'them', kind: 'entity', label, token: tokenAt(sentence, start) });
      }
    }
    run = [];
  };
  terms.forEach((t, k) => {
    // A capitalized title before a name opens it even when compromise does not know the name ("Minister Stane", "Senator Marlow").
    const next = terms[k + 1];
    const title = run.length === 0 && t.tags.has('Actor') && !t.tags.has('Plural') && next !== undefined && next.tags.has('ProperNoun') && /^\p{Lu}/u.test(next.text);
    const actor = ENTITY_TAGS.some((tag) => t.tags.has(tag)) || (run.length > 0 && t.tags.has('ProperNoun')) || title;
    if (actor && t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Pronoun') && /^\p{Lu}/u.test(t.text)) run.push(t);
    else flush();
  });
  flush();
  return out;
}

/** Capitalized openers that are not names ("The", "In", "But"…): a capital at the start of a sentence says nothing by itself. */
const OPENERS = /^(?:the|a|an|in|it|its|this|that|these|those|there|then|he|she|they|we|you|i|but|and|or|if|for|on|at|as|so|yet|our|their|his|her|my|your|when|while|after|since|although|however|all|some|many|what|no|not|to|from|by|with|of)$/u;

/**
 * Cheap test before asking compromise (tagging is the slow part): is there a capitalized word where a cue could cast it,
 * before a hostile act or label, just after an act ("the attack by Japan"), or just after a hostile quality word?
 */
export function mayCastActor(v: Vocabulary, sentence: Sentence, cues: readonly Cue[], labels: readonly Mention[]): boolean {
  const caps: number[] = [];
  sentence.tokens.forEach((t, i) => {
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !(i === 0 && OPENERS.test(t.lower))) caps.push(i);
  });
  if (caps.length === 0) return false;
  const w = v.learning.cueWindowTokens;
  for (const c of cues) {
    if (c.entry.category === 'hostile-quality' && caps.some((i) => i > c.token && i - c.token <= 4)) return true;
    if (c.entry.category === 'hostile-act' && caps.some((i) => (i < c.token && c.token - i <= w) || (i > c.token && i - c.token <= 3))) return true;
    if (c.entry.category === 'hostile-deed' && caps.some((i) => (i < c.token && c.token - i <= 2) || (i > c.token && i - c.token <= 3))) return true;
    if (c.entry.category === 'hostile-stance' && caps.some((i) => i > c.token && i - c.token <= 5)) return true;
    if (c.entry.category === 'hostile-threat' && caps.some((i) => i < c.token && c.token - i <= 4)) return true;
  }
  return labels.some((l) => caps.some((i) => i < l.token && l.token - i <= w));
}
