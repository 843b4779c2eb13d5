// The Markdown report: verdict, score table, charts, strongest findings with line numbers, how to read the scores, glossary, limitations.

import type { Finding } from '../analyzers/types.js';
import { checkResult, type AnalysisResult, type DeviceInfo, type DeviceScore } from '../result.js';
import { escapeMarkdownCell, escapeMarkdownInline, markdownStrong } from '../util/escape.js';
import { counted, plural, thousands } from '../util/plural.js';
import { chartPaths } from './charts/index.js';
import { cutBackward, cutForward } from './excerpt.js';
import { fixed, signed } from './charts/kit.js';
import { DENSITY_NOTE, LIMITATIONS, rangeText, scoreMeaning, STRENGTH_NOTE } from './reading.js';

/** How many findings per device the report quotes. */
export const FINDINGS_PER_DEVICE = 5;
/** How many unscored (listed only) findings per device the report quotes. */
const UNSCORED_PER_DEVICE = 3;
/** Characters of context shown around a quote, each side. */
const CONTEXT_CHARS = 70;
/** Longest quote shown in full; longer ones are cut in the middle. */
const MAX_QUOTE_CHARS = 240;

const esc = escapeMarkdownInline;

/** The whole Markdown report of a result. Charts are linked relatively (`overview.svg`, `sections/…`). */
export function renderMarkdown(result: AnalysisResult): string {
  checkResult(result, 'renderMarkdown');
  const charts = chartPaths(result);
  const out: string[] = [];
  out.push(`# Rhetoric report: ${esc(result.title)}`, '');
  out.push(
    `Source: ${esc(result.source.name)} · ${counted(result.source.words, 'word')} · ${counted(result.source.sentences, 'sentence')} · ` +
      `${counted(result.sections.length, 'section')} · ${esc(`${result.tool.name} ${result.tool.version}`)}`,
    '',
  );

  out.push('## In brief', '', verdict(result), '');
  out.push(`![${esc(`Heat map of the ${result.devices.length} device scores in each section`)}](${charts.overview})`, '');

  out.push('## Scores by section', '', ...scoreTable(result), '');
  out.push(
    'Units: ' + result.devices.map((d) => `${esc(d.title)}, ${esc(d.score.label)}`).join('; ') + '. See [How to read these scores](#how-to-read-these-scores).',
    '',
  );

  if (charts.arc) {
    out.push('## Sentiment arc', '', `![${esc('Sentiment of each sentence in order, with section starts marked')}](${charts.arc})`, '');
  }

  out.push('## Strongest findings', '');
  out.push(
    `For each device, the ${FINDINGS_PER_DEVICE} strongest scored findings (from different sentences where possible; ties in text order), quoted in their sentence with the matched words in bold. ` +
      'Line numbers refer to the analyzed text.',
    '',
  );
  for (const device of result.devices) out.push(...deviceFindings(result, device));

  out.push('## Sections', '');
  result.sections.forEach((s, i) => {
    out.push(`### ${s.index + 1}. ${esc(s.title)}`, '');
    const sub = s.subtitle ? ` · begins “${esc(s.subtitle)}”` : '';
    out.push(`From line ${s.line} · ${counted(s.words, 'word')} · ${counted(s.sentenceCount, 'sentence')}${sub}`, '');
    if (charts.sections[i]) out.push(`![${esc(`Section ${s.index + 1} scores against the whole document, and its sentiment`)}](${charts.sections[i]})`, '');
    else if (i === charts.sections.length) out.push(`(Charts are drawn for the first ${charts.sections.length} sections only.)`, '');
  });

  out.push('## How to read these scores', '');
  for (const d of result.devices) {
    out.push(`- **${esc(d.title)}** (${esc(d.score.label)}; ${esc(rangeText(d))}): ${esc(scoreMeaning(d.score))}`);
  }
  out.push('', DENSITY_NOTE, '', STRENGTH_NOTE, '');

  out.push('## Glossary', '');
  for (const d of result.devices) out.push(`- **${esc(d.title)}** (\`${codeId(d.id)}\`): ${esc(d.description)}`);
  out.push('');

  out.push('## Limitations', '');
  for (const l of LIMITATIONS) out.push(`- ${l}`);
  out.push('');
  return `${out.join('\n')}\n`;
}

