// Parses text into the document model: skipped spans, paragraphs, headings, sections, sentences and tokens.

import type { Document, Paragraph, Section, Sentence, Span } from './model.js';
import { countWords, tokenize } from './tokens.js';

/** What the sentence splitter needs to know about abbreviations. */
export interface AbbreviationTable {
  /** Lower-cased abbreviations without the final full stop ("mr", "u.s", "e.g"). */
  always: ReadonlySet<string>;
  /** Abbreviations that are one only before a number ("no. 10", "p. 4"). */
  beforeNumber: ReadonlySet<string>;
}

export interface ParseOptions {
  /**
   * `markdown` reads `#` headings, and skips indented code blocks and inline code as well; `text` finds headings as short
   * standalone lines; `auto` decides the headings from the text and reads any indented line and backtick as prose.
   */
  format?: 'text' | 'markdown' | 'auto';
  /** Target words per section for texts without headings (sections come out at about 0.6× to 1.4× this). Default 500. */
  sectionWords?: number;
  abbreviations?: AbbreviationTable;
}

/** Longest sentence, in UTF-16 code units, before it is cut at a space: keeps every per-sentence pass bounded. */
export const MAX_SENTENCE_CHARS = 2000;
const MAX_HEADING_WORDS = 10;
const MAX_HEADING_CHARS = 80;
const MAX_TITLE_WORDS = 30;

const EMPTY_ABBREVIATIONS: AbbreviationTable = { always: new Set(), beforeNumber: new Set() };

interface Line extends Span {
  /** Where the next line begins (after the line break). */
  next: number;
}

interface Block extends Span {
  kind: 'prose' | 'heading' | 'title';
  /** Text of a heading (without Markdown `#` marks). */
  title?: string;
  paragraph: number;
  /** Where the block's text begins after a list item's bullet or number (markup, not words of a sentence). */
  textStart: number;
  /** A plain-text heading line of the front matter (byline, kicker, dateline): a heading sentence that opens no section. */
  front?: boolean;
}

/** Parses a decoded text into the document model. The text is kept as given: every span indexes into it. */
export function parseDocument(text: string, options: ParseOptions = {}): Document {
  const abbreviations = options.abbreviations ?? EMPTY_ABBREVIATIONS;
  const sectionWords = Math.max(50, options.sectionWords ?? 500);
  const markdown = options.format === 'markdown';
  const blockSkipped = blockSpans(text, markdown);
  const skipped = withInlineSpans(text, blockSkipped, markdown);
  const masked = maskSpans(text, skipped);
  // Titles and headings keep their addresses: a heading is named as written, less its comments and code.
  const titled = skipped.length === blockSkipped.length ? masked : maskSpans(text, blockSkipped);
  const lines = splitLines(masked);
  const lineStarts = lines.map((l) => l.start);
  const format = options.format && options.format !== 'auto' ? options.format : detectFormat(masked, lines);

  const { blocks, paragraphs } = findBlocks(masked, lines, format, titled);

  // Sentences, block by block. In a text with words, prose without a letter or digit ("---", "* * *") is no sentence.
  const sentences: Sentence[] = [];
  const hasWords = LETTER_OR_DIGIT.test(masked);
  for (const block of blocks) {
    const spans = block.kind === 'prose' ? splitSentences(masked, block.textStart, block.end, abbreviations) : [headingSpan(titled, block, format)];
    for (const span of spans) {
      if (span.end <= span.start) continue;
      if (hasWords && block.kind === 'prose' && !LETTER_OR_DIGIT.test(masked.slice(span.start, span.end))) continue;
      const tokens = tokenize(masked, span.start, span.end);
      let words = 0;
      for (const t of tokens) if (t.kind === 'word') words++;
      if (tokens.length === 0) continue;
      sentences.push({
        index: sentences.length,
        section: 0,
        paragraph: block.paragraph,
        start: span.start,
        end: span.end,
        text: masked.slice(span.start, span.end),
        tokens,
        words,
        heading: block.kind !== 'prose',
      });
    }
  }

  const titleBlock = blocks.find((b) => b.kind === 'title');
  const sections = buildSections(text, blocks, sentences, sectionWords, titleBlock);
  let words = 0;
  for (const s of sentences) words += s.words;

  return {
    text,
    title: titleBlock?.title,
    titleSpan: titleBlock ? { start: titleBlock.start, end: titleBlock.end } : undefined,
    format,
    sections,
    sentences,
    paragraphs,
    words,
    lineStarts,
    skipped,
    prose: masked,
  };
}

