// Sentence features for the historical-analogy learned model: the rules' weaker signals, tense and person, word
// classes of heritage, time, trial, lesson, continuity, then against now and the founding, what "we" learned,
// neighbouring sentences, and the text's own record.

import type { Features } from '../../learn/logistic.js';
import type { LexiconSet } from '../../lexicon/load.js';
import { PhraseMatcher } from '../../lexicon/match.js';
import type { TermsEntry } from '../../lexicon/schema.js';
import type { Sentence, Token } from '../../text/model.js';

/** What the rules already know about a sentence, read from their facts and decisions (see evidence.ts). */
export interface SentenceEvidence {
  heading: boolean;
  /** Inside a quotation. */
  quoted: boolean;
  /** Has a past-tense verb. */
  past: boolean;
  /** Has a marker of talk about now ("today", "we must", "let us"). */
  present: boolean;
  /** Has a present-tense finite verb or a first-person subject. */
  presentTense: boolean;
  future: boolean;
  figures: boolean;
  /** Starts with he/she/they: narrative that goes on about the same people. */
  pronounStart: boolean;
  /** Names a historical event, era, regime, group or figure of the gazetteer (before the text's own time). */
  namedReference: boolean;
  /** Names such a case that ended at least REMOTE_YEARS (fifty) before the text's own time. */
  remoteNamedReference: boolean;
  /** Writes a date or names an event of the text's own time: its running story. */
  ownTimeDate: boolean;
  /** Refers to the past with a phrase and no name ("our forefathers", "two centuries ago"). */
  pastPhrase: boolean;
  /** Writes a year a generation or more before the text's own time. */
  remoteYear: boolean;
  /** A comparison, lesson, precedent or link cue matched, but the rules found no past case for it. */
  cueWithoutCase: boolean;
  /** A person of the past named with a word of citation ("Marx pointed out"): an authority quoted, not a case told. */
  citesAuthority: boolean;
  /** The rules flag the sentence (an analogy, or a sentence of its passage). */
  ruled: boolean;
}

/** A word-class entry of lexicons/history-feature-words.json. */
interface FeatureWordEntry extends TermsEntry {
  category: string;
}

/** The feature ids the word classes give, by category: "heritage" → "heritage-words". */
const wordFeature = (category: string): string => `${category}-words`;

/** The word-class matcher, built once per lexicon set. */
function featureWords(lexicons: LexiconSet): PhraseMatcher<FeatureWordEntry> {
  return lexicons.derived('historical-analogy:feature-words', () => {
    const entries = lexicons.get('history-feature-words', 'terms').entries as FeatureWordEntry[];
    return new PhraseMatcher(entries.filter((e) => e.category !== KNOWING));
  });
}

/** The category of verbs of learning and knowing, read after a collective subject rather than counted. */
const KNOWING = 'knowing';

/** The one-word verbs of learning and knowing ("learned", "understood"), built once per lexicon set. */
function knowingVerbs(lexicons: LexiconSet): ReadonlySet<string> {
  return lexicons.derived('historical-analogy:knowing-verbs', () => {
    const entries = lexicons.get('history-feature-words', 'terms').entries as FeatureWordEntry[];
    return new Set(entries.filter((e) => e.category === KNOWING).flatMap((e) => e.terms.map((t) => t.toLowerCase())));
  });
}

/** A count feature is capped here, so that a long sentence does not outweigh its kind. */
const COUNT_CAP = 2;
/** Runs of narrative longer than this many sentences count as this long. */
const RUN_CAP = 4;
/** How many words after a "we" or "our nation" a past-tense verb may stand and still be its verb. */
const SUBJECT_VERB_WINDOW = 4;
/** How far (in sentences) the nearby-flagged feature looks on each side, beyond the adjacent sentences. */
const NEARBY = 3;

