// Calls to action (placeholder until its rules land).

import type { Analyzer } from './types.js';
import { per1000Words } from './types.js';

export const callToAction: Analyzer = {
  id: 'call_to_action',
  title: 'Calls to action',
  description: 'The text urges its audience, or a group it speaks for, to do something.',
  score: { label: 'findings per 1,000 words', definition: 'Scored findings for every 1,000 words.', min: 0, max: null, digits: 2 },
  analyzeSection() {
    return { findings: [] };
  },
  scoreOf: (m) => per1000Words(m.findings, m.words),
};
