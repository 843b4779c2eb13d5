// Scores as CSV for tools: one row per section and one for the whole document, a column per device.

import { stringify } from 'csv-stringify/sync';
import { checkResult, type AnalysisResult } from '../result.js';
import { spreadsheetSafe } from '../util/escape.js';

/** `level,index,title,words,sentences,<device>…` rows; the document row comes last with index "all". Titles come from the text, so a spreadsheet must not run them as formulas. */
export function renderScoresCsv(result: AnalysisResult): string {
  checkResult(result, 'renderScoresCsv');
  const devices = result.devices.map((d) => d.id);
  const rows: (string | number)[][] = [['level', 'index', 'title', 'words', 'sentences', ...devices]];
  for (const s of result.sections) {
    rows.push(['section', s.index + 1, spreadsheetSafe(s.title), s.words, s.sentenceCount, ...devices.map((d) => s.scores[d]?.score ?? '')]);
  }
  rows.push(['document', 'all', spreadsheetSafe(result.title), result.source.words, result.source.sentences, ...devices.map((d) => result.document[d]?.score ?? '')]);
  return stringify(rows);
}
