// The text's own time (the year it was given, else the latest year it writes), the years of a sentence, and which references lie before that time.

import type { Sentence } from '../../text/model.js';
import type { Compiled } from './compile.js';
import type { CueRole, HistoryEntry } from './entries.js';
import type { SentenceFacts } from './model.js';
import { GENERATION_YEARS, RECENT_YEARS } from './thresholds.js';

const YEAR = /\b(\d{3,4})(s)?\b(?:\s*(B\.?C\.?E?|A\.?D\.?))?/g;

export interface YearMention {
  start: number;
  end: number;
  year: number;
  /** A deadline or projection ("by 2010", "will run out in 2032": a future modal before the year): it does not date the text. */
  ahead: boolean;
}

const FUTURE = /\b(?:will|shall|'ll|going to|projected|expected|forecast|scheduled)\b/i;
/** What may follow a year cast as the likeness of now ("another 1929.", "another 1929 again"): punctuation, the end, "again". */
const YEAR_ALONE_AFTER = /^\s*(?:[.,;:!?)"”’—–-]|$|again\b)/;
/** A number said to come "all over again" is a year whatever stands before it ("It is 1914 all over again"). */
const ALL_OVER_AGAIN = /^\s+(?:all )?over again\b/;
/** "This is not 1973", "it's 1938 again", "today is 1914", "this is our 1848": the present said to be, or not to be, a past year. */
const PRESENT_IS_YEAR = /\b(?:this|it|today|now)(?:\s+is|['’]s)(?:\s+not|n['’]t)?(?:\s+(?:yet|quite|exactly|simply|really|still))?(?:\s+(?:our|their|your|its))?\s+$/i;
const DEADLINE = /\b(?:by|until|till|through|before)\s+(?:the\s+)?(?:(?:year|end|start|beginning|middle)\s+(?:of\s+)?)?(?:\w+\s+)?$/i;

/** Years in a sentence, read as years only where the words around say so ("in 1917", "February 1917", "the 1930s", "April 11, 2002"). */
export function yearsIn(sentence: Sentence, c: Compiled): YearMention[] {
  const out: YearMention[] = [];
  const text = sentence.text;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    const n = Number(m[1]);
    const era = m[3];
    const decade = m[2] === 's';
    if (!era && (m[1].length !== 4 || n < 1000 || n > 2100)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (/[$£€#\d][.,]?$|[.,]\d*$/.test(before) && !/\d{1,2},\s*$/.test(before)) continue;
    const prevWord = /([A-Za-z]+)\.?,?\s*$/.exec(before)?.[1]?.toLowerCase();
    const dayComma = /\b\d{1,2}(?:st|nd|rd|th)?,\s*$/.test(before);
    const range = /\d\s*[-–]\s*$/.test(before) || /^\s*[-–]\s*\d/.test(text.slice(m.index + m[0].length));
    const after = text.slice(m.index + m[0].length);
    const likened = (((prevWord !== undefined && c.likeningYearPreceders.has(prevWord)) || PRESENT_IS_YEAR.test(before)) && YEAR_ALONE_AFTER.test(after)) || ALL_OVER_AGAIN.test(after);
    if (!era && !decade && !dayComma && !range && !likened && !(prevWord && (c.yearPreceders.has(prevWord) || c.months.has(prevWord)))) continue;
    const year = era && /^B/i.test(era) ? -n : n;
    const ahead = DEADLINE.test(before) || FUTURE.test(text.slice(0, m.index));
    out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, year, ahead });
  }
  return out;
}

/**
 * Whether naming this entry shows the text is from its time or later. Place names are not evidence (Suez, Normandy and
 * Salerno were places before they were battles), so battles and one-word names of events count only for people and groups.
 */
export function datesText(entry: HistoryEntry, term: string): boolean {
  if (entry.category === 'person' || entry.category === 'group') return true;
  return entry.category !== 'battle' && /\s/.test(term.trim());
}

/** The text's own time, and how far back a dated gazetteer entry must lie to count as history rather than the text's running story. */
export interface TextTime {
  /** The latest year the text writes, or a later lower bound (+∞ when it writes no year). */
  now: number;
  /** True when `now` is a year the text writes; false when it is only a lower bound (then nothing near it can be told apart from the text's own time). */
  exact: boolean;
}

/** Cue roles that use the past as a comparison: a year in their sentence is the past case, not the text's own time. */
const COMPARING_ROLES: ReadonlySet<CueRole> = new Set(['comparison', 'likening', 'lesson', 'precedent', 'maxim', 'echo']);

/**
 * The text's own time: the latest year it writes (except years it compares with, which are the past case, and deadlines
 * or projections such as "by 2010" or "will run out in 2032", which lie ahead of it), raised
 * to a lower bound when that is later: the latest start year of a gazetteer entry it names (a text that writes only
 * "1917" but names Churchill is from 1940 or later) or the year after the latest year it compares with. A lower bound
 * says nothing about how recent things are, so then only what is still going on at that time is the text's own time.
 * A text that writes no year gives no reliable time: names alone are a weak bound, so then everything counts as history.
 */
export function textTime(facts: readonly SentenceFacts[], years: readonly YearMention[][]): TextTime {
  const compared = new Set<number>();
  // A year after a comparing cue is the past case ("as in 1917"); one before it dates the telling ("In 2006 they compared …").
  facts.forEach((f, i) => {
    const cueStarts = f.cues.filter((h) => COMPARING_ROLES.has(h.entry.role)).map((h) => h.start);
    if (cueStarts.length === 0) return;
    const first = Math.min(...cueStarts);
    for (const y of years[i]) if (y.start >= first && !y.ahead) compared.add(y.year);
  });
  let written = -Infinity;
  let named = -Infinity;
  for (const list of years) for (const y of list) if (!y.ahead && !compared.has(y.year) && y.year > written) written = y.year;
  for (const f of facts) {
    for (const r of f.references) {
      const d = r.dated;
      if (d?.kind === 'entry' && d.datesText && d.start !== undefined && d.start > named) named = d.start;
    }
  }
  // Years it compares with are the past case, so the text is later than all of them.
  const bound = Math.max(named, compared.size > 0 ? Math.max(...compared) + 1 : -Infinity);
  if (written === -Infinity && compared.size === 0) return { now: Infinity, exact: false };
  // A bound set only by the years it compares with, a few years past the latest year it writes, is as good as that year:
  // the text's own time is then known to within the margin, and dates near it are its running story ("never since my
  // inauguration in March, 1933" in a text that writes 1935). A bound set by the names it uses says the text may be much later.
  return { now: Math.max(written, bound), exact: written >= bound || (named <= written && bound - written <= RECENT_YEARS) };
}

/** Marks each reference as history or as the text's own time. */
export function dateReferences(facts: readonly SentenceFacts[], time: TextTime): void {
  for (const f of facts) {
    for (const r of f.references) {
      const d = r.dated;
      const margin = time.exact ? RECENT_YEARS : 0;
      // A phrase that names the past only from some year on is the text's own present in a text known to be older.
      if (r.pastFrom !== undefined && time.exact && time.now < r.pastFrom) r.historical = false;
      if (d?.kind === 'year') {
        r.historical = d.year < time.now - margin;
        r.remote = time.exact ? d.year <= time.now - GENERATION_YEARS : true;
      } else if (d?.kind === 'entry') {
        const last = d.last ?? d.start;
        r.historical = last === undefined ? true : last < time.now - margin;
      }
    }
  }
}
