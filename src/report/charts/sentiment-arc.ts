// The sentiment arc: sentence-by-sentence sentiment across the whole text, with section boundaries marked.

import { checkResult, type AnalysisResult } from '../../result.js';
import { checkChartKit, fixed, HALO, label, line, linear, PALETTE, px, rect, signed, truncate, type ChartKit, type D3Element } from './kit.js';
import { arcDomain, arcValues } from './scales.js';
import { counted, plural } from '../../util/plural.js';

/** Most bars drawn; longer texts are shown as means of consecutive sentences. */
const MAX_BARS = 600;
/** Sentences in the running mean. */
export const RUNNING_WINDOW = 5;

/** One bar of an arc: sentences [from, to) and their mean value (null when all are headings). */
export interface ArcBar {
  from: number;
  to: number;
  value: number | null;
}

/** Groups sentence values into at most `max` bars of equal sentence counts. */
export function arcBars(values: readonly (number | null)[], from: number, to: number, max = MAX_BARS): ArcBar[] {
  const n = to - from;
  const per = Math.max(1, Math.ceil(n / max));
  const bars: ArcBar[] = [];
  for (let a = from; a < to; a += per) {
    const b = Math.min(to, a + per);
    const vs = values.slice(a, b).filter((v): v is number => v !== null);
    bars.push({ from: a, to: b, value: vs.length ? vs.reduce((x, y) => x + y, 0) / vs.length : null });
  }
  return bars;
}

/** Centered running mean over non-heading sentences (null where there is no value near). */
export function runningMean(values: readonly (number | null)[], window = RUNNING_WINDOW): (number | null)[] {
  const half = Math.floor(window / 2);
  return values.map((_, i) => {
    let sum = 0;
    let n = 0;
    for (let j = Math.max(0, i - half); j <= Math.min(values.length - 1, i + half); j++) {
      const v = values[j];
      if (v !== null) {
        sum += v;
        n++;
      }
    }
    return n ? sum / n : null;
  });
}

/** Where and how big an arc panel is. */
export interface ArcPanel {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Sentences drawn: [from, to) of the document. */
  from: number;
  to: number;
  /** Sections whose start gets a dashed boundary line and number. */
  boundaries: { sentence: number; label: string }[];
  /** A horizontal reference line (the document's mean), if any. */
  reference?: { value: number; label: string };
}

/** Draws an arc panel (bars, running mean, zero line, boundaries, axes) into `parent`. */
export function drawArcPanel(parent: D3Element, result: AnalysisResult, panel: ArcPanel, ticks: (a: number, b: number, n: number) => number[]): void {
  const values = arcValues(result) ?? [];
  const domain = arcDomain(result, values);
  const { x, y, width, height, from, to } = panel;
  const sx = linear([from, Math.max(from + 1, to)], [x, x + width]);
  const sy = linear(domain, [y + height, y]);
  const g = parent.append('g').attr('class', 'arc');

  // Grid (one path) and y axis.
  const yTicks = ticks(domain[0], domain[1], 4);
  const grid = yTicks.filter((t) => t !== 0).map((t) => `M${px(x)},${px(sy(t))}H${px(x + width)}`).join('');
  if (grid) g.append('path').attr('d', grid).attr('stroke', PALETTE.grid).attr('stroke-width', '0.5').attr('fill', 'none');
  line(g, x, sy(0), x + width, sy(0), PALETTE.muted);
  for (const t of yTicks) label(g, x - 6, sy(t) + 4, signed(t, 1), { 'text-anchor': 'end', fill: PALETTE.muted, 'font-size': '10' });
  line(g, x, y, x, y + height, PALETTE.muted);

  // Bars: one path per sign (thousands of <rect>s would make the file and the drawing slow).
  const bars = arcBars(values, from, to);
  const paths = { negative: '', positive: '' };
  for (const b of bars) {
    if (b.value === null) continue;
    const x0 = sx(b.from);
    const w = Math.max(0.5, sx(b.to) - x0 - (bars.length > 150 ? 0 : 1));
    const top = Math.min(sy(b.value), sy(0));
    const h = Math.max(0.5, Math.abs(sy(b.value) - sy(0)));
    paths[b.value < 0 ? 'negative' : 'positive'] += `M${px(x0)},${px(top)}h${px(w)}v${px(h)}h${px(-w)}z`;
  }
  for (const sign of ['negative', 'positive'] as const) {
    if (paths[sign]) g.append('path').attr('d', paths[sign]).attr('fill', PALETTE[sign]).attr('opacity', '0.75');
  }

  // Running mean as one path.
  const mean = runningMean(values).slice(from, to);
  let d = '';
  let pen = false;
  mean.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    const cx = sx(from + i + 0.5);
    d += `${pen ? 'L' : 'M'}${px(cx)},${px(sy(v))}`;
    pen = true;
  });
  if (d) g.append('path').attr('d', d).attr('fill', 'none').attr('stroke', PALETTE.ink).attr('stroke-width', '1.5');

  if (panel.reference) {
    line(g, x, sy(panel.reference.value), x + width, sy(panel.reference.value), PALETTE.accent, { 'stroke-dasharray': '6 3', 'stroke-width': '1.5' });
  }

  // Section boundaries.
  for (const b of panel.boundaries) {
    const bx = sx(b.sentence);
    line(g, bx, y, bx, y + height, PALETTE.muted, { 'stroke-dasharray': '3 3' });
    label(g, bx + 3, y + 10, b.label, { fill: PALETTE.muted, 'font-size': '10', ...HALO });
  }

  // x axis.
  line(g, x, y + height, x + width, y + height, PALETTE.muted);
  const xt = ticks(from + 1, Math.max(from + 1, to), Math.max(2, Math.floor(width / 80))).filter((t) => Number.isInteger(t));
  const marks = xt.map((t) => `M${px(sx(t - 0.5))},${px(y + height)}v4`).join('');
  if (marks) g.append('path').attr('d', marks).attr('stroke', PALETTE.muted).attr('fill', 'none');
  for (const t of xt) label(g, sx(t - 0.5), y + height + 16, String(t), { 'text-anchor': 'middle', fill: PALETTE.muted, 'font-size': '10' });
}

