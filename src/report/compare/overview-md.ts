// overview.md of a corpus run: size, each device's distribution, its highest and lowest documents, and every document's scores.

import { analyzedRows, deviceDistribution, rankedBy } from '../../corpus/stats.js';
import type { SummaryRow } from '../../corpus/summary.js';
import type { DeviceInfo } from '../../result.js';
import { escapeMarkdownCell, escapeMarkdownInline } from '../../util/escape.js';
import { fixed, signed } from '../charts/kit.js';
import { counted, thousands } from '../../util/plural.js';
import { LEFT_OUT_NOTE } from './summary-files.js';
import { formatPercentile } from '../../compare/norms.js';

/** Highest and lowest documents listed per device. */
const LISTED = 3;

export function renderOverviewMarkdown(
  corpus: string,
  rows: readonly SummaryRow[],
  devices: readonly DeviceInfo[],
  options: { trends: boolean; against?: { collection: string; label: string } },
): string {
  const ok = analyzedRows(rows);
  const failed = rows.filter((r) => r.error);
  const words = ok.reduce((n, r) => n + r.words, 0);
  const years = ok.map((r) => r.year).filter((y): y is number => y !== null);
  const span = years.length ? `, ${Math.min(...years)}–${Math.max(...years)}` : '';
  const fmt = (d: DeviceInfo, x: number) => (d.score.min < 0 ? signed(x, d.score.digits) : fixed(x, d.score.digits));
  const name = (r: SummaryRow) =>
    `${escapeMarkdownInline(r.title)}${r.author ? ` — ${escapeMarkdownInline(r.author)}` : ''}${r.year !== null && !r.title.includes(String(r.year)) ? ` (${r.year})` : ''}`;
  const out: string[] = [];
  out.push(`# Corpus overview: ${escapeMarkdownInline(corpus)}`, '');
  out.push(`${counted(ok.length, 'document')} analyzed, ${counted(words, 'word')}${span}.${failed.length ? ` ${failed.length} could not be read (see the end).` : ''} Every document's row is in [summary.csv](summary.csv) and [summary.json](summary.json).`, '');
  if (options.trends) out.push('![Each device score over time, with the most extreme documents labelled](trends.svg)', '');
  if (ok.length > 0) pushScores(out, ok, devices, options.against, fmt, name);
  if (failed.length) {
    out.push('## Documents that could not be analyzed', '');
    for (const r of failed) out.push(`- ${escapeMarkdownInline(r.file)}: ${escapeMarkdownInline(r.error ?? '')}`);
    out.push('');
  }
  out.push('## How to read this overview', '');
  out.push(
    '- Each score is the whole document\'s score, a density or a mean, so documents of different length compare. ' +
      devices.map((d) => `${escapeMarkdownInline(d.title)}: ${escapeMarkdownInline(d.score.definition)}`).join(' '),
    '- Scores count cues the analyzers recognise; they measure wording, not intentions. Open one document\'s own report (`rhetoric analyze FILE`) to see its evidence.',
    '- Years come from a MANIFEST.tsv beside the files (or in the folder above), else from a 4-digit year at the start of the file name.',
    '',
  );
  return `${out.join('\n')}\n`;
}

