// The report's charts: every SVG file of a report, rendered from one result (each chart is also exported on its own).

import type { AnalysisResult } from '../../result.js';
import { loadChartKit, type ChartKit } from './kit.js';
import { ARC_DEVICE, MAX_SECTION_CHARTS } from './scales.js';
import { overviewSvg } from './overview.js';
import { sectionChartPath, sectionSvg } from './section.js';
import { sentimentArcSvg } from './sentiment-arc.js';

export { loadChartKit, type ChartKit } from './kit.js';
export { overviewSvg } from './overview.js';
export { sectionChartPath, sectionSvg } from './section.js';
export { sentimentArcSvg } from './sentiment-arc.js';

/** A chart file: path relative to the report folder and the SVG text. */
export interface ChartFile {
  path: string;
  contents: string;
}

export { MAX_SECTION_CHARTS } from './scales.js';

/** Paths of the charts a result gets, without drawing them (for links in the Markdown report). */
export function chartPaths(result: AnalysisResult): { overview: string; arc?: string; sections: string[] } {
  return {
    overview: 'overview.svg',
    ...(result.devices.some((d) => d.id === ARC_DEVICE) ? { arc: 'sentiment-arc.svg' } : {}),
    sections: result.sections.slice(0, MAX_SECTION_CHARTS).map((s) => sectionChartPath(result, s)),
  };
}

/** Every chart of a report. Loads the chart library on first call when no kit is given. */
export async function renderCharts(result: AnalysisResult, kit?: ChartKit): Promise<ChartFile[]> {
  const k = kit ?? (await loadChartKit());
  const files: ChartFile[] = [{ path: 'overview.svg', contents: overviewSvg(result, k) }];
  const arc = sentimentArcSvg(result, k);
  if (arc !== undefined) files.push({ path: 'sentiment-arc.svg', contents: arc });
  for (const s of result.sections.slice(0, MAX_SECTION_CHARTS)) files.push({ path: sectionChartPath(result, s), contents: sectionSvg(result, s, k) });
  return files;
}
