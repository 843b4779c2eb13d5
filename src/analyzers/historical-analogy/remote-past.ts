// The nation's remote past told as a model in a speech about now, with no comparison word (the remote-past rule).

import type { Sentence } from '../../text/model.js';
import { textWithoutNumeralI } from '../../text/numerals.js';
import { lookupTokens } from './facts.js';
import type { Reference, SentenceFacts } from './model.js';
import { phraseFarEnough } from './references.js';
import { REMOTE_YEARS } from './thresholds.js';
import type { DecisionPass } from './pass.js';
import type { TextTime } from './time.js';

/** How many sentences either side of a told remote past must include one about now or later for it to be told in a speech about the present. */
const NOW_WINDOW = 3;
const SPEAKER_I = /\b(?:I|me|my)\b/;

/** A he or she in a sentence with no "we": one person's story. */
const HE_OR_SHE = /\b(?:he|she)\b/i;
const WE_WORDS = /\b(?:we|us|our)\b/i;

/** A reference that places what a sentence tells two generations or more before the text's own time. */
function remoteMarker(f: SentenceFacts, time: TextTime, phraseFarEnough: (r: Reference) => boolean, cited: (r: Reference) => boolean = () => false): Reference | undefined {
  return f.references.find((r) => {
    // A person named is most often quoted as an authority ("Lenin once said …"), which the guide does not count; so are the
    // framers of a constitution, named for what they intended ("it was in the contemplation of the framers …").
    if (!r.historical || r.category === 'person' || cited(r)) return false;
    // A year that names a legal instrument ("under the treaty of 1818") is the instrument the text applies, not the past told.
    if (r.instrument) return false;
    if (r.remoteAnchor) return phraseFarEnough(r);
    const d = r.dated;
    if (d === undefined) return false;
    // A text that writes no year gives no time to measure from: a named case then counts as history (see textTime), a bare year does not.
    // Only a name that dates the text counts then ("the Declaration of Independence", not "Vietnam", a place before and after its war).
    if (!Number.isFinite(time.now)) return d.kind === 'entry' && d.datesText;
    const last = d.kind === 'year' ? d.year : (d.last ?? d.start);
    // A bare year counts only against a year the text writes: a lower bound set by the names it uses may be wrong.
    return last !== undefined && last <= time.now - REMOTE_YEARS && (d.kind === 'entry' || time.exact);
  });
}

/**
 * Sentences that tell the nation's remote past in a speech about now: a sentence not yet decided, whose main clause is in
 * the past tense (the tagger is asked only here, after the cheap tests) and which carries a remote-time marker (a year or
 * named case two generations or more back, the founders or forebears, "two centuries ago", "for generations"), about the
 * nation or its people, with a sentence about now or later within NOW_WINDOW on either side. Dev annotators mark such a
 * telling, with no comparison word, as the past held up as a model or measure; its passage is then found as for any analogy.
 */
