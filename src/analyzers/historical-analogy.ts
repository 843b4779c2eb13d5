// Historical analogy (placeholder until its rules land).

import type { Analyzer } from './types.js';
import { per1000Words } from './types.js';

export const historicalAnalogy: Analyzer = {
  id: 'historical_analogy',
  title: 'Historical analogy',
  description: 'The text maps the present onto the past, using a historical event, era, person or precedent as a comparison, lesson or model.',
  score: { label: 'findings per 1,000 words', definition: 'Scored findings for every 1,000 words.', min: 0, max: null, digits: 2 },
  analyzeSection() {
    return { findings: [] };
  },
  scoreOf: (m) => per1000Words(m.findings, m.words),
};
