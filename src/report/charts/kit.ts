// Shared chart machinery: lazily loaded d3-node, an SVG frame with title/desc, a colour-blind-safe palette, fixed number formatting.

import { shownValue, UsageError } from '../../util/errors.js';
import { stripXmlInvalid } from '../../util/escape.js';
import { bundledChartLibrary } from './library.js';

/** A d3 selection of one SVG element, reduced to what the charts call (declared here so no d3-node type leaks out). */
export interface D3Element {
  append(name: string): D3Element;
  attr(name: string, value: string): D3Element;
  text(value: string): D3Element;
  /** The DOM element itself. */
  node(): { outerHTML: string; remove(): void };
}

/** Okabe–Ito colours (safe for the common colour-vision deficiencies), plus greys. */
export const PALETTE = {
  negative: '#d55e00',
  /** Vermilion darkened for text: #d55e00 on white is 3.9:1, this is 4.9:1 (WCAG AA asks 4.5). */
  negativeText: '#b35806',
  positive: '#0072b2',
  accent: '#009e73',
  highlight: '#e69f00',
  ink: '#222222',
  muted: '#6b6b6b',
  grid: '#dddddd',
  paper: '#ffffff',
  neutral: '#f2f2f2',
} as const;

/** Sequential ramp for unsigned scores (light grey to dark blue) and diverging ends for signed ones. */
const SEQUENTIAL: readonly [string, string] = ['#f2f2f2', '#08306b'];
const DIVERGING_NEGATIVE = '#b35806';
const DIVERGING_POSITIVE = '#2166ac';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif';

/** A chart being drawn: its root <svg> element and a function that serializes it. */
export interface Canvas {
  svg: D3Element;
  ticks(start: number, stop: number, count: number): number[];
  /** The finished SVG document as a string (deterministic, valid XML). */
  finish(): string;
}

/** Everything a chart function needs from the chart library, loaded once. */
export interface ChartKit {
  /** A new SVG of the given size with `<title>` and `<desc>`; `id` prefixes its element ids (unique per chart). */
  canvas(width: number, height: number, id: string, title: string, desc: string): Canvas;
}

/** A JavaScript caller's chart kit, checked: what loadChartKit() resolves to, not the promise itself nor anything else. `name`: the argument's name. */
export function checkChartKit(kit: unknown, fn: string, name = 'kit'): asserts kit is ChartKit {
  if (kit === null || typeof kit !== 'object' || typeof (kit as { canvas?: unknown }).canvas !== 'function') {
    const got = kit instanceof Promise ? 'a Promise (await loadChartKit() first)' : shownValue(kit);
    throw new UsageError(`${fn}(): ${name} must be a chart kit as loadChartKit() resolves to, not ${got}`);
  }
}

let loading: Promise<ChartKit> | undefined;

/** Loads d3-node (and jsdom) on first use only, bundled when it can (library.ts): the import costs a few hundred milliseconds. */
export function loadChartKit(): Promise<ChartKit> {
  loading ??= Promise.resolve(bundledChartLibrary() ?? import('d3-node')).then(chartKitOf);
  return loading;
}

/** What the charts use of d3-node, the chart library (declared here, as D3Element is, so no d3-node type leaks out). */
export interface ChartLibrary {
  D3Node: new () => {
    d3: { ticks(start: number, stop: number, count: number): number[] };
    createSVG(width?: number, height?: number, attrs?: Record<string, string>): D3Element;
  };
}

/** The chart kit that draws with this copy of d3-node (loadChartKit's, or the bundle's for its code cache). */
export function chartKitOf(m: ChartLibrary): ChartKit {
  // One jsdom window serves every chart of the process (a window costs tens of milliseconds to set up): each chart
  // is its own <svg> element, taken out of the document as soon as d3-node has made it there, so charts never share
  // state. jsdom does less work for each element and attribute added to a tree outside the document (no ids to index,
  // no caches of the document to clear): the op-ed's nine charts take about 104 ms of CPU to draw instead of 120.
  let d3n: InstanceType<ChartLibrary['D3Node']> | undefined;
  return {
    canvas(width, height, id, title, desc) {
      d3n ??= new m.D3Node();
      const node = d3n;
      const svg = node.createSVG(undefined, undefined, {
        width: px(width),
        height: px(height),
        viewBox: `0 0 ${px(width)} ${px(height)}`,
        role: 'img',
        'aria-labelledby': `${id}-title ${id}-desc`,
        'font-family': FONT,
        'font-size': '12',
      });
      svg.node().remove();
      svg.append('title').attr('id', `${id}-title`).text(clean(title));
      svg.append('desc').attr('id', `${id}-desc`).text(clean(desc));
      svg.append('rect').attr('width', px(width)).attr('height', px(height)).attr('fill', PALETTE.paper);
      let done: string | undefined;
      return {
        svg,
        ticks: (start, stop, count) => node.d3.ticks(start, stop, count),
        finish: () => {
          done ??= toXml(svg.node().outerHTML);
          return done;
        },
      };
    },
  };
}

/**
 * jsdom serializes as HTML: turn the one HTML-only entity it emits into XML, restore camel-case SVG names, and start each element on its own line
 * (readable diffs; text never holds a raw "<" or ">", so "><" only ever sits between two tags).
 */
