// Compact terminal tables: the scores of compared texts, and a text's standing against a norms collection.

import type { Comparison } from '../../compare/model.js';
import { formatPercentile, referenceLabel, type NormsComparison } from '../../compare/norms.js';
import { fixed, signed, truncate, truncateMiddle } from '../charts/kit.js';
import { thousands } from '../../util/plural.js';
import { textDescription } from './text-label.js';

function pad(s: string, n: number, right = false): string {
  const chars = Array.from(s);
  const cut = chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : s;
  const fill = ' '.repeat(Math.max(0, n - Array.from(cut).length));
  return right ? fill + cut : cut + fill;
}

/** Printable text only: control characters from file names become spaces. */
function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** Width the comparison's table is laid out for when standard output is no terminal. */
export const DEFAULT_COLUMNS = 80;

/** A text's short name in a table: the file name without its extension, keeping the number that tells two texts of the same name apart ("speech (2)"). */
function shortName(name: string): string {
  return plain(name.replace(/\.[^.\s]+(?= \(\d+\)$|$)/, ''));
}

/**
 * The scores of each text as a table that fits `width` columns (the terminal's; 80 when there is none), then each text's
 * top key words and the summary. Texts are columns while they all fit side by side; past that each text is a row, with
 * the devices as columns, and when even those do not fit, the devices come in blocks, each with the texts' names again.
 * A number is never cut: only a name is shortened (in its middle), and a column wider than the terminal stays whole.
 */
export function compareTerminalTable(c: Comparison, width = DEFAULT_COLUMNS, keyWords = 6): string {
  const columns = Number.isFinite(width) && width > 0 ? Math.floor(width) : DEFAULT_COLUMNS;
  const rows = [
    ...c.devices.map((d) => ({ title: d.title, cells: c.texts.map((t) => (d.score.min < 0 ? signed(t.scores[d.id], d.score.digits) : fixed(t.scores[d.id], d.score.digits))) })),
    { title: 'Words', cells: c.texts.map((t) => thousands(t.words)) },
  ];
  const lines = textsAsColumns(c, rows, columns) ?? textsAsRows(c, rows, columns);
  lines.push('');
  for (const t of c.texts) {
    const words = t.keyWords.slice(0, keyWords).map((k) => k.term);
    // What the text is, when a MANIFEST.tsv says more than its file name: its title, author or speaker and year.
    const about = textDescription(t);
    lines.push(`key words of ${plain(truncate(t.name, 40))}${about ? ` (${plain(truncate(about, 80))})` : ''}: ${words.length ? plain(words.join(', ')) : '(none pass the thresholds)'}`);
  }
  if (c.summary) lines.push('', plain(c.summary));
  return `${lines.join('\n')}\n`;
}

/** One row of the scores table: a device (or the word count) and its cell for each text. */
interface ScoreRow {
  title: string;
  cells: string[];
}

/** The table with one column per text (16 wide, names cut to fit), when they all fit in `width`; undefined otherwise. */
function textsAsColumns(c: Comparison, rows: readonly ScoreRow[], width: number): string[] | undefined {
  const first = 22;
  const col = Math.max(16, ...rows.flatMap((r) => r.cells.map((x) => x.length + 2)));
  if (first + c.texts.length * col > width) return undefined;
  return [
    pad('', first) + c.texts.map((t) => pad(shortName(t.name), col, true)).join(''),
    ...rows.map((r) => pad(r.title, first) + r.cells.map((x) => pad(x, col, true)).join('')),
  ];
}

/**
 * The table with one row per text and one column per device, each column as wide as its widest number or the longest word
 * of its title (titles wrap onto more header lines). When the columns and a readable name column do not fit in `width`,
 * the columns come in blocks that do, one after another, each with the names again.
 */
function textsAsRows(c: Comparison, rows: readonly ScoreRow[], width: number): string[] {
  const gap = 2;
  const names = c.texts.map((t) => shortName(t.name));
  const longestName = Math.max(4, ...names.map((n) => Array.from(n).length));
  // A name column at least this wide (or as wide as the longest name, when that is narrower) before the columns are split.
  const nameWidth = Math.min(longestName, 16);
  const cols = rows.map((r) => {
    const content = Math.max(8, ...r.cells.map((x) => x.length), ...r.title.split(' ').map((w) => w.length));
    return { ...r, width: content, head: wrapWords(r.title, content) };
  });
  const blocks: (typeof cols)[] = [];
  for (const col of cols) {
    const block = blocks[blocks.length - 1];
    const used = block ? nameWidth + block.reduce((n, b) => n + gap + b.width, 0) : 0;
    if (block && used + gap + col.width <= width) block.push(col);
    else blocks.push([col]);
  }
  const lines: string[] = [];
  blocks.forEach((block, bi) => {
    if (bi > 0) lines.push('');
    const columnsWidth = block.reduce((n, b) => n + gap + b.width, 0);
    const nameCol = Math.max(nameWidth, Math.min(longestName, width - columnsWidth));
    const headLines = Math.max(...block.map((b) => b.head.length));
    for (let h = 0; h < headLines; h++) {
      // Titles sit on the last header lines, above their numbers.
      const head = block.map((b) => ' '.repeat(gap) + pad(b.head[h - (headLines - b.head.length)] ?? '', b.width, true)).join('');
      lines.push((pad('', nameCol) + head).trimEnd());
    }
    names.forEach((n, ti) => lines.push(pad(truncateMiddle(n, nameCol), nameCol) + block.map((b) => ' '.repeat(gap) + pad(b.cells[ti], b.width, true)).join('')));
  });
  return lines;
}

/** Words joined into lines of at most `width` characters (a longer word stands alone on its line). */
function wrapWords(text: string, width: number): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** A text's standing against a collection: one line per device. */
export function normsTerminalTable(n: NormsComparison): string {
  const lines = [plain(`Against ${referenceLabel(n)} (${n.devices[0]?.count ?? 0} documents, collection ${n.collection} of ${n.file}${n.leftOut ? `; this text, ${n.leftOut.file}, left out` : ''}):`)];
  for (const d of n.devices) {
    const s = d.signed ? signed(d.score, d.digits) : fixed(d.score, d.digits);
    lines.push(`  ${pad(d.title, 20)} ${pad(s, 8, true)}  percentile ${pad(formatPercentile(d.percentile), 5, true)}  ${plain(d.sentence)}`);
  }
  return `${lines.join('\n')}\n`;
}