/**
 * Spans that are not prose: front matter at the very start (`---` … `---`), HTML comments and fenced code blocks (a line of
 * three or more backticks or tildes, up to the line that closes it; a fence that is never closed is read as text), and
 * inside the prose the addresses that are no words (see ADDRESS). In a text declared Markdown (`format: 'markdown'`), also
 * indented code blocks and inline code (see indentedCodeBlocks and inlineCode).
 */
export function findSkippedSpans(text: string, options: Pick<ParseOptions, 'format'> = {}): Span[] {
  const markdown = options.format === 'markdown';
  return withInlineSpans(text, blockSpans(text, markdown), markdown);
}

/**
 * Web addresses, which are no words of a sentence: the destination of a Markdown link or image (`[the plan](https://…)`,
 * from its parenthesis, so the link's words stay), an autolink (`<https://…>`) and a bare address (`https://…`, `www.…`)
 * up to the punctuation that ends its sentence. Blanked, an address neither splits a sentence at its dots nor lends its
 * words ("join" in `…/join.now`) to the analyzers.
 */
const ADDRESS =
  /(?<=\])\((?:[^()\s]|\([^()\s]*\))+(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)|<(?:https?|ftp|mailto):[^\s<>]+>|\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'“”‘’()[\]]*[^\s<>"'“”‘’()[\].,;:!?]/gu;

/**
 * The block-level spans (in order) with the spans inside the prose added, in order: in Markdown the inline code, then the
 * web addresses outside it. Both are blanked in a sentence that goes on around them.
 */
function withInlineSpans(text: string, blocks: Span[], markdown: boolean): Span[] {
  const spans = markdown ? addOutside(blocks, inlineCode(maskSpans(text, blocks))) : blocks;
  return addOutside(spans, Array.from(text.matchAll(ADDRESS), (m) => ({ start: m.index, end: m.index + m[0].length })));
}

/** `spans` (in order) with the `found` spans (in order) that overlap none of them added, in order. */
function addOutside(spans: Span[], found: Iterable<Span>): Span[] {
  const added: Span[] = [];
  let k = 0;
  for (const span of found) {
    while (k < spans.length && spans[k].end <= span.start) k++;
    if (k < spans.length && spans[k].start < span.end) continue;
    added.push(span);
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** A run of backticks. */
const BACKTICKS = /`+/g;
/** A line with nothing but white space between two line breaks: a paragraph break (a CRLF is one break, never two). */
const BLANK_LINE = /(?:\r\n|\r(?!\n)|[\n\u2028\u2029])[ \t\u00a0\ufeff\u200b]*(?:\r\n|\r(?!\n)|[\n\u2028\u2029])/;

/**
 * Markdown inline code (`like this`, ``with a ` inside``): a run of backticks up to the next run of the same length in the
 * same paragraph; a run that no such run closes is text. `text` has its block spans blanked. Linear: the closer of every
 * run is found by one backward pass, and the text between two runs is read once.
 */
function inlineCode(text: string): Span[] {
  const runs: Span[] = [];
  const paragraph: number[] = [];
  let p = 0;
  for (const m of text.matchAll(BACKTICKS)) {
    if (runs.length > 0 && BLANK_LINE.test(text.slice(runs[runs.length - 1].end, m.index))) p++;
    runs.push({ start: m.index, end: m.index + m[0].length });
    paragraph.push(p);
  }
  const next = new Array<number>(runs.length);
  const laterOfLength = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i].end - runs[i].start;
    next[i] = laterOfLength.get(length) ?? -1;
    laterOfLength.set(length, i);
  }
  const spans: Span[] = [];
  for (let i = 0; i < runs.length; i++) {
    const j = next[i];
    if (j < 0 || paragraph[j] !== paragraph[i]) continue;
    spans.push({ start: runs[i].start, end: runs[j].end });
    i = j;
  }
  return spans;
}

