// The files of a corpus run's report folder: summary.csv, summary.json, overview.md and (with dates) trends.svg.

import type { SummaryRow } from '../../corpus/summary.js';
import type { DeviceInfo } from '../../result.js';
import { loadChartKit } from '../charts/kit.js';
import type { ReportFile } from '../write.js';
import { renderOverviewMarkdown } from './overview-md.js';
import { renderSummaryCsv, renderSummaryJson } from './summary-files.js';
import { trendsSvg } from './trends-svg.js';

/** Whether the rows can be drawn over time: every analyzed document has a year, and there are at least two years. */
export function hasDates(rows: readonly SummaryRow[]): boolean {
  const ok = rows.filter((r) => !r.error);
  return ok.length > 1 && ok.every((r) => r.year !== null) && new Set(ok.map((r) => r.year)).size > 1;
}

/** With --against: the collection the percentile columns refer to. */
export interface CorpusAgainst {
  collection: string;
  label: string;
}

export async function renderCorpusFiles(corpus: string, rows: readonly SummaryRow[], devices: readonly DeviceInfo[], against?: CorpusAgainst): Promise<ReportFile[]> {
  const trends = hasDates(rows);
  const files: ReportFile[] = [
    // The file has a UTF-8 byte order mark, so that a spreadsheet opened on it reads its titles as UTF-8.
    { path: 'summary.csv', contents: renderSummaryCsv(rows, devices, against !== undefined, true) },
    { path: 'summary.json', contents: renderSummaryJson(corpus, rows, devices, against) },
    { path: 'overview.md', contents: renderOverviewMarkdown(corpus, rows, devices, { trends, against }) },
  ];
  if (trends) files.push({ path: 'trends.svg', contents: trendsSvg(corpus, rows, devices, await loadChartKit()) });
  return files;
}
