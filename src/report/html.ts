// The HTML report: one self-contained page showing the whole text with every finding highlighted, explained and toggleable by device.

import type { Finding } from './../analyzers/types.js';
import { deviceGuides, findingLabelOf, type DeviceGuide } from '../explain.js';
import { loadLexicons } from '../lexicon/load.js';
import { checkResult, type AnalysisResult, type SectionResult } from '../result.js';
import { checkOptionsObject } from '../util/errors.js';
import { closeBidi, escapeXml, escapeXmlInline, escapeXmlKeepingBreaks } from '../util/escape.js';
import { dirAttribute } from '../util/direction.js';
import { counted } from '../util/plural.js';
import { htmlPage } from './html/page.js';
import { nestSpans, type MarkSpan } from './html/nest.js';
import { enhancementScript } from './html/script.js';
import { deviceLooks, styleSheet, underlinePlace, underlineRoom, type DeviceLook, type UnderlinePlace } from './html/style.js';
import { DENSITY_NOTE, LIMITATIONS, rangeText, scoreMeaning, STRENGTH_NOTE } from './reading.js';

/** Charts to inline (SVG text, as the chart renderers produce it). */
export interface HtmlCharts {
  /** Every section × every device at a glance, shown at the top. */
  overview?: string;
  /** Sentence-by-sentence sentiment across the text, shown at the top. */
  arc?: string;
  /** One chart per section, by section index, shown beside its section. */
  sections?: readonly (string | undefined)[];
}

/** Options of renderHtml(). */
export interface HtmlOptions {
  /** SVG charts to inline; the page has no charts without them (renderReportFiles draws and passes them). */
  charts?: HtmlCharts;
  /** Device definitions and finding labels (default: from lexicons/devices.json, or a devices.json in `lexicons`). */
  guides?: readonly DeviceGuide[];
  /** Extra lexicon folders, as `analyze` takes them: a devices.json among them words the guides. */
  lexicons?: readonly string[];
}

/** Longest quote printed in a findings list before it is shortened (the full words are highlighted in the text). */
const LIST_QUOTE_CHARS = 240;
/** Longest quote a listed finding names when it refers to the earlier finding that gives their shared explanation. */
const SAME_QUOTE_CHARS = 40;

/** Renders the result as one HTML page; the same result gives the same bytes. Every piece of input text is escaped. */
export function renderHtml(result: AnalysisResult, options: HtmlOptions = {}): string {
  checkResult(result, 'renderHtml');
  checkOptionsObject(options, 'renderHtml');
  const guides = options.guides ?? deviceGuides(loadLexicons(options.lexicons));
  const deviceIds = result.devices.map((d) => d.id);
  const view = new View(result, guides);
  const body = view.body(options.charts);
  return htmlPage({
    title: `${closeBidi(result.title)} — rhetoric report`,
    generator: `${result.tool.name} ${result.tool.version}`,
    style: styleSheet(deviceIds, view.underlineOffsets, underlineRoom(view.underlineBottoms)),
    script: enhancementScript,
    body: `<a class="skip" href="#text">Skip to the text</a>
${view.header()}
${view.controls()}
${view.intro(options.charts)}
<main id="text">
${body}
</main>
${view.explanations()}
<aside id="explain" aria-label="Why the selected words are highlighted" hidden>
<button type="button" class="close">Close</button>
<h2>Why these words are highlighted</h2>
<div class="items"></div>
</aside>
<footer>
<p>Made by ${esc(result.tool.name)} ${esc(result.tool.version)} from ${inline(result.source.name)}. The highlights are the toolkit's reading, made by rules and word lists: they point at words worth discussing, not at verdicts. <code>rhetoric explain</code> lists every rule and its limits; <code>rhetoric explain</code> followed by a finding's rule id explains that rule alone, with its examples.</p>
</footer>`,
  });
}

/** Escapes input text for HTML content or attribute values (and drops characters HTML cannot carry). */
const esc = escapeXml;
/** Escapes input text set among the page's own words, closing the bidi formatting it leaves open (see closeBidi). */
const inline = escapeXmlInline;

/** A block of text between blank lines, and whether it is the title or a heading. */
interface Block {
  start: number;
  end: number;
  kind: 'title' | 'heading' | 'prose';
}

