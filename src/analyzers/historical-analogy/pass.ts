// What the document-wide cores of the decisions read: every sentence with its facts, the decisions so far, the text's time.

import type { Sentence } from '../../text/model.js';
import type { Compiled } from './compile.js';
import type { Decision, SentenceFacts } from './model.js';
import type { TextTime } from './time.js';

/** The state a core (remote past, case lesson) reads: it returns new decisions and changes none of this. */
export interface DecisionPass {
  sentences: readonly Sentence[];
  facts: readonly SentenceFacts[];
  /** The decisions made before this core runs. */
  decisions: ReadonlyMap<number, Decision>;
  time: TextTime;
  /** Whether a sentence's main clause is in the past tense (the tagger is asked on first use). */
  mainPast: (i: number) => boolean;
  c: Compiled;
}
