// Compact terminal tables: the scores of compared texts, and a text's standing against a norms collection.

import type { Comparison } from '../../compare/model.js';
import { formatPercentile, referenceLabel, type NormsComparison } from '../../compare/norms.js';
import { fixed, signed, truncate } from '../charts/kit.js';
import { DEFAULT_COLUMNS, pad, rowsTable, type TableColumn } from '../terminal-table.js';
import { thousands } from '../../util/plural.js';
import { textDescription } from './text-label.js';

/** Width the tables are laid out for when standard output is no terminal (shared with analyze's table). */
export { DEFAULT_COLUMNS };

/** Printable text only: control characters from file names become spaces. */
function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

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
  const lines = textsAsColumns(c, rows, columns) ?? rowsTable(c.texts.map((t) => shortName(t.name)), rows, columns).map((l) => l.text);
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

/** One row of the scores table: a device (or the word count) and its cell for each text (a column when texts are rows). */
type ScoreRow = TableColumn;

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

/** A text's standing against a collection: one line per device. */
export function normsTerminalTable(n: NormsComparison): string {
  const lines = [plain(`Against ${referenceLabel(n)} (${n.devices[0]?.count ?? 0} documents, collection ${n.collection} of ${n.file}${n.leftOut ? `; this text, ${n.leftOut.file}, left out` : ''}):`)];
  for (const d of n.devices) {
    const s = d.signed ? signed(d.score, d.digits) : fixed(d.score, d.digits);
    lines.push(`  ${pad(d.title, 20)} ${pad(s, 8, true)}  percentile ${pad(formatPercentile(d.percentile), 5, true)}  ${plain(d.sentence)}`);
  }
  return `${lines.join('\n')}\n`;
}
