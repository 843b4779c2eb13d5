// sentiment-arcs.svg: every text's sentence sentiment, smoothed, on a common 0–100% position axis (one plot, or past the
// texts the series styles keep apart, a small panel each).

import { checkComparison, type ArcPoint, type Comparison } from '../../compare/model.js';
import { checkChartKit, clean, fixed, label, line, linear, PALETTE, px, rect, signed, truncateMiddle, type ChartKit } from '../charts/kit.js';
import { closeBidi } from '../../util/escape.js';
import { DISTINCT_SERIES, legend, legendBottom, seriesColor, seriesLine, xAxis, yAxis } from './axes.js';
import { describedName } from './text-label.js';

/** Share of a text's sentences in the centred running mean (at least 3 sentences). */
export const ARC_WINDOW_SHARE = 0.1;

/** Centred running mean of the arc values over a window of max(3, 10% of the sentences) sentences. */
export function smoothArc(points: readonly ArcPoint[]): ArcPoint[] {
  const window = Math.max(3, Math.round(points.length * ARC_WINDOW_SHARE));
  const half = Math.floor(window / 2);
  return points.map((p, i) => {
    let sum = 0;
    let n = 0;
    for (let j = Math.max(0, i - half); j <= Math.min(points.length - 1, i + half); j++) {
      sum += points[j].value;
      n++;
    }
    return { position: p.position, value: sum / n };
  });
}

/**
 * Every text's sentiment arc (sentiment-arcs.svg) as an SVG document: sentence sentiment as a running mean over a tenth
 * of the text's sentences (at least 3), by position from 0% to 100% of the text. Up to DISTINCT_SERIES texts on one plot;
 * past that one small panel per text, on a common scale.
 */
export function sentimentArcsSvg(c: Comparison, kit: ChartKit): string {
  checkComparison(c, 'sentimentArcsSvg');
  checkChartKit(kit, 'sentimentArcsSvg');
  const smoothed = c.texts.map((t) => smoothArc(t.arc));
  const extent = Math.max(0.1, ...smoothed.flat().map((p) => Math.abs(p.value)));
  const m = Math.ceil(extent * 10) / 10;
  const desc =
    `Line chart: each text's sentence sentiment as a running mean over a tenth of its sentences (at least 3), placed by position in the text from 0% (start) to 100% (end)` +
    `${c.texts.length > DISTINCT_SERIES ? ', one small panel per text on a common scale' : ''}. ` +
    c.texts.map((t, i) => {
      const vals = smoothed[i].map((p) => p.value);
      if (vals.length === 0) return `${t.name}: no sentences scored.`;
      const lo = smoothed[i].reduce((a, b) => (b.value < a.value ? b : a));
      const hi = smoothed[i].reduce((a, b) => (b.value > a.value ? b : a));
      return `${t.name}: ${t.arc.length} sentences, lowest ${signed(lo.value, 2)} at ${fixed(lo.position, 0)}%, highest ${signed(hi.value, 2)} at ${fixed(hi.position, 0)}%.`;
    }).join(' ');
  // Past the texts that colours and dashes keep apart, one small panel per text: 59 lines on one plot are a tangle.
  return c.texts.length > DISTINCT_SERIES ? smallArcs(c, smoothed, m, desc, kit) : overlaidArcs(c, smoothed, m, desc, kit);
}

/** Every arc on one plot, told apart by colour and dash in a legend. */
function overlaidArcs(c: Comparison, smoothed: readonly ArcPoint[][], m: number, desc: string, kit: ChartKit): string {
  const width = 900;
  const names = c.texts.map((t) => truncateMiddle(t.name, 40));
  // The plot starts below the legend, however many rows its names take (one row: at 84, as always; twenty texts take four).
  const top = legendBottom(62, width - 40, names) + 4;
  const plot = { left: 70, right: width - 30, top, bottom: top + 240 };
  const height = plot.bottom + 80;
  const title = `Sentiment arcs of ${c.texts.length} texts`;
  const canvas = kit.canvas(width, height, 'rl-arcs', title, desc);
  const svg = canvas.svg;
  label(svg, 20, 24, title, { 'font-size': '16', 'font-weight': '600', fill: PALETTE.ink });
  label(svg, 20, 42, 'Running mean of sentence sentiment over a tenth of each text; above the zero line reads positive.', { 'font-size': '11', fill: PALETTE.muted });
  legend(svg, 20, 62, width - 40, names.map((s, i) => ({ text: s, color: seriesColor(i), shape: 'line' as const, style: seriesLine(i) })));
  const g = svg.append('g').attr('class', 'arcs');
  const sy = yAxis(g, canvas.ticks, [-m, m], { x: plot.left, top: plot.top, bottom: plot.bottom, width: plot.right - plot.left }, 1, 'Sentiment (running mean)');
  const sx = xAxis(g, canvas.ticks, [0, 100], { left: plot.left, right: plot.right, y: plot.bottom }, (v) => `${v}%`, 10, 'Position in the text (share of its words)');
  smoothed.forEach((pts, i) => {
    if (pts.length === 0) return;
    const d = pts.map((p, k) => `${k ? 'L' : 'M'}${px(sx(p.position))},${px(sy(p.value))}`).join('');
    const path = g.append('path').attr('d', d).attr('fill', 'none');
    for (const [k, v] of Object.entries(seriesLine(i))) path.attr(k, v);
    path.attr('stroke-width', '2').attr('data-text', String(i));
    path.append('title').text(clean(closeBidi(describedName(c.texts[i]))));
  });
  return canvas.finish();
}