class View {
  private readonly result: AnalysisResult;
  private readonly guideById: Map<string, DeviceGuide>;
  private readonly dv = new Map<string, number>();
  private readonly countByDevice = new Map<string, number>();
  /**
   * Where each distinct explanation is given, by explanation: its number `n` (the hidden element `why-<n>` holds its text)
   * and the first finding, in the order of the lists of findings, that has it. That finding's list entry shows the text;
   * later entries link to it, and highlights are described by the hidden element (see explanations()).
   */
  private readonly whyOf = new Map<string, { n: number; first: number }>();
  /** The kinds of finding (a label and a device title: "Loaded wording (Sentiment):"), each numbered once: the hidden element `kind-<n>` holds it. */
  private readonly kindOf = new Map<string, { n: number; label: string; title: string }>();
  /** Each device's line style, by its position in the device list. */
  private readonly lineOf: DeviceLook['line'][];
  /** The underline offsets (px) the highlights rendered so far use, for the style sheet. */
  readonly underlineOffsets = new Set<number>();
  /** How far below the baseline the page's underlines reach. */
  readonly underlineBottoms = new Set<number>();

  constructor(result: AnalysisResult, guides: readonly DeviceGuide[]) {
    this.result = result;
    this.guideById = new Map(guides.map((g) => [g.id, g] as const));
    result.devices.forEach((d, i) => this.dv.set(d.id, i));
    this.lineOf = deviceLooks(result.devices.map((d) => d.id)).map((l) => l.line);
    for (const f of result.findings) this.countByDevice.set(f.device, (this.countByDevice.get(f.device) ?? 0) + 1);
    for (const group of this.findingsBySection()) {
      for (const { f, k } of group) if (!this.whyOf.has(f.explanation)) this.whyOf.set(f.explanation, { n: this.whyOf.size, first: k });
    }
  }

  /** The elements that describe a highlight: its kind, then its explanation (`kind-<n> why-<n>`); the kind alone for a finding no list shows. */
  private describedBy(f: Finding): string {
    const label = cap(this.label(f));
    const title = this.result.devices[this.dv.get(f.device) ?? 0]?.title ?? f.device;
    const key = `${label}\u0000${title}`;
    let kind = this.kindOf.get(key);
    if (kind === undefined) this.kindOf.set(key, (kind = { n: this.kindOf.size, label, title }));
    const why = this.whyOf.get(f.explanation);
    return `kind-${kind.n}${why === undefined ? '' : ` why-${why.n}`}`;
  }

  /**
   * The texts that describe the highlights (aria-describedby), each once, in a hidden element outside the lists of
   * findings: browsers leave the content of a closed <details> out of descriptions (Chromium gives none at all), so the
   * list entry that shows an explanation cannot be what describes its highlights. A kind reads "Loaded wording
   * (Sentiment):" and keeps its label for the script's panel and tooltips. Call after body().
   */
  explanations(): string {
    const kinds = [...this.kindOf.values()].map(({ n, label, title }) => `<span id="kind-${n}" data-label="${esc(label)}">${esc(`${label} (${title}):`)}</span>`);
    const whys = [...this.whyOf].map(([text, { n }]) => `<span id="why-${n}">${esc(text)}</span>`);
    return `<div id="explanations" hidden>\n${[...kinds, ...whys].join('\n')}\n</div>`;
  }

  /** How to name a finding: its category's label where the guide has one ("tone of the framing"), else the device's. */
  private label(f: Pick<Finding, 'device' | 'category' | 'scored'>): string {
    return findingLabelOf(this.guideById.get(f.device), f);
  }

  header(): string {
    const r = this.result;
    const s = r.source;
    return `<header class="top">
<p class="meta">rhetoric-lens report · ${inline(s.name)}</p>
<p class="meta">${counted(s.words, 'word')} · ${counted(s.sentences, 'sentence')} · ${counted(r.sections.length, 'section')} · ${counted(r.findings.length, 'highlighted finding')}</p>
</header>`;
  }

  controls(): string {
    const toggles = this.result.devices
      .map((d, i) => {
        const n = this.countByDevice.get(d.id) ?? 0;
        return `<span class="toggle"><input type="checkbox" class="device-toggle" data-title="${esc(d.title)}" id="show-${i}" data-dv="${i}" data-device="${esc(d.id)}" autocomplete="off" checked><label for="show-${i}"><span class="swatch dv${i}" aria-hidden="true"></span> ${esc(d.title)} <span class="count">(${n})</span></label><button type="button" class="only" data-dv="${i}" hidden aria-label="Show only ${esc(d.title)}">only</button></span>`;
      })
      .join('\n');
    return `<nav class="controls" aria-label="Highlights">
<fieldset>
<legend>Highlight</legend>
${toggles}
</fieldset>
</nav>`;
  }

