// The short terminal summary of a result: one row per section, one column per device, optional colour.

import type { AnalysisResult, DeviceInfo } from '../result.js';
import { counted, thousands } from '../util/plural.js';
import { fixed, signed, truncate } from './charts/kit.js';
import { DEFAULT_COLUMNS, rowsTable, wrapWords } from './terminal-table.js';

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

/** The longest a section's title is shown in the table (shorter when the terminal is narrow). */
const SECTION_TITLE_WIDTH = 34;

/**
 * The summary: the title, the counts, a table of the sections (a row each, "Whole document" last) by the word count and
 * each device's score, and what each score means, laid out for `width` columns (the terminal's; 80 when there is none) as
 * compare's table is (src/report/terminal-table.ts): device titles wrap, a section title is shortened before a number is,
 * and the columns come in blocks when even that does not fit. Colour only through `colors`.
 */
export function renderSummary(result: AnalysisResult, colors: SummaryColors = PLAIN, width = DEFAULT_COLUMNS): string {
  const columns = Number.isFinite(width) && width > 0 ? Math.floor(width) : DEFAULT_COLUMNS;
  const devices = result.devices;
  // Each row's name is its number and its title; a name too long for the table keeps its number and loses the end of its title.
  const numberWidth = String(result.sections.length).length;
  const lead = numberWidth + 2;
  const names = [
    ...result.sections.map((s) => `${String(s.index + 1).padStart(numberWidth)}  ${truncate(terminalSafe(s.title), SECTION_TITLE_WIDTH)}`),
    `${' '.repeat(lead)}Whole document`,
  ];
  const cutName = (name: string, w: number): string => (Array.from(name).length <= w ? name : name.slice(0, lead) + truncate(name.slice(lead), Math.max(1, w - lead)));
  const table = rowsTable(names, [
    { title: 'Words', cells: [...result.sections.map((s) => thousands(s.words)), thousands(result.source.words)] },
    ...devices.map((d) => ({ title: shortTitle(d), cells: [...result.sections.map((s) => score(d, s.scores[d.id]?.score)), score(d, result.document[d.id]?.score)] })),
  ], columns, { nameTitle: `${'#'.padStart(numberWidth)}  Section`, cutName });
  const total = names.length - 1;
  const lines = [
    colors.bold(truncate(terminalSafe(result.title), Math.min(100, columns))),
    colors.dim(`${counted(result.source.words, 'word')} · ${counted(result.source.sentences, 'sentence')} · ${counted(result.sections.length, 'section')}`),
    '',
    ...table.map((l) => (l.head || l.row === total ? colors.bold(l.text.trimEnd()) : l.text.trimEnd())),
    '',
    // What each score means: as many devices to a line as fit, and a device's own words wrapped when it alone does not.
    ...wrapWords(devices.map((d) => `${shortTitle(d)}: ${d.score.label}`).join(' · '), columns, ' · ')
      .flatMap((l) => (Array.from(l).length > columns ? wrapWords(l, columns) : [l]))
      .map((l) => colors.dim(l)),
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
