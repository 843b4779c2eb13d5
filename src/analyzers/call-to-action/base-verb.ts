// A cheap look at a slot's word before any tagging: could it be a base-form verb opening a command?

import type { Tagger } from '../../nlp/tagger.js';
import type { Sentence, Token } from '../../text/model.js';
import type { CallState } from './document.js';
import { VERB_OF } from './imperative-verb.js';
import type { Signals } from './signals.js';
import type { Slot } from './slots.js';

/**
 * Word endings that mark a noun, adjective, adverb or inflected verb, never a base-form imperative ("Values", "Recognition",
 * "Primarily", "Stripped"), but for the verbs cta-verb-despite-ending lists ("bring", "resist", "implement").
 */
const NOT_BASE_FORM = /(?:[^s]s|ed|ing|ly|tion|sion|ness|ment|ity|ism|ist|ous|ful|less|ship|hood|ical|ional|ary|['’])$|['’]/;

/** Most words in a sentence short enough to read as a rallying command ("Remember Pearl Harbor."). */
const MAX_RALLY_WORDS = 8;

/** Whether compromise, given the word alone in lower case, reads it as a base-form verb and not as a noun or name. */
function isVerbWord(word: string, state: CallState, tagger: Tagger): boolean {
  let known = state.verbWords.get(word);
  if (known === undefined) {
    const tags = tagger.text(word, 0)[0]?.tags ?? new Set<string>();
    known = tags.has('Verb') && (tags.has('Infinitive') || tags.has('Imperative')) && !tags.has('Noun') && !tags.has('ProperNoun') && !tags.has('PastTense');
    state.verbWords.set(word, known);
  }
  return known;
}

/** Words that, right after "like", begin the subject of a clause of manner ("like your rights depend on it", "like nobody is watching"). */
const LIKE_CLAUSE_SUBJECT = new Set(['your', 'our', 'their', 'his', 'her', 'my', 'you', 'we', 'they', 'he', 'she', 'it', 'nobody', 'everyone', 'everybody', 'there']);

/**
 * "Vote like your rights depend on it", "Fight like you mean it": a word that is a verb on its own, opening the sentence before
 * "like" and the subject of a clause of manner, is a command, though the tagger reads "Vote like" as a noun and a preposition.
 */
export function verbBeforeLikeClause(sentence: Sentence, slot: Slot, state: CallState, tagger: Tagger): boolean {
  if (slot.lead !== undefined || slot.afterColon) return false;
  const words = sentence.tokens.filter((t) => t.kind === 'word');
  const at = words.findIndex((w) => w.start === slot.start);
  return at >= 0 && words[at + 1]?.lower === 'like' && LIKE_CLAUSE_SUBJECT.has(words[at + 2]?.lower ?? '') && isVerbWord(slot.lower, state, tagger);
}

/** A closed-class word that never opens a command, or a hyphenated number made of them ("twenty-five"). */
function neverACommand(word: string, s: Signals): boolean {
  return s.neverACommand.has(word) || (word.includes('-') && word.split('-').every((part) => s.neverACommand.has(part)));
}

/** A number that labels a part: digits, a Roman numeral or a small number word ("Part 2", "Act III", "Step One"). */
const PART_NUMBER = /^(?:\d+[a-z]?|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;

/**
 * "Part 2", "Act III", "Step One: the march": a heading that opens with a word and a number names a numbered part of the
 * text, whatever the word could be as a verb. A command after its colon is a slot of its own ("Step 1: Join the union").
 */
function numberedPartLabel(sentence: Sentence, slot: Slot, next: Token | undefined): boolean {
  return sentence.heading && slot.lead === undefined && !slot.afterColon && next !== undefined && next.kind === 'word' && PART_NUMBER.test(next.text) && sentence.tokens[0]?.start === slot.start;
}

/** A cheap look at the word and its neighbour, before any tagging: could it be a base-form verb opening a command? */
export function mayBeBaseVerb(sentence: Sentence, slot: Slot, state: CallState, tagger: Tagger, s: Signals): boolean {
  if ((NOT_BASE_FORM.test(slot.lower) && !s.verbsDespiteEnding.has(slot.lower)) || state.properNames.has(slot.lower) || neverACommand(slot.lower, s)) return false;
  const next = sentence.tokens.find((t) => t.start >= slot.end);
  if (numberedPartLabel(sentence, slot, next)) return false;
  if (!next) return true;
  // "Bankruptcy of reformism", "Use of power": a noun before "of".
  if (next.lower === 'of' && !VERB_OF.has(slot.lower)) return false;
  // "Néstor González, the military leader …": a capitalized word the text never writes in lower case, before another capitalized word, is a name.
  // After a colon the clause is tagged on its own, which tells a verb from a name ("…rules: Buy American and hire American").
  // In a short or exclaimed sentence, a word that is a verb on its own ("Remember Pearl Harbor.", "Buy War Bonds today!") is left to the sentence's tagging.
  const rallying = sentence.words <= MAX_RALLY_WORDS || /!\W*$/.test(sentence.text);
  if (!slot.afterColon && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && next.text !== 'I' && !state.lowerWords.has(slot.lower) && !(rallying && isVerbWord(slot.lower, state, tagger))) return false;
  return true;
}
