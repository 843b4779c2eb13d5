// Named sentence features for the call-to-action learned second opinion: cheap cues a linguist would accept as weak
// evidence that a sentence urges its audience or the speaker's side to act (a modal of obligation on "we" or "you",
// a first-person request, an opening verb, urgency, duty, need, neighbours the rules flagged, the close of a speech) and
// against it (a third party's duty, a promise, a condition, narration, figures, a question, reported speech).
// Tokens and tries only: nothing here tags a sentence.

import type { Features } from '../../learn/logistic.js';
import type { LexiconSet } from '../../lexicon/load.js';
import { PhraseMatcher } from '../../lexicon/match.js';
import type { TermsEntry } from '../../lexicon/schema.js';
import type { Document, Section, Sentence, Token } from '../../text/model.js';
import type { RawFinding } from '../types.js';

/** Everything the features of a section are computed from: the rules' own results on it, nothing re-analyzed. */
export interface CallFeatureInput {
  readonly document: Document;
  readonly section: Section;
  readonly lexicons: LexiconSet;
  /** The rules' scored findings on the section. */
  readonly findings: readonly RawFinding[];
  /** Sentences where a rule matched but was set aside (a reported call, a third party's duty, a prayer, a quotation). */
  readonly vetoed: ReadonlySet<number>;
  /** Verbs of saying from lexicons/cta-signals.json (cta-reported-call). */
  readonly reporting: ReadonlySet<string>;
}

/** The word classes of lexicons/cta-feature-words.json, matched by category; built once per lexicon set. */
function featureWords(lexicons: LexiconSet): PhraseMatcher<TermsEntry> {
  return lexicons.derived('call-to-action:feature-words', () => new PhraseMatcher(lexicons.get('cta-feature-words', 'terms').entries));
}

const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const FIRST_SINGULAR = new Set(['i', 'me', 'my']);
/** Words that may open a sentence before its verb ("And remember …", "So let us …"). */
const OPENING_CONNECTIVES = new Set(['and', 'but', 'so', 'now', 'then', 'please', 'yet', 'therefore', 'finally']);
/** Words between "I" or "we" and a verb of asking ("I would ask", "I earnestly urge", "we now call upon"). */
const REQUEST_WINDOW = 3;
/** Words between a subject and its modal ("we, too, must", "the American people should"). */
const MODAL_WINDOW = 3;
/** Subjects whose report is the text's own voice ("I say …", "we said …"). */
const OWN_VOICE = new Set(['i', 'we', 'you']);
/** Sentence length from which a sentence counts as long. */
const LONG_SENTENCE = 40;
/** Sentence length up to which a sentence counts as short. */
const SHORT_SENTENCE = 8;
/** The closing share of a document where perorations stand. */
const CLOSING_SHARE = 0.1;