/** A Markdown line of indented code: four spaces or a tab before its text. */
const INDENTED = /^(?: {4}| {0,3}\t)/;

/**
 * Markdown indented code blocks: a line indented by four spaces or a tab after a blank line (or at the start), and every
 * indented line after it (with the blank lines between them). An indented line right after text continues that paragraph,
 * and an indented paragraph after a list item continues the item: neither is code. Lines inside `skipped` (fenced code,
 * comments, front matter) read as blank.
 */
function indentedCodeBlocks(text: string, skipped: readonly Span[]): Span[] {
  const masked = maskSpans(text, skipped);
  const blocks: Span[] = [];
  let open: Span | undefined;
  let afterBlank = true;
  let inList = false;
  for (const line of splitLines(masked)) {
    if (isBlank(masked, line)) {
      afterBlank = true;
      continue;
    }
    const head = text.slice(line.start, Math.min(line.end, line.start + 200));
    const indented = INDENTED.test(head);
    if (indented && (open || (afterBlank && !inList))) {
      open = { start: open?.start ?? line.start, end: line.end };
      afterBlank = false;
      continue;
    }
    if (open) blocks.push(open);
    open = undefined;
    // A list item opens a list; an unindented paragraph after a blank line ends it.
    if (LIST_MARKER.test(head)) inList = true;
    else if (afterBlank && !indented) inList = false;
    afterBlank = false;
  }
  if (open) blocks.push(open);
  return blocks;
}

/** Front matter, HTML comments and fenced code blocks, in order; in Markdown (`markdown`), indented code blocks too. */
function blockSpans(text: string, markdown = false): Span[] {
  if (!markdown) return fenceAndCommentSpans(text);
  const spans = fenceAndCommentSpans(text, commentsInCode(text));
  return addOutside(spans, indentedCodeBlocks(text, spans));
}

/**
 * In Markdown, the offsets of the `<!--` that open inside inline code or on a line of an indented code block, with every
 * comment read as text: code shows its text as written, so a comment written there ("write `<!-- rhetoric-disable -->`")
 * is an example, which neither blanks what follows it nor switches rules off.
 */
function commentsInCode(text: string): Set<number> {
  const inCode = new Set<number>();
  if (!text.includes('<!--')) return inCode;
  const front = frontMatter(text);
  const fences = [...(front ? [front] : []), ...fencedBlocks(text, front?.end ?? 0)];
  const indented = indentedCodeBlocks(text, fences);
  const code = [...indented, ...inlineCode(maskSpans(text, addOutside(fences, indented)))];
  for (const c of code) {
    for (let at = text.indexOf('<!--', c.start + 1); at >= 0 && at < c.end; at = text.indexOf('<!--', at + 4)) inCode.add(at);
  }
  return inCode;
}

/** The front matter at the very start of a text (`---` … `---`), if it has one. */
function frontMatter(text: string): Span | undefined {
  const front = /^---[ \t]*\r?\n/.exec(text);
  if (!front) return undefined;
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = front[0].length - 1;
  const m = close.exec(text);
  return m ? { start: 0, end: m.index + m[0].length } : undefined;
}

/** Front matter, HTML comments and fenced code blocks, in order; a `<!--` at an offset in `notComments` opens no comment. */
function fenceAndCommentSpans(text: string, notComments: ReadonlySet<number> = new Set()): Span[] {
  const spans: Span[] = [];
  const front = frontMatter(text);
  if (front) spans.push(front);
  let from = spans.length ? spans[0].end : 0;
  const fences = fencedBlocks(text, from);
  let f = 0;
  let comment = -2;
  for (;;) {
    while (f < fences.length && fences[f].start < from) f++;
    // Looked for again only once passed: a text of many fences and no comment is read once.
    if (comment !== -1 && comment < from) {
      comment = text.indexOf('<!--', from);
      while (comment >= 0 && notComments.has(comment)) comment = text.indexOf('<!--', comment + 4);
    }
    const fence = fences[f];
    if (fence && (comment < 0 || fence.start < comment)) {
      spans.push(fence);
      from = fence.end;
      continue;
    }
    if (comment < 0) break;
    const close = text.indexOf('-->', comment + 4);
    const end = close < 0 ? text.length : close + 3;
    spans.push({ start: comment, end });
    from = end;
  }
  return spans;
}

