// An enemy known from the text's date: the adversary's wars, the years a sentence tells of, and the explanation of such findings.

import type { RawFinding } from '../types.js';
import { atWarIn, warRelation, warYears, type WarPeriod } from './adversary-names.js';
import { adversaryOf, type Vocabulary } from './vocabulary.js';

/** The adversary's wars with the United States that a text of `year` falls in (or just after). */
export function warsOf(v: Vocabulary, label: string, year: number | undefined): WarPeriod[] {
  const entry = adversaryOf(v, label);
  return entry === undefined ? [] : atWarIn(entry, year, v.established.yearsAfterWar);
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, 'a few': 3,
};
const SPAN_YEARS: Record<string, number> = { year: 1, years: 1, decade: 10, decades: 10, generation: 25, generations: 25, 'quarter of a century': 25, 'half a century': 50, century: 100 };

/**
 * The years a sentence of a text of `year` tells of, when it says so: "twenty years ago" (the text's year less twenty), or
 * years written out ("in 1914"). Undefined when it names no other time (it tells of the text's own).
 */
export function yearsToldOf(v: Vocabulary, text: string, year: number): number[] | undefined {
  const ago = v.established.ago.exec(text);
  if (ago) {
    const count = NUMBER_WORDS[ago[1].toLowerCase()] ?? Number(ago[1]);
    const span = SPAN_YEARS[ago[2].toLowerCase()] ?? 1;
    if (Number.isFinite(count)) return [year - count * span];
  }
  const written = [...text.matchAll(/\b(1[6-9]\d\d|20\d\d)\b/gu)].map((m) => Number(m[1])).filter((y) => y <= year);
  return written.length > 0 ? written : undefined;
}

/** A finding's explanation about an enemy known from the text's date: the note with the adversary, its war years and the text's year. */
export function historyExplanation(v: Vocabulary, note: string, label: string, year: number): string {
  const wars = warsOf(v, label, year);
  return note.replaceAll('{label}', label).replaceAll('{relation}', warRelation(wars)).replaceAll('{years}', warYears(wars)).replaceAll('{year}', String(year));
}

/** Findings of `them-established-enemy` about an enemy the text's date made (not the text itself): the learned model's features leave them out. */
export const BY_HISTORY = new WeakSet<RawFinding>();
