// The Markdown report (placeholder: the full report with charts and evidence comes with the report renderer).

import type { AnalysisResult } from '../result.js';

export function renderMarkdown(result: AnalysisResult): string {
  const lines = [`# ${result.title}`, '', '| Section | ' + result.devices.map((d) => d.title).join(' | ') + ' |', '|---|' + result.devices.map(() => '---:').join('|') + '|'];
  for (const s of result.sections) lines.push(`| ${s.title} | ` + result.devices.map((d) => s.scores[d.id].score.toFixed(d.score.digits)).join(' | ') + ' |');
  return `${lines.join('\n')}\n`;
}
