// The signal words of lexicons/cta-signals.json, read once per lexicon set, and the names of the call-to-action lexicons.

import { regnalNames, termsEntry, wordSet } from '../rules.js';
import type { RegnalNames } from '../../text/numerals.js';
import type { AnalysisContext } from '../types.js';
import { SUBORDINATOR } from './word-classes.js';

export const PATTERNS = 'cta-patterns';
export const SIGNALS = 'cta-signals';

/** Words besides the subordinators and the forms of address that open an introductory phrase ("With your help, …"). */
const LEAD_PHRASE = ['with', 'in', 'for', 'now', 'so', 'on'];

export interface Signals {
  openers: Set<string>;
  notACall: Set<string>;
  /** Phrases a steering verb opens that make it a command to act ("take a stand", "say no", "know your rights"). */
  steeringAsCall: Set<string>;
  reporting: Set<string>;
  /** Words just before a colon that announce a command after it, even a lower-case one ("The answer is simple: raise …"). */
  colonAnnouncers: Set<string>;
  imperative: { id: string; note: string; strength?: number };
  /** Words that open a form of address ("Friends, …", "My fellow citizens, …"). */
  vocatives: Set<string>;
  /**
   * Groups addressed by name ("Young people, stay in school", "Parents, read to your children"). The same words often
   * open a subject, so only a short address closed by the first comma counts.
   */
  addressedGroups: Set<string>;
  /** Words that open an introductory clause or phrase after which an imperative may follow the comma. */
  leadClause: Set<string>;
  /** Closed-class words that never open a command (numerals, quantifiers, conjunctions …): no need to tag for them. */
  neverACommand: Set<string>;
  /** Base-form verbs that NOT_BASE_FORM's endings would set aside ("bring", "resist", "implement"). */
  verbsDespiteEnding: Set<string>;
  /** Verbs of contacting and campaigning that the tagger reads as nouns ("Email your councillor"): a verb before an object. */
  verbsDespiteTag: Set<string>;
  /** Words that end a list's lead-in before its colon when the items are measures promised ("we will:", "we pledge to:"). */
  promiseLeadIn: Set<string>;
  /** Given names of monarchs: an "I" after one is a numeral, not the speaker ("George I declared that …"). */
  regnalNames: RegnalNames;
  /** Verbs of feeling that, after "must", voice a feeling, not a call ("must always rejoice"). */
  feelingVerbs: Set<string>;
}

export function signals(context: AnalysisContext): Signals {
  const lexicons = context.lexicons;
  return lexicons.derived('call-to-action:signals', () => {
    const imperative = termsEntry(lexicons, SIGNALS, 'cta-imperative');
    const vocatives = wordSet(termsEntry(lexicons, SIGNALS, 'cta-address-vocative'));
    const addressedGroups = wordSet(termsEntry(lexicons, SIGNALS, 'cta-address-group'));
    return {
      openers: wordSet(imperative),
      notACall: wordSet(termsEntry(lexicons, SIGNALS, 'cta-imperative-not-a-call')),
      steeringAsCall: wordSet(termsEntry(lexicons, SIGNALS, 'cta-steering-verb-as-call')),
      reporting: wordSet(termsEntry(lexicons, SIGNALS, 'cta-reported-call')),
      colonAnnouncers: wordSet(termsEntry(lexicons, SIGNALS, 'cta-colon-announcer')),
      imperative,
      vocatives,
      addressedGroups,
      leadClause: new Set([...SUBORDINATOR, ...LEAD_PHRASE, ...vocatives, ...addressedGroups]),
      neverACommand: wordSet(termsEntry(lexicons, SIGNALS, 'cta-never-a-command')),
      verbsDespiteEnding: wordSet(termsEntry(lexicons, SIGNALS, 'cta-verb-despite-ending')),
      verbsDespiteTag: wordSet(termsEntry(lexicons, SIGNALS, 'cta-verb-despite-tag')),
      promiseLeadIn: wordSet(termsEntry(lexicons, SIGNALS, 'cta-promise-lead-in')),
      regnalNames: regnalNames(lexicons),
      feelingVerbs: wordSet(termsEntry(lexicons, SIGNALS, 'cta-must-of-feeling')),
    };
  });
}
