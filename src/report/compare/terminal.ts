// Compact terminal tables: the scores of compared texts, and a text's standing against a norms collection.

import type { Comparison } from '../../compare/model.js';
import { formatPercentile, referenceLabel, type NormsComparison } from '../../compare/norms.js';
import { fixed, signed, truncate } from '../charts/kit.js';
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

/** The scores of each text as a fixed-width table, then each text's top key words. */
export function compareTerminalTable(c: Comparison, keyWords = 6): string {
  const col = 16;
  const first = 22;
  const lines: string[] = [];
  // The file name without its extension, keeping the number that tells two texts of the same name apart ("speech (2)").
  lines.push(pad('', first) + c.texts.map((t) => pad(plain(t.name.replace(/\.[^.\s]+(?= \(\d+\)$|$)/, '')), col, true)).join(''));
  for (const d of c.devices) {
    const cells = c.texts.map((t) => pad(d.score.min < 0 ? signed(t.scores[d.id], d.score.digits) : fixed(t.scores[d.id], d.score.digits), col, true));
    lines.push(pad(d.title, first) + cells.join(''));
  }
  lines.push(pad('Words', first) + c.texts.map((t) => pad(thousands(t.words), col, true)).join(''));
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

/** A text's standing against a collection: one line per device. */
export function normsTerminalTable(n: NormsComparison): string {
  const lines = [plain(`Against ${referenceLabel(n)} (${n.devices[0]?.count ?? 0} documents, collection ${n.collection} of ${n.file}${n.leftOut ? `; this text, ${n.leftOut.file}, left out` : ''}):`)];
  for (const d of n.devices) {
    const s = d.signed ? signed(d.score, d.digits) : fixed(d.score, d.digits);
    lines.push(`  ${pad(d.title, 20)} ${pad(s, 8, true)}  percentile ${pad(formatPercentile(d.percentile), 5, true)}  ${plain(d.sentence)}`);
  }
  return `${lines.join('\n')}\n`;
}
