// Historical analogy: finds historical references and marks the passages that map the present onto a past case.

import { learnedFindings, learnedModel } from '../learn/learned.js';
import { analyzeDocument, type HistoryState } from './historical-analogy/document.js';
import type { Analyzer, RawFinding } from './types.js';
import { per1000Words } from './types.js';

/** The rule id of the learned second opinion, and the name of its data file in lexicons/. */
export const LEARNED_RULE = 'history-learned';

export const historicalAnalogy: Analyzer<HistoryState> = {
  id: 'historical_analogy',
  title: 'Historical analogy',
  description: 'The text maps the present onto the past, using a historical event, era, person or precedent as a comparison, lesson or model.',
  score: {
    label: 'analogies per 1,000 words',
    definition:
      'Sentences that draw an explicit historical analogy (a comparison, likening, lesson, precedent or updated maxim), for every 1,000 words. Sentences that only narrate the past case inside such a passage are flagged but not counted again; bare historical references are listed and never counted.',
    min: 0,
    max: null,
    digits: 2,
  },
  prepare: (context) => analyzeDocument(context.document, context.lexicons, context.tagger),
  analyzeSection(section, context, state) {
    const findings: RawFinding[] = [];
    for (const s of section.sentences) findings.push(...(state.findings.get(s.index) ?? []));
    // The learned second opinion, when its model file is present: sentences the rules did not flag.
    const learned = learnedModel(context.lexicons, LEARNED_RULE);
    if (learned) {
      const all = state.features();
      findings.push(...learnedFindings(learned, section.sentences, section.sentences.map((s) => all[s.index]), findings));
    }
    return { findings };
  },
  sentenceFeatures(section, _context, state) {
    const all = state.features();
    return section.sentences.map((s) => all[s.index]);
  },
  measure(findings) {
    return { analogies: findings.filter((f) => f.scored && f.rule !== 'analogy-passage').length };
  },
  scoreOf: (m) => per1000Words(m.analogies ?? 0, m.words),
};