  intro(charts: HtmlCharts | undefined): string {
    const r = this.result;
    const rows = r.devices
      .map((d, i) => {
        const g = this.guideById.get(d.id);
        const score = r.document[d.id]?.score ?? 0;
        return `<tr><th scope="row"><span class="swatch dv${i}" aria-hidden="true"></span> ${esc(d.title)}</th><td>${esc(g?.definition ?? d.description)}${g?.spotIt ? `<br><em>How to spot it:</em> ${esc(g.spotIt)}` : ''}</td><td class="num">${score.toFixed(d.score.digits)}</td><td>${esc(d.score.label)}</td><td class="num">${this.countByDevice.get(d.id) ?? 0}</td></tr>`;
      })
      .join('\n');
    const top = [charts?.overview, charts?.arc].filter((c): c is string => !!c).map((svg) => `<figure class="chart">${inlineSvg(svg)}</figure>`).join('\n');
    return `<section class="intro" aria-label="About this report">
<details open>
<summary>How to read this report</summary>
<p>Every passage the toolkit flagged is highlighted in the text below: one colour and one line style per device <span class="on-screen">(the legend is in the bar above, where you can also switch a device's highlights off)</span><span class="on-paper">(the legend is under the table of scores)</span>. Where findings overlap, their underlines stack at different depths. <span class="on-screen">Point at a highlight, or move to it with the Tab key, to read why it was flagged; each</span><span class="on-paper">Each</span> section also ends with a list of its findings<span class="on-paper">, which says why each was flagged</span>. Highlights are possible cues found by rules and word lists, not verdicts: discuss them.</p>
<p class="no-js-note">Scripts are off: open the list of findings under each section to read why its words are highlighted (a finding explained the same way as an earlier one links to it).</p>
<div class="wide"><table class="scores">
<caption class="meta">Whole-text scores</caption>
<thead><tr><th scope="col">Device</th><th scope="col">What it is</th><th scope="col">Score</th><th scope="col">Scale</th><th scope="col">Findings</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
${this.reading()}
${top}
</details>
</section>`;
  }

  /** The legend in words (each device's colour and line), what strength and the scores mean, and what the tool cannot see. */
  private reading(): string {
    const r = this.result;
    const looks = deviceLooks(r.devices.map((d) => d.id));
    const legend = r.devices
      .map((d, i) => {
        const g = this.guideById.get(d.id);
        const labels = [g?.findingLabel, ...Object.values(g?.categoryLabels ?? {}), g?.listedLabel].filter((l): l is string => !!l).map((l) => `“${esc(l)}”`);
        return `<li><span class="swatch dv${i}" aria-hidden="true"></span> <strong>${esc(d.title)}</strong>: ${esc(looks[i].colourName)}, ${esc(looks[i].line)} underline${labels.length ? ` (${labels.join(', ')})` : ''}</li>`;
      })
      .join('\n');
    const scores = r.devices.map((d) => `<li><strong>${esc(d.title)}</strong> (${esc(d.score.label)}; ${esc(rangeText(d))}): ${esc(scoreMeaning(d.score))}</li>`).join('\n');
    const general = LIMITATIONS.map((l) => `<li>${esc(l)}</li>`).join('\n');
    const own = r.devices
      .map((d) => ({ d, limits: this.guideById.get(d.id)?.limits ?? [] }))
      .filter(({ limits }) => limits.length > 0)
      .map(({ d, limits }) => `<li><strong>${esc(d.title)}</strong><ul>\n${limits.map((l) => `<li>${esc(l)}</li>`).join('\n')}\n</ul></li>`)
      .join('\n');
    return `<h2 id="legend">Colours, lines and strength</h2>
<ul class="legend">
${legend}
</ul>
<p>Where findings of several devices overlap, their underlines stack at different depths. ${esc(STRENGTH_NOTE)}</p>
<h2 id="scores">What the scores mean</h2>
<ul>
${scores}
</ul>
<p>${esc(DENSITY_NOTE)}</p>
<h2 id="limits">What the tool cannot see</h2>
<ul>
${general}
${own}
</ul>`;
  }