const FIRST_PERSON_SINGULAR = /\b(?:I|me|my|mine)\b/;
const SPEAKER_OR_AUDIENCE = /\b(?:we|us|our|ours|I|me|my|you|your)\b|['’](?:ve|re)\b/i;
const NATION_NOUNS = new Set(['nation', 'country', 'people', 'republic', 'union', 'land']);

/** Index of each token that begins a first-person-plural or national subject ("we", "our nation", "America"). */
function collectiveSubjects(words: readonly Token[]): number[] {
  const out: number[] = [];
  words.forEach((t, i) => {
    if (t.lower === 'we' || t.lower === 'america' || t.lower === 'americans') out.push(i);
    else if ((t.lower === 'our' || t.lower === 'this') && NATION_NOUNS.has(words[i + 1]?.lower ?? '')) out.push(i + 1);
  });
  return out;
}

/**
 * Named feature values of every sentence of a document, in order. `isPastVerb` is the rules' own test of a past-tense
 * word, so that tense reads the same in the rules and the model.
 */
export function historyFeatures(
  sentences: readonly Sentence[],
  evidence: readonly SentenceEvidence[],
  lexicons: LexiconSet,
  isPastVerb: (lower: string) => boolean,
): Features[] {
  const matcher = featureWords(lexicons);
  const knowing = knowingVerbs(lexicons);
  const ruledShare = sentences.length > 0 ? evidence.filter((e) => e.ruled).length / sentences.length : 0;
  const referenceAt = (i: number): boolean => {
    const e = evidence[i];
    return e !== undefined && !e.heading && (e.namedReference || e.pastPhrase || e.remoteYear);
  };
  const ruledAt = (i: number): boolean => evidence[i]?.ruled === true && !evidence[i].heading;

  // Runs of consecutive sentences that tell the past (a past-tense verb, no forecast, no figures), and whether each run
  // names a past case or holds a sentence the rules flag: a passage that tells a case at length.
  const tells = (e: SentenceEvidence): boolean => !e.heading && e.past && !e.future && !e.figures;
  const runLength: number[] = new Array<number>(sentences.length).fill(0);
  const runHasCase: boolean[] = new Array<boolean>(sentences.length).fill(false);
  for (let i = 0; i < sentences.length; ) {
    if (!tells(evidence[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < sentences.length && tells(evidence[j])) j++;
    const hasCase = evidence.slice(i, j).some((e) => e.ruled || e.namedReference || e.pastPhrase || e.remoteYear);
    for (let k = i; k < j; k++) [runLength[k], runHasCase[k]] = [j - i, hasCase];
    i = j;
  }

  // Paragraphs: what the other sentences of the same paragraph hold (a paragraph usually keeps to one case).
  const paragraphs = new Map<number, number[]>();
  sentences.forEach((s, i) => {
    if (!evidence[i].heading) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), i]);
  });

  return sentences.map((s, i) => {
    const e = evidence[i];
    const f: Record<string, number> = {};
    const set = (name: string, value: number | boolean): void => {
      const v = typeof value === 'boolean' ? (value ? 1 : 0) : value;
      if (v !== 0) f[name] = v;
    };
    if (e.heading) {
      set('heading', true);
      return f;
    }
    const words = s.tokens.filter((t) => t.kind === 'word');

    // The rules' weaker signals.
    set('named-past-case', e.namedReference && !e.remoteNamedReference);
    set('remote-past-case', e.remoteNamedReference);
    set('own-time-date', e.ownTimeDate);
    set('past-phrase', e.pastPhrase);
    set('remote-year', e.remoteYear);
    set('cue-without-case', e.cueWithoutCase);

    // Neighbours: passages of the past told around a sentence the rules flag.
    set('flagged-adjacent', ruledAt(i - 1) || ruledAt(i + 1));
    let nearby = false;
    for (let d = 2; d <= NEARBY && !nearby; d++) nearby = ruledAt(i - d) || ruledAt(i + d);
    set('flagged-nearby', nearby && !(ruledAt(i - 1) || ruledAt(i + 1)));
    set('reference-adjacent', referenceAt(i - 1) || referenceAt(i + 1));
    let remoteAround = 0;
    for (let d = -NEARBY; d <= NEARBY; d++) if (d !== 0 && evidence[i + d]?.remoteNamedReference && !evidence[i + d].heading) remoteAround++;
    set('remote-cases-around', Math.min(COUNT_CAP, remoteAround));
    set('document-flagged-share', Math.round(ruledShare * 100) / 10);

    const others = (paragraphs.get(s.paragraph) ?? []).filter((k) => k !== i);
    if (others.length > 0) {
      const share = (test: (k: number) => boolean): number => Math.round((others.filter(test).length / others.length) * 100) / 100;
      set('paragraph-flagged-share', share((k) => evidence[k].ruled));
      set('paragraph-past-share', share((k) => tells(evidence[k])));
    }

    // Tense and person.
    const speaks = SPEAKER_OR_AUDIENCE.test(s.text);
    set('past-tense', e.past);
    const subjects = collectiveSubjects(words);
    const collectivePast = subjects.some((k) => words.slice(k + 1, k + 1 + SUBJECT_VERB_WINDOW).some((t) => isPastVerb(t.lower)));
    set('we-past', collectivePast);
    set('we-learned', subjects.some((k) => words.slice(k + 1, k + 1 + SUBJECT_VERB_WINDOW).some((t) => knowing.has(t.lower))));
    set('third-person-narrative', e.past && !e.present && !e.presentTense && !e.future && !speaks);
    set('pronoun-narrative', e.pronounStart && e.past);
    set('narrative-beside-flagged', e.past && !e.present && !e.presentTense && !e.future && (ruledAt(i - 1) || ruledAt(i + 1)));
    set('past-run', Math.min(RUN_CAP, runLength[i]) / RUN_CAP);
    set('past-run-with-case', runLength[i] >= 2 && runHasCase[i]);
    set('past-and-present', e.past && (e.present || e.presentTense));
    set('present-marker', e.present);
    set('future-only', e.future && !e.past);
    set('first-person-singular', FIRST_PERSON_SINGULAR.test(s.text));
    set('figures', e.figures);
    set('quoted', e.quoted);
    set('cites-authority', e.citesAuthority);
    set('question', /\?\s*$/.test(s.text));

    // Word classes.
    const counts = new Map<string, number>();
    for (const m of matcher.match(s.tokens)) counts.set(m.entry.category, (counts.get(m.entry.category) ?? 0) + 1);
    for (const [category, n] of counts) set(wordFeature(category), Math.min(COUNT_CAP, n));
    return f;
  });
}
