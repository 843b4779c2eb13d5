// Student worksheets from one result: sentences drawn from each device's findings and from sentences with none, with an answer key.

import type { Finding } from '../analyzers/types.js';
import { deviceGuides, findingLabelOf, type DeviceGuide } from '../explain.js';
import { loadLexicons } from '../lexicon/load.js';
import { checkResult, type AnalysisResult } from '../result.js';
import { checkOptionsObject, shownValue, UsageError, wrongShape } from '../util/errors.js';
import { escapeMarkdownInline, escapeXml, escapeXmlInline, escapeXmlKeepingBreaks, stripXmlInvalid } from '../util/escape.js';
import { htmlPage } from '../report/html/page.js';
import { counted } from '../util/plural.js';
import { dirAttribute } from '../util/direction.js';
import { seededRandom, shuffled } from '../util/random.js';

/** The question asked about every sentence. */
export const QUESTION = 'Which device(s), if any, does this sentence use? Quote the words that show it.';

/** Options of buildWorksheet(). */
export interface WorksheetOptions {
  /** Number of sentences. Default 10. */
  count?: number;
  /** Seed of the draw: the same seed gives the same worksheet. Default "1". */
  seed?: string | number;
  /** Sentences shorter or longer than this (in words) are not drawn while enough others remain. Default 4…45. */
  minWords?: number;
  maxWords?: number;
  /** Device guides (default from lexicons/devices.json, or a devices.json in `lexicons`). */
  guides?: readonly DeviceGuide[];
  /** Extra lexicon folders, as `analyze` takes them: a devices.json among them words the questions. */
  lexicons?: readonly string[];
}

/** One sentence of the worksheet, with the toolkit's answer. */
export interface WorksheetItem {
  number: number;
  /** Index of the sentence in the result. */
  sentence: number;
  text: string;
  line: number;
  sectionTitle: string;
  /** The pool it was drawn from: a device id, or "none" for a distractor. */
  drawnFor: string;
  /** Devices the toolkit found and counts in the sentence, in report order (not those only listed for context, nor sentiment's tone of the framing alone). */
  devices: string[];
  findings: Finding[];
  /** The sentence's own value per device where there is one (sentiment). */
  values: Record<string, number>;
}

/**
 * What buildWorksheet() returns: the drawn sentences with the toolkit's answers. renderWorksheetMarkdown and
 * renderWorksheetHtml print the student's sheet, renderAnswersMarkdown the answer key.
 */
export interface Worksheet {
  title: string;
  /** The source's name (a file name), as in the result. */
  source: string;
  /** The seed of the draw, as a string. */
  seed: string;
  /** Devices of the result, with their guides. */
  devices: DeviceGuide[];
  items: WorksheetItem[];
  /** How many sentences each pool had to draw from, by device id ("none" for sentences with no finding). */
  pools: Record<string, number>;
  /** The plain words of each device score that has them (sentiment), for the answer key's sentence values. */
  scoresInPlainWords: Record<string, string>;
}

export const DEFAULT_COUNT = 10;

