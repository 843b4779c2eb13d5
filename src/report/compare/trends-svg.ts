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
    const heading = `${d.title} (${d.score.label})`;
    label(g, left, ptop - 8, heading, { 'font-size': '12', 'font-weight': '600', fill: PALETTE.ink });
    const values = dated.map((r) => r.scores[d.id] ?? 0);
    const sy = yAxis(g, canvas.ticks, domainWithZero(values, isSigned ? 0.2 : 1), { x: left, top: ptop, bottom: pbottom, width: right - left }, 2, 'Score');
    const sx = xAxis(g, yearTicks, [y0 - (y1 - y0) * 0.02, y1 + (y1 - y0) * 0.02], { left, right, y: pbottom }, (v) => String(v), 10, i === devices.length - 1 ? 'Year' : undefined);
    const path = dated.map((r, k) => `${k ? 'L' : 'M'}${px(sx(r.year!))},${px(sy(r.scores[d.id] ?? 0))}`).join('');
    if (path) g.append('path').attr('d', path).attr('fill', 'none').attr('stroke', PALETTE.muted).attr('stroke-width', '0.75').attr('stroke-opacity', '0.6');
    for (const r of dated) g.append('circle').attr('cx', px(sx(r.year!))).attr('cy', px(sy(r.scores[d.id] ?? 0))).attr('r', String(DOT_RADIUS)).attr('fill', PALETTE.positive);
    const extremes = mostExtreme(dated, d.id, LABELLED).map((r) => ({ r, x: sx(r.year!), y: sy(r.scores[d.id] ?? 0) }));
    // What a label must not cover: every dot, the rings of the labelled ones, the panel's heading and the labels already placed.
    const taken: Box[] = [
      { x0: left, x1: left + heading.length * 7, y0: ptop - 8 - 12, y1: ptop - 8 + 3 },
      ...dated.map((r) => around(sx(r.year!), sy(r.scores[d.id] ?? 0), DOT_RADIUS + 1)),
      ...extremes.map((e) => around(e.x, e.y, RING_RADIUS + 1.5)),
    ];
    const labels: Box[] = [];
    const bounds = { left: left + 2, right: width - 4, top: ptop - 20, bottom: pbottom - 1 };
    for (const { r, x, y } of extremes) {
      g.append('circle').attr('cx', px(x)).attr('cy', px(y)).attr('r', String(RING_RADIUS)).attr('fill', 'none').attr('stroke', PALETTE.negative).attr('stroke-width', '1.5');
      const v = isSigned ? signed(r.scores[d.id] ?? 0, d.score.digits) : fixed(r.scores[d.id] ?? 0, d.score.digits);
      const text = `${truncate(shortName(r), 28)} ${v}`;
      const spot = placeLabel(x, y, Array.from(text).length * LABEL_CHAR_WIDTH, taken, labels, bounds);
      taken.push(spot.box);
      labels.push(spot.box);
      const textX = spot.anchor === 'start' ? spot.box.x0 : spot.box.x1;
      if (spot.leader) line(g, x, y, textX, (spot.box.y0 + spot.box.y1) / 2, PALETTE.negative, { 'stroke-width': '0.5' });
      label(g, textX, spot.box.y1 - LABEL_DESCENT, text, { 'font-size': '10', fill: PALETTE.negativeText, 'text-anchor': spot.anchor });
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

/** Radius of a document's dot, and of the ring around a labelled one. */
const DOT_RADIUS = 2.5;
const RING_RADIUS = 4;

/** A label's height, how far its box reaches below the baseline, and the width of a character (10-pixel text, a little generous). */
const LABEL_HEIGHT = 12;
const LABEL_DESCENT = 3;
const LABEL_CHAR_WIDTH = 5.8;

/** The square around a point, `r` from it on each side. */
function around(x: number, y: number, r: number): Box {
  return { x0: x - r, x1: x + r, y0: y - r, y1: y + r };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A label's spot: its box, which side of the point its text runs from, and whether a leader line joins it to the point. */
interface Spot {
  box: Box;
  anchor: 'start' | 'end';
  leader: boolean;
}

/** Whether the straight leader from (x, y) to a spot crosses any of `boxes` (tested every 2 pixels along it). */
function leaderCrosses(x: number, y: number, spot: Spot, boxes: readonly Box[]): boolean {
  const tx = spot.anchor === 'start' ? spot.box.x0 : spot.box.x1;
  const ty = (spot.box.y0 + spot.box.y1) / 2;
  const steps = Math.ceil(Math.hypot(tx - x, ty - y) / 2);
  for (let k = 1; k < steps; k++) {
    const lx = x + ((tx - x) * k) / steps;
    const ly = y + ((ty - y) * k) / steps;
    if (boxes.some((b) => lx > b.x0 && lx < b.x1 && ly > b.y0 && ly < b.y1)) return true;
  }
  return false;
}

/**
 * Where a point's label goes: of the spots right and left of the point, level with it or farther above or below and
 * farther out (then joined to it by a leader line), the nearest that stays inside the panel and covers nothing already
 * `taken` (dots, rings, the heading, other labels), with a leader that crosses none of the `labels` placed before. When no spot is free, the
 * one that covers the fewest. Deterministic.
 */
function placeLabel(x: number, y: number, width: number, taken: readonly Box[], labels: readonly Box[], panel: { left: number; right: number; top: number; bottom: number }): Spot {
  const candidates: { spot: Spot; distance: number }[] = [];
  const ring = RING_RADIUS + 2;
  // Baselines from level with the point outwards, above and below in turn; horizontal gaps from the ring outwards.
  for (let rise = 0; rise <= panel.bottom - panel.top + LABEL_HEIGHT; rise += 4) {
    for (const dy of rise === 0 ? [0] : [-rise, rise]) {
      for (let gap = ring; gap <= ring + 240; gap += 8) {
        for (const anchor of ['start', 'end'] as const) {
          const baseline = y + LABEL_HEIGHT / 2 - LABEL_DESCENT + dy;
          const x0 = anchor === 'start' ? x + gap : x - gap - width;
          const box = { x0, x1: x0 + width, y0: baseline + LABEL_DESCENT - LABEL_HEIGHT, y1: baseline + LABEL_DESCENT };
          if (box.x0 < panel.left || box.x1 > panel.right || box.y0 < panel.top || box.y1 > panel.bottom) continue;
          candidates.push({ spot: { box, anchor, leader: gap > ring || Math.abs(dy) > LABEL_HEIGHT }, distance: Math.hypot(gap, dy) });
        }
      }
    }
  }
  candidates.sort((a, b) => a.distance - b.distance);
  const free = candidates.find((c) => !taken.some((b) => overlaps(b, c.spot.box)) && !(c.spot.leader && leaderCrosses(x, y, c.spot, labels)));
  if (free) return free.spot;
  let best = candidates[0];
  let fewest = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const covered = taken.filter((b) => overlaps(b, c.spot.box)).length;
    if (covered < fewest) [best, fewest] = [c, covered];
  }
  return best?.spot ?? { box: { x0: x + ring, x1: x + ring + width, y0: y - LABEL_HEIGHT / 2, y1: y + LABEL_HEIGHT / 2 }, anchor: 'start', leader: false };
}
