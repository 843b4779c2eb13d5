// Text in the charts is readable: every <text> has WCAG contrast of at least 4.5:1 against every fill it is drawn on
// (the heat map's cells, bars, the white paper), in charts of a few real texts.

import test, { type ExecutionContext } from 'ava';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import { compareResults } from '../src/compare/model.js';
import { loadChartKit, overviewSvg, sectionSvg, sentimentArcSvg } from '../src/report/charts/index.js';
import { contrast, inkOn, PALETTE, shade } from '../src/report/charts/kit.js';
import { sentimentArcsSvg } from '../src/report/compare/arcs-svg.js';
import { compareSvg } from '../src/report/compare/compare-svg.js';
import type { AnalysisResult } from '../src/result.js';
import { OPED_PATH, SHARED_AVAILABLE, sharedPath } from './helpers/shared.js';

const EXAMPLE = fileURLToPath(new URL('../examples/example.md', import.meta.url));

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Painted extends Box {
  fill: string;
}

/** "#rrggbb" drawn at `opacity` over white. */
function overPaper(fill: string, opacity: number): string {
  const n = Number.parseInt(fill.slice(1), 16);
  const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => Math.round(255 + (v - 255) * opacity));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Every text of a chart with each fill under it: the rectangles and the bar paths ("M x,y h w v h h -w z") drawn
 * before it that its box (estimated from its position, anchor, size and length) overlaps, from the last one that covers
 * the whole box (a heat-map cell, else the chart's white background) up.
 */
function textsOnFills(svg: string): { text: string; ink: string; fill: string }[] {
  const painted: Painted[] = [];
  const out: { text: string; ink: string; fill: string }[] = [];
  for (const m of svg.matchAll(/<(rect|path|text)\b([^>]*)>([^<]*)/g)) {
    const [, tag, rawAttrs, content] = m;
    const a = attrs(rawAttrs);
    const opacity = Number(a.opacity ?? '1') * Number(a['fill-opacity'] ?? '1');
    if (tag !== 'text' && (!a.fill?.startsWith('#') || opacity === 0)) continue;
    if (tag === 'rect') {
      const x = Number(a.x ?? 0);
      const y = Number(a.y ?? 0);
      painted.push({ x0: x, y0: y, x1: x + Number(a.width), y1: y + Number(a.height), fill: overPaper(a.fill, opacity) });
    } else if (tag === 'path') {
      for (const bar of (a.d ?? '').matchAll(/M([-\d.]+),([-\d.]+)h([-\d.]+)v([-\d.]+)h[-\d.]+z/g)) {
        const [x, y, w, h] = bar.slice(1).map(Number);
        painted.push({ x0: x, y0: y, x1: x + w, y1: y + h, fill: overPaper(a.fill, opacity) });
      }
    } else {
      if (a.transform) continue; // rotated axis titles sit on the paper margin
      const size = Number(a['font-size'] ?? 12);
      const width = content.length * size * 0.55;
      const x = Number(a.x);
      const y = Number(a.y);
      const x0 = a['text-anchor'] === 'middle' ? x - width / 2 : a['text-anchor'] === 'end' ? x - width : x;
      const box = { x0, y0: y - size * 0.75, x1: x0 + width, y1: y };
      const haloed = a.stroke === PALETTE.paper && a['paint-order'] === 'stroke';
      // Painter's order: the last shape that covers the whole box (at worst the paper), and any drawn after it that overlap.
      const bottom = painted.findLastIndex((p) => p.x0 <= box.x0 && p.x1 >= box.x1 && p.y0 <= box.y0 && p.y1 >= box.y1);
      const under = haloed ? [PALETTE.paper] : [...(bottom < 0 ? [PALETTE.paper] : []), ...painted.slice(Math.max(0, bottom)).filter((p) => overlaps(p, box)).map((p) => p.fill)];
      for (const fill of new Set(under)) out.push({ text: content, ink: a.fill, fill });
    }
  }
  return out;
}

function assertReadable(t: ExecutionContext, name: string, svg: string): number {
  const texts = textsOnFills(svg);
  t.true(texts.length > 0, name);
  const poor = texts.filter((x) => contrast(x.ink, x.fill) < 4.5).map((x) => `"${x.text}" ${x.ink} on ${x.fill}: ${contrast(x.ink, x.fill).toFixed(2)}:1`);
  t.deepEqual(poor, [], name);
  return texts.length;
}

function quietIO(cwd: string): CliIO {
  return { stdout: () => {}, stderr: () => {}, readStdin: async () => Buffer.alloc(0), stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd };
}

test('text on a heat-map cell is dark or light by WCAG contrast, at least 4.5:1 on every fill either ramp can give', (t) => {
  for (const diverging of [false, true]) {
    for (let i = diverging ? -1000 : 0; i <= 1000; i++) {
      const fill = shade(i / 1000, diverging);
      const ink = inkOn(fill);
      t.true(contrast(fill, ink) >= 4.5, `${fill}: ${ink} at ${contrast(fill, ink).toFixed(2)}:1`);
      if (ink !== '#000000') t.is(ink, contrast(fill, PALETTE.ink) >= contrast(fill, PALETTE.paper) ? PALETTE.ink : PALETTE.paper);
    }
  }
  // The cells the report showed white text on (3.2 to 3.9:1).
  for (const fill of ['#c38044', '#4f85bb', '#7489a9', '#7086a7', '#6b82a4', '#bc6e28']) t.true(contrast(fill, inkOn(fill)) >= 4.5, fill);
  t.is(inkOn('#c38044'), PALETTE.ink);
  t.is(inkOn('#08306b'), PALETTE.paper);
  t.is(inkOn('#f2f2f2'), PALETTE.ink);
});

test('the contrast arithmetic matches WCAG', (t) => {
  t.is(contrast('#000000', '#ffffff'), 21);
  t.is(contrast('#ffffff', '#ffffff'), 1);
  t.is(contrast('#ffffff', '#c38044').toFixed(2), '3.23');
  t.is(contrast('#777777', '#ffffff').toFixed(2), '4.48');
});

test('every text of the overview, arc and section charts reads at 4.5:1 on what it is drawn on, in real texts', async (t) => {
  const kit = await loadChartKit();
  const files = [EXAMPLE, ...(SHARED_AVAILABLE ? [OPED_PATH, sharedPath('corpus/classics/communist-manifesto.txt'), sharedPath('corpus/classics/declaration-of-independence.txt')] : [])];
  const results: AnalysisResult[] = [];
  let checked = 0;
  for (const file of files) {
    const result = analyze(readFileSync(file, 'utf8'), { name: file });
    results.push(result);
    checked += assertReadable(t, `${file} overview`, overviewSvg(result, kit));
    checked += assertReadable(t, `${file} arc`, sentimentArcSvg(result, kit)!);
    for (const s of result.sections.slice(0, 10)) checked += assertReadable(t, `${file} section ${s.index + 1}`, sectionSvg(result, s, kit));
  }
  const comparison = compareResults(results);
  checked += assertReadable(t, 'compare', compareSvg(comparison, kit));
  checked += assertReadable(t, 'compare arcs', sentimentArcsSvg(comparison, kit));
  // Past 24 texts the comparison's charts take another form (a row of bars, a small panel per text): their text too.
  const many = compareResults(Array.from({ length: 30 }, (_, i) => ({ ...results[i % results.length], source: { ...results[i % results.length].source, name: `text-${i + 1}.txt` } })));
  checked += assertReadable(t, 'compare of 30', compareSvg(many, kit));
  checked += assertReadable(t, 'compare arcs of 30', sentimentArcsSvg(many, kit));
  t.true(checked > 200);
});

test('a section boundary label over a tall bar keeps its contrast', async (t) => {
  // Bars a few pixels wide (300 sentences), and section 2 opens on very positive sentences whose bars reach the top of the
  // plot, where the section's number is written.
  const plain = Array.from({ length: 300 }, (_, i) => `The hall opens at seven on day ${i + 1}.`).join(' ');
  const text = `# Joy\n\n## One\n\n${plain}\n\n## Two\n\n${'Wonderful, glorious, magnificent, brilliant and excellent! '.repeat(6)}\n`;
  const result = analyze(text, { name: 'joy.md' });
  const svg = sentimentArcSvg(result, await loadChartKit())!;
  assertReadable(t, 'arc', svg);
});

test('labels of norms.svg and trends.svg read at 4.5:1', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-contrast-'));
  writeFileSync(join(dir, 'speech.txt'), 'We must act now. Join us! Down with tyranny! Our enemies want to take what is ours. Forward to victory!\n');
  t.is(await main(['analyze', 'speech.txt', '--against', 'inaugural', '--out', 'out', '--quiet'], quietIO(dir)), 0);
  assertReadable(t, 'norms', readFileSync(join(dir, 'out/speech/norms.svg'), 'utf8'));
  const texts: Record<string, string> = {
    '1990-first.txt': 'They are the enemy! Down with them! We must fight now.\n',
    '2000-second.txt': 'The harvest was good and the river was calm this year.\n',
    '2010-third.txt': 'Join us! Like Munich in 1938, appeasement fails. Stand up now!\n',
    '2020-fourth.txt': 'A quiet report on roads and bridges, nothing more to say.\n',
  };
  mkdirSync(join(dir, 'dated'));
  for (const [name, body] of Object.entries(texts)) writeFileSync(join(dir, 'dated', name), body);
  t.is(await main(['analyze', 'dated', '--out', 'out', '--name', 'dated', '--quiet'], quietIO(dir)), 0);
  assertReadable(t, 'trends', readFileSync(join(dir, 'out/dated/trends.svg'), 'utf8'));
});