/** Draws the worksheet: pools per device (sentences with a scored finding of it) and a pool of sentences with no finding, visited in turn. */
export function buildWorksheet(result: AnalysisResult, options: WorksheetOptions = {}): Worksheet {
  checkResult(result, 'buildWorksheet', 'result');
  checkOptionsObject(options, 'buildWorksheet');
  for (const name of ['count', 'minWords', 'maxWords'] as const) {
    const value: unknown = options[name];
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value))) throw new UsageError(`buildWorksheet(): ${name} must be a number, not ${shownValue(value)}`);
  }
  const count = Math.max(1, Math.floor(options.count ?? DEFAULT_COUNT));
  const seed = String(options.seed ?? '1');
  const random = seededRandom(seed);
  const guides = options.guides ?? deviceGuides(loadLexicons(options.lexicons));
  const minWords = options.minWords ?? 4;
  const maxWords = options.maxWords ?? 45;

  const findingsBySentence = new Map<number, Finding[]>();
  for (const f of result.findings) {
    const list = findingsBySentence.get(f.sentence) ?? [];
    list.push(f);
    findingsBySentence.set(f.sentence, list);
  }
  const prose = result.sentences.filter((s) => !s.heading);
  const fitting = prose.filter((s) => s.words >= minWords && s.words <= maxWords);
  const pools: Record<string, number> = {};
  const chosen = new Map<number, string>();
  const seen = new Set<string>();
  // Sentences of a fitting length first; only when they run out, the others (a short text must still fill its worksheet).
  for (const candidates of [fitting, prose.filter((s) => s.words < minWords || s.words > maxWords)]) {
    const groups: { id: string; pool: number[] }[] = result.devices.map((d) => ({
      id: d.id,
      pool: candidates.filter((s) => (findingsBySentence.get(s.index) ?? []).some((f) => f.device === d.id && counts(f))).map((s) => s.index),
    }));
    groups.push({ id: 'none', pool: candidates.filter((s) => !findingsBySentence.has(s.index)).map((s) => s.index) });
    for (const g of groups) pools[g.id] = (pools[g.id] ?? 0) + g.pool.length;
    // Each pool shuffled once; then one sentence from each pool in turn (rarer devices first), skipping sentences already
    // drawn and sentences whose words were already drawn (a refrain the text repeats is asked about once).
    const order = [...groups].filter((g) => g.pool.length > 0).sort((a, b) => (a.id === 'none' ? 1 : 0) - (b.id === 'none' ? 1 : 0) || a.pool.length - b.pool.length);
    const queues = order.map((g) => ({ id: g.id, queue: shuffled(g.pool, random) }));
    while (chosen.size < count && queues.some((q) => q.queue.length > 0)) {
      for (const q of queues) {
        if (chosen.size >= count) break;
        while (q.queue.length > 0) {
          const s = q.queue.shift()!;
          const words = sameWords(result.text.slice(result.sentences[s].start, result.sentences[s].end));
          if (!chosen.has(s) && !seen.has(words)) {
            chosen.set(s, q.id);
            seen.add(words);
            break;
          }
        }
      }
    }
  }

  const deviceOrder = new Map(result.devices.map((d, i) => [d.id, i] as const));
  const items: WorksheetItem[] = [...chosen.keys()]
    .sort((a, b) => a - b)
    .map((index, n) => {
      const s = result.sentences[index];
      const findings = findingsBySentence.get(index) ?? [];
      const devices = [...new Set(findings.filter(counts).map((f) => f.device))].sort((a, b) => (deviceOrder.get(a) ?? 99) - (deviceOrder.get(b) ?? 99));
      return {
        number: n + 1,
        sentence: index,
        text: result.text.slice(s.start, s.end),
        line: s.line,
        sectionTitle: result.sections[s.section]?.kind === 'opening' ? 'Opening' : (result.sections[s.section]?.title ?? ''),
        drawnFor: chosen.get(index)!,
        devices,
        findings,
        values: s.values,
      };
    });
  return {
    title: result.title,
    source: result.source.name,
    seed,
    devices: result.devices.map((d) => guides.find((g) => g.id === d.id) ?? { id: d.id, title: d.title, definition: d.description, findingLabel: d.title, spotIt: '', limits: [] }),
    items,
    pools,
    scoresInPlainWords: Object.fromEntries(result.devices.filter((d) => d.score.plain).map((d) => [d.id, d.score.plain!])),
  };
}

/**
 * Whether a finding shows its device in the sentence, so that a student should name it: scored, and not sentiment's
 * "tone of the framing" (which only says that another device's finding moves the sentiment) or its lone "!" (no word
 * a student could quote).
 */
export function counts(f: Finding): boolean {
  return f.scored && f.category !== 'framing' && f.category !== 'exclamation';
}

/** A sentence's words, for telling repeated sentences apart: case, punctuation and spacing aside. */
function sameWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Markdown-safe text of a sentence on one line. */
function md(s: string): string {
  return escapeMarkdownInline(stripXmlInvalid(s));
}