/** One Features object per sentence of the section, in order. */
export function sectionCallFeatures(input: CallFeatureInput): Features[] {
  const { document: doc, section, findings, vetoed, reporting } = input;
  const words = featureWords(input.lexicons);
  const flagged = new Set(findings.filter((f) => f.scored !== false).map((f) => f.sentence));
  const sentences = section.sentences;
  const total = doc.sentences.length;
  // Each paragraph's sentences in the section, and how many of them the rules flag.
  const paragraphs = new Map<number, { all: number; flagged: number }>();
  for (const s of sentences) {
    const p = paragraphs.get(s.paragraph) ?? { all: 0, flagged: 0 };
    p.all++;
    if (flagged.has(s.index)) p.flagged++;
    paragraphs.set(s.paragraph, p);
  }

  return sentences.map((s, k) => {
    const f: Record<string, number> = {};
    // One pass over the words: their lower-case forms and where "we", "can" and "I" stand.
    const tokens: Token[] = [];
    const lowers: string[] = [];
    const weAt: [number, number][] = [];
    const canAt: [number, number][] = [];
    const speakerAt: [number, number][] = [];
    for (const t of s.tokens) {
      if (t.kind !== 'word') continue;
      const w = t.lower.includes('’') ? t.lower.replace(/’/g, "'") : t.lower;
      const i = lowers.length;
      tokens.push(t);
      lowers.push(w);
      if (w === 'we') weAt.push([i, i]);
      else if (w === 'can') canAt.push([i, i]);
      if (w === 'i' || w === 'we') speakerAt.push([i, i]);
    }
    const classes = wordClasses(s, words);
    const at = (c: string): readonly [number, number][] => classes.get(c) ?? [];
    const has = (c: string): boolean => at(c).length > 0;
    // Whether a match of class `a` ends at most `window` words before a match of class `b` starts.
    const before = (a: readonly [number, number][], b: readonly [number, number][], window: number): boolean =>
      a.some(([, end]) => b.some(([start]) => start > end && start - end <= window));

    const we = lowers.some((w) => FIRST_PLURAL.has(w));
    const you = lowers.some((w) => SECOND_PERSON.has(w));
    if (we) f['first-person-plural'] = 1;
    if (you) f['second-person'] = 1;
    if (lowers.some((w) => FIRST_SINGULAR.has(w))) f['first-person-singular'] = 1;

    const deontic = at('deontic');
    if (deontic.length > 0) f['deontic-modal'] = 1;
    if (before(at('own-side'), deontic, MODAL_WINDOW)) f['own-side-deontic'] = 1;
    if (before(at('third-party'), deontic, MODAL_WINDOW)) f['third-party-deontic'] = 1;
    if (before(weAt, at('promise'), 2)) f['we-promise'] = 1;
    if (before(weAt, canAt, 2)) f['we-can'] = 1;
    if (before(speakerAt, at('request'), REQUEST_WINDOW)) f['speaker-asks'] = 1;

    let first = 0;
    while (first < lowers.length && OPENING_CONNECTIVES.has(lowers[first])) first++;
    if (at('imperative-opener').some(([start]) => start === first) && !/^\p{Lu}{2,}/u.test(tokens[first]?.text ?? '')) f['opens-with-command-verb'] = 1;
    if (lowers.includes('let') || lowers.includes("let's")) f['let'] = 1;

    if (/!\W*$/u.test(s.text)) f['exclamation'] = 1;
    if (/\?\W*$/u.test(s.text)) f['question'] = 1;
    if (has('condition')) f['condition'] = 1;
    if (has('past')) f['past-narration'] = 1;
    const reported = lowers.some((w, i) => reporting.has(w) && !lowers.slice(Math.max(0, i - 3), i).some((x) => OWN_VOICE.has(x)));
    if (reported) f['reported-speech'] = 1;
    if (/["“”]/u.test(s.text)) f['quotation-marks'] = 1;

    if (has('urgency')) f['urgency-word'] = 1;
    if (has('duty')) f['duty-word'] = 1;
    if (has('necessity')) f['necessity-word'] = 1;
    if (has('effort')) f['effort-word'] = 1;
    if (has('procedure')) f['procedure-word'] = 1;
    if (lowers.some((w) => /\d/u.test(w))) f['figures'] = 1;

    if (vetoed.has(s.index)) f['rule-set-aside'] = 1;
    const previous = k > 0 && flagged.has(sentences[k - 1].index);
    const next = k + 1 < sentences.length && flagged.has(sentences[k + 1].index);
    if (previous) f['previous-sentence-flagged'] = 1;
    if (next) f['next-sentence-flagged'] = 1;
    // The share of the other sentences of its paragraph that the rules flag, in tenths.
    const paragraph = paragraphs.get(s.paragraph)!;
    const others = paragraph.all - 1;
    const othersFlagged = paragraph.flagged - (flagged.has(s.index) ? 1 : 0);
    if (others > 0 && othersFlagged > 0) f['paragraph-call-share'] = Math.round((othersFlagged / others) * 10);
    if (total > 0 && s.index >= total * (1 - CLOSING_SHARE)) f['closing-tenth'] = 1;
    if (s.heading) f['heading'] = 1;
    if (s.words >= LONG_SENTENCE) f['long-sentence'] = 1;
    if (s.words <= SHORT_SENTENCE) f['short-sentence'] = 1;
    return f;
  });
}

/** Each word class of lexicons/cta-feature-words.json matched in a sentence, with the first and last word positions (among word tokens) of each match. */
function wordClasses(s: Sentence, words: PhraseMatcher<TermsEntry>): Map<string, [number, number][]> {
  const wordIndex: number[] = [];
  let n = 0;
  for (const t of s.tokens) wordIndex.push(t.kind === 'word' ? n++ : n);
  const classes = new Map<string, [number, number][]>();
  for (const m of words.match(s.tokens)) {
    const c = m.entry.category ?? m.entry.id;
    const span: [number, number] = [wordIndex[m.firstToken], wordIndex[m.lastToken]];
    const list = classes.get(c);
    if (list) list.push(span);
    else classes.set(c, [span]);
  }
  return classes;
}
