// compare.svg: grouped bars, one group per device (each on its own labelled scale), one bar per text; past the texts the
// series styles keep apart, one row of bars per text, named at its start.

import { checkComparison, type Comparison } from '../../compare/model.js';
import { checkChartKit, clean, fixed, label, line, PALETTE, rect, truncate, truncateMiddle, type ChartKit, type D3Element } from '../charts/kit.js';
import { closeBidi } from '../../util/escape.js';
import { DISTINCT_SERIES, domainWithZero, legend, legendBottom, seriesBar, seriesColor, xAxis, yAxis } from './axes.js';
import { describedName } from './text-label.js';

/**
 * The comparison's bar chart (compare.svg) as an SVG document: one group per device, on its own scale, one bar per text
 * told apart by its colour and style in a legend. Past DISTINCT_SERIES texts, when styles would come round again, a row
 * of bars per text, named at its start, and a column per device.
 */
export function compareSvg(c: Comparison, kit: ChartKit): string {
  checkComparison(c, 'compareSvg');
  checkChartKit(kit, 'compareSvg');
  return c.texts.length > DISTINCT_SERIES ? barRows(c, kit) : groupedBars(c, kit);
}

function groupedBars(c: Comparison, kit: ChartKit): string {
  const n = c.devices.length;
  const panelWidth = 176;
  const width = Math.max(600, 40 + n * panelWidth);
  const names = c.texts.map((t) => truncateMiddle(t.name, 40));
  // The plots start a row below the legend, however many rows its names take (measured as legend() lays them out).
  const top = legendBottom(60, width - 40, names) + 18;
  const plotHeight = 220;
  const height = top + plotHeight + 60;
  const title = `Device scores of ${c.texts.length} texts`;
  const desc = `Grouped bar chart: for each device, one bar per text, each device on its own scale. ${scoresInWords(c)}`;
  const canvas = kit.canvas(width, height, 'rl-compare', title, desc);
  const svg = canvas.svg;
  heading(svg, title, 'Each group is one device on its own scale (its unit is under the group); bars are texts.');
  legend(svg, 20, 60, width - 40, names.map((s, i) => ({ text: s, color: seriesColor(i), style: seriesBar(i) })));

  c.devices.forEach((d, di) => {
    const g = svg.append('g').attr('class', 'device').attr('data-device', d.id);
    const x0 = 20 + di * panelWidth + 46;
    const innerWidth = panelWidth - 62;
    const values = c.texts.map((t) => t.scores[d.id]);
    const domain = domainWithZero(values, d.score.min < 0 ? 0.2 : 1);
    const sy = yAxis(g, canvas.ticks, domain, { x: x0, top, bottom: top + plotHeight, width: innerWidth }, d.score.digits > 2 ? 2 : d.score.digits);
    const barWidth = innerWidth / Math.max(1, c.texts.length);
    // Bars 4 apart, or a fifth of their slot apart when many texts share a group, so that a hollow bar still shows as one.
    const gap = Math.min(4, barWidth / 5);
    c.texts.forEach((t, ti) => {
      const v = t.scores[d.id];
      const y = Math.min(sy(v), sy(0));
      const h = Math.max(v === 0 ? 0 : 1, Math.abs(sy(v) - sy(0)));
      const { fill, ...style } = seriesBar(ti);
      rect(g, x0 + ti * barWidth + gap / 2, y, barWidth - gap, h, fill, style).append('title').text(clean(`${closeBidi(describedName(t))}: ${fixed(v, d.score.digits)}`));
    });
    label(g, x0 + innerWidth / 2, top + plotHeight + 18, d.title, { 'text-anchor': 'middle', fill: PALETTE.ink, 'font-size': '12', 'font-weight': '600' });
    label(g, x0 + innerWidth / 2, top + plotHeight + 34, truncate(d.score.label, 30), { 'text-anchor': 'middle', fill: PALETTE.muted, 'font-size': '10' });
  });
  return canvas.finish();
}

/** Every text's score of every device, in words, for a chart's description. */
function scoresInWords(c: Comparison): string {
  return c.devices
    .map((d) => `${d.title} (${d.score.label}): ` + c.texts.map((t) => `${t.name} ${fixed(t.scores[d.id], d.score.digits)}`).join(', ') + '.')
    .join(' ');
}

/** The chart's title and, under it, how to read it. */
function heading(svg: D3Element, title: string, howToRead: string): void {
  label(svg, 20, 24, title, { 'font-size': '16', 'font-weight': '600', fill: PALETTE.ink });
  label(svg, 20, 42, howToRead, { 'font-size': '11', fill: PALETTE.muted });
}

/** Height of a text's row in the chart of many texts. */
const ROW = 14;

/** The chart of many texts: a row per text (its name at the left), a column per device on its own scale, a bar per score. */
function barRows(c: Comparison, kit: ChartKit): string {
  const n = c.devices.length;
  const nameWidth = 180;
  const panelWidth = 140;
  const width = Math.max(600, 20 + nameWidth + n * panelWidth + 20);
  const top = 104;
  const bottom = top + c.texts.length * ROW;
  const height = bottom + 44;
  const title = `Device scores of ${c.texts.length} texts`;
  const desc = `Bar chart: one row per text, one column per device, each device on its own scale. ${scoresInWords(c)}`;
  const canvas = kit.canvas(width, height, 'rl-compare', title, desc);
  const svg = canvas.svg;
  heading(svg, title, 'Each row is a text; each column one device on its own scale (its unit is under its name).');
  const names = svg.append('g').attr('class', 'names');
  c.texts.forEach((t, ti) => {
    const y = top + ti * ROW;
    // Every other row shaded, so that a row can be followed from its name across the columns.
    if (ti % 2 === 0) rect(names, 20, y, width - 40, ROW, PALETTE.neutral);
    label(names, 20 + nameWidth - 8, y + ROW - 3, truncateMiddle(t.name, 30), { 'text-anchor': 'end', fill: PALETTE.ink, 'font-size': '10' })
      .append('title').text(clean(closeBidi(describedName(t))));
  });
  c.devices.forEach((d, di) => {
    const g = svg.append('g').attr('class', 'device').attr('data-device', d.id);
    const left = 20 + nameWidth + di * panelWidth + 10;
    const right = left + panelWidth - 36;
    label(g, (left + right) / 2, 70, truncate(d.title, 24), { 'text-anchor': 'middle', fill: PALETTE.ink, 'font-size': '12', 'font-weight': '600' });
    label(g, (left + right) / 2, 86, truncate(d.score.label, 26), { 'text-anchor': 'middle', fill: PALETTE.muted, 'font-size': '10' });
    const domain = domainWithZero(c.texts.map((t) => t.scores[d.id]), d.score.min < 0 ? 0.2 : 1);
    const sx = xAxis(g, (a, b, count) => canvas.ticks(a, b, count).filter((v, i, all) => i === 0 || i === all.length - 1 || v === 0), domain, { left, right, y: bottom }, (v) => fixed(v, Math.min(2, d.score.digits)), 3);
    line(g, sx(0), top, sx(0), bottom, PALETTE.muted);
    c.texts.forEach((t, ti) => {
      const v = t.scores[d.id];
      const x0 = Math.min(sx(0), sx(v));
      const w = Math.max(v === 0 ? 0 : 1, Math.abs(sx(v) - sx(0)));
      rect(g, x0, top + ti * ROW + 3, w, ROW - 6, v < 0 ? PALETTE.negative : PALETTE.positive)
        .append('title').text(clean(`${closeBidi(describedName(t))}: ${fixed(v, d.score.digits)}`));
    });
  });
  return canvas.finish();
}
