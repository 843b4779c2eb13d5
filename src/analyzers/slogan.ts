// Slogans: rally-cry formulas, short verbless exclamations, quoted chants and catchphrases the text repeats.

import { compilePatterns, matchPatterns } from '../lexicon/match.js';
import type { Analyzer } from './types.js';
import { per1000Words } from './types.js';

export const slogan: Analyzer = {
  id: 'slogan',
  title: 'Slogans',
  description: 'A brief, striking, formulaic phrase made to be chanted, remembered or repeated ("Down with X!", "No pasarán!").',
  score: {
    label: 'slogans per 1,000 words',
    definition: 'Number of scored slogan findings for every 1,000 words of the section or document.',
    min: 0,
    max: null,
    digits: 2,
  },
  analyzeSection(section, context) {
    const patterns = compilePatterns(context.lexicons.get('slogan-formulas', 'patterns').entries);
    const findings = [];
    for (const sentence of section.sentences) {
      for (const m of matchPatterns(patterns, context.document.text, sentence)) {
        findings.push({ rule: m.entry.id, start: m.start, end: m.end, strength: m.entry.strength ?? 1, explanation: m.entry.note, sentence: sentence.index });
      }
    }
    return { findings };
  },
  scoreOf: (m) => per1000Words(m.findings, m.words),
};
