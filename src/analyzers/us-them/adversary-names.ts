// One adversary under its several names (lexicons/us-them-adversary-names.json), and its wars with the United States.

import { PhraseMatcher } from '../../lexicon/match.js';
import { InputError } from '../../util/errors.js';

/** A state or people with all the names a text may give it ("Germany", "the Germans", "German forces", "the Nazi regime"). */
export interface AdversaryEntry {
  id: string;
  /** The name findings carry ("Germany"). */
  label: string;
  terms: string[];
  caseSensitive: true;
  /** The periods in which it was at war with the United States (years, first and last; no `to` while it goes on). */
  wars: WarPeriod[];
  /** A movement or armed organization, not a state: it has no land to be named in passing, and in its years as the adversary every mention names the enemy. */
  organization: boolean;
}

/** Years of a war with the United States: `from` to `to`, both included; without `to`, still going on. */
export interface WarPeriod {
  from: number;
  to?: number;
  /** What the adversary was to the United States then, when not at war ("the declared adversary of the United States (the Cold War)"). */
  as?: string;
}

/** The adversary name lists, compiled: a matcher over every form, and each form's (and each label's) adversary. */
export interface AdversaryNames {
  matcher: PhraseMatcher<AdversaryEntry>;
  /** Lower-cased name (without "the" or a possessive) → its adversary. */
  byName: Map<string, AdversaryEntry>;
  /** Words before a name that make it part of another place's name ("New Mexico", "the Gulf of Mexico"). */
  placeBefore: RegExp;
  /** Words after a name that make it part of another place's name ("the South China Sea"). */
  placeAfter: RegExp;
}

/** Reads lexicons/us-them-adversary-names.json: every adversary's names, and its demonym before each word for a force or a government. */
export function readAdversaryNames(raw: unknown): AdversaryNames {
  const where = 'lexicons/us-them-adversary-names.json';
  const data = (raw ?? {}) as { heads?: unknown; entries?: unknown; placeBeforePattern?: unknown; placeAfterPattern?: unknown };
  if (!Array.isArray(data.heads) || !Array.isArray(data.entries)) throw new InputError(`${where}: needs "heads" and "entries" lists`);
  const placeBefore = placePattern(data.placeBeforePattern, `${where}: "placeBeforePattern"`);
  const placeAfter = placePattern(data.placeAfterPattern, `${where}: "placeAfterPattern"`);
  const heads = data.heads.filter((h): h is string => typeof h === 'string');
  const entries: AdversaryEntry[] = [];
  const byName = new Map<string, AdversaryEntry>();
  for (const e of data.entries as Record<string, unknown>[]) {
    const { id, label, note, names, demonyms, organization } = e ?? {};
    if (typeof id !== 'string' || typeof label !== 'string' || typeof note !== 'string' || !Array.isArray(names) || !Array.isArray(demonyms)) {
      throw new InputError(`${where}: every entry needs "id", "label", "note", "names" and "demonyms"`);
    }
    const wars = readWars(e.wars, `${where}: entry "${id}"`);
    if (organization !== undefined && typeof organization !== 'boolean') throw new InputError(`${where}: entry "${id}": "organization" must be true or false`);
    const forms = [...(names as string[]), ...(demonyms as string[]).flatMap((d) => heads.map((h) => `${d} ${h}`))];
    // "the Germans" opens a sentence as "The Germans".
    const terms = forms.flatMap((f) => (f.startsWith('the ') ? [f, `The ${f.slice(4)}`] : [f]));
    const entry: AdversaryEntry = { id, label, terms, caseSensitive: true, wars, organization: organization === true };
    entries.push(entry);
    for (const f of [label, ...forms]) byName.set(nameKey(f), entry);
  }
  return { matcher: new PhraseMatcher(entries), byName, placeBefore, placeAfter };
}

/** A place-name pattern of the file: a regular expression, matched with Unicode rules. */
function placePattern(raw: unknown, where: string): RegExp {
  if (typeof raw !== 'string' || raw === '') throw new InputError(`${where} must be a regular expression`);
  try {
    return new RegExp(raw, 'u');
  } catch {
    throw new InputError(`${where} is not a valid regular expression`);
  }
}

/** An entry's `wars`: a list (maybe empty, or absent) of `{ "from": year, "to": year }`. */
function readWars(raw: unknown, where: string): WarPeriod[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new InputError(`${where}: "wars" must be a list`);
  return raw.map((w: unknown) => {
    const { from, to, as } = (w ?? {}) as { from?: unknown; to?: unknown; as?: unknown };
    if (as !== undefined && typeof as !== 'string') throw new InputError(`${where}: a "wars" period's "as" must be text`);
    if (!Number.isInteger(from) || (to !== undefined && (!Number.isInteger(to) || (to as number) < (from as number)))) {
      throw new InputError(`${where}: every "wars" period needs a whole-year "from" and, if it ended, a "to" not before it`);
    }
    return { from: from as number, ...(to !== undefined ? { to: to as number } : {}), ...(as !== undefined ? { as } : {}) };
  });
}

/** Whether a text of `year` falls in one of the adversary's wars with the United States, or up to `yearsAfter` years after one. */
export function atWarIn(entry: AdversaryEntry, year: number | undefined, yearsAfter: number): WarPeriod[] {
  if (year === undefined) return [];
  return entry.wars.filter((w) => year >= w.from && (w.to === undefined || year <= w.to + yearsAfter));
}

/** What the adversary was to the United States in these periods: "at war with the United States", or the period's own `as`. */
export function warRelation(wars: readonly WarPeriod[]): string {
  return wars.find((w) => w.as !== undefined)?.as ?? 'at war with the United States';
}

/**
 * A war's years as a reader writes them after "in": "1941–1945", "1898", "2001 and the years after" (a war with no end
 * year; "in 2001 onwards" is no English).
 */
export function warYears(wars: readonly WarPeriod[]): string {
  const one = (w: WarPeriod): string => (w.to === undefined ? `${w.from} and the years after` : w.to === w.from ? String(w.from) : `${w.from}–${w.to}`);
  const all = wars.map(one);
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

/** A name as the adversary table keys it: lower case, without "the" and without a possessive. */
export function nameKey(name: string): string {
  return name.trim().replace(/['’]s?$/u, '').replace(/^the\s+/iu, '').replace(/\s+/gu, ' ').toLowerCase();
}
