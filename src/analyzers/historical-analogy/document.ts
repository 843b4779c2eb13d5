// The document-wide pass: facts for every sentence, the text's own time, then the decisions, as findings by sentence.

import type { Features } from '../../learn/logistic.js';
import type { LexiconSet } from '../../lexicon/load.js';
import type { Tagger } from '../../nlp/tagger.js';
import type { Document } from '../../text/model.js';
import { historyFeatures } from './features.js';
import type { RawFinding } from '../types.js';
import { compile } from './compile.js';
import { decide } from './decide.js';
import { evidenceOf } from './evidence.js';
import { factsOf, isPastVerb } from './facts.js';
import { mainClausePast } from './main-clause.js';
import { caseText, passageClause } from './references.js';
import type { SentenceFacts } from './model.js';
import { dateReferences, textTime, yearsIn } from './time.js';

/** What the document-wide pass leaves for the sections: the rules' findings by sentence, and the model's features. */
export interface HistoryState {
  findings: Map<number, RawFinding[]>;
  /** The learned model's features of every sentence, computed on first use from the rules' facts and decisions. */
  features: () => Features[];
}

/** The document-wide pass: facts for every sentence, then the decisions, as findings by sentence. */
export function analyzeDocument(doc: Document, lexicons: LexiconSet, tagger: Tagger): HistoryState {
  const c = compile(lexicons);
  const years = doc.sentences.map((s) => yearsIn(s, c));
  const facts: SentenceFacts[] = [];
  let quoteOpen = false;
  let paragraph = -1;
  let afterColon = false;
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      quoteOpen = false;
    }
    const r = factsOf(s, years[s.index], c, quoteOpen, afterColon);
    facts.push(r.facts);
    quoteOpen = r.quoteOpenAfter;
    afterColon = /:\s*$/.test(s.text);
  }
  // A year given with the text (a corpus manifest, the file name) is its own time; otherwise it is read from the text.
  const time = doc.year !== undefined ? { now: doc.year, exact: true } : textTime(facts, years);
  dateReferences(facts, time);
  const decisions = decide(doc.sentences, facts, c, time, (i) => mainClausePast(doc.sentences[i], tagger, c.mainClause));
  const out = new Map<number, RawFinding[]>();
  doc.sentences.forEach((s, i) => {
    const list: RawFinding[] = [];
    const d = decisions.get(i);
    if (d) {
      // A passage points to the comparison it belongs to, so that a reader sees why a plain sentence of narrative is marked.
      const core = d.kind === 'passage' && d.core !== undefined && d.core !== i && decisions.get(d.core)?.kind === 'analogy' ? d.core : undefined;
      list.push({
        rule: d.rule,
        start: d.start,
        end: d.end,
        strength: d.strength,
        explanation: core === undefined ? d.explanation : `${d.explanation} ${passageClause(core - i)}`,
        sentence: s.index,
        scored: true,
        ...(d.category ? { category: d.category } : {}),
        ...(d.label ? { label: d.label } : {}),
      });
    } else {
      // Bare historical references: listed, not scored.
      for (const r of facts[i].references) {
        if (!r.historical) continue;
        list.push({
          rule: c.reference.id,
          start: r.start,
          end: r.end,
          strength: c.reference.strength ?? 0.3,
          explanation: `${c.reference.note} It names ${caseText(r)}`,
          sentence: s.index,
          scored: false,
          category: r.category,
          label: r.label,
        });
      }
    }
    if (list.length) out.set(i, list);
  });
  let features: Features[] | undefined;
  const featuresOf = (): Features[] => (features ??= historyFeatures(doc.sentences, evidenceOf(doc.sentences, facts, decisions, time, c), lexicons, (w) => isPastVerb(w, c)));
  return { findings: out, features: featuresOf };
}
