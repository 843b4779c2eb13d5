// One chart per section: its five device scores against the whole document's, and its own stretch of the sentiment arc.

import { checkResult, type AnalysisResult, type SectionResult } from '../../result.js';
import { UsageError, wrongShape } from '../../util/errors.js';
import { counted } from '../../util/plural.js';
import { slugify } from '../../util/slug.js';
import { checkChartKit, fixed, label, line, linear, PALETTE, px, rect, signed, truncate, type ChartKit } from './kit.js';
import { arcValues, deviceScales } from './scales.js';
import { drawArcLegend, drawArcPanel } from './sentiment-arc.js';

/** The file name of a section's chart inside the report folder: `sections/NN-<slug>.svg`. */
export function sectionChartPath(result: AnalysisResult, section: SectionResult): string {
  const width = Math.max(2, String(result.sections.length).length);
  return `sections/${String(section.index + 1).padStart(width, '0')}-${slugify(section.title, 40, 'section')}.svg`;
}

/** A section's chart as an SVG document. */
export function sectionSvg(result: AnalysisResult, section: SectionResult, kit: ChartKit): string {
  checkResult(result, 'sectionSvg', 'result');
  const got = wrongShape(section, { index: 'number', title: 'string', line: 'number', words: 'number', firstSentence: 'number', sentenceCount: 'number', scores: 'object' });
  if (got !== undefined) throw new UsageError(`sectionSvg(): section must be a section of the result (one of result.sections: index, title, line, words, firstSentence, sentenceCount and scores), not ${got}`);
  checkChartKit(kit, 'sectionSvg');
  const scales = deviceScales(result);
  const hasArc = arcValues(result) !== undefined && section.sentenceCount > 0;
  const width = 760;
  const rowH = 28;
  const barsTop = 92;
  const barsLeft = 170;
  const barsW = 330;
  const barsH = scales.length * rowH;
  const arcTop = barsTop + barsH + 104;
  const arcH = 150;
  const height = hasArc ? arcTop + arcH + 76 : barsTop + barsH + 70;
  const n = section.index + 1;
  const title = `Section ${n} of ${result.sections.length}: ${truncate(section.title, 60)}`;
  const desc =
    `Scores of section ${n} (${counted(section.words, 'word')}, ${counted(section.sentenceCount, 'sentence')}, from line ${section.line}) against the whole document: ` +
    scales
      .map((sc) => {
        const d = sc.device.score.digits;
        const f = sc.signed ? signed : fixed;
        return `${sc.device.title} ${f(section.scores[sc.device.id]?.score ?? 0, d)} (document ${f(result.document[sc.device.id]?.score ?? 0, d)})`;
      })
      .join('; ') +
    '.' +
    (hasArc ? ` Below, the sentiment of each of its sentences (sentences ${section.firstSentence + 1} to ${section.firstSentence + section.sentenceCount}).` : '');
  const canvas = kit.canvas(width, height, `rl-section-${String(n).padStart(2, '0')}`, title, desc);
  const svg = canvas.svg;
  label(svg, 20, 24, title, { 'font-size': '16', 'font-weight': '600', fill: PALETTE.ink });
  label(svg, 20, 42, `${counted(section.words, 'word')} · ${counted(section.sentenceCount, 'sentence')} · from line ${section.line}`, { 'font-size': '11', fill: PALETTE.muted });

  // Panel 1: one row per device; the bar is this section, the black mark the whole document.
  label(svg, 20, barsTop - 24, 'Device scores: this section against the whole document', { 'font-weight': '600', fill: PALETTE.ink });
  label(svg, 20, barsTop - 8, 'Device', { fill: PALETTE.muted, 'font-size': '11' });
  label(svg, barsLeft + barsW + 16, barsTop - 8, 'Section (document)', { fill: PALETTE.muted, 'font-size': '11' });
  const g = svg.append('g').attr('class', 'scores');
  scales.forEach((sc, k) => {
    const y = barsTop + k * rowH;
    const mid = y + rowH / 2;
    const value = section.scores[sc.device.id]?.score ?? 0;
    const docValue = result.document[sc.device.id]?.score ?? 0;
    const sx = sc.signed ? linear([-1, 1], [barsLeft, barsLeft + barsW]) : linear([0, 1], [barsLeft, barsLeft + barsW]);
    label(g, 20, mid + 4, truncate(sc.device.title, 22), { fill: PALETTE.ink });
    rect(g, barsLeft, y + 4, barsW, rowH - 8, PALETTE.neutral);
    const zero = sx(0);
    const end = sx(sc.normalize(value));
    const colour = sc.signed ? (value < 0 ? PALETTE.negative : PALETTE.positive) : PALETTE.positive;
    rect(g, Math.min(zero, end), y + 7, Math.abs(end - zero), rowH - 14, colour);
    if (sc.signed) line(g, zero, y + 4, zero, y + rowH - 4, PALETTE.muted);
    const dx = sx(sc.normalize(docValue));
    line(g, dx, y + 2, dx, y + rowH - 2, PALETTE.ink, { 'stroke-width': '2.5' });
    const f = sc.signed ? signed : fixed;
    label(g, barsLeft + barsW + 16, mid + 4, `${f(value, sc.device.score.digits)} (${f(docValue, sc.device.score.digits)})`, { fill: PALETTE.ink });
  });
  line(svg, barsLeft, barsTop + barsH + 2, barsLeft + barsW, barsTop + barsH + 2, PALETTE.muted);
  label(svg, barsLeft, barsTop + barsH + 16, '0 / most negative', { fill: PALETTE.muted, 'font-size': '10' });
  label(svg, barsLeft + barsW, barsTop + barsH + 16, 'highest section', { 'text-anchor': 'end', fill: PALETTE.muted, 'font-size': '10' });
  label(svg, barsLeft + barsW / 2, barsTop + barsH + 32, 'Score, each device on its own scale (fitted to this text’s sections)', { 'text-anchor': 'middle', fill: PALETTE.ink, 'font-size': '11' });
  const ly = barsTop + barsH + 50;
  rect(svg, 20, ly - 5, 14, 10, PALETTE.positive);
  label(svg, 40, ly + 4, 'this section', { fill: PALETTE.ink, 'font-size': '11' });
  line(svg, 130, ly - 6, 130, ly + 6, PALETTE.ink, { 'stroke-width': '2.5' });
  label(svg, 138, ly + 4, 'whole document', { fill: PALETTE.ink, 'font-size': '11' });

  // Panel 2: this section's sentences on the document's sentiment scale.
  if (hasArc) {
    label(svg, 20, arcTop - 22, 'Sentiment of each sentence in this section', { 'font-weight': '600', fill: PALETTE.ink });
    const mean = result.document.sentiment?.score ?? 0;
    drawArcPanel(svg, result, {
      x: 60,
      y: arcTop,
      width: width - 90,
      height: arcH,
      from: section.firstSentence,
      to: section.firstSentence + section.sentenceCount,
      boundaries: [],
      reference: { value: mean, label: 'document mean' },
    }, canvas.ticks);
    label(svg, 60 + (width - 90) / 2, arcTop + arcH + 32, 'Sentence number (in the whole text)', { 'text-anchor': 'middle', fill: PALETTE.ink, 'font-size': '11' });
    label(svg, 0, 0, 'Sentiment', { 'text-anchor': 'middle', fill: PALETTE.ink, 'font-size': '11', transform: `translate(16,${px(arcTop + arcH / 2)}) rotate(-90)` });
    drawArcLegend(svg, 60, height - 18, 'document mean');
  }
  return canvas.finish();
}
