// compare.md: the comparison report (scores table, strongest evidence, where the texts differ, keyness tables, charts).

import type { KeyTerm } from '../../compare/keyness.js';
import { checkComparison, type Comparison, type Evidence, type KeynessCut } from '../../compare/model.js';
import { escapeMarkdownCell, escapeMarkdownInline, markdownStrong } from '../../util/escape.js';
import { fixed, signed, truncate } from '../charts/kit.js';
import { firstWords, lastWords } from '../excerpt.js';
import { baseName } from './text-label.js';
import { DISTINCT_SERIES } from './axes.js';
import { counted, thousands } from '../../util/plural.js';

/** Longest quote shown, in characters, and the most context shown on each side of it. */
const MAX_QUOTE = 240;
const MAX_CONTEXT = 120;

/** The sentence around a quote, between quotation marks, with the quote in bold; long context is cut between words, with an ellipsis on the quote's far side. */
function inContext(e: Evidence): string {
  const before = lastWords(e.context.before.replace(/\s+/g, ' '), MAX_CONTEXT);
  const after = firstWords(e.context.after.replace(/\s+/g, ' '), MAX_CONTEXT);
  const b = before.cut ? `…${before.text}` : before.text;
  const a = after.cut ? `${after.text}…` : after.text;
  return markdownStrong(`“${escapeMarkdownInline(b)}`, escapeMarkdownInline(truncate(e.quote, MAX_QUOTE)), `${escapeMarkdownInline(a)}”`);
}

function score(x: number, digits: number, isSigned: boolean): string {
  return isSigned ? signed(x, digits) : fixed(x, digits);
}

/**
 * The comparison report, compare.md: the summary, scores, strongest examples, sentiment arcs, keyness tables and how to
 * read them. It links the charts compare.svg and sentiment-arcs.svg relatively.
 */