/** A line that may open or close a code fence: up to three spaces, three or more backticks or tildes, then the rest of the line. */
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/gm;

/**
 * The closed fenced code blocks from `from` on, in order, each from its opening line to its closing one. A fence closes at
 * the next line of the same mark at least as long with nothing after it; a backtick fence's opening line has no other
 * backtick after the marks. One pass over the fence lines: a fence that no later line can close is known at once.
 */
function fencedBlocks(text: string, from: number): Span[] {
  interface FenceLine extends Span {
    mark: string;
    length: number;
    opens: boolean;
    closes: boolean;
  }
  const lines: FenceLine[] = [];
  FENCE_LINE.lastIndex = from;
  for (let m = FENCE_LINE.exec(text); m; m = FENCE_LINE.exec(text)) {
    const mark = m[1][0];
    const rest = m[2];
    lines.push({ start: m.index, end: m.index + m[0].length, mark, length: m[1].length, opens: mark === '~' || !rest.includes('`'), closes: /^[ \t]*$/.test(rest) });
  }
  if (lines.length < 2) return [];
  // The longest closing line of each mark from each line on: a fence longer than that is never closed.
  const longestClose = { '`': new Array<number>(lines.length + 1).fill(0), '~': new Array<number>(lines.length + 1).fill(0) };
  for (let i = lines.length - 1; i >= 0; i--) {
    for (const mark of ['`', '~'] as const) {
      longestClose[mark][i] = Math.max(longestClose[mark][i + 1], lines[i].closes && lines[i].mark === mark ? lines[i].length : 0);
    }
  }
  const blocks: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i];
    if (!open.opens || longestClose[open.mark as '`' | '~'][i + 1] < open.length) continue;
    let j = i + 1;
    while (!(lines[j].closes && lines[j].mark === open.mark && lines[j].length >= open.length)) j++;
    blocks.push({ start: open.start, end: lines[j].end });
    i = j;
  }
  return blocks;
}

/**
 * The text with its skipped spans replaced by spaces (line breaks of every kind kept): what parsing and the analyzers
 * read, so that a comment inside a sentence is no part of it, while every offset stays the same.
 */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[^\r\n\u2028\u2029]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

/** Lines, with CRLF, LF, lone CR and the Unicode line and paragraph separators (U+2028, U+2029) read as line breaks. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

// No lazy group before a trailing class (that backtracks quadratically on long lines): closing `#`s are trimmed in code.
const MD_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
/** Longest line read as a Markdown heading; a longer `#` line is prose, so that sentence bounds apply to it. */
const MAX_MD_HEADING_CHARS = 300;

/** The text of a Markdown heading line without its `#` marks and closing `#`s, or undefined when it is not one. */
export function markdownHeading(line: string): { level: number; title: string } | undefined {
  if (line.length > MAX_MD_HEADING_CHARS) return undefined;
  const m = MD_HEADING.exec(line);
  if (!m) return undefined;
  let end = m[2].length;
  while (end > 0 && ' \t#'.includes(m[2][end - 1])) end--;
  return { level: m[1].length, title: m[2].slice(0, end).trim() };
}

function detectFormat(text: string, lines: Line[]): 'text' | 'markdown' {
  for (const l of lines) {
    if (l.end - l.start > MAX_MD_HEADING_CHARS) continue;
    if (markdownHeading(text.slice(l.start, l.end))) return 'markdown';
  }
  return 'text';
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff && c !== 0x200b) return false;
  }
  return true;
}

