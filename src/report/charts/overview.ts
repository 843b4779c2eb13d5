// The overview heat map: every section × every device, each device column shaded on its own scale.

import { checkResult, type AnalysisResult } from '../../result.js';
import { checkChartKit, fixed, inkOn, label, line, PALETTE, rect, shade, signed, truncate, type ChartKit } from './kit.js';
import { deviceScales, MAX_SECTION_CHARTS } from './scales.js';

/** The overview chart as an SVG document. */
export function overviewSvg(result: AnalysisResult, kit: ChartKit): string {
  checkResult(result, 'overviewSvg', 'result');
  checkChartKit(kit, 'overviewSvg');
  const scales = deviceScales(result);
  const cellW = 118;
  const cellH = 26;
  const labelW = 260;
  const left = 20 + labelW;
  const top = 96;
  const shown = result.sections.slice(0, MAX_SECTION_CHARTS);
  const rows = shown.length + 1;
  const gridH = rows * cellH + 6;
  const legendTop = top + gridH + 44;
  const width = Math.max(left + scales.length * cellW + 20, 640);
  const height = legendTop + 20 + scales.length * 16 + 40;

  const title = `Rhetorical devices by section: ${truncate(result.title, 60)}`;
  const desc =
    `Heat map of ${shown.length < result.sections.length ? `the first ${shown.length} of ${result.sections.length}` : result.sections.length} sections (rows) by ${scales.length} devices (columns). ` +
    'Each column is shaded on its own scale, so colours compare sections within a device, not devices with each other. ' +
    shown
      .map((s) => `Section ${s.index + 1} "${truncate(s.title, 60)}": ${scales.map((sc) => `${sc.device.title} ${fmt(s.scores[sc.device.id]?.score, sc.device.score.digits, sc.signed)}`).join(', ')}.`)
      .join(' ') +
    ` Whole document: ${scales.map((sc) => `${sc.device.title} ${fmt(result.document[sc.device.id]?.score, sc.device.score.digits, sc.signed)}`).join(', ')}.`;
  const canvas = kit.canvas(width, height, 'rl-overview', title, desc);
  const svg = canvas.svg;
  label(svg, 20, 24, title, { 'font-size': '16', 'font-weight': '600', fill: PALETTE.ink });
  label(svg, 20, 42, 'Each device column is shaded on its own scale: the darkest cell is that device’s strongest section in this text.', { 'font-size': '11', fill: PALETTE.muted });

  // Axis titles.
  label(svg, left + (scales.length * cellW) / 2, 62, 'Device', { 'text-anchor': 'middle', 'font-weight': '600', fill: PALETTE.ink });
  label(svg, 20, top - 8, 'Section', { 'font-weight': '600', fill: PALETTE.ink });

  // Column headers.
  scales.forEach((sc, j) => {
    label(svg, left + j * cellW + cellW / 2, top - 8, truncate(sc.device.title, 18), { 'text-anchor': 'middle', fill: PALETTE.ink });
  });

  // Cells: one row per section, then the whole document below a rule.
  const grid = svg.append('g').attr('class', 'cells');
  const drawRow = (name: string, scores: Record<string, { score: number } | undefined>, y: number, bold: boolean): void => {
    label(grid, 20, y + cellH / 2 + 4, name, { fill: PALETTE.ink, ...(bold ? { 'font-weight': '600' } : {}) });
    scales.forEach((sc, j) => {
      const score = scores[sc.device.id]?.score ?? 0;
      const fill = shade(sc.normalize(score), sc.signed);
      const x = left + j * cellW;
      rect(grid, x + 1, y + 1, cellW - 2, cellH - 2, fill);
      label(grid, x + cellW / 2, y + cellH / 2 + 4, fmt(score, sc.device.score.digits, sc.signed), { 'text-anchor': 'middle', fill: inkOn(fill) });
    });
  };
  shown.forEach((s, i) => drawRow(`${s.index + 1}. ${truncate(s.title, 34)}`, s.scores, top + i * cellH, false));
  const docY = top + shown.length * cellH + 6;
  line(svg, 20, docY - 3, left + scales.length * cellW, docY - 3, PALETTE.muted);
  drawRow('Whole document', result.document, docY, true);

  // Legend: the two colour ramps and what each column's score means.
  const lg = svg.append('g').attr('class', 'legend');
  label(lg, 20, legendTop - 14, 'Legend', { 'font-weight': '600', fill: PALETTE.ink });
  const ramp = (x: number, stops: number[], diverging: boolean, text: string): void => {
    stops.forEach((t, k) => rect(lg, x + k * 18, legendTop - 4, 18, 12, shade(t, diverging), { stroke: PALETTE.grid, 'stroke-width': '0.5' }));
    label(lg, x + stops.length * 18 + 6, legendTop + 6, text, { fill: PALETTE.ink, 'font-size': '11' });
  };
  ramp(20, [0, 0.25, 0.5, 0.75, 1], false, 'none → highest section (counts and densities)');
  if (scales.some((s) => s.signed)) ramp(380, [-1, -0.5, 0, 0.5, 1], true, 'most negative → most positive (signed scores)');
  scales.forEach((sc, k) => {
    const d = sc.device.score;
    const range = d.max === null ? `${fixed(d.min, 0)} and up` : `${fixed(d.min, 0)} to ${fixed(d.max, 0)}`;
    label(lg, 20, legendTop + 28 + k * 16, `${sc.device.title}: ${d.label} (${range})`, { fill: PALETTE.muted, 'font-size': '11' });
  });
  return canvas.finish();
}

function fmt(score: number | undefined, digits: number, isSigned: boolean): string {
  const v = score ?? 0;
  return isSigned ? signed(v, digits) : fixed(v, digits);
}
