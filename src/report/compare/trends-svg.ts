// trends.svg: each device's per-document score over time (one panel per device), with the five most extreme documents labelled.

import { mostExtreme, shortName } from '../../corpus/stats.js';
import type { SummaryRow } from '../../corpus/summary.js';
import type { DeviceInfo } from '../../result.js';
import { fixed, label, line, PALETTE, px, signed, truncate, type ChartKit } from '../charts/kit.js';
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
  // Of five documents or fewer, every one off the median is labelled: "the 5 documents farthest" would count documents there are not.
  const labelled = dated.length > LABELLED ? `the ${LABELLED} documents farthest from the median` : 'every document off the median';
  const labelledEach = dated.length > LABELLED ? `the ${LABELLED} documents farthest from each device's median` : "every document off each device's median";
  const desc =
    `${dated.length} dated documents from ${y0} to ${y1}; one panel per device, each on its own scale, one dot per document joined in date order; ` +
    `in each panel ${labelled} ${dated.length > LABELLED ? 'are' : 'is'} labelled. ` +
    devices.map((d) => `${d.title}: ${mostExtreme(dated, d.id, LABELLED).map((r) => `${shortName(r)} ${fixed(r.scores[d.id] ?? 0, d.score.digits)}`).join(', ') || 'no document differs from the median'}.`).join(' ');
  const canvas = kit.canvas(width, height, 'rl-trends', title, desc);
  // Whole years only: over a span of a year or two the scale's own ticks are tenths (1787.1, 1787.2, …), which no document has.
  const yearTicks = (start: number, stop: number, count: number) => {
    const whole = canvas.ticks(start, stop, count).filter(Number.isInteger);
    return whole.length >= 2 ? whole : [y0, y1];
  };
  const svg = canvas.svg;
  label(svg, 20, 24, title, { 'font-size': '16', 'font-weight': '600', fill: PALETTE.ink });
  label(svg, 20, 42, `One dot per document (${dated.length}), by year; labelled: ${labelledEach}.`, { 'font-size': '11', fill: PALETTE.muted });
  devices.forEach((d, i) => {
    const g = svg.append('g').attr('class', 'device').attr('data-device', d.id);
    const ptop = top + i * panel + 18;
    const pbottom = ptop + panel - 62;
    const isSigned = d.score.min < 0;
    label(g, left, ptop - 8, `${d.title} (${d.score.label})`, { 'font-size': '12', 'font-weight': '600', fill: PALETTE.ink });
    const values = dated.map((r) => r.scores[d.id] ?? 0);
    const sy = yAxis(g, canvas.ticks, domainWithZero(values, isSigned ? 0.2 : 1), { x: left, top: ptop, bottom: pbottom, width: right - left }, 2, 'Score');
    const sx = xAxis(g, yearTicks, [y0 - (y1 - y0) * 0.02, y1 + (y1 - y0) * 0.02], { left, right, y: pbottom }, (v) => String(v), 10, i === devices.length - 1 ? 'Year' : undefined);
    const path = dated.map((r, k) => `${k ? 'L' : 'M'}${px(sx(r.year!))},${px(sy(r.scores[d.id] ?? 0))}`).join('');
    if (path) g.append('path').attr('d', path).attr('fill', 'none').attr('stroke', PALETTE.muted).attr('stroke-width', '0.75').attr('stroke-opacity', '0.6');
    for (const r of dated) g.append('circle').attr('cx', px(sx(r.year!))).attr('cy', px(sy(r.scores[d.id] ?? 0))).attr('r', '2.5').attr('fill', PALETTE.positive);
    const placed: Box[] = [];
    for (const r of mostExtreme(dated, d.id, LABELLED)) {
      const x = sx(r.year!);
      const y = sy(r.scores[d.id] ?? 0);
      g.append('circle').attr('cx', px(x)).attr('cy', px(y)).attr('r', '4').attr('fill', 'none').attr('stroke', PALETTE.negative).attr('stroke-width', '1.5');
      const v = isSigned ? signed(r.scores[d.id] ?? 0, d.score.digits) : fixed(r.scores[d.id] ?? 0, d.score.digits);
      const text = `${truncate(shortName(r), 28)} ${v}`;
      const spot = placeLabel(x, y, text.length * 5.6, placed, { left, right, top: ptop, bottom: pbottom });
      placed.push(spot.box);
      if (spot.leader) line(g, x, y, spot.anchor === 'start' ? spot.box.x0 : spot.box.x1, spot.box.y1 - 4, PALETTE.negative, { 'stroke-width': '0.5' });
      label(g, spot.anchor === 'start' ? spot.box.x0 : spot.box.x1, spot.box.y1 - 2, text, { 'font-size': '10', fill: PALETTE.negativeText, 'text-anchor': spot.anchor });
    }
  });
  return canvas.finish();
}

/** A label's box (x0, y0 top-left; x1, y1 bottom-right). */
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const LABEL_HEIGHT = 12;

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Where a point's label goes: the first of a fixed list of spots around the point (right or left, above or below, then farther out)
 * that stays inside the panel and overlaps no label already placed; the last resort is the first spot. Deterministic.
 */
function placeLabel(x: number, y: number, width: number, placed: readonly Box[], panel: { left: number; right: number; top: number; bottom: number }): { box: Box; anchor: 'start' | 'end'; leader: boolean } {
  const spots: { dx: number; dy: number; leader: boolean }[] = [];
  for (const [dy, leader] of [[-4, false], [14, false], [-18, true], [28, true], [-32, true], [42, true]] as const) {
    spots.push({ dx: 6, dy, leader }, { dx: -6, dy, leader });
  }
  let first: { box: Box; anchor: 'start' | 'end'; leader: boolean } | undefined;
  for (const s of spots) {
    const anchor = s.dx > 0 ? 'start' : 'end';
    const x0 = anchor === 'start' ? x + s.dx : x + s.dx - width;
    const box = { x0, x1: x0 + width, y1: y + s.dy, y0: y + s.dy - LABEL_HEIGHT };
    const candidate = { box, anchor, leader: s.leader } as const;
    first ??= candidate;
    const inside = box.x0 >= panel.left && box.x1 <= panel.right + 25 && box.y0 >= panel.top - 14 && box.y1 <= panel.bottom;
    if (inside && !placed.some((p) => overlaps(p, box))) return candidate;
  }
  return first!;
}