  /** The whole text, section by section, with highlights, and beside each section its chart and scores. */
  body(charts: HtmlCharts | undefined): string {
    const r = this.result;
    const blocks = this.blocks();
    const spans: MarkSpan[] = r.findings.map((f, id) => ({ id, start: f.start, end: f.end }));
    const opened = new Set<number>();
    const out: string[] = [];
    // Findings sorted by start (as the result keeps them); `active` holds those that may overlap the current block.
    let next = 0;
    let active: MarkSpan[] = [];
    const bySection = this.blocksBySection(blocks);
    const hasTitleBlock = blocks.some((b) => b.kind === 'title');
    if (!hasTitleBlock) out.push(`<h1 class="doc-title">${esc(r.title)}</h1>`);
    for (const section of r.sections) {
      const parts: string[] = [];
      // A part's own heading ("Part 1") comes after the document title, when the part opens with it.
      let partHeading =
        section.kind === 'part' ? `<h2 class="part">${inline(section.title)}${section.subtitle ? ` <small>${inline(section.subtitle)}</small>` : ''}</h2>` : undefined;
      let firstHeading = true;
      for (const block of bySection[section.index] ?? []) {
        while (next < spans.length && spans[next].start < block.end) active.push(spans[next++]);
        active = active.filter((s) => s.end > block.start);
        const inner = this.renderBlock(block, active, opened);
        // A block of Hebrew or Arabic reads right to left, its punctuation at its left end.
        const dir = dirAttribute(r.text.slice(block.start, block.end));
        // In a section with no heading of its own, a heading line is front matter (a byline, a kicker): shown before "Part N".
        const front = block.kind === 'heading' && section.kind !== 'heading';
        if (block.kind === 'prose' && partHeading) {
          parts.push(partHeading);
          partHeading = undefined;
        }
        if (block.kind === 'title') parts.push(`<h1 class="doc-title"${dir}>${inner}</h1>`);
        else if (front) parts.push(`<p class="front"${dir}>${inner}</p>`);
        else if (block.kind === 'heading') {
          parts.push(firstHeading ? `<h2 id="section-${section.index}-title"${dir}>${inner}</h2>` : `<h3${dir}>${inner}</h3>`);
        } else parts.push(`<p${dir}>${inner}</p>`);
        if (block.kind === 'heading') firstHeading = false;
      }
      if (partHeading) parts.push(partHeading);
      out.push(this.section(section, parts, charts?.sections?.[section.index]));
    }
    return out.join('\n');
  }

  private section(section: SectionResult, parts: string[], chart: string | undefined): string {
    const r = this.result;
    const findings = this.findingsBySection()[section.index] ?? [];
    const items = findings.map(({ f, k }) => this.findingItem(f, k)).join('\n');
    const rows = r.devices
      .map((d, i) => `<tr><th scope="row"><span class="swatch dv${i}" aria-hidden="true"></span> ${esc(d.title)}</th><td class="num">${(section.scores[d.id]?.score ?? 0).toFixed(d.score.digits)}</td><td class="num">${findings.filter(({ f }) => f.device === d.id).length}</td></tr>`)
      .join('\n');
    const list = findings.length
      ? `<details class="findings"><summary>Findings in this section (${findings.length})</summary>\n<ol>\n${items}\n</ol>\n</details>`
      : `<p class="findings meta">No findings in this section.</p>`;
    return `<section class="sec" id="section-${section.index}" aria-label="${esc(`Section ${section.index + 1}: ${section.title}`)}">
<div class="body">
${parts.join('\n')}
${list}
</div>
<aside aria-label="${esc(`Scores of section ${section.index + 1}`)}">
${chart ? `<figure class="chart">${inlineSvg(chart)}</figure>` : ''}
<table class="scores"><caption class="meta">Section ${section.index + 1} of ${r.sections.length} · ${counted(section.words, 'word')} · line ${section.line}</caption>
<thead><tr><th scope="col">Device</th><th scope="col">Score</th><th scope="col">Findings</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</aside>
</section>`;
  }

  private bySection: { f: Finding; k: number }[][] | undefined;

  /** Findings (with their index) grouped by section. */
  private findingsBySection(): { f: Finding; k: number }[][] {
    if (!this.bySection) {
      const groups: { f: Finding; k: number }[][] = this.result.sections.map(() => []);
      this.result.findings.forEach((f, k) => groups[f.section]?.push({ f, k }));
      this.bySection = groups;
    }
    return this.bySection;
  }

