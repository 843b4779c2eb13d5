// Drawing pieces shared by the comparison, norms and trends charts: series colours, labelled axes and a legend row.

import { fixed, label, line, linear, PALETTE, px, rect, type D3Element } from '../charts/kit.js';

/**
 * Okabe–Ito colours for one series per text (colour-blind safe). With more texts than colours the colours come round again in
 * another style, so that no two of the first 24 texts look alike: dashed, then dotted lines; hollow, then pale bars.
 */
export const SERIES_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#f0e442'] as const;

/** The line style of each round of the colours: solid, dashed, dotted. */
export const SERIES_DASHES = ['', '7 4', '2 3'] as const;

/** How many series the colours and their styles keep apart (24); past that a chart must tell its texts apart otherwise. */
export const DISTINCT_SERIES = SERIES_COLORS.length * SERIES_DASHES.length;

export function seriesColor(i: number): string {
  return SERIES_COLORS[i % SERIES_COLORS.length];
}

/** Which round of the colours series `i` is in (0, 1 or 2, then again). */
function seriesRound(i: number): number {
  return Math.floor(i / SERIES_COLORS.length) % SERIES_DASHES.length;
}

/** Attributes of series `i`'s line (stroke colour, and a dash after the first round of colours). */
export function seriesLine(i: number): Record<string, string> {
  const dash = SERIES_DASHES[seriesRound(i)];
  return { stroke: seriesColor(i), ...(dash ? { 'stroke-dasharray': dash } : {}) };
}

/** Attributes of series `i`'s bar: filled with its colour, hollow (outlined) in the second round of colours, pale in the third. */
export function seriesBar(i: number): Record<string, string> {
  const color = seriesColor(i);
  const round = seriesRound(i);
  if (round === 1) return { fill: PALETTE.paper, stroke: color, 'stroke-width': '1.5' };
  if (round === 2) return { fill: color, 'fill-opacity': '0.35', stroke: color, 'stroke-width': '1' };
  return { fill: color };
}

/** Ticks provider of a canvas. */
export type Ticks = (start: number, stop: number, count: number) => number[];

/** A numeric domain that includes zero and is never empty. */
export function domainWithZero(values: readonly number[], minSpan = 1): [number, number] {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (hi - lo === 0) hi = lo + minSpan;
  return [lo, hi];
}

/**
 * A vertical axis with grid lines and tick labels at `x`, from `top` to `bottom`; returns the scale. A domain whose ends
 * fall between ticks is widened to the next tick step beyond each, so the tallest bar or point stays under a labelled line.
 */
export function yAxis(
  g: D3Element,
  ticks: Ticks,
  domain: readonly [number, number],
  box: { x: number; top: number; bottom: number; width: number },
  digits: number,
  title?: string,
): (v: number) => number {
  // Each end that lies past the last tick gets one more tick step, so every value has a labelled line to read against.
  let shown = ticks(domain[0], domain[1], 4);
  let [lo, hi] = domain;
  if (shown.length > 1) {
    const step = shown[1] - shown[0];
    const tolerance = step * 1e-9;
    if (shown[0] > lo + tolerance) shown = [shown[0] - step, ...shown];
    if (shown[shown.length - 1] < hi - tolerance) shown = [...shown, shown[shown.length - 1] + step];
    lo = Math.min(lo, shown[0]);
    hi = Math.max(hi, shown[shown.length - 1]);
  }
  const sy = linear([lo, hi], [box.bottom, box.top]);
  for (const t of shown) {
    line(g, box.x, sy(t), box.x + box.width, sy(t), t === 0 ? PALETTE.muted : PALETTE.grid, { 'stroke-width': t === 0 ? '1' : '0.5' });
    label(g, box.x - 5, sy(t) + 4, fixed(t, digits), { 'text-anchor': 'end', fill: PALETTE.muted, 'font-size': '10' });
  }
  line(g, box.x, box.top, box.x, box.bottom, PALETTE.muted);
  if (title) {
    label(g, 0, 0, title, { 'text-anchor': 'middle', fill: PALETTE.ink, 'font-size': '10', transform: `translate(${px(box.x - 38)},${px((box.top + box.bottom) / 2)}) rotate(-90)` });
  }
  return sy;
}

/** A horizontal axis with tick marks and labels along `y`; returns the scale. */
export function xAxis(
  g: D3Element,
  ticks: Ticks,
  domain: readonly [number, number],
  box: { left: number; right: number; y: number },
  format: (v: number) => string,
  count = 6,
  title?: string,
): (v: number) => number {
  const sx = linear(domain, [box.left, box.right]);
  line(g, box.left, box.y, box.right, box.y, PALETTE.muted);
  for (const t of ticks(domain[0], domain[1], count)) {
    line(g, sx(t), box.y, sx(t), box.y + 4, PALETTE.muted);
    label(g, sx(t), box.y + 15, format(t), { 'text-anchor': 'middle', fill: PALETTE.muted, 'font-size': '10' });
  }
  if (title) label(g, (box.left + box.right) / 2, box.y + 32, title, { 'text-anchor': 'middle', fill: PALETTE.ink, 'font-size': '11' });
  return sx;
}

/** Where each item of a legend goes (the centre line of its row), in rows that wrap at `maxWidth`, and the y below the last row. */
function legendLayout(x: number, y: number, maxWidth: number, texts: readonly string[]): { spots: { x: number; y: number }[]; bottom: number } {
  let cx = x;
  let cy = y;
  const spots: { x: number; y: number }[] = [];
  for (const text of texts) {
    const w = 36 + Math.min(60, text.length) * 6.4;
    if (cx > x && cx + w > x + maxWidth) {
      cx = x;
      cy += 18;
    }
    spots.push({ x: cx, y: cy });
    cx += w;
  }
  return { spots, bottom: cy + 18 };
}

/** The y below the last row of a legend of these texts drawn at `y` (what legend() returns), for placing a plot under it before it is drawn. */
export function legendBottom(y: number, maxWidth: number, texts: readonly string[]): number {
  return legendLayout(0, y, maxWidth, texts).bottom;
}

/** A legend of coloured swatches in rows that wrap at `maxWidth`; returns the y below the last row. */
export function legend(
  g: D3Element,
  x: number,
  y: number,
  maxWidth: number,
  items: readonly { text: string; color: string; shape?: 'box' | 'line' | 'diamond'; style?: Record<string, string> }[],
): number {
  const { spots, bottom } = legendLayout(x, y, maxWidth, items.map((it) => it.text));
  items.forEach((it, i) => {
    const { x: cx, y: cy } = spots[i];
    // `style`: the swatch drawn as the series is (seriesLine, seriesBar), so a dashed line or a hollow bar shows as one.
    if (it.shape === 'line') line(g, cx, cy, cx + 16, cy, it.color, { 'stroke-width': '2', ...it.style });
    else if (it.shape === 'diamond') g.append('path').attr('d', diamond(cx + 7, cy, 5)).attr('fill', it.color);
    else rect(g, cx, cy - 5, 14, 10, it.color, { ...it.style });
    label(g, cx + 22, cy + 4, it.text.length > 60 ? `${it.text.slice(0, 59)}…` : it.text, { fill: PALETTE.ink, 'font-size': '11' });
  });
  return bottom;
}

/** Path of a diamond marker centred at (x, y). */
export function diamond(x: number, y: number, r: number): string {
  return `M${px(x)},${px(y - r)}L${px(x + r)},${px(y)}L${px(x)},${px(y + r)}L${px(x - r)},${px(y)}Z`;
}