/** Draws a legend row of swatches at (x, y); returns nothing. */
export function drawArcLegend(parent: D3Element, x: number, y: number, withReference: string | undefined): void {
  const g = parent.append('g').attr('class', 'legend');
  let cx = x;
  const item = (draw: (at: number) => void, text: string): void => {
    draw(cx);
    label(g, cx + 22, y + 4, text, { fill: PALETTE.ink, 'font-size': '11' });
    cx += 30 + text.length * 6.2;
  };
  item((at) => rect(g, at, y - 5, 14, 10, PALETTE.negative, { opacity: '0.75' }), 'sentence below zero');
  item((at) => rect(g, at, y - 5, 14, 10, PALETTE.positive, { opacity: '0.75' }), 'sentence above zero');
  item((at) => line(g, at, y, at + 16, y, PALETTE.ink, { 'stroke-width': '1.5' }), `running mean of ${RUNNING_WINDOW} sentences`);
  if (withReference) item((at) => line(g, at, y, at + 16, y, PALETTE.accent, { 'stroke-dasharray': '6 3', 'stroke-width': '1.5' }), withReference);
  else item((at) => line(g, at + 7, y - 6, at + 7, y + 6, PALETTE.muted, { 'stroke-dasharray': '3 3' }), 'section start (number)');
}

/** The whole-text sentiment arc as an SVG document; undefined when the result has no sentiment values. */
export function sentimentArcSvg(result: AnalysisResult, kit: ChartKit): string | undefined {
  checkResult(result, 'sentimentArcSvg', 'result');
  checkChartKit(kit, 'sentimentArcSvg');
  const values = arcValues(result);
  if (!values) return undefined;
  const n = values.length;
  const width = 900;
  const height = 340;
  const plot = { x: 60, y: 56, width: width - 80, height: 200 };
  const scored = values.filter((v): v is number => v !== null);
  const below = scored.filter((v) => v < 0).length;
  const above = scored.filter((v) => v > 0).length;
  const doc = result.document.sentiment?.score ?? 0;
  const perBar = Math.max(1, Math.ceil(n / MAX_BARS));
  const title = `Sentiment arc: ${truncate(result.title, 70)}`;
  const desc =
    `Sentiment of ${n === 1 ? 'the one sentence' : `each of ${n} sentences`} in order${perBar > 1 ? ` (each bar is the mean of ${perBar} sentences)` : ''}, ` +
    `with ${result.sections.length === 1 ? 'its section start' : `the ${result.sections.length} section starts`} marked. ${counted(below, 'sentence')} ${below === 1 ? 'scores' : 'score'} below zero and ${above} above; ` +
    `the mean is ${signed(doc, 2)}. ` +
    result.sections.map((s) => `Section ${s.index + 1} "${truncate(s.title, 60)}" starts at sentence ${s.firstSentence + 1}.`).join(' ');
  const canvas = kit.canvas(width, height, 'rl-sentiment-arc', title, desc);
  const svg = canvas.svg;
  label(svg, 20, 24, title, { 'font-size': '16', 'font-weight': '600', fill: PALETTE.ink });
  label(svg, 20, 42, `Sentence by sentence, ${fixed(scored.length, 0)} scored ${plural(scored.length, 'sentence')}; bars above the line read positive, below negative.`, {
    'font-size': '11',
    fill: PALETTE.muted,
  });
  drawArcPanel(svg, result, {
    ...plot,
    from: 0,
    to: n,
    boundaries: result.sections.filter((s) => s.index > 0 && s.sentenceCount > 0).map((s) => ({ sentence: s.firstSentence, label: String(s.index + 1) })),
  }, canvas.ticks);
  label(svg, plot.x + plot.width / 2, plot.y + plot.height + 34, 'Sentence number', { 'text-anchor': 'middle', fill: PALETTE.ink });
  label(svg, 0, 0, 'Sentiment', { 'text-anchor': 'middle', fill: PALETTE.ink, transform: `translate(16,${px(plot.y + plot.height / 2)}) rotate(-90)` });
  drawArcLegend(svg, plot.x, height - 22, undefined);
  return canvas.finish();
}
