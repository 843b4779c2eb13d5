// The norms section of a report: where a text's scores stand in a reference collection (also written alone as norms.md).

import type { NormsComparison } from '../../compare/norms.js';
import { formatPercentile, PERCENTILE_DEFINITION, QUANTILE_DEFINITION, referenceLabel } from '../../compare/norms.js';
import { escapeMarkdownCell, escapeMarkdownInline } from '../../util/escape.js';
import { fixed, signed } from '../charts/kit.js';

/** The section, for report.md or norms.md; `chart` is the relative link of norms.svg, when there is one. */
export function renderNormsSection(n: NormsComparison, options: { level?: number; chart?: string } = {}): string {
  const h = '#'.repeat(options.level ?? 2);
  const count = n.devices[0]?.count ?? 0;
  const out: string[] = [];
  out.push(`${h} Against ${escapeMarkdownInline(n.label)}`, '');
  out.push(
    `Where this text stands among the ${count} ${escapeMarkdownInline(referenceLabel(n))} ` +
      `(collection \`${n.collection.replace(/`/g, '')}\` of ${escapeMarkdownInline(n.file)}: ${escapeMarkdownInline(n.corpus)}, generated ${escapeMarkdownInline(n.generated)} by ${escapeMarkdownInline(n.tool)}).`,
    '',
  );
  if (n.leftOut) {
    out.push(
      `This text is itself one of the collection's documents (${escapeMarkdownInline(n.leftOut.file)}: the same text, by its SHA-256), so it is left out: ` +
        'it is placed among the others, never compared with itself, and the figures below describe the others.',
      '',
    );
  }
  for (const caveat of n.caveats ?? []) out.push(`**Not measured as the norms were:** ${escapeMarkdownInline(caveat)}.`, '');
  for (const d of n.devices) out.push(`- ${escapeMarkdownInline(d.title)}: ${escapeMarkdownInline(d.sentence)}.`);
  out.push('');
  if (options.chart) out.push(`![Each score's distribution in the collection, with this text marked](${options.chart})`, '');
  out.push('| Device | This text | Percentile | p10 | p25 | Median | p75 | p90 | Mean |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const d of n.devices) {
    const f = (x: number) => (d.signed ? signed(x, d.digits) : fixed(x, d.digits));
    out.push(
      `| ${escapeMarkdownCell(d.title)} | ${f(d.score)} | ${formatPercentile(d.percentile)} | ${f(d.norm.p10)} | ${f(d.norm.p25)} | ${f(d.norm.p50)} | ${f(d.norm.p75)} | ${f(d.norm.p90)} | ${f(d.norm.mean)} |`,
    );
  }
  out.push('', `${PERCENTILE_DEFINITION} ${QUANTILE_DEFINITION} The norms come from the same analyzers; they are only as good as those analyzers, and a collection of another genre or time would place the text differently.`, '');
  return `${out.join('\n')}\n`;
}

/** norms.md: a title line and the section. */
export function renderNormsMarkdown(title: string, n: NormsComparison): string {
  return `# ${escapeMarkdownInline(title)}: reference norms\n\n${renderNormsSection(n, { level: 2, chart: 'norms.svg' })}`;
}
