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
 * renderWorksheetHtml print the student's sheet, renderAnswersMarkdown and renderAnswersHtml the answer key.
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

/** One line of the answer key: the words quoted, then the reason once, and the rule id for looking it up. */
interface AnswerLine {
  /** For a finding only noted: its kind and device ("Us/them cue (Us/them framing, listed for context, not scored)"). */
  lead?: string;
  quotes: string[];
  explanation: string;
  rule: string;
}

/** One sentence of the answer key: what the toolkit counts in it, by device, and what it only notes. */
interface AnswerItem {
  item: WorksheetItem;
  /** The devices counted, by title; empty when none is. */
  devices: string[];
  /** Per device counted: its title, its sentence value in words where it has one, and its findings. */
  blocks: { title: string; value?: string; lines: AnswerLine[] }[];
  /** Findings listed for context or for their tone, not counted. */
  noted: AnswerLine[];
}

const ANSWERS_INTRO =
  "These are the toolkit's answers: what its rules and word lists flag, with the reason each rule gives. They are a starting point for discussion, not the only right answer; a careful reader may see a device the rules miss, or disagree with one they flag.";
const NOTED_HEADING = 'Also noted (a student’s answer need not name these):';
const NONE = 'The toolkit found none of the devices in this sentence.';
const NONE_COUNTED = 'The toolkit counts none of the devices in this sentence; it only notes:';

/** The answer key of a checked worksheet, for either renderer: the sentence values explained once, then every item. */
function answerKey(ws: Worksheet, fn: string): { values: { title: string; plain: string }[]; items: AnswerItem[] } {
  if (ws.scoresInPlainWords === null || typeof ws.scoresInPlainWords !== 'object') throw new UsageError(`${fn}(): the worksheet's scoresInPlainWords must be an object, not ${shownValue(ws.scoresInPlainWords)}`);
  const guides = new Map(ws.devices.map((d) => [d.id, d] as const));
  const title = (device: string): string => guides.get(device)?.title ?? device;
  // What a sentence value means, once, for each device whose values the key shows.
  const valued = new Set(ws.items.flatMap((item) => Object.keys(item.values)));
  const values = Object.entries(ws.scoresInPlainWords).filter(([device]) => valued.has(device)).map(([device, plain]) => ({ title: title(device), plain }));
  const items = ws.items.map((item): AnswerItem => {
    const noted = item.findings.filter((f) => !counts(f));
    return {
      item,
      devices: item.devices.map(title),
      blocks: item.devices.map((device) => {
        const value = item.values[device];
        return { title: title(device), ...(value !== undefined ? { value: valueText(value) } : {}), lines: answerLines(item.findings.filter((f) => f.device === device && counts(f))) };
      }),
      noted: noted.flatMap((f) => {
        const why = f.category === 'framing' ? '' : ', listed for context, not scored';
        const value = f.category === 'framing' && item.values[f.device] !== undefined && !item.devices.includes(f.device) ? `; ${valueText(item.values[f.device])}` : '';
        return answerLines([f], `${capital(findingLabelOf(guides.get(f.device), f))} (${title(f.device)}${why}${value})`);
      }),
    };
  });
  return { values, items };
}