export function renderCompareMarkdown(c: Comparison): string {
  checkComparison(c, 'renderCompareMarkdown');
  const out: string[] = [];
  const names = c.texts.map((t) => escapeMarkdownInline(t.name));
  // A few texts are named in the title; more would make it a paragraph (the texts table names them all).
  out.push(c.texts.length <= NAMED_IN_TITLE ? `# Comparison: ${names.join(', ')}` : `# Comparison of ${c.texts.length} texts`, '');
  out.push(escapeMarkdownInline(c.summary), '');
  // The charts' own form: past DISTINCT_SERIES texts a row of bars and a small arc panel per text (compare-svg.ts, arcs-svg.ts).
  const many = c.texts.length > DISTINCT_SERIES;
  out.push(many ? '![Device scores of each text, one row per text and one column per device](compare.svg)' : '![Device scores of each text, one group per device](compare.svg)', '');

  out.push(...textsTable(c));
  out.push('## Scores', '');
  // Every text whose score, as shown, equals the highest shown is bold: two texts that both read 0.10 are both bold,
  // not only the one whose unrounded score is higher, and none is bold when all read the same.
  const cellsOf = (d: Comparison['devices'][number]): string[] => {
    const shown = c.texts.map((t) => score(t.scores[d.id], d.score.digits, d.score.min < 0));
    const top = score(Math.max(...c.texts.map((t) => t.scores[d.id])), d.score.digits, d.score.min < 0);
    return shown.map((s) => (s === top && shown.some((x) => x !== top) ? `**${s}**` : s));
  };
  if (c.texts.length <= TEXTS_AS_COLUMNS) {
    out.push(`| Device (score) | ${c.texts.map((t) => escapeMarkdownCell(t.name)).join(' | ')} |`);
    out.push(`|---|${c.texts.map(() => '---:').join('|')}|`);
    for (const d of c.devices) out.push(`| ${escapeMarkdownCell(d.title)} (${escapeMarkdownCell(d.score.label)}) | ${cellsOf(d).join(' | ')} |`);
    out.push(`| Words | ${c.texts.map((t) => thousands(t.words)).join(' | ')} |`);
    out.push(`| Sentences | ${c.texts.map((t) => thousands(t.sentences)).join(' | ')} |`);
  } else {
    // Many texts: one row each, so that the table stays as wide as the devices, however many texts there are.
    const columns = c.devices.map(cellsOf);
    out.push(`| Text | ${c.devices.map((d) => `${escapeMarkdownCell(d.title)} (${escapeMarkdownCell(d.score.label)})`).join(' | ')} | Words | Sentences |`);
    out.push(`|---|${c.devices.map(() => '---:').join('|')}|---:|---:|`);
    c.texts.forEach((t, i) => out.push(`| ${escapeMarkdownCell(t.name)} | ${columns.map((col) => col[i]).join(' | ')} | ${thousands(t.words)} | ${thousands(t.sentences)} |`));
  }
  out.push('', 'The highest score of each device is in bold. Every score is a density or a mean, so texts of different length compare.', '');

  out.push('## Strongest example of each device', '');
  for (const d of c.devices) {
    out.push(`### ${escapeMarkdownInline(d.title)}`, '');
    c.texts.forEach((t, i) => {
      const e = t.strongest[d.id];
      if (!e) out.push(markdownStrong('- ', names[i], ': none found.'));
      else {
        out.push(
          markdownStrong('- ', names[i], `, line ${e.line} (\`${e.rule.replace(/`/g, '')}\`, strength ${fixed(e.strength, 2)}): ${inContext(e)} — ${escapeMarkdownInline(e.explanation)}`),
        );
      }
    });
    out.push('');
  }

  out.push('## Sentiment arcs', '');
  out.push(many ? '![Sentiment of each text from start to end, one panel per text](sentiment-arcs.svg)' : '![Sentiment of each text from start to end](sentiment-arcs.svg)', '');
  out.push(`${many ? 'Each panel shows a text\'s' : 'Each line is a'} running mean of sentence sentiment over a tenth of the text (at least 3 sentences), drawn from its start (0%) to its end (100%), so texts of any length line up.`, '');

  const k = c.keyness;
  // Two texts: each is set against the other one, not against "the others".
  const pair = c.texts.length === 2;
  const others = pair ? 'the other' : 'the others';
  out.push('## Keyness: words and phrases each text over-uses', '');
  out.push(
    `Each text is compared with ${k.reference}. A term is listed when it is relatively more frequent in the text than in ${others}, ` +
      `occurs at least ${counted(k.minFrequency, 'time')} in the text, and has a log-likelihood G² of at least ${fixed(k.minG2, 2)} (${significanceOf(k.minG2)}). ` +
      `G² (Dunning 1993) says how sure the difference is; the log ratio (Hardie 2014) says how big it is: 1 means twice as frequent, 2 four times, and a term absent from ${others} counts as 0.5 occurrences there. ` +
      (k.stopWords > 0
        ? `${k.stopWords} function words (lexicons/stopwords.json) are left out, and so are word pairs that contain one; they still count toward the totals. `
        : 'No function words are left out (the comparison was made without stop words), so words such as "the" and "of" can be key terms. ') +
      'Phrases are two adjacent words in the same sentence. Terms are listed by G², then log ratio, then alphabetically. ' +
      `"Per 1,000" is occurrences per 1,000 words of the text (for phrases, per 1,000 adjacent word pairs), and the same for ${pair ? 'the other' : 'the others together'}; ` +
      'only words with a letter are counted here, not numbers or years, so a text\'s total (`keynessTotals` in compare.json) can be below its Words above. ' +
      `Every word of a text is tested, so at a lenient threshold some listed terms are there by chance: \`--min-g2 10.83\` (p < 0.001) or \`15.13\` (p < 0.0001) keeps only the surer ones.`,
    '',
  );
  c.texts.forEach((t, i) => {
    out.push(`### ${names[i]} against ${others}`, '');
    out.push(...keyTable(t.keyWords, 'Word', pair, t.keynessCut?.words), '');
    out.push(...keyTable(t.keyPairs, 'Phrase', pair, t.keynessCut?.pairs), '');
  });

  out.push('## How to read this comparison', '');
  out.push(
    '- Scores count cues the analyzers recognise (patterns and lexicon entries); they measure wording, not intentions, and each analyzer misses some cues and misreads others.',
    '- Score definitions: ' + c.devices.map((d) => `${escapeMarkdownInline(d.title)}: ${escapeMarkdownInline(d.score.definition)}`).join(' '),
    c.differences[0]?.scale === 'reference-sd'
      ? '- "Differ most" ranks the devices by the gap between the highest and lowest text, measured in standard deviations of that device\'s score over every document of the reference corpus (lexicons/norms.json), so devices on different scales compare.'
      : '- "Differ most" ranks the devices by the gap between the highest and lowest text as a share of the largest score (there are no reference norms to scale by).',
    '- Keyness depends on what a text is compared with: against other texts, the same speech would show other key words.',
    `- Made by ${escapeMarkdownInline(`${c.provenance.tool.name} ${c.provenance.tool.version}`)}` +
      (c.provenance.reference
        ? `; standard deviations from ${escapeMarkdownInline(c.provenance.reference.file)} (collection \`${c.provenance.reference.collection}\`, ${c.provenance.reference.documents} documents; ${escapeMarkdownInline(c.provenance.reference.corpus)}, generated ${escapeMarkdownInline(c.provenance.reference.generated)} by ${escapeMarkdownInline(c.provenance.reference.tool)})`
        : '; no reference norms') +
      '. compare.json holds every figure, the settings and each text\'s SHA-256.',
    '',
  );
  return `${out.join('\n')}\n`;
}