export function remotePastCores({ sentences, facts, decisions, time, mainPast, c }: DecisionPass): [number, Reference][] {
  const { nationWords, authorityWords, recentWords, commemoration, lessonModel, spanToNow, chronicleEntry, countThen } = c;
  const out: [number, Reference][] = [];
  const aboutNow = (k: number): boolean => {
    const f = facts[k];
    return !f.heading && !f.quoted && (f.future || ((f.present || f.presentTense) && !f.past));
  };
  for (let i = 0; i < sentences.length; i++) {
    const f = facts[i];
    if (decisions.has(i) || f.heading || f.quoted || f.figures || f.future || !f.past) continue;
    // The speaker's own story ("I first met him at Omaha Beach"), or a date of the text's own running story: the recent record, not the remote past.
    if (SPEAKER_I.test(textWithoutNumeralI(sentences[i], c.regnalNames)) || recentWords(sentences[i].text)) continue;
    // An entry of a dated chronicle the text lays out as evidence, or a count of what there was then, is a record, not the
    // past held up as a model.
    if (chronicleEntry.test(sentences[i].text) || countThen.test(sentences[i].text)) continue;
    if (f.references.some((r) => r.dated !== undefined && !r.historical)) continue;
    const text = sentences[i].text;
    const span = (r: Reference): string => text.slice(r.start - sentences[i].start, r.end - sentences[i].start);
    const ref = remoteMarker(
      f,
      time,
      (r) => phraseFarEnough(sentences[i], r),
      (r) => span(r).toLowerCase().split(/[^a-z]+/).some((w) => authorityWords.has(w)),
    );
    if (!ref) continue;
    // One person's story ("After fifty missions in World War II, he came back …"): a life, not the nation's past.
    if (HE_OR_SHE.test(text) && !WE_WORDS.test(text)) continue;
    // The nation's own past, or a dated case two generations back told as such (the Achaean league in the Federalist).
    // "Their ancestors" with no word of the nation are another people's forebears (a tribe's customs, a class's past), not the nation's.
    const theirs = ref.category === 'forebears' && /^their\b/i.test(text.slice(ref.start - sentences[i].start));
    if (!lookupTokens(sentences[i].tokens).some((t) => t.kind === 'word' && nationWords.has(t.lower)) && (ref.category !== 'forebears' || theirs) && ref.dated === undefined) continue;
    let now = false;
    for (let k = Math.max(0, i - NOW_WINDOW); k <= Math.min(sentences.length - 1, i + NOW_WINDOW) && !now; k++) if (k !== i && aboutNow(k)) now = true;
    // A commemoration ("On our 100th anniversary in 1876 …", "As we begin our Bicentennial. Long before our forefathers …")
    // names the past to honour it on its day, not as a model for now, unless a word of lesson or model is in or beside it.
    if (commemorated(sentences, i, commemoration, lessonModel, (k) => !facts[k].heading && !facts[k].quoted && !mainPast(k))) continue;
    // The nation's review of a span it has lived through up to now ("For a second century we labored …", "We worked for two
    // centuries to climb this peak"): its own record, not a past case set beside now, unless a lesson or model is drawn.
    if (ownSpanReviewed(sentences, i, ref, spanToNow, lessonModel)) continue;
    if (!now || !mainPast(i)) continue;
    out.push([i, ref]);
  }
  return out;
}

/**
 * Whether sentence i tells a past that the text commemorates: it, or the sentence before, has a word of commemoration, and
 * none of the sentences from the one before to the one after draws a lesson from that past or holds it up as a model.
 */
export function commemorated(sentences: readonly Sentence[], i: number, commemoration: RegExp, lessonModel: RegExp, occasion: (k: number) => boolean): boolean {
  const from = Math.max(0, i - 1);
  // The commemoration must be the text's own occasion ("As we begin our Bicentennial", "In 1900 will occur the centennial"):
  // a sentence whose main clause is not past. A past celebration told as a case ("In 1876 citizens came to celebrate the
  // centennial") is the past itself.
  if (!sentences.slice(from, i + 1).some((s, k) => commemoration.test(s.text) && occasion(from + k))) return false;
  return !drawsLesson(sentences, i, lessonModel);
}

/** Whether sentence i, or the one before or after, draws a lesson from the past or holds it up as a model. */
function drawsLesson(sentences: readonly Sentence[], i: number, lessonModel: RegExp): boolean {
  return sentences.slice(Math.max(0, i - 1), Math.min(sentences.length, i + 2)).some((s) => lessonModel.test(s.text));
}

/** A "we" or "our" of the speaker's people. */
const WE_OR_OUR = /\b(?:we|our|us)\b/i;

/**
 * Whether sentence i reviews a span the nation has lived through up to now: its remote marker is a stretch of time run up
 * to the present ("for two centuries", "for a second century", "over decades"), the sentence speaks of "we" or "our",
 * and no lesson or model is drawn beside it.
 */
export function ownSpanReviewed(sentences: readonly Sentence[], i: number, ref: Pick<Reference, 'end'>, spanToNow: RegExp, lessonModel: RegExp): boolean {
  const s = sentences[i];
  if (!spanToNow.test(s.text.slice(0, ref.end - s.start)) || !WE_OR_OUR.test(s.text)) return false;
  return !drawsLesson(sentences, i, lessonModel);
}