/** Columns of the small panels, and each panel's size. */
const SMALL_COLUMNS = 4;
const SMALL_WIDTH = 200;
const SMALL_HEIGHT = 64;
const SMALL_GAP = { x: 14, y: 30 };

/** One small panel per text, in rows of SMALL_COLUMNS, each with its name, its zero line and its arc on the common scale. */
function smallArcs(c: Comparison, smoothed: readonly ArcPoint[][], m: number, desc: string, kit: ChartKit): string {
  const left = 60;
  const top = 84;
  const rows = Math.ceil(c.texts.length / SMALL_COLUMNS);
  const width = left + SMALL_COLUMNS * (SMALL_WIDTH + SMALL_GAP.x) + 10;
  const height = top + rows * (SMALL_HEIGHT + SMALL_GAP.y) + 10;
  const title = `Sentiment arcs of ${c.texts.length} texts`;
  const canvas = kit.canvas(width, height, 'rl-arcs', title, desc);
  const svg = canvas.svg;
  label(svg, 20, 24, title, { 'font-size': '16', 'font-weight': '600', fill: PALETTE.ink });
  label(svg, 20, 42, 'One panel per text: its running mean of sentence sentiment over a tenth of the text, from its start (left) to its end (right).', { 'font-size': '11', fill: PALETTE.muted });
  label(svg, 20, 58, `Every panel on the same scale, from ${signed(-m, 1)} (bottom) to ${signed(m, 1)} (top); the grey line is 0, above it reads positive.`, { 'font-size': '11', fill: PALETTE.muted });
  const g = svg.append('g').attr('class', 'arcs');
  c.texts.forEach((t, i) => {
    const x0 = left + (i % SMALL_COLUMNS) * (SMALL_WIDTH + SMALL_GAP.x);
    const y0 = top + Math.floor(i / SMALL_COLUMNS) * (SMALL_HEIGHT + SMALL_GAP.y);
    const sx = linear([0, 100], [x0, x0 + SMALL_WIDTH]);
    const sy = linear([-m, m], [y0 + SMALL_HEIGHT, y0]);
    label(g, x0, y0 - 6, truncateMiddle(t.name, 34), { fill: PALETTE.ink, 'font-size': '10' }).append('title').text(clean(closeBidi(describedName(t))));
    rect(g, x0, y0, SMALL_WIDTH, SMALL_HEIGHT, 'none', { stroke: PALETTE.grid });
    line(g, x0, sy(0), x0 + SMALL_WIDTH, sy(0), PALETTE.muted, { 'stroke-width': '0.75' });
    const pts = smoothed[i];
    if (pts.length === 0) return;
    const d = pts.map((p, k) => `${k ? 'L' : 'M'}${px(sx(p.position))},${px(sy(p.value))}`).join('');
    const path = g.append('path').attr('d', d).attr('fill', 'none').attr('stroke', PALETTE.positive).attr('stroke-width', '1.5').attr('data-text', String(i));
    path.append('title').text(clean(closeBidi(describedName(t))));
  });
  // The scale, once, at the left of the first column.
  const sy = linear([-m, m], [top + SMALL_HEIGHT, top]);
  for (const v of [-m, 0, m]) label(svg, left - 6, sy(v) + 4, signed(v, 1), { 'text-anchor': 'end', fill: PALETTE.muted, 'font-size': '10' });
  return canvas.finish();
}
