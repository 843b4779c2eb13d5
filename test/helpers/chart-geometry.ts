// Where the marks of an SVG chart lie, read from its markup: the dots and the labels of each panel, as boxes.

import type { ExecutionContext } from 'ava';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** What the box is: the label's text, or "dot at x,y". */
  what: string;
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

/**
 * The dots (circles, with half their stroke) and the texts of one stretch of SVG, as boxes: a text's box is estimated from
 * its position, anchor, font size and length (0.55 of the size a character, from 0.75 of the size above the baseline).
 */
export function marksOf(svg: string): { dots: Box[]; texts: Box[] } {
  const dots: Box[] = [];
  const texts: Box[] = [];
  for (const m of svg.matchAll(/<(circle|text)\b([^>]*)>([^<]*)/g)) {
    const a = attrs(m[2]);
    if (m[1] === 'circle') {
      const r = Number(a.r) + Number(a['stroke-width'] ?? 0) / 2;
      const [x, y] = [Number(a.cx), Number(a.cy)];
      dots.push({ x0: x - r, x1: x + r, y0: y - r, y1: y + r, what: `dot at ${x},${y}` });
    } else {
      if (a.transform) continue;
      const size = Number(a['font-size'] ?? 12);
      const width = m[3].length * size * 0.55;
      const [x, y] = [Number(a.x), Number(a.y)];
      const x0 = a['text-anchor'] === 'middle' ? x - width / 2 : a['text-anchor'] === 'end' ? x - width : x;
      texts.push({ x0, x1: x0 + width, y0: y - size * 0.75, y1: y, what: m[3] });
    }
  }
  return { dots, texts };
}

/** Each panel of a trends chart (trends.svg) (one per device): its labels' and its heading's boxes and its dots' boxes. */
export function panels(svg: string): { device: string; labels: Box[]; heading: Box; dots: Box[] }[] {
  return svg.split('<g class="device"').slice(1).map((part) => {
    const { dots, texts } = marksOf(part);
    const labels = texts.filter((t) => /(?:^|>)\S+ [-+]?\d+\.\d+$/.test(t.what) && !/^\d+(?:\.\d+)?$/.test(t.what));
    return { device: /data-device="([^"]+)"/.exec(part)![1], labels, heading: texts[0], dots };
  });
}

/** Every label clear of every dot, every other label and the heading, and inside the chart. */
export function assertLabelsClear(t: ExecutionContext, svg: string, width: number): void {
  const all = panels(svg);
  t.true(all.some((p) => p.labels.length > 0), 'some panel has labels');
  for (const p of all) {
    const problems: string[] = [];
    p.labels.forEach((l, i) => {
      for (const d of p.dots) if (overlaps(l, d)) problems.push(`"${l.what}" covers the ${d.what}`);
      for (const o of p.labels.slice(i + 1)) if (overlaps(l, o)) problems.push(`"${l.what}" and "${o.what}" overlap`);
      if (overlaps(l, p.heading)) problems.push(`"${l.what}" covers the heading`);
      if (l.x0 < 0 || l.x1 > width) problems.push(`"${l.what}" runs off the chart`);
    });
    t.deepEqual(problems, [], p.device);
  }
}