/** The sections on the analyzed documents' scores: distributions, standing against norms, extremes, every document. */
function pushScores(
  out: string[],
  ok: readonly SummaryRow[],
  devices: readonly DeviceInfo[],
  against: { collection: string; label: string } | undefined,
  fmt: (d: DeviceInfo, x: number) => string,
  name: (r: SummaryRow) => string,
): void {
  out.push('## Scores across the documents', '');
  out.push('| Device (score) | Mean | Lowest | p10 | Median | p90 | Highest |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const d of devices) {
    const s = deviceDistribution(ok, d.id);
    const lo = s.values[0] ?? 0;
    const hi = s.values[s.values.length - 1] ?? 0;
    out.push(`| ${escapeMarkdownCell(d.title)} (${escapeMarkdownCell(d.score.label)}) | ${fmt(d, s.mean)} | ${fmt(d, lo)} | ${fmt(d, s.p10)} | ${fmt(d, s.p50)} | ${fmt(d, s.p90)} | ${fmt(d, hi)} |`);
  }
  out.push('');

  if (against) {
    const label = escapeMarkdownInline(against.label);
    out.push(`## Against ${label}`, '');
    out.push(
      `Each document's percentile rank among the ${label} (collection \`${against.collection.replace(/`/g, '')}\` of the reference norms) is in summary.csv, columns \`<device>_percentile\`: the share of the collection scoring lower plus half the share scoring the same. ${LEFT_OUT_NOTE}`,
      '',
      '| Device | Median percentile | Documents with a percentile over 50 |',
      '|---|---:|---:|',
    );
    for (const d of devices) {
      const ps = ok.map((r) => r.percentiles?.[d.id]).filter((p): p is number => p !== undefined);
      if (ps.length === 0) continue;
      const sorted = [...ps].sort((x, y) => x - y);
      const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      const above = ps.filter((p) => p > 50).length;
      // One decimal, as every percentile rank is printed: a median of 99.7 must not read 100 (above every document).
      out.push(`| ${escapeMarkdownCell(d.title)} | ${formatPercentile(median)} | ${above} of ${ps.length} |`);
    }
    out.push('');
  }

  out.push('## Highest and lowest documents', '');
  for (const d of devices) {
    const ranked = rankedBy(ok, d.id);
    out.push(`### ${escapeMarkdownInline(d.title)}`, '');
    const first = ranked[0]?.scores[d.id] ?? 0;
    if (ranked.every((r) => (r.scores[d.id] ?? 0) === first)) {
      out.push(`- Every document scores ${fmt(d, first)}.`, '');
      continue;
    }
    // Each end names at most half the documents, so that no document is listed as one of the highest and the lowest at once
    // (of two documents: one each; of five: two each, the middle one in neither).
    const listed = Math.min(LISTED, Math.floor(ranked.length / 2));
    out.push(`- Highest: ${endOfRanking(ranked, d, fmt, name, listed)}.`);
    out.push(`- Lowest: ${endOfRanking(rankedBy(ok, d.id, true), d, fmt, name, listed)}.`, '');
  }

  out.push('## Documents', '');
  out.push(`| File | Year | Words | Sections | ${devices.map((d) => escapeMarkdownCell(d.title)).join(' | ')} |`);
  out.push(`|---|---:|---:|---:|${devices.map(() => '---:').join('|')}|`);
  for (const r of ok) {
    out.push(`| ${escapeMarkdownCell(r.file)} | ${r.year ?? ''} | ${thousands(r.words)} | ${thousands(r.sections)} | ${devices.map((d) => fmt(d, r.scores[d.id] ?? 0)).join(' | ')} |`);
  }
  out.push('');
}

/**
 * The first `listed` documents of a ranking (LISTED by default), named with their scores. When documents past the last place
 * shown tie with it, no arbitrary few of them are named: that place says how many documents share the score ("49 documents 0.00").
 */
export function endOfRanking(ranked: readonly SummaryRow[], d: DeviceInfo, fmt: (d: DeviceInfo, x: number) => string, name: (r: SummaryRow) => string, listed = LISTED): string {
  const key = (r: SummaryRow) => Math.round((r.scores[d.id] ?? 0) * 10000);
  const shown = ranked.slice(0, listed);
  if (shown.length === 0) return 'none';
  const boundary = key(shown[shown.length - 1]);
  const tied = ranked.filter((r) => key(r) === boundary).length;
  const named = tied > shown.filter((r) => key(r) === boundary).length ? shown.filter((r) => key(r) !== boundary) : shown;
  const parts = named.map((r) => `${name(r)} ${fmt(d, r.scores[d.id] ?? 0)}`);
  if (named.length < shown.length) parts.push(`${counted(tied, 'document')} at ${fmt(d, (ranked.find((r) => key(r) === boundary)!.scores[d.id] ?? 0))}`);
  return parts.join('; ');
}
