// Us/them framing (placeholder until its rules land).

import type { Analyzer } from './types.js';
import { per1000Words } from './types.js';

export const usThem: Analyzer = {
  id: 'us_them',
  title: 'Us/them framing',
  description: 'The text divides people into an in-group and an out-group and sets them against each other.',
  score: { label: 'findings per 1,000 words', definition: 'Scored findings for every 1,000 words.', min: 0, max: null, digits: 2 },
  analyzeSection() {
    return { findings: [] };
  },
  scoreOf: (m) => per1000Words(m.findings, m.words),
};
