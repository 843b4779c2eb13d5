// trends.svg: each device's per-document score over time (one panel per device), with the five most extreme documents labelled.

import { mostExtreme, shortName } from '../../corpus/stats.js';
import type { SummaryRow } from '../../corpus/summary.js';
import type { DeviceInfo } from '../../result.js';
import { fixed, label, PALETTE, px, signed, truncate, type ChartKit } from '../charts/kit.js';
import { domainWithZero, xAxis, yAxis } from './axes.js';

/** Documents labelled in each panel. */
export const LABELLED = 5;

export function trendsSvg(corpus: string, rows: readonly SummaryRow[], devices: readonly DeviceInfo[], kit: ChartKit): string {
  const dated = rows.filter((r) => !r.error && r.year !== null).map((r, i) => ({ r, i })).sort((a, b) => a.r.year! - b.r.year! || a.i - b.i).map((x) => x.r);
  const years = dated.map((r) => r.year!);
  const y0 = Math.min(...years);
  const y1 = Math.max(...years, y0 + 1);
  const width = 900;
  const panel = 170;
  const top = 64;
  const height = top + devices.length * panel + 20;
  const left = 80;
  const right = width - 30;
  const title = `${truncate(corpus, 50)}: device scores over time`;
  const desc =
    `${dated.length} dated documents from ${y0} to ${y1}; one panel per device, each on its own scale, one dot per document joined in date order; ` +
    `in each panel the ${LABELLED} documents farthest from the median are labelled. ` +
    devices.map((d) => `${d.title}: ${mostExtreme(dated, d.id, LABELLED).map((r) => `${shortName(r)} ${fixed(r.scores[d.id] ?? 0, d.score.digits)}`).join(', ') || 'no document differs from the median'}.`).join(' ');
  const canvas = kit.canvas(width, height, 'rl-trends', title, desc);
  const svg = canvas.svg;
  label(svg, 20, 24, title, { 'font-size': '16', 'font-weight': '600', fill: PALETTE.ink });
  label(svg, 20, 42, `One dot per document (${dated.length}), by year; labelled: the ${LABELLED} documents farthest from each device's median.`, { 'font-size': '11', fill: PALETTE.muted });
  devices.forEach((d, i) => {
    const g = svg.append('g').attr('class', 'device').attr('data-device', d.id);
    const ptop = top + i * panel + 18;
    const pbottom = ptop + panel - 62;
    const isSigned = d.score.min < 0;
    label(g, left, ptop - 8, `${d.title} (${d.score.label})`, { 'font-size': '12', 'font-weight': '600', fill: PALETTE.ink });
    const values = dated.map((r) => r.scores[d.id] ?? 0);
    const sy = yAxis(g, canvas.ticks, domainWithZero(values, isSigned ? 0.2 : 1), { x: left, top: ptop, bottom: pbottom, width: right - left }, 2, 'Score');
    const sx = xAxis(g, canvas.ticks, [y0, y1], { left, right, y: pbottom }, (v) => String(v), 10, i === devices.length - 1 ? 'Year' : undefined);
    const path = dated.map((r, k) => `${k ? 'L' : 'M'}${px(sx(r.year!))},${px(sy(r.scores[d.id] ?? 0))}`).join('');
    if (path) g.append('path').attr('d', path).attr('fill', 'none').attr('stroke', PALETTE.muted).attr('stroke-width', '0.75').attr('stroke-opacity', '0.6');
    for (const r of dated) g.append('circle').attr('cx', px(sx(r.year!))).attr('cy', px(sy(r.scores[d.id] ?? 0))).attr('r', '2.5').attr('fill', PALETTE.positive);
    mostExtreme(dated, d.id, LABELLED).forEach((r, k) => {
      const x = sx(r.year!);
      const y = sy(r.scores[d.id] ?? 0);
      g.append('circle').attr('cx', px(x)).attr('cy', px(y)).attr('r', '4').attr('fill', 'none').attr('stroke', PALETTE.negative).attr('stroke-width', '1.5');
      const anchor = x > right - 120 ? 'end' : 'start';
      const v = isSigned ? signed(r.scores[d.id] ?? 0, d.score.digits) : fixed(r.scores[d.id] ?? 0, d.score.digits);
      label(g, anchor === 'end' ? x - 6 : x + 6, Math.max(ptop + 8, Math.min(pbottom - 4, y + (k % 2 === 0 ? -6 : 12))), `${truncate(shortName(r), 28)} ${v}`, {
        'font-size': '10',
        fill: PALETTE.negative,
        'text-anchor': anchor,
      });
    });
  });
  return canvas.finish();
}
