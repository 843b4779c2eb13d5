// How a compared text is described beyond its file name: its title, author or speaker and year, as far as they are known.

import type { ComparedText } from '../../compare/model.js';

/**
 * The title (when it is more than the file name), the author or speaker and the year of a compared text, joined by commas
 * ("Inaugural Address (1801), Thomas Jefferson"); the year is left out when the title already shows it. Empty when
 * nothing beyond the file name is known.
 */
export function textDescription(t: Pick<ComparedText, 'name' | 'title'> & Partial<Pick<ComparedText, 'author' | 'year'>>): string {
  const title = typeof t.title === 'string' && t.title !== '' && t.title !== baseName(t.name) ? t.title : undefined;
  const author = typeof t.author === 'string' && t.author !== '' ? t.author : undefined;
  const year = typeof t.year === 'number' && !(title && new RegExp(`(?<!\\d)${t.year}(?!\\d)`).test(title)) ? String(t.year) : undefined;
  return [title, author, year].filter((x) => x !== undefined).join(', ');
}

/** The file name with its description in parentheses ("1801-Jefferson.txt (Inaugural Address (1801), Thomas Jefferson)"), or the name alone. */
export function describedName(t: Pick<ComparedText, 'name' | 'title'> & Partial<Pick<ComparedText, 'author' | 'year'>>): string {
  const about = textDescription(t);
  return about ? `${t.name} (${about})` : t.name;
}

/** A compared text's file name without the number that tells two texts of the same name apart ("a.txt (2)" → "a.txt"). */
export function baseName(name: string): string {
  return name.replace(/ \(\d+\)$/, '');
}
