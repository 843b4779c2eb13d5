// Calls to action: imperatives (via compromise), hortatives, deontic demands on the speaker's side and verbless exhortations.

import { learnedFindings, learnedModel } from '../learn/learned.js';
import { wordsOf, type CallState } from './call-to-action/document.js';
import { callFeatures, ruleFindings } from './call-to-action/rule-findings.js';
import { per1000Words, type Analyzer } from './types.js';

/** The lexicon data file of the call-to-action learned second opinion; its findings carry this rule id. */
export const CTA_LEARNED = 'cta-learned';

export const callToAction: Analyzer<CallState> = {
  id: 'call_to_action',
  title: 'Calls to action',
  description: 'The text urges its audience, or a group it speaks for, to do something ("Join us", "Let us …", "We must …", "Forward to …!").',
  score: {
    label: 'calls per 1,000 words',
    definition:
      'Number of sentences that urge the audience or the speaker\'s side to act (imperatives, hortatives, deontic demands, verbless exhortations) for every 1,000 words of the section or document. Each sentence counts once, with its strongest call.',
    min: 0,
    max: null,
    digits: 2,
  },
  prepare(context) {
    return wordsOf(context);
  },
  analyzeSection(section, context, state) {
    // A learned second opinion on the sentences the rules left unflagged, when its model file is present.
    const learned = learnedModel(context.lexicons, CTA_LEARNED);
    if (!learned) return { findings: ruleFindings(section, context, state) };
    const vetoed = new Set<number>();
    const findings = ruleFindings(section, context, state, vetoed);
    findings.push(...learnedFindings(learned, section.sentences, callFeatures(section, context, findings, vetoed), findings));
    return { findings };
  },
  sentenceFeatures(section, context, state) {
    const vetoed = new Set<number>();
    return callFeatures(section, context, ruleFindings(section, context, state, vetoed), vetoed);
  },
  scoreOf: (m) => per1000Words(m.flagged, m.words),
};