  private findingItem(f: Finding, k: number): string {
    const i = this.dv.get(f.device) ?? 0;
    const quote = f.quote.length > LIST_QUOTE_CHARS ? `${f.quote.slice(0, LIST_QUOTE_CHARS)}…` : f.quote;
    const facts = [`${f.rule}`, `strength ${f.strength.toFixed(2)}`, ...(f.value !== undefined ? [`value ${f.value}`] : []), `line ${f.line}`, ...(f.scored ? [] : ['listed, not scored'])].join(' · ');
    const why = this.whyOf.get(f.explanation)!;
    let note: string;
    if (why.first === k) note = `<span class="why">${esc(f.explanation)}</span>`;
    else {
      // The list gives the explanation once, in the first finding that has it; the page's script writes it here when the list opens.
      const first = this.result.findings[why.first].quote;
      const named = first.length > SAME_QUOTE_CHARS ? `${first.slice(0, SAME_QUOTE_CHARS)}…` : first;
      note = `<a class="same" href="#finding-${why.first}" data-why="${why.n}">same explanation as “${inline(named)}” above</a>`;
    }
    return `<li class="finding dv${i}" id="finding-${k}"><strong>${esc(cap(this.label(f)))}</strong> <q${dirAttribute(quote)}>${inline(quote)}</q>: ${note} <span class="rule">${esc(facts)}</span> <a class="back" href="#hl-${k}">back to the text</a></li>`;
  }

  /** A block's content; a Markdown heading's `#` marks are kept in the page but not shown (unless a finding covers them). */
  private renderBlock(block: Block, active: readonly MarkSpan[], opened: Set<number>): string {
    if (block.kind !== 'prose' && this.result.source.format === 'markdown') {
      const hashes = /^#{1,6}[ \t]+/.exec(this.result.text.slice(block.start, Math.min(block.end, block.start + 16)));
      const cut = block.start + (hashes?.[0].length ?? 0);
      if (hashes && !active.some((s) => s.start < cut && s.end > block.start)) {
        return `<span class="md-mark">${esc(hashes[0])}</span>${this.renderRun(cut, block.end, active, opened)}`;
      }
    }
    return this.renderRun(block.start, block.end, active, opened);
  }

  /** Escaped text of [from, to) with its findings as nested <mark> elements. */
  private renderRun(from: number, to: number, active: readonly MarkSpan[], opened: Set<number>): string {
    const text = this.result.text;
    const out: string[] = [];
    // The underline places of the fragments open around the current piece, outermost first.
    const places: UnderlinePlace[] = [];
    for (const piece of nestSpans(from, to, active, opened)) {
      // A browser breaks no line at U+2028 or U+2029, which the text's line numbers count: each keeps a <br> after it.
      if (piece.kind === 'text') out.push(escapeXmlKeepingBreaks(text.slice(piece.start, piece.end)));
      else if (piece.kind === 'close') {
        places.pop();
        out.push('</mark>');
      } else {
        const place = underlinePlace(this.lineOf[this.dv.get(this.result.findings[piece.id].device) ?? 0], places.at(-1));
        places.push(place);
        this.underlineOffsets.add(place.offset);
        this.underlineBottoms.add(place.bottom);
        out.push(this.openMark(piece.id, piece.first, place.offset));
      }
    }
    return out.join('');
  }

  /** The opening tag of a fragment of finding k, its underline drawn `offset` px below the baseline. */
  private openMark(k: number, first: boolean, offset: number): string {
    const f = this.result.findings[k];
    const i = this.dv.get(f.device) ?? 0;
    // No copy of the explanation or the label on a highlight (a dense text has tens of thousands): the page's script makes
    // the tooltip from the hidden elements that screen readers read for it (aria-describedby). A highlight is named by its
    // own words (aria-labelledby names itself): an aria-label would replace the words in the name of a heading holding it.
    const common = `data-finding="${k}" data-dv="${i}" data-device="${esc(f.device)}"`;
    if (!first) return `<mark class="hl-cont dv${i} u${offset}" ${common}>`;
    const value = f.value !== undefined ? ` data-value="${esc(String(f.value))}"` : '';
    return `<mark class="hl dv${i} u${offset}" id="hl-${k}" ${common} data-rule="${esc(f.rule)}" data-strength="${f.strength.toFixed(2)}"${value} tabindex="0" aria-labelledby="hl-${k}" aria-describedby="${this.describedBy(f)}">`;
  }

