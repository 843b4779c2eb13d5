// Sentiment: valence of the language, sentence by sentence (placeholder until the AFINN wrapper lands).

import type { Analyzer } from './types.js';

export const sentiment: Analyzer = {
  id: 'sentiment',
  title: 'Sentiment',
  description: 'The emotional valence of the language, as a reader feels it.',
  score: { label: 'mean sentence sentiment', definition: 'Mean of the sentence scores (−1 … +1).', min: -1, max: 1, digits: 2 },
  analyzeSection(section) {
    return { findings: [], sentenceValues: section.sentences.map(() => 0) };
  },
  measure: (_f, _s, values) => ({ valueSum: values.reduce((a, b) => a + b, 0) }),
  scoreOf: (m) => (m.sentences > 0 ? m.valueSum / m.sentences : 0),
};