/** Texts named in the report's title; past this many it gives their number. */
const NAMED_IN_TITLE = 4;

/** Texts the scores table gives a column each; past this many each text is a row. */
const TEXTS_AS_COLUMNS = 6;

/**
 * What each text is, beyond its file name: its title, author or speaker and year, in the columns some text has a value for
 * (a title column only when some title is more than the file name). Nothing when no text has any of them.
 */
function textsTable(c: Comparison): string[] {
  const titled = c.texts.some((t) => t.title !== baseName(t.name));
  const authored = c.texts.some((t) => typeof t.author === 'string' && t.author !== '');
  const dated = c.texts.some((t) => typeof t.year === 'number');
  if (!titled && !authored && !dated) return [];
  const heads = ['Text', ...(titled ? ['Title'] : []), ...(authored ? ['Author or speaker'] : []), ...(dated ? ['Year'] : [])];
  const rows = c.texts.map((t) => [
    escapeMarkdownCell(t.name),
    ...(titled ? [escapeMarkdownCell(t.title)] : []),
    ...(authored ? [typeof t.author === 'string' && t.author !== '' ? escapeMarkdownCell(t.author) : '—'] : []),
    ...(dated ? [typeof t.year === 'number' ? String(t.year) : '—'] : []),
  ]);
  return [
    '## Texts',
    '',
    `| ${heads.join(' | ')} |`,
    `|${heads.map((h) => (h === 'Year' ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    'Titles, authors or speakers and years come from a MANIFEST.tsv beside the files (or in the folder above) where it lists them; otherwise a text has its own title (its first heading, else its file name) and the year that starts its file name.',
    '',
  ];
}

/** G² with one degree of freedom at the usual significance levels (the chi-square critical values), from the most lenient. */
const G2_LEVELS = [
  { g2: 3.84, p: '0.05' },
  { g2: 6.63, p: '0.01' },
  { g2: 10.83, p: '0.001' },
  { g2: 15.13, p: '0.0001' },
] as const;

/**
 * What a G² threshold means, as the keyness paragraph says it: the strictest level it reaches ("p < 0.001 with one degree
 * of freedom"), or that it is below p < 0.05's, then the other levels for scale. `--min-g2 10.83` is p < 0.001, not the
 * default's p < 0.05.
 */
export function significanceOf(minG2: number): string {
  const reached = [...G2_LEVELS].reverse().find((l) => minG2 >= l.g2);
  const lead = reached
    ? `p < ${reached.p} with one degree of freedom`
    : `below the ${fixed(G2_LEVELS[0].g2, 2)} of p < ${G2_LEVELS[0].p} with one degree of freedom, so some listed terms are not significant even at that level`;
  const stricter = G2_LEVELS.filter((l) => l.g2 > minG2 && (reached !== undefined || l !== G2_LEVELS[0]));
  return stricter.length ? `${lead}; ${stricter.map((l) => `${fixed(l.g2, 2)} is p < ${l.p}`).join(', ')}` : lead;
}

function keyTable(terms: readonly KeyTerm[], heading: string, pair: boolean, cut?: KeynessCut): string[] {
  if (terms.length === 0) return [`No ${heading.toLowerCase()} passes the thresholds.`];
  const unit = heading === 'Word' ? 'words' : 'pairs';
  const rows = [
    `| ${heading} | In text | Per 1,000 ${unit} | ${pair ? 'In the other' : 'In others'} | Per 1,000 ${unit} | G² | Log ratio |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const t of terms) {
    rows.push(`| ${escapeMarkdownCell(t.term)} | ${t.count} | ${fixed(t.per1000, 2)} | ${t.referenceCount} | ${fixed(t.referencePer1000, 2)} | ${fixed(t.g2, 2)} | ${fixed(t.logRatio, 2)} |`);
  }
  if (cut && cut.more > 0) {
    const kind = heading === 'Word' ? 'word' : 'phrase';
    const last = terms[terms.length - 1];
    const passed = `${counted(terms.length + cut.more, kind)} pass the thresholds; the first ${terms.length} are listed.`;
    const tied = cut.tied > 0
      ? ` ${cut.tied} more tie with the last one listed (G² ${fixed(last.g2, 2)}, log ratio ${fixed(last.logRatio, 2)}) and are left out only by the alphabetical order of ties: \`--top ${terms.length + cut.tied}\` lists them.`
      : '';
    rows.push('', passed + tied);
  }
  return rows;
}