/** One line per rule and explanation: its quoted words, then the explanation once. */
function answerLines(found: readonly Finding[], lead?: string): AnswerLine[] {
  const groups = new Map<string, Finding[]>();
  for (const f of found) {
    const key = `${f.rule}\u0000${f.explanation}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((list) => ({ ...(lead !== undefined ? { lead } : {}), quotes: [...new Set(list.map((f) => f.quote))], explanation: list[0].explanation, rule: list[0].rule }));
}

/** The answer key in Markdown: the toolkit's findings and explanations for every sentence. */
export function renderAnswersMarkdown(ws: Worksheet): string {
  checkWorksheet(ws, 'renderAnswersMarkdown');
  const key = answerKey(ws, 'renderAnswersMarkdown');
  const lines = [`# Answer key: ${md(ws.title)}`, '', `Source: ${md(ws.source)} · worksheet seed ${md(ws.seed)}`, '', ANSWERS_INTRO, ''];
  for (const v of key.values) lines.push(`**${prose(v.title)} values.** ${prose(v.plain)}`, '');
  const line = (l: AnswerLine, indent: string): string =>
    `${indent}- ${l.lead !== undefined ? `${prose(l.lead)} ` : ''}${l.quotes.map((q) => `“${md(q)}”`).join(', ')}: ${prose(l.explanation)} (rule \`${l.rule.replace(/`/g, '')}\`)`;
  for (const a of key.items) {
    lines.push(`## ${a.item.number}.`, '', `> ${md(a.item.text)}`, '');
    if (a.devices.length === 0) lines.push(a.noted.length ? `**None counted.** ${NONE_COUNTED}` : `**None.** ${NONE}`, '');
    else {
      lines.push(`**${a.devices.map(prose).join(', ')}**`, '');
      for (const b of a.blocks) lines.push(`- ${prose(b.title)}${b.value !== undefined ? ` (${b.value})` : ''}:`, ...b.lines.map((l) => line(l, '  ')));
    }
    if (a.noted.length) {
      if (a.devices.length) lines.push(`- ${NOTED_HEADING}`);
      lines.push(...a.noted.map((l) => line(l, a.devices.length ? '  ' : '')));
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** What the student's sheet and the answer key look like alike: the page, headings, the meta line and the quoted sentence. */
const SHEET_STYLE = `body{font-family:Georgia,"Times New Roman",serif;max-width:46rem;margin:1.5rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5;overflow-wrap:break-word}
h1{font-size:1.4rem}h2{font-size:1.1rem}
.meta{color:#555;font-size:.85rem;font-family:system-ui,sans-serif}
blockquote{margin:.2rem 0;padding:.3rem .8rem;border-inline-start:4px solid #0072B2;background:#f4f8fb;white-space:pre-wrap;overflow-wrap:anywhere}
@media print{body{margin:0;max-width:none}blockquote{background:none}}`;

const ANSWERS_STYLE = `${SHEET_STYLE}
h2{margin:1.4rem 0 .3rem}
.item{break-inside:avoid-page}
blockquote{margin-bottom:.5rem}
.devices{font-weight:700;margin:.3rem 0}
ul{margin:.2rem 0;padding-left:1.3rem}li{margin:.2rem 0}
q{font-style:italic}
.rule{font-family:system-ui,sans-serif;font-size:.8rem;color:#555;white-space:nowrap}
@media print{body{font-size:10.5pt}}`;

/**
 * The answer key as one self-contained, printable HTML page (no scripts): the same content as answers.md, with no
 * Markdown marks to show on paper. Each sentence stays on one page where it fits.
 */
export function renderAnswersHtml(ws: Worksheet): string {
  checkWorksheet(ws, 'renderAnswersHtml');
  const key = answerKey(ws, 'renderAnswersHtml');
  const line = (l: AnswerLine): string =>
    `<li>${l.lead !== undefined ? `${html(l.lead)} ` : ''}${l.quotes.map((q) => `<q${dirAttribute(q)}>${escapeXmlInline(q)}</q>`).join(', ')}: ${html(l.explanation)} <span class="rule">(rule ${html(l.rule)})</span></li>`;
  const items = key.items
    .map((a) => {
      const body: string[] = [`<h2>${a.item.number}.</h2>`, `<blockquote${dirAttribute(a.item.text)}>${escapeXmlKeepingBreaks(a.item.text)}</blockquote>`];
      if (a.devices.length === 0) body.push(`<p><strong>${a.noted.length ? 'None counted.' : 'None.'}</strong> ${html(a.noted.length ? NONE_COUNTED : NONE)}</p>`);
      else {
        body.push(`<p class="devices">${html(a.devices.join(', '))}</p>`, '<ul>');
        for (const b of a.blocks) body.push(`<li>${html(b.title)}${b.value !== undefined ? ` (${html(b.value)})` : ''}:<ul>${b.lines.map(line).join('')}</ul></li>`);
        if (a.noted.length) body.push(`<li>${html(NOTED_HEADING)}<ul>${a.noted.map(line).join('')}</ul></li>`);
        body.push('</ul>');
      }
      if (a.devices.length === 0 && a.noted.length) body.push(`<ul>${a.noted.map(line).join('')}</ul>`);
      return `<section class="item">\n${body.join('\n')}\n</section>`;
    })
    .join('\n');
  return htmlPage({
    title: `Answer key: ${ws.title}`,
    style: ANSWERS_STYLE,
    body: `<h1>${html(`Answer key: ${ws.title}`)}</h1>
<p class="meta">Source: ${escapeXmlInline(ws.source)} · worksheet seed ${html(ws.seed)}</p>
<p>${html(ANSWERS_INTRO)}</p>
${key.values.map((v) => `<p><strong>${html(v.title)} values.</strong> ${html(v.plain)}</p>`).join('\n')}
${items}`,
  });
}

/** A sentence's sentiment in words a student can place. */
function valueText(value: number): string {
  return `sentence sentiment ${value.toFixed(2).replace('-', '−')}, on a scale from −1 to +1`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const WORKSHEET_STYLE = `${SHEET_STYLE}
h2{margin-top:1.6rem}
.where{color:#555;font-size:.85rem;font-family:system-ui,sans-serif}
.devices-list li{margin:.3rem 0}
ol.items{padding-left:1.6rem}
.item{margin:1.2rem 0;break-inside:avoid}
.ask{font-family:system-ui,sans-serif;font-size:.85rem;font-weight:600;margin-right:.5rem}
.box{display:inline-block;font-family:system-ui,sans-serif;font-size:.82rem;margin:.15rem .6rem .15rem 0}
.box::before{content:"";display:inline-block;width:.8rem;height:.8rem;border:1.5px solid #333;margin-right:.3rem;vertical-align:-.1rem}
.quote{display:flex;align-items:flex-end;margin:.5rem 0}
.line{flex:1;border-bottom:1px solid #777;height:1.3rem}
@media print{body{font-size:11pt}}`;

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
<p class="meta">Source: ${escapeXmlInline(ws.source)} · ${counted(ws.items.length, 'sentence')} · seed ${html(ws.seed)}</p>
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