/** Markdown lines that always start a block of their own: list items, quotes, table rows. */
const MD_BLOCK_START = /^\s{0,3}(?:[-*+•◦▪‣●][ \t]|\d{1,3}[.)][ \t]|>|\|)/;
/**
 * A list item's marker at the start of a block or line, at any depth (a nested item is indented), then a space: a
 * bullet, a number with "." or ")", or the post number of a social-media thread ("1/"; not "12/17", which a hard-wrapped
 * line shares with a fraction: "1/2 feet").
 */
export const LIST_MARKER = /^[ \t]*(?:[-*+•◦▪‣●]|\d{1,3}[.)/])[ \t]+(?=\S)/;

/**
 * A line's last mark that lets a plain-text list item marked by a dash or a number start on the next line: the end of a
 * sentence, or a colon that announces the list. Otherwise a dash or a number at the start of a hard-wrapped line
 * ("our tuition tax credit\n- worth $10,000") goes on the sentence before it.
 */
const CLOSES_LINE = /[.!?:;…"”’)\]]\s*$/;
/** A bullet sign that only ever marks a list item (unlike a dash or a number, which a wrapped line may start with). */
const BULLET_SIGN = /^[ \t]*[•◦▪‣●][ \t]/;

/** Whether a group of lines opens with a list item's marker. */
function opensItem(text: string, group: readonly Line[]): boolean {
  return group.length > 0 && LIST_MARKER.test(text.slice(group[0].start, Math.min(group[0].end, group[0].start + 200)));
}

/** Groups lines into paragraphs and classifies each block as prose, heading or title (a one-line block read in `titled`, the text with its addresses kept). */
function findBlocks(text: string, lines: Line[], format: 'text' | 'markdown', titled = text): { blocks: Block[]; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  const groups: Line[][] = [];
  // Groups that are items of a list on consecutive lines: never a heading or title in plain text.
  const listItems = new Set<Line[]>();
  let current: Line[] = [];
  let afterBlank = true;
  const flush = () => {
    if (current.length) groups.push(current);
    current = [];
  };
  for (const line of lines) {
    if (isBlank(text, line)) {
      flush();
      afterBlank = true;
      continue;
    }
    const content = text.slice(line.start, Math.min(line.end, line.start + 200));
    const isHeading = format === 'markdown' && line.end - line.start <= MAX_MD_HEADING_CHARS && markdownHeading(text.slice(line.start, line.end)) !== undefined;
    const isItem = LIST_MARKER.test(content) && (format === 'markdown' || BULLET_SIGN.test(content) || afterBlank || opensItem(text, current) || CLOSES_LINE.test(text.slice(current[current.length - 1].start, current[current.length - 1].end)));
    if ((format === 'markdown' && (isHeading || MD_BLOCK_START.test(content))) || isItem) {
      // A list item on the line after other text belongs to a list, and so does that text when it is an item too.
      if (isItem && !afterBlank && opensItem(text, current)) listItems.add(current);
      flush();
      current.push(line);
      if (isItem && !afterBlank) listItems.add(current);
      if (isHeading) flush();
      afterBlank = false;
      continue;
    }
    current.push(line);
    afterBlank = false;
  }
  flush();

  const blocks: Block[] = [];
  let seenContent = false;
  for (const group of groups) {
    const span = trimSpan(text, { start: group[0].start, end: group[group.length - 1].end });
    if (span.end <= span.start) continue;
    const paragraph = paragraphs.length;
    paragraphs.push({ index: paragraph, start: span.start, end: span.end });
    // A one-line block as written (addresses kept), which may be a heading or the title.
    const line = group.length === 1 && !listItems.has(group) ? trimSpan(titled, group[0]) : undefined;
    const single = line ? titled.slice(line.start, line.end) : undefined;
    let kind: Block['kind'] = 'prose';
    let title: string | undefined;
    if (single !== undefined && format === 'markdown') {
      const m = markdownHeading(single);
      if (m) {
        title = m.title;
        kind = !seenContent && m.level === 1 ? 'title' : 'heading';
      }
    }
    if (single !== undefined && format === 'text') {
      if (!seenContent && groups.length > 1 && looksLikeTitle(single)) {
        kind = 'title';
        title = single.trim();
      } else if (looksLikeHeading(single)) {
        kind = 'heading';
        title = single.trim();
      }
    }
    seenContent = true;
    const at = kind === 'prose' || !line ? span : line;
    blocks.push({ ...at, kind, title, paragraph, textStart: kind === 'prose' ? afterMarkers(text, span, format) : at.start });
  }
  if (format === 'text') markFrontMatter(blocks);
  return { blocks, paragraphs };
}

/**
 * Plain-text heading lines before the first paragraph of prose are the front matter of an article (a byline, a kicker, a
 * dateline) when no heading follows that paragraph, and a byline ("By …") is front matter in any case: they open no section.
 */
function markFrontMatter(blocks: Block[]): void {
  const firstProse = blocks.findIndex((b) => b.kind === 'prose');
  if (firstProse < 0) return;
  const laterHeading = blocks.some((b, i) => i > firstProse && b.kind === 'heading');
  for (let i = 0; i < firstProse; i++) {
    const b = blocks[i];
    if (b.kind === 'heading' && (!laterHeading || BYLINE.test(b.title ?? ''))) b.front = true;
  }
}

/** Where a block's words begin: after a Markdown blockquote's ">" marks, then after a list item's bullet or number. */
function afterMarkers(text: string, span: Span, format: 'text' | 'markdown'): number {
  let at = span.start;
  if (format === 'markdown') at += BLOCKQUOTE_MARKS.exec(text.slice(at, Math.min(span.end, at + 32)))?.[0].length ?? 0;
  at += LIST_MARKER.exec(text.slice(at, Math.min(span.end, at + 16)))?.[0].length ?? 0;
  return Math.min(at, span.end);
}

/** The ">" marks that open a Markdown blockquote line (nested ones too), with the spaces after them. */
const BLOCKQUOTE_MARKS = /^(?:>[ \t]?)+[ \t]*(?=\S)/;

/** A byline: "By" and a name. */
const BYLINE = /^[Bb]y\s+\p{Lu}/u;

/** A heading's sentence: the heading line, without the # marks of a Markdown heading (markup, not words to quote or highlight). */
function headingSpan(text: string, block: Block, format: 'text' | 'markdown'): Span {
  const span = trimSpan(text, block);
  if (format !== 'markdown' || block.title === undefined || block.title === '') return span;
  const at = text.slice(span.start, span.end).indexOf(block.title);
  return at < 0 ? span : { start: span.start + at, end: span.start + at + block.title.length };
}

/** Emoji (with their variation selectors and joiners) that may open a title or heading line: "🧵 THREAD: …". */
const LEADING_EMOJI = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}]+\s*/u;

