// The norms files of a report: norms.md and norms.svg, and the norms section appended to report.md.

import type { NormsComparison } from '../../compare/norms.js';
import { checkResult, type AnalysisResult } from '../../result.js';
import { UsageError, wrongShape } from '../../util/errors.js';
import { checkChartKit, loadChartKit, type ChartKit } from '../charts/kit.js';
import { checkReportFiles, type ReportFile } from '../write.js';
import { renderNormsMarkdown, renderNormsSection } from './norms-md.js';
import { normsSvg } from './norms-svg.js';

/**
 * Adds norms.md, norms.svg and norms.json (the standing as data: each score, its percentile rank and shares, the collection's
 * distribution and where the norms come from) to a report's files, and the norms section to the end of its report.md (when present).
 */
export async function addNormsFiles(files: ReportFile[], result: AnalysisResult, standing: NormsComparison, kit?: ChartKit): Promise<ReportFile[]> {
  checkReportFiles(files, 'addNormsFiles');
  checkResult(result, 'addNormsFiles', 'result');
  const got = wrongShape(standing, { collection: 'string', label: 'string', devices: 'list' });
  if (got !== undefined) throw new UsageError(`addNormsFiles(): standing must be a standing as standingAgainst() returns it (with collection, label and devices), not ${got}`);
  if (kit !== undefined) checkChartKit(kit, 'addNormsFiles');
  const k = kit ?? (await loadChartKit());
  const report = files.find((f) => f.path === 'report.md');
  if (report) report.contents = `${report.contents.replace(/\n*$/, '\n')}\n${renderNormsSection(standing, { level: 2, chart: 'norms.svg' })}`;
  files.push({ path: 'norms.md', contents: renderNormsMarkdown(result.title, standing) });
  files.push({ path: 'norms.svg', contents: normsSvg(result.title, standing, k) });
  files.push({ path: 'norms.json', contents: `${JSON.stringify(standing, null, 2)}\n` });
  return files;
}