  /** Blocks of text between blank lines, each marked title, heading or prose from the result's sentences. */
  private blocks(): Block[] {
    const text = this.result.text;
    const blocks: Block[] = [];
    const blank = new RegExp(`${LINE_BREAK}[ \\t\\u00a0\\ufeff\\u200b]*${LINE_BREAK}`, 'g');
    let from = 0;
    const push = (start: number, end: number) => {
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) blocks.push({ start, end, kind: 'prose' });
    };
    for (let m = blank.exec(text); m; m = blank.exec(text)) {
      push(from, m.index);
      from = m.index + m[0].length;
      // The line break that ends a blank line may start the next one.
      blank.lastIndex = from - (m[0].endsWith('\r\n') ? 2 : 1);
    }
    push(from, text.length);
    splitHeadingLines(text, blocks, this.result.sentences);
    // A block made only of heading sentences is a heading; the first one of an opening section that has a title is the title.
    const sentences = this.result.sentences;
    let s = 0;
    for (const b of blocks) {
      while (s < sentences.length && sentences[s].end <= b.start) s++;
      let t = s;
      let any = false;
      let allHeadings = true;
      while (t < sentences.length && sentences[t].start < b.end) {
        any = true;
        if (!sentences[t].heading) allHeadings = false;
        t++;
      }
      if (any && allHeadings) b.kind = 'heading';
    }
    const opening = this.result.sections[0];
    const first = blocks[0];
    if (opening?.kind === 'opening' && first?.kind === 'heading') first.kind = 'title';
    // A text without section headings is cut into parts; a heading that starts it and reads as its title is that title.
    const lead = sentences[0];
    if (opening?.kind === 'part' && first?.kind === 'heading' && lead?.heading && lead.start < first.end && this.result.text.slice(lead.start, lead.end) === this.result.title) {
      first.kind = 'title';
    }
    return blocks;
  }

  /**
   * Blocks grouped by the section that holds their start (blocks before the first section go with it); a heading block
   * goes with the section it opens, which starts at its title, after any Markdown # marks.
   */
  private blocksBySection(blocks: readonly Block[]): Block[][] {
    const sections = this.result.sections;
    const out: Block[][] = sections.map(() => []);
    if (!sections.length) return out;
    let k = 0;
    for (const b of blocks) {
      while (k + 1 < sections.length && (sections[k + 1].start <= b.start || (b.kind !== 'prose' && sections[k + 1].start < b.end))) k++;
      out[k].push(b);
    }
    return out;
  }
}

/**
 * A heading line inside a block of text is a block of its own: Markdown needs no blank line around "## Heading", so
 * "## Part\nText" is a heading and a paragraph. Replaces `blocks` in place; block order stays text order.
 */
function splitHeadingLines(text: string, blocks: Block[], sentences: AnalysisResult['sentences']): void {
  const out: Block[] = [];
  let s = 0;
  for (const b of blocks) {
    while (s < sentences.length && sentences[s].end <= b.start) s++;
    let from = b.start;
    const push = (start: number, end: number, kind: Block['kind']) => {
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) out.push({ start, end, kind });
    };
    for (let t = s; t < sentences.length && sentences[t].start < b.end; t++) {
      const h = sentences[t];
      if (!h.heading) continue;
      let lineStart = h.start;
      while (lineStart > from && !isLineBreak(text[lineStart - 1])) lineStart--;
      let lineEnd = h.end;
      while (lineEnd < b.end && !isLineBreak(text[lineEnd])) lineEnd++;
      // Only a heading alone on its lines is split off; one that shares a line with prose stays in its block.
      if (text.slice(lineStart, h.start).trim().replace(/^#{1,6}$/, '') !== '' || text.slice(h.end, lineEnd).trim().replace(/^#+$/, '') !== '') continue;
      push(from, lineStart, 'prose');
      push(lineStart, lineEnd, 'heading');
      from = lineEnd;
    }
    push(from, b.end, 'prose');
  }
  blocks.splice(0, blocks.length, ...out);
}

/** A line break as the parser reads it (CRLF, LF, a lone CR, U+2028, U+2029), for a regular expression. */
const LINE_BREAK = '(?:\\r\\n|\\r(?!\\n)|[\\n\\u2028\\u2029])';

function isLineBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

/** Inlines an SVG document in HTML: drops any XML declaration or doctype. */
function inlineSvg(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '').trim();
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
