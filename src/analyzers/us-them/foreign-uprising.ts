// Whether a sentence only reports an uprising abroad, which the learned model and the contrast rule leave alone.

import type { Sentence } from '../../text/model.js';
import type { AnalysisContext } from '../types.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Whether a sentence reports an uprising abroad ("the Brazilian Government and the insurgents", "the insurrection in Cuba"): a
 * word of uprising and a foreign country or people named (compromise's Country or Demonym, not the own country). The learned
 * model's word-of-rebellion feature was learned from the Civil War's insurgents; there it only reports someone else's war.
 * Asks compromise only for sentences the model flagged that have such a word.
 */
export function foreignUprising(v: Vocabulary, context: AnalysisContext, s: Sentence | undefined): boolean {
  const g = v.foreignUprising;
  if (g === undefined || s === undefined || !g.uprising.test(s.text)) return false;
  // "the Brazilian Government", "the Government of Salvador": a foreign government named, which compromise may not tag.
  if (g.foreignGovernment?.test(s.text)) return true;
  return context.tagger.terms(s).some((t) => (t.tags.has('Country') || t.tags.has('Demonym')) && !g.ownWord.test(t.text.replace(/[^\p{L}.]/gu, '')));
}