/** Our own prose from the lexicons (definitions, explanations) in Markdown: kept readable, only raw HTML is neutralized. */
function prose(s: string): string {
  return stripXmlInvalid(s).replace(/[\r\n]+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

const html = escapeXml;

/** What every worksheet renderer asks for, as its messages say it. */
const WORKSHEET_SHAPE = 'a worksheet (an object with title, source, devices and items, as buildWorksheet() returns)';

/** A JavaScript caller's worksheet, checked: the fields every view prints, and each item's text and findings. */
function checkWorksheet(ws: unknown, fn: string): asserts ws is Worksheet {
  const got = wrongShape(ws, { title: 'string', source: 'string', devices: 'list', items: 'list' });
  if (got !== undefined) throw new UsageError(`${fn}() takes ${WORKSHEET_SHAPE}, not ${got}`);
  const items = (ws as { items: unknown[] }).items;
  const i = items.findIndex((item) => wrongShape(item, { text: 'string', devices: 'list', findings: 'list' }) !== undefined);
  if (i >= 0) throw new UsageError(`${fn}(): the worksheet's items[${i}] must be a worksheet item (with text, devices and findings), not ${shownValue(items[i])}`);
}

/** The student's worksheet in Markdown. */
export function renderWorksheetMarkdown(ws: Worksheet): string {
  checkWorksheet(ws, 'renderWorksheetMarkdown');
  const lines = [
    `# Worksheet: ${md(ws.title)}`,
    '',
    `Source: ${md(ws.source)} · ${counted(ws.items.length, 'sentence')} · worksheet seed ${md(ws.seed)}`,
    '',
    '## The devices',
    '',
  ];
  for (const d of ws.devices) {
    lines.push(`- **${prose(d.title)}**: ${prose(d.definition)}${d.spotIt ? ` *How to spot it:* ${prose(d.spotIt)}` : ''}`);
  }
  lines.push('', '## Questions', '', `For each sentence: ${QUESTION} Some sentences use none of them.`, '');
  for (const item of ws.items) {
    lines.push(`### ${item.number}.`, '', `> ${md(item.text)}`, '', `*(line ${item.line}, section “${md(item.sectionTitle)}”)*`, '', 'Device(s): ____________________', '', 'Words that show it: ____________________', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The answer key in Markdown: the toolkit's findings and explanations for every sentence. */
export function renderAnswersMarkdown(ws: Worksheet): string {
  checkWorksheet(ws, 'renderAnswersMarkdown');
  if (ws.scoresInPlainWords === null || typeof ws.scoresInPlainWords !== 'object') throw new UsageError(`renderAnswersMarkdown(): the worksheet's scoresInPlainWords must be an object, not ${shownValue(ws.scoresInPlainWords)}`);
  const guides = new Map(ws.devices.map((d) => [d.id, d] as const));
  const lines = [
    `# Answer key: ${md(ws.title)}`,
    '',
    `Source: ${md(ws.source)} · worksheet seed ${md(ws.seed)}`,
    '',
    'These are the toolkit\'s answers: what its rules and word lists flag, with the reason each rule gives. They are a starting point for discussion, not the only right answer; a careful reader may see a device the rules miss, or disagree with one they flag.',
    '',
  ];
  // What a sentence value means, once, for each device whose values the key shows.
  const valued = new Set(ws.items.flatMap((item) => Object.keys(item.values)));
  for (const [device, plain] of Object.entries(ws.scoresInPlainWords)) {
    if (valued.has(device)) lines.push(`**${prose(guides.get(device)?.title ?? device)} values.** ${prose(plain)}`, '');
  }
  for (const item of ws.items) {
    lines.push(`## ${item.number}.`, '', `> ${md(item.text)}`, '');
    const noted = item.findings.filter((f) => !counts(f));
    if (item.devices.length === 0) {
      lines.push(noted.length ? '**None counted.** The toolkit counts none of the devices in this sentence; it only notes:' : '**None.** The toolkit found none of the devices in this sentence.', '');
    } else {
      lines.push(`**${item.devices.map((d) => prose(guides.get(d)?.title ?? d)).join(', ')}**`, '');
      for (const device of item.devices) {
        const guide = guides.get(device);
        const value = item.values[device];
        lines.push(`- ${prose(guide?.title ?? device)}${value !== undefined ? ` (${valueText(value)})` : ''}:`);
        lines.push(...findingLines(item.findings.filter((f) => f.device === device && counts(f)), '  '));
      }
    }
    if (noted.length) {
      if (item.devices.length) lines.push('- Also noted (a student’s answer need not name these):');
      const indent = item.devices.length ? '  ' : '';
      for (const f of noted) {
        const guide = guides.get(f.device);
        const label = findingLabelOf(guide, f);
        const why = f.category === 'framing' ? '' : ', listed for context, not scored';
        const value = f.category === 'framing' && item.values[f.device] !== undefined && !item.devices.includes(f.device) ? `; ${valueText(item.values[f.device])}` : '';
        lines.push(...findingLines([f], indent, `${capital(prose(label))} (${prose(guide?.title ?? f.device)}${why}${value}) `));
      }
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** One line per rule and explanation: its quoted words, then the explanation once (and the rule id for looking it up). */
function findingLines(found: readonly Finding[], indent: string, lead = ''): string[] {
  const groups = new Map<string, Finding[]>();
  for (const f of found) {
    const key = `${f.rule}\u0000${f.explanation}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((list) => {
    const quotes = [...new Set(list.map((f) => f.quote))].map((q) => `“${md(q)}”`).join(', ');
    return `${indent}- ${lead}${quotes}: ${prose(list[0].explanation)} (rule \`${list[0].rule.replace(/`/g, '')}\`)`;
  });
}

/** A sentence's sentiment in words a student can place. */
function valueText(value: number): string {
  return `sentence sentiment ${value.toFixed(2).replace('-', '−')}, on a scale from −1 to +1`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const WORKSHEET_STYLE = `body{font-family:Georgia,"Times New Roman",serif;max-width:46rem;margin:1.5rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5;overflow-wrap:break-word}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}
.meta,.where{color:#555;font-size:.85rem;font-family:system-ui,sans-serif}
.devices-list li{margin:.3rem 0}
ol.items{padding-left:1.6rem}
.item{margin:1.2rem 0;break-inside:avoid}
blockquote{margin:.2rem 0;padding:.3rem .8rem;border-inline-start:4px solid #0072B2;background:#f4f8fb;white-space:pre-wrap;overflow-wrap:anywhere}
.ask{font-family:system-ui,sans-serif;font-size:.85rem;font-weight:600;margin-right:.5rem}
.box{display:inline-block;font-family:system-ui,sans-serif;font-size:.82rem;margin:.15rem .6rem .15rem 0}
.box::before{content:"";display:inline-block;width:.8rem;height:.8rem;border:1.5px solid #333;margin-right:.3rem;vertical-align:-.1rem}
.quote{display:flex;align-items:flex-end;margin:.5rem 0}
.line{flex:1;border-bottom:1px solid #777;height:1.3rem}
@media print{body{margin:0;max-width:none;font-size:11pt}blockquote{background:none}}`;

/**
 * The student's worksheet as one self-contained, printable HTML page (no scripts). A sentence keeps its line breaks; a
 * browser breaks no line at U+2028 or U+2029, so each is followed by a <br>.
 */
export function renderWorksheetHtml(ws: Worksheet): string {
  checkWorksheet(ws, 'renderWorksheetHtml');
  const devices = ws.devices.map((d) => `<li><strong>${html(d.title)}</strong>: ${html(d.definition)}${d.spotIt ? ` <em>How to spot it:</em> ${html(d.spotIt)}` : ''}</li>`).join('\n');
  const boxes = [...ws.devices.map((d) => d.title), 'None of them'].map((t) => `<span class="box">${html(t)}</span>`).join(' ');
  const items = ws.items
    .map(
      (item) => `<li class="item">
<blockquote${dirAttribute(item.text)}>${escapeXmlKeepingBreaks(item.text)}</blockquote>
<p class="where">line ${item.line} · section “${escapeXmlInline(item.sectionTitle)}”</p>
<p class="devices"><span class="ask">Device(s):</span> ${boxes}</p>
<p class="quote"><span class="ask">Words that show it:</span><span class="line"></span></p>
<p class="quote"><span class="line"></span></p>
</li>`,
    )
    .join('\n');
  return htmlPage({
    title: `Worksheet: ${ws.title}`,
    style: WORKSHEET_STYLE,
    body: `<h1>${html(`Worksheet: ${ws.title}`)}</h1>
<p class="meta">Source: ${escapeXmlInline(ws.source)} · ${ws.items.length} sentences · seed ${html(ws.seed)}</p>
<h2>The devices</h2>
<ul class="devices-list">
${devices}
</ul>
<h2>Questions</h2>
<p>For each sentence: <strong>${html(QUESTION)}</strong> Some sentences use none of them.</p>
<ol class="items">
${items}
</ol>`,
  });
}
