// norms.svg: for each device, the collection's per-document scores (ticks, 10–90% line, 25–75% box, median) with the text marked.

import { formatPercentile, referenceLabel, type NormsComparison } from '../../compare/norms.js';
import { fixed, label, line, PALETTE, rect, signed, truncate, type ChartKit } from '../charts/kit.js';
import { diamond, legend, xAxis } from './axes.js';

export function normsSvg(title: string, n: NormsComparison, kit: ChartKit): string {
  const width = 900;
  const rowHeight = 92;
  const top = 90;
  const height = top + n.devices.length * rowHeight + 10;
  const left = 190;
  const right = width - 40;
  const heading = `Against ${truncate(n.label, 50)}: ${truncate(title, 45)}`;
  const desc =
    `For each device, the scores of the ${n.devices[0]?.count ?? 0} ${referenceLabel(n)} (one tick per document, a line from the 10th to the 90th percentile, a box from the 25th to the 75th, a bar at the median), with this text marked by a diamond. ` +
    n.devices.map((d) => `${d.title}: this text ${fixed(d.score, d.digits)}, percentile ${formatPercentile(d.percentile)}; median ${fixed(d.norm.p50, d.digits)}, 10th–90th percentile ${fixed(d.norm.p10, d.digits)} to ${fixed(d.norm.p90, d.digits)}; ${d.sentence}.`).join(' ');
  const canvas = kit.canvas(width, height, 'rl-norms', heading, desc);
  const svg = canvas.svg;
  label(svg, 20, 24, heading, { 'font-size': '16', 'font-weight': '600', fill: PALETTE.ink });
  label(svg, 20, 42, `Reference: ${truncate(n.corpus, 110)}, ${n.generated}.`, { 'font-size': '11', fill: PALETTE.muted });
  legend(svg, 20, 64, width - 40, [
    { text: 'one document of the collection', color: PALETTE.muted, shape: 'line' },
    { text: 'middle half (25th–75th percentile)', color: '#c6dbef' },
    { text: 'median', color: PALETTE.ink, shape: 'line' },
    { text: 'this text', color: PALETTE.negative, shape: 'diamond' },
  ]);
  n.devices.forEach((d, i) => {
    const g = svg.append('g').attr('class', 'device').attr('data-device', d.device);
    const y0 = top + i * rowHeight;
    const mid = y0 + 26;
    const values = d.norm.values;
    let lo = Math.min(d.score, ...values);
    let hi = Math.max(d.score, ...values);
    if (hi - lo === 0) {
      if (lo >= 0) hi = lo + 1;
      else {
        lo -= 1;
        hi += 1;
      }
    }
    const pad = (hi - lo) * 0.04;
    const isSigned = lo < 0;
    label(g, 20, mid - 4, d.title, { 'font-size': '13', 'font-weight': '600', fill: PALETTE.ink });
    label(g, 20, mid + 12, `percentile ${formatPercentile(d.percentile)}`, { 'font-size': '11', fill: PALETTE.muted });
    const sx = xAxis(g, canvas.ticks, [lo - pad, hi + pad], { left, right, y: mid + 22 }, (v) => (isSigned ? signed(v, 2) : fixed(v, 2)), 8);
    label(g, (left + right) / 2, mid + 50, `${d.title}: ${d.label}`, { 'text-anchor': 'middle', 'font-size': '10', fill: PALETTE.ink });
    for (const v of values) line(g, sx(v), mid - 12, sx(v), mid + 12, PALETTE.muted, { 'stroke-opacity': '0.35' });
    line(g, sx(d.norm.p10), mid, sx(d.norm.p90), mid, PALETTE.ink, { 'stroke-width': '1.5' });
    rect(g, sx(d.norm.p25), mid - 7, sx(d.norm.p75) - sx(d.norm.p25), 14, '#c6dbef', { stroke: PALETTE.ink, 'stroke-width': '1', 'fill-opacity': '0.8' });
    line(g, sx(d.norm.p50), mid - 9, sx(d.norm.p50), mid + 9, PALETTE.ink, { 'stroke-width': '2.5' });
    g.append('path').attr('d', diamond(sx(d.score), mid, 8)).attr('fill', PALETTE.negative).attr('stroke', PALETTE.paper).attr('stroke-width', '1');
    const text = `${isSigned ? signed(d.score, d.digits) : fixed(d.score, d.digits)}`;
    const x = sx(d.score);
    label(g, x > right - 60 ? x - 10 : x + 10, mid - 12, text, { 'font-size': '11', 'font-weight': '600', fill: PALETTE.negativeText, 'text-anchor': x > right - 60 ? 'end' : 'start' });
  });
  return canvas.finish();
}