/** The one-paragraph verdict: counts and densities in plain words. */
export function verdict(result: AnalysisResult): string {
  const parts: string[] = [];
  const src = result.source;
  parts.push(
    `This text has ${counted(src.words, 'word')} in ${counted(src.sentences, 'sentence')} and ${counted(result.sections.length, 'section')}.`,
  );
  const perDevice: string[] = [];
  for (const d of result.devices.filter((x) => x.score.min >= 0)) {
    const s = result.document[d.id];
    if (!s) continue;
    const n = s.metrics.findings ?? 0;
    perDevice.push(n === 0 ? `${lower(d.title)}: none` : `${lower(d.title)}: ${thousands(n)} (${fixed(s.score, d.score.digits)} ${esc(d.score.label)})`);
  }
  if (perDevice.length) parts.push(`Scored findings, ${perDevice.join('; ')}.`);
  for (const d of result.devices.filter((x) => x.score.min < 0)) {
    const s = result.document[d.id];
    if (!s) continue;
    let text = `${capital(esc(d.score.label))} is ${signed(s.score, d.score.digits)} on a scale ${esc(rangeText(d))}`;
    const values = result.sentences.filter((x) => !x.heading && x.values[d.id] !== undefined).map((x) => x.values[d.id]);
    const m = s.metrics;
    if (m.positiveSentences !== undefined && m.negativeSentences !== undefined && m.sentences > 0) {
      // Counted from each sentence's own loaded words: sentence values also carry some of their context's tone.
      text += `; ${percent(m.negativeSentences, m.sentences)} of sentences carry mainly negative words and ${percent(m.positiveSentences, m.sentences)} mainly positive ones`;
    } else if (values.length) {
      const below = values.filter((v) => v < 0).length;
      const above = values.filter((v) => v > 0).length;
      text += `; ${percent(below, values.length)} of sentences score below zero and ${percent(above, values.length)} above`;
    }
    // Only sections with prose are ranked: a section holding a heading alone (a title before "## …") has nothing to score.
    const ranked = result.sections.filter(
      (x) => x.scores[d.id] && result.sentences.slice(x.firstSentence, x.firstSentence + x.sentenceCount).some((sentence) => !sentence.heading),
    );
    if (ranked.length > 1) {
      const lo = ranked.reduce((a, b) => (b.scores[d.id].score < a.scores[d.id].score ? b : a));
      const hi = ranked.reduce((a, b) => (b.scores[d.id].score > a.scores[d.id].score ? b : a));
      if (lo !== hi) {
        text += `; the lowest is ${sectionName(lo.index, lo.title)} (${signed(lo.scores[d.id].score, d.score.digits)}) and the highest ${sectionName(hi.index, hi.title)} (${signed(hi.scores[d.id].score, d.score.digits)})`;
      }
    }
    parts.push(`${text}.`);
  }
  const densest: string[] = [];
  for (const d of result.devices.filter((x) => x.score.min >= 0)) {
    const withScore = result.sections.filter((x) => (x.scores[d.id]?.score ?? 0) > 0);
    if (!withScore.length || result.sections.length < 2) continue;
    const top = withScore.reduce((a, b) => (b.scores[d.id].score > a.scores[d.id].score ? b : a));
    densest.push(`${lower(d.title)} in ${sectionName(top.index, top.title)} (${fixed(top.scores[d.id].score, d.score.digits)})`);
  }
  if (densest.length) parts.push(`The highest-scoring sections are: ${densest.join('; ')}.`);
  const groups = usThemSentence(result.document.us_them);
  if (groups) parts.push(groups);
  parts.push('These are counts of textual cues found by rules, not judgments of the text.');
  return parts.join(' ');
}

/** "Us" and "them" from the us/them device's tallies, when it reported any. */
function usThemSentence(score: DeviceScore | undefined): string | undefined {
  if (!score) return undefined;
  const us = topLabels(score.tallies.us, 3);
  const them = topLabels(score.tallies.them, 3);
  if (!us.length && !them.length) return undefined;
  const list = (xs: [string, number][]): string => xs.map(([l, n]) => `“${esc(l)}” (${n})`).join(', ');
  const bits: string[] = [];
  if (us.length) bits.push(`the most frequent in-group (“us”) labels are ${list(us)}`);
  if (them.length) bits.push(`the most frequent out-group (“them”) labels are ${list(them)}`);
  return `${capital(bits.join('; '))}.`;
}

/** Labels of one tally category, most frequent first (ties alphabetical). */
export function topLabels(tally: Record<string, number> | undefined, n: number): [string, number][] {
  return Object.entries(tally ?? {})
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n);
}

function scoreTable(result: AnalysisResult): string[] {
  const head = ['#', 'Section', 'Line', 'Words', ...result.devices.map((d) => escapeMarkdownCell(d.title))];
  const align = ['---:', '---', '---:', '---:', ...result.devices.map(() => '---:')];
  const rows = result.sections.map((s) => [
    String(s.index + 1),
    escapeMarkdownCell(s.title),
    String(s.line),
    thousands(s.words),
    ...result.devices.map((d) => formatScore(d, s.scores[d.id])),
  ]);
  rows.push(['', '**Whole document**', '', thousands(result.source.words), ...result.devices.map((d) => `**${formatScore(d, result.document[d.id])}**`)]);
  return [head, align, ...rows].map((r) => `| ${r.join(' | ')} |`);
}

function formatScore(d: DeviceInfo, s: DeviceScore | undefined): string {
  if (!s) return 'n/a';
  return d.score.min < 0 ? signed(s.score, d.score.digits) : fixed(s.score, d.score.digits);
}

