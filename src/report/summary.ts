// The short terminal summary of a result: one row per section, one column per device, optional colour.

import type { AnalysisResult, DeviceInfo } from '../result.js';
import { counted, thousands } from '../util/plural.js';
import { fixed, signed, truncate } from './charts/kit.js';

/** Colour functions (identity when colour is off). */
export interface SummaryColors {
  bold: (s: string) => string;
  dim: (s: string) => string;
}

const PLAIN: SummaryColors = { bold: (s) => s, dim: (s) => s };

/** Text from the input made safe for a terminal: no control characters or escape sequences, no bidi overrides. */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/** The summary table as plain lines (colour only through `colors`). */
export function renderSummary(result: AnalysisResult, colors: SummaryColors = PLAIN): string {
  const devices = result.devices;
  const titleWidth = 34;
  const head = ['#', 'Section', 'Words', ...devices.map((d) => shortTitle(d))];
  const rows: string[][] = result.sections.map((s) => [
    String(s.index + 1),
    truncate(terminalSafe(s.title), titleWidth),
    thousands(s.words),
    ...devices.map((d) => score(d, s.scores[d.id]?.score)),
  ]);
  const total = ['', 'Whole document', thousands(result.source.words), ...devices.map((d) => score(d, result.document[d.id]?.score))];
  const all = [head, ...rows, total];
  const widths = head.map((_, i) => Math.max(...all.map((r) => Array.from(r[i]).length)));
  const fmt = (r: string[]): string =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - Array.from(cell).length);
        return i === 1 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  const lines = [
    colors.bold(truncate(terminalSafe(result.title), 100)),
    colors.dim(`${counted(result.source.words, 'word')} · ${counted(result.source.sentences, 'sentence')} · ${counted(result.sections.length, 'section')}`),
    '',
    colors.bold(fmt(head)),
    ...rows.map(fmt),
    colors.bold(fmt(total)),
    '',
    colors.dim(devices.map((d) => `${shortTitle(d)}: ${d.score.label}`).join(' · ')),
  ];
  return `${lines.join('\n')}\n`;
}

function shortTitle(d: DeviceInfo): string {
  return truncate(terminalSafe(d.title), 18);
}

function score(d: DeviceInfo, value: number | undefined): string {
  if (value === undefined) return 'n/a';
  return d.score.min < 0 ? signed(value, d.score.digits) : fixed(value, d.score.digits);
}
