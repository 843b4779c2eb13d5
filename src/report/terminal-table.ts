// A table of rows (texts, sections) by columns (device scores, words) laid out for a terminal's width: the compared texts'
// scores (rhetoric compare) and a text's sections (rhetoric analyze) print through it.

import { truncateMiddle } from './charts/kit.js';

/** Width a table is laid out for when standard output is no terminal. */
export const DEFAULT_COLUMNS = 80;

/** `s` cut to `n` characters (with "…") or filled to `n` with spaces, on the right or (`right`) on the left. */
export function pad(s: string, n: number, right = false): string {
  const chars = Array.from(s);
  const cut = chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : s;
  const fill = ' '.repeat(Math.max(0, n - Array.from(cut).length));
  return right ? fill + cut : cut + fill;
}

/** One column of a table: its title and its cell for each row, as printed (a number is never cut). */
export interface TableColumn {
  title: string;
  cells: string[];
}

/** One line of a laid-out table: a header line (`row` undefined, `head` true), a row's line, or the blank line between blocks. */
export interface TableLine {
  text: string;
  head: boolean;
  row?: number;
}

/** How rowsTable() lays a table out besides its width. */
export interface RowsTableOptions {
  /** What stands above the row names, on the last header line (default nothing). */
  nameTitle?: string;
  /** How a row name too long for the name column is shortened (default in its middle, keeping its start and end). */
  cutName?: (name: string, width: number) => string;
}

/** Columns of at least this many characters: a number of the usual width, and room for a title word. */
const LEAST_COLUMN = 8;

/** Spaces between columns. */
const GAP = 2;

/** The widest a row name may be shortened to before the columns are split into blocks (or its length, when shorter). */
const LEAST_NAME = 16;

/**
 * A table with one row per name and the columns after it, each as wide as its widest cell or the longest word of its title
 * (titles wrap onto more header lines, above their cells). When the columns and a readable name column do not fit in
 * `width`, the columns come in blocks that do, one after another, each with the names again. A number is never cut: only
 * a name is shortened, and a column wider than the terminal stays whole.
 */
export function rowsTable(names: readonly string[], columns: readonly TableColumn[], width: number, options: RowsTableOptions = {}): TableLine[] {
  const cutName = options.cutName ?? truncateMiddle;
  const nameTitle = options.nameTitle ?? '';
  const longestName = Math.max(4, Array.from(nameTitle).length, ...names.map((n) => Array.from(n).length));
  // A name column at least this wide (or as wide as the longest name, when that is narrower) before the columns are split.
  const nameWidth = Math.min(longestName, LEAST_NAME);
  const cols = columns.map((c) => {
    const content = Math.max(LEAST_COLUMN, ...c.cells.map((x) => x.length), ...c.title.split(' ').map((w) => w.length));
    return { ...c, width: content, head: wrapWords(c.title, content) };
  });
  const blocks: (typeof cols)[] = [];
  for (const col of cols) {
    const block = blocks[blocks.length - 1];
    const used = block ? nameWidth + block.reduce((n, b) => n + GAP + b.width, 0) : 0;
    if (block && used + GAP + col.width <= width) block.push(col);
    else blocks.push([col]);
  }
  const lines: TableLine[] = [];
  blocks.forEach((block, bi) => {
    if (bi > 0) lines.push({ text: '', head: false });
    const columnsWidth = block.reduce((n, b) => n + GAP + b.width, 0);
    const nameCol = Math.max(nameWidth, Math.min(longestName, width - columnsWidth));
    const headLines = Math.max(...block.map((b) => b.head.length));
    for (let h = 0; h < headLines; h++) {
      // Titles sit on the last header lines, above their numbers.
      const head = block.map((b) => ' '.repeat(GAP) + pad(b.head[h - (headLines - b.head.length)] ?? '', b.width, true)).join('');
      lines.push({ text: (pad(h === headLines - 1 ? nameTitle : '', nameCol) + head).trimEnd(), head: true });
    }
    names.forEach((n, ti) => lines.push({ text: pad(cutName(n, nameCol), nameCol) + block.map((b) => ' '.repeat(GAP) + pad(b.cells[ti], b.width, true)).join(''), head: false, row: ti }));
  });
  return lines;
}

/** Words joined into lines of at most `width` characters (a longer word stands alone on its line). */
export function wrapWords(text: string, width: number, separator = ' '): string[] {
  const out: string[] = [];
  for (const word of text.split(separator)) {
    const last = out[out.length - 1];
    if (last !== undefined && Array.from(last).length + separator.length + Array.from(word).length <= width) out[out.length - 1] = `${last}${separator}${word}`;
    else out.push(word);
  }
  return out;
}