/** One device's block: score, strongest scored findings, listed-only findings, label tallies. */
function deviceFindings(result: AnalysisResult, d: DeviceInfo): string[] {
  const out = [`### ${esc(d.title)}`, ''];
  const all = result.findings.filter((f) => f.device === d.id);
  const scored = all.filter((f) => f.scored);
  const unscored = all.filter((f) => !f.scored);
  const doc = result.document[d.id];
  const head = doc ? `Whole document: ${formatScore(d, doc)} (${esc(d.score.label)}). ` : '';
  if (!scored.length) {
    out.push(`${head}No scored findings.`, '');
  } else {
    const top = strongest(scored, FINDINGS_PER_DEVICE);
    out.push(`${head}${thousands(scored.length)} scored ${plural(scored.length, 'finding')}${scored.length > top.length ? `; the ${top.length} strongest` : ''}:`, '');
    top.forEach((f, i) => out.push(`${i + 1}. ${findingLine(result, f)}`));
    out.push('');
  }
  if (unscored.length) {
    const some = strongest(unscored, UNSCORED_PER_DEVICE);
    out.push(`Listed but not counted in the score: ${thousands(unscored.length)} ${plural(unscored.length, 'finding')}${unscored.length > some.length ? `, for example` : ''}:`, '');
    for (const f of some) out.push(`- ${findingLine(result, f)}`);
    out.push('');
  }
  const tallies = doc ? Object.keys(doc.tallies).sort((a, b) => categoryRank(a) - categoryRank(b) || (a < b ? -1 : a > b ? 1 : 0)) : [];
  if (tallies.length) {
    out.push('Most frequent labels:', '');
    for (const cat of tallies) {
      const labels = topLabels(doc!.tallies[cat], 8);
      out.push(`- ${esc(categoryName(d.id, cat))}: ${labels.map(([l, n]) => `${esc(l)} (${n})`).join(', ')}`);
    }
    out.push('');
  }
  return out;
}

/** "us" before "them" before any other category. */
function categoryRank(category: string): number {
  return category === 'us' ? 0 : category === 'them' ? 1 : 2;
}

function categoryName(device: string, category: string): string {
  if (device === 'us_them' && category === 'us') return 'in-group (“us”)';
  if (device === 'us_them' && category === 'them') return 'out-group (“them”)';
  return category;
}

/** The `n` strongest findings (ties in text order), from different sentences where there are enough. */
export function strongest(findings: readonly Finding[], n: number): Finding[] {
  const order = (a: Finding, b: Finding): number => b.strength - a.strength || a.start - b.start || a.end - b.end;
  const sorted = [...findings].sort(order);
  const picked: Finding[] = [];
  const sentences = new Set<number>();
  for (const f of sorted) {
    if (picked.length >= n) break;
    if (sentences.has(f.sentence)) continue;
    sentences.add(f.sentence);
    picked.push(f);
  }
  for (const f of sorted) {
    if (picked.length >= n) break;
    if (!picked.includes(f)) picked.push(f);
  }
  return picked.sort(order);
}

/** One finding: line, the quote in its sentence, rule, strength, explanation. */
function findingLine(result: AnalysisResult, f: Finding): string {
  return `Line ${f.line}: ${quoteInContext(result, f)} (rule ${ruleId(f.rule)}, strength ${fixed(f.strength, 2)}). ${esc(f.explanation)}`;
}

/** The quote in bold inside a window of its sentence, between quotation marks, every piece escaped. */
export function quoteInContext(result: AnalysisResult, f: Finding): string {
  const sentence = result.sentences[f.sentence];
  const text = result.text;
  let qs = f.start;
  let qe = f.end;
  while (qs < qe && /\s/.test(text[qs])) qs++;
  while (qe > qs && /\s/.test(text[qe - 1])) qe--;
  // The window's ends fall between words: a cut inside a word moves towards the quote.
  const from = sentence ? cutForward(text, Math.max(sentence.start, qs - CONTEXT_CHARS), qs) : qs;
  const to = sentence ? cutBackward(text, Math.min(sentence.end, qe + CONTEXT_CHARS), qe) : qe;
  const before = safeSlice(text, from, qs);
  const after = safeSlice(text, qe, to);
  let quote = text.slice(qs, qe);
  if (quote.length > MAX_QUOTE_CHARS) quote = `${safeSlice(quote, 0, MAX_QUOTE_CHARS / 2)} … ${safeSlice(quote, quote.length - MAX_QUOTE_CHARS / 2, quote.length)}`;
  const lead = sentence && from > sentence.start ? '…' : '';
  const tail = sentence && to < sentence.end ? '…' : '';
  return markdownStrong(`“${lead}${esc(before.trimStart())}`, esc(quote), `${esc(after.trimEnd())}${tail}”`);
}

/** A slice that never splits a surrogate pair. */
function safeSlice(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  if (s > 0 && s < text.length && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s++;
  if (e > 0 && e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e--;
  return e > s ? text.slice(s, e) : '';
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function ruleId(rule: string): string {
  return /^[a-z0-9][a-z0-9-]*$/.test(rule) ? `\`${rule}\`` : esc(rule);
}

function codeId(id: string): string {
  return /^[a-z0-9_-]+$/.test(id) ? id : 'device';
}

function sectionName(index: number, title: string): string {
  return `section ${index + 1}, “${esc(title)}”`;
}


function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part * 100) / whole)}%` : '0%';
}

function lower(title: string): string {
  return esc(title.charAt(0).toLowerCase() + title.slice(1));
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