/** A heading in plain text: a short line standing alone, with no sentence punctuation at its end or inside. */
export function looksLikeHeading(line: string): boolean {
  const s = line.trim().replace(LEADING_EMOJI, '');
  if (s.length === 0 || s.length > MAX_HEADING_CHARS) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(s)) return false;
  if (/[.,;:!?…"'”’)\]\-–—]$/.test(s)) return false;
  if (/[.!?]["'”’)\]]*\s/.test(s)) return false;
  const n = countWords(s);
  return n >= 1 && n <= MAX_HEADING_WORDS;
}

/** A title: the first line of a text of several paragraphs, standing alone, not ending like a sentence or a salutation, not two sentences. */
function looksLikeTitle(line: string): boolean {
  const s = line.trim().replace(LEADING_EMOJI, '');
  if (s.length > MAX_MD_HEADING_CHARS) return false;
  if (!/^[\p{Lu}\p{N}"'“‘]/u.test(s)) return false;
  if (/[.,;:]$/.test(s)) return false;
  // Two sentences on one line ("We stand together. Down with them!") are prose, not a title.
  if (/[.!?]["'”’)\]]*\s+\p{Lu}/u.test(s)) return false;
  const n = countWords(s);
  return n >= 1 && n <= MAX_TITLE_WORDS;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x200b || c === 0xfeff;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

const TERMINAL = /[.!?…]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CLOSER = /["'”’»)\]]/;

/** Splits `text[start, end)` into sentence spans: handles abbreviations, initials, quotes and brackets after the stop, ellipses. */
export function splitSentences(text: string, start: number, end: number, abbreviations: AbbreviationTable = EMPTY_ABBREVIATIONS): Span[] {
  const spans: Span[] = [];
  // Whether the last sentence has a letter or digit: symbols alone after its stop ("… a bulldozer. 🚜😡") close it
  // rather than make a sentence of their own, as long as it stays within MAX_SENTENCE_CHARS. Symbols before the block's
  // first words ("\"... That all men are created equal") open the sentence that follows them, so a quotation they open
  // stays marked.
  let lastHasWord = false;
  let symbols: Span | undefined;
  let sentenceStart = start;
  const push = (s: number, e: number) => {
    let span = trimSpan(text, { start: s, end: e });
    if (span.end <= span.start) return;
    const hasWord = LETTER_OR_DIGIT.test(text.slice(span.start, span.end));
    const last = spans[spans.length - 1];
    if (!hasWord && lastHasWord && span.end - last.start <= MAX_SENTENCE_CHARS) {
      spans[spans.length - 1] = { start: last.start, end: span.end };
      return;
    }
    if (!hasWord && !lastHasWord) {
      if (symbols && span.end - symbols.start > MAX_SENTENCE_CHARS) pushBounded(text, symbols, spans);
      symbols = symbols && span.end - symbols.start <= MAX_SENTENCE_CHARS ? { start: symbols.start, end: span.end } : span;
      return;
    }
    if (symbols) {
      if (span.end - symbols.start <= MAX_SENTENCE_CHARS) span = { start: symbols.start, end: span.end };
      else pushBounded(text, symbols, spans);
      symbols = undefined;
    }
    pushBounded(text, span, spans);
    const pushed = spans[spans.length - 1];
    lastHasWord = LETTER_OR_DIGIT.test(text.slice(pushed.start, pushed.end));
  };
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (!TERMINAL.test(ch)) {
      i++;
      continue;
    }
    // Run of terminal marks, then closing quotes and brackets.
    let j = i;
    while (j < end && TERMINAL.test(text[j])) j++;
    // A spaced ellipsis (". . ." or ". . . .") is one run of marks, not a sentence per dot.
    while (j + 1 < end && text[j - 1] === '.' && text[j] === ' ' && text[j + 1] === '.') {
      j += 2;
      while (j < end && TERMINAL.test(text[j])) j++;
    }
    const marks = text.slice(i, j);
    while (j < end && CLOSER.test(text[j])) j++;
    if (j >= end) break;
    if (!isSpace(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    if (isBoundary(text, sentenceStart, i, marks, k, abbreviations)) {
      push(sentenceStart, j);
      sentenceStart = k;
    }
    i = k;
  }
  push(sentenceStart, end);
  // Symbols with no words after them in the block: a span of their own (a text of words drops it, see parseDocument).
  if (symbols) pushBounded(text, symbols, spans);
  return spans;
}

function isBoundary(text: string, sentenceStart: number, markAt: number, marks: string, nextAt: number, abbreviations: AbbreviationTable): boolean {
  const next = text[nextAt];
  const nextCode = text.codePointAt(nextAt) ?? 0;
  const nextChar = String.fromCodePoint(nextCode);
  // A lower-case continuation never starts a new sentence ("the word "Fraud!" on them", "wait... and see").
  if (/\p{Ll}/u.test(nextChar)) return false;
  if (marks !== '.') return true;
  // The word before a single full stop.
  let w = markAt;
  while (w > sentenceStart && /[\p{L}\p{N}.]/u.test(text[w - 1])) w--;
  const before = text.slice(w, markAt).toLowerCase();
  if (before.length === 0) return true;
  if (abbreviations.always.has(before)) return false;
  if (/^\d/.test(next) && abbreviations.beforeNumber.has(before)) return false;
  // An initial ("John F. Kennedy"), or dotted initials ("U.S", "J.R.R").
  if (/^\p{Lu}$/u.test(text.slice(w, markAt))) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(text.slice(w, markAt)) && !/^[\p{Lu}"“'‘(\[]/u.test(nextChar)) return false;
  return true;
}

/** Cuts an over-long sentence at spaces so that no sentence exceeds MAX_SENTENCE_CHARS. */
function pushBounded(text: string, span: Span, out: Span[]): void {
  let { start } = span;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    let k = cut;
    while (k > start + MAX_SENTENCE_CHARS / 2 && !isSpace(text.charCodeAt(k))) k--;
    if (k > start + MAX_SENTENCE_CHARS / 2) cut = k;
    // Never cut a surrogate pair in two.
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    const piece = trimSpan(text, { start, end: cut });
    if (piece.end > piece.start) out.push(piece);
    start = cut;
  }
  const rest = trimSpan(text, { start, end: span.end });
  if (rest.end > rest.start) out.push(rest);
}

/** Builds sections from headings, or from paragraphs grouped by size when the text has no headings. */
function buildSections(text: string, blocks: Block[], sentences: Sentence[], sectionWords: number, titleBlock: Block | undefined): Section[] {
  const headings = blocks.filter((b) => b.kind === 'heading' && !b.front);
  const sections: Section[] = [];
  const make = (kind: Section['kind'], title: string, members: Sentence[], heading?: Span, subtitle?: string): void => {
    if (members.length === 0) return;
    const index = sections.length;
    let words = 0;
    for (const s of members) {
      s.section = index;
      words += s.words;
    }
    sections.push({ index, kind, title, subtitle, heading, start: members[0].start, end: members[members.length - 1].end, sentences: members, words });
  };

  if (headings.length > 0) {
    const openingTitle = titleBlock?.title ?? 'Opening';
    let current: Sentence[] = [];
    let currentHeading: Block | undefined;
    let h = 0;
    const close = () => {
      if (currentHeading) make('heading', currentHeading.title ?? '', current, { start: currentHeading.start, end: currentHeading.end });
      else make('opening', openingTitle, current);
      current = [];
    };
    for (const s of sentences) {
      if (h < headings.length && s.start >= headings[h].start) {
        close();
        currentHeading = headings[h];
        h++;
      }
      current.push(s);
    }
    close();
    return sections;
  }

  // No headings: group paragraphs into parts of about `sectionWords` words.
  const minWords = Math.round(sectionWords * 0.6);
  const maxWords = Math.round(sectionWords * 1.4);
  const parts: Sentence[][] = [];
  let current: Sentence[] = [];
  let currentWords = 0;
  let i = 0;
  while (i < sentences.length) {
    // The sentences of one paragraph.
    const para = sentences[i].paragraph;
    const group: Sentence[] = [];
    let groupWords = 0;
    while (i < sentences.length && sentences[i].paragraph === para) {
      group.push(sentences[i]);
      groupWords += sentences[i].words;
      i++;
    }
    if (currentWords >= minWords && currentWords + groupWords > maxWords) {
      parts.push(current);
      current = [];
      currentWords = 0;
    }
    // A paragraph too long for one part is divided between sentences.
    for (const s of group) {
      if (currentWords >= sectionWords && groupWords > maxWords && currentWords + s.words > sectionWords) {
        parts.push(current);
        current = [];
        currentWords = 0;
      }
      current.push(s);
      currentWords += s.words;
    }
  }
  if (current.length) {
    const tail = current.reduce((n, s) => n + s.words, 0);
    if (parts.length && tail < minWords / 2) parts[parts.length - 1].push(...current);
    else parts.push(current);
  }
  parts.forEach((members, n) => {
    const first = members.find((s) => !s.heading) ?? members[0];
    make('part', `Part ${n + 1}`, members, undefined, firstWords(text, first, 6));
  });
  return sections;
}

function firstWords(text: string, s: Sentence, n: number): string {
  const words = s.tokens.filter((t) => t.kind === 'word').slice(0, n);
  if (words.length === 0) return '';
  const out = text.slice(words[0].start, words[words.length - 1].end);
  return s.words > n ? `${out}…` : out;
}
