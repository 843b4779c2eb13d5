// The JSON report: the result model as is, the machine contract of the toolkit.

import { checkResult, type AnalysisResult } from '../result.js';

/** The result as stable, pretty JSON (timing, when measured, is left out so files are reproducible). */
export function renderJson(result: AnalysisResult): string {
  checkResult(result, 'renderJson');
  const { timing: _timing, ...rest } = result as AnalysisResult & { timing?: unknown };
  return `${JSON.stringify(rest, null, 2)}\n`;
}
