// Us/them framing: sentences that set an in-group against an out-group, hostile labels, and who the text's "us" and "them" are.

import { learnedFindings, learnedModel } from '../learn/learned.js';
import type { Analyzer, RawFinding } from './types.js';
import { DISPARAGED_GROUP } from './us-them/disparaged.js';
import { analyzeDocument, sectionFeatures } from './us-them/document.js';
import { foreignUprising } from './us-them/foreign-uprising.js';
import type { UsThemState } from './us-them/model.js';
import { vocabulary } from './us-them/vocabulary.js';

/** The lexicon data file of the us/them learned second opinion; its findings carry this rule id. */
export const US_THEM_LEARNED = 'us-them-learned';

export const usThem: Analyzer<UsThemState> = {
  id: 'us_them',
  title: 'Us/them framing',
  description: 'The text divides people into an in-group and an out-group and sets them against each other, or marks a group as the enemy or as "the people".',
  score: {
    label: 'share of sentences with an us/them cue',
    definition:
      'The share of sentences (headings included) with at least one scored us/them finding: a hostile label for an out-group, a group cast as an adversary, or the in-group set against an out-group. 0 means none, 1 means every sentence.',
    min: 0,
    max: 1,
    digits: 2,
  },
  // A group named with contempt is found by the disparaged-word lexicon, whose entries explain it, under one rule id.
  ruleIds: () => [DISPARAGED_GROUP],
  prepare(context) {
    return analyzeDocument(context);
  },
  analyzeSection(section, context, state) {
    const findings: RawFinding[] = [];
    for (const s of section.sentences) findings.push(...(state.bySentence.get(s.index) ?? []));
    // A learned second opinion on the sentences the rules left unflagged, when its model file is present.
    const learned = learnedModel(context.lexicons, US_THEM_LEARNED);
    if (learned) {
      const opinions = learnedFindings(learned, section.sentences, sectionFeatures(section, context, state), findings);
      const v = vocabulary(context.lexicons);
      findings.push(...opinions.filter((f) => !foreignUprising(v, context, context.document.sentences[f.sentence])));
    }
    return { findings };
  },
  sentenceFeatures(section, context, state) {
    return sectionFeatures(section, context, state);
  },
  measure(findings) {
    const us = findings.filter((f) => f.category === 'us');
    const them = findings.filter((f) => f.category === 'them');
    const themSentences = new Set(them.map((f) => f.sentence));
    const contrast = new Set(us.map((f) => f.sentence).filter((i) => themSentences.has(i))).size;
    return { us: us.length, them: them.length, contrast };
  },
  scoreOf: (m) => (m.sentences > 0 ? m.flagged / m.sentences : 0),
};