function toXml(html: string): string {
  const xml = html.replace(/&nbsp;/g, '&#160;').replace(/(<\/?)(lineargradient|radialgradient|clippath|textpath)\b/g, (_, open: string, tag: string) => open + CAMEL_TAGS[tag]);
  return `${xml.replace(/><(?!\/)/g, '>\n<')}\n`;
}

/** SVG element names jsdom lower-cases when it serializes (as d3-node also restores). */
const CAMEL_TAGS: Record<string, string> = { lineargradient: 'linearGradient', radialgradient: 'radialGradient', clippath: 'clipPath', textpath: 'textPath' };

/** Text from the input, made safe for an XML text node (the DOM escapes markup; this removes characters XML forbids). */
export function clean(text: string): string {
  return stripXmlInvalid(text);
}

/** A coordinate with at most two decimals, never "-0" or exponent notation. */
export function px(x: number): string {
  if (!Number.isFinite(x)) return '0';
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A number with a fixed count of decimals, never "-0.00"; "n/a" when not finite. */
export function fixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  const s = x.toFixed(digits);
  return /^-0(?:\.0+)?$/.test(s) ? s.slice(1) : s;
}

/** A signed number with an explicit "+" for positive values (sentiment). */
export function signed(x: number, digits: number): string {
  const s = fixed(x, digits);
  return x > 0 && s !== fixed(0, digits) ? `+${s}` : s;
}

/** Cuts a label to `max` characters (whole code points) with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/**
 * A name cut to at most `max` characters in its middle, keeping its start and its end ("1946-truman-state-…-message.txt"):
 * file names of one collection often share a long start and differ only near the end, which an end cut would hide.
 */
export function truncateMiddle(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return chars.join('');
  const tail = Math.floor((max - 1) / 2);
  const head = max - 1 - tail;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** Colour of a cell: `t` in 0…1 on the sequential ramp, or −1…1 on the diverging one. */
export function shade(t: number, diverging: boolean): string {
  const v = Math.max(diverging ? -1 : 0, Math.min(1, Number.isFinite(t) ? t : 0));
  if (!diverging) return mix(SEQUENTIAL[0], SEQUENTIAL[1], v);
  return v < 0 ? mix(PALETTE.neutral, DIVERGING_NEGATIVE, -v) : mix(PALETTE.neutral, DIVERGING_POSITIVE, v);
}

/** Least WCAG contrast of text on a fill (AA, normal-size text). */
export const MIN_TEXT_CONTRAST = 4.5;

/**
 * Ink for text on `fill`: the dark ink or white, whichever has the higher WCAG contrast. On mid-tones neither reaches
 * 4.5:1 (fills of relative luminance between 0.18 and 0.25, which both colour ramps cross); there the text is black,
 * which reaches at least 4.6:1 wherever white falls short.
 */
export function inkOn(fill: string): string {
  const dark = contrast(fill, PALETTE.ink);
  const light = contrast(fill, PALETTE.paper);
  if (Math.max(dark, light) >= MIN_TEXT_CONTRAST) return dark >= light ? PALETTE.ink : PALETTE.paper;
  return BLACK;
}

const BLACK = '#000000';

/** WCAG 2 contrast ratio of two "#rrggbb" colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG 2 relative luminance of a "#rrggbb" colour. */
function relativeLuminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function mix(from: string, to: string, t: number): string {
  const a = rgb(from);
  const b = rgb(to);
  return `#${a.map((c, i) => Math.round(c + (b[i] - c) * t).toString(16).padStart(2, '0')).join('')}`;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A linear map from a domain to a range. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (x: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (x) => r0 + ((x - d0) / span) * (r1 - r0);
}

/** Attributes that draw a white outline behind text (under its fill), so it keeps its contrast where it crosses bars. */
export const HALO: Readonly<Record<string, string>> = { stroke: PALETTE.paper, 'stroke-width': '3', 'stroke-linejoin': 'round', 'paint-order': 'stroke' };

/** Draws a text element. */
export function label(parent: D3Element, x: number, y: number, text: string, attrs: Record<string, string> = {}): D3Element {
  const el = parent.append('text').attr('x', px(x)).attr('y', px(y));
  for (const [k, v] of Object.entries(attrs)) el.attr(k, v);
  return el.text(clean(text));
}

/** Draws a line. */
export function line(parent: D3Element, x1: number, y1: number, x2: number, y2: number, stroke: string, attrs: Record<string, string> = {}): D3Element {
  const el = parent.append('line').attr('x1', px(x1)).attr('y1', px(y1)).attr('x2', px(x2)).attr('y2', px(y2)).attr('stroke', stroke);
  for (const [k, v] of Object.entries(attrs)) el.attr(k, v);
  return el;
}

/** Draws a rectangle. */
export function rect(parent: D3Element, x: number, y: number, width: number, height: number, fill: string, attrs: Record<string, string> = {}): D3Element {
  const el = parent.append('rect').attr('x', px(x)).attr('y', px(y)).attr('width', px(Math.max(0, width))).attr('height', px(Math.max(0, height))).attr('fill', fill);
  for (const [k, v] of Object.entries(attrs)) el.attr(k, v);
  return el;
}
