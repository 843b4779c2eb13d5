// Invariants every analysis and every rendered report must keep, whatever the input: shared by the hostile, property and fuzz runs.

import { XMLValidator } from 'fast-xml-parser';
import type { Finding } from '../src/analyzers/types.js';
import type { AnalysisResult } from '../src/result.js';
import type { ReportFile } from '../src/report/write.js';
import { lineColumn } from '../src/text/model.js';
import { stripXmlInvalid } from '../src/util/escape.js';
import { gfmProblems, renderGfm, textOfHtml } from './helpers/gfm.js';

/** Tags that, found raw in an SVG, HTML or Markdown file, prove input reached it unescaped. Generators plant them in texts. */
export const INJECTION_MARKERS = ['<x-inj', '<script>alert', '<img src=x', '<svg onload', '<b>bold', '<i>tyranny', '<u>venezuela', '<iframe'];

/** Every format a report can be rendered in; renderers that do not know one ignore it. */
export const ALL_FORMATS = ['md', 'json', 'svg', 'html'] as const;

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Offsets where lines start, counting CRLF, LF, CR, U+2028 and U+2029 as line breaks (computed independently of the parser). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column of an offset, over line starts computed independently of the parser above. */
function lineColumnOf(starts: readonly number[], offset: number): { line: number; column: number } {
  return lineColumn({ lineStarts: [...starts] }, offset);
}

/** Whether `offset` falls between two characters of one word (letters, digits, combining marks). */
function insideWord(text: string, offset: number): boolean {
  const word = /[\p{L}\p{N}\p{M}]/u;
  return word.test(text[offset - 1] ?? '') && word.test(text[offset] ?? '');
}

/** Problems with the result of analyzing `text`: spans, quotes, sections, scores. Empty when all is well. */
export function resultProblems(text: string, result: AnalysisResult): string[] {
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < 20) problems.push(p);
  };
  if (result.text !== text) add('result.text differs from the input');
  const n = text.length;
  const span = (what: string, s: { start: number; end: number }) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n)) add(`${what} has span ${s.start}-${s.end} outside 0-${n}`);
    if (splitsPair(text, s.start) || splitsPair(text, s.end)) add(`${what} span ${s.start}-${s.end} cuts a surrogate pair`);
  };

  // Sentences: in order, non-overlapping, non-empty.
  let prevEnd = 0;
  result.sentences.forEach((s, i) => {
    span(`sentence ${i}`, s);
    if (s.index !== i) add(`sentence ${i} has index ${s.index}`);
    if (s.end <= s.start) add(`sentence ${i} is empty`);
    if (s.start < prevEnd) add(`sentence ${i} overlaps the one before`);
    prevEnd = s.end;
    if (!result.sections[s.section]) add(`sentence ${i} names missing section ${s.section}`);
  });

  // Sections: in order, each covering exactly its sentences.
  let prevSectionEnd = 0;
  result.sections.forEach((sec, i) => {
    span(`section ${i}`, sec);
    if (sec.index !== i) add(`section ${i} has index ${sec.index}`);
    if (sec.start < prevSectionEnd) add(`section ${i} overlaps the one before`);
    prevSectionEnd = sec.end;
    const members = result.sentences.slice(sec.firstSentence, sec.firstSentence + sec.sentenceCount);
    if (members.length !== sec.sentenceCount || members.some((s) => s.section !== i)) add(`section ${i} does not hold sentences ${sec.firstSentence}+${sec.sentenceCount}`);
    if (members.length && (members[0].start !== sec.start || members[members.length - 1].end !== sec.end)) add(`section ${i} span differs from its sentences'`);
  });
  const held = result.sections.reduce((k, s) => k + s.sentenceCount, 0);
  if (held !== result.sentences.length) add(`sections hold ${held} of ${result.sentences.length} sentences`);

  const starts = lineStartsOf(text);
  // Findings: evidence that round-trips, inside its sentence and section, in the documented order.
  result.findings.forEach((f, i) => {
    const what = `finding ${i} (${f.device}/${f.rule})`;
    span(what, f);
    if (f.end <= f.start) add(`${what} is empty`);
    if (f.quote !== text.slice(f.start, f.end)) add(`${what} quote ${JSON.stringify(f.quote)} is not text.slice(${f.start}, ${f.end})`);
    if (insideWord(text, f.start) || insideWord(text, f.end)) add(`${what} quote ${JSON.stringify(f.quote)} cuts a word in two`);
    // An emoticon (":)") is quoted whole, its punctuation included.
    if (/^[\s,;:]|[\s,;:]$/u.test(f.quote) && /[^\s,;:]/u.test(f.quote) && !f.rule.startsWith('sentiment-emoticon-')) add(`${what} quote ${JSON.stringify(f.quote)} begins or ends with a space or a clause separator`);
    const sec = result.sections[f.section];
    if (!sec) add(`${what} names missing section ${f.section}`);
    else if (f.start < sec.start || f.end > sec.end) add(`${what} ${f.start}-${f.end} lies outside its section ${sec.start}-${sec.end}`);
    const sen = result.sentences[f.sentence];
    if (!sen) add(`${what} names missing sentence ${f.sentence}`);
    else if (sen.section !== f.section) add(`${what} sentence ${f.sentence} is not in section ${f.section}`);
    if (!(f.strength >= 0 && f.strength <= 1)) add(`${what} strength ${f.strength} outside 0…1`);
    if (typeof f.explanation !== 'string' || f.explanation.trim() === '') add(`${what} has no explanation`);
    const at = lineColumnOf(starts, f.start);
    if (at.line !== f.line || at.column !== f.column) add(`${what} at line ${f.line}:${f.column}, expected ${at.line}:${at.column}`);
    if (i > 0 && result.findings[i - 1].start > f.start) add(`${what} out of order`);
  });

  // Scores: finite and inside each device's documented range.
  for (const device of result.devices) {
    const { min, max } = device.score;
    const check = (where: string, score: number | undefined) => {
      if (typeof score !== 'number' || !Number.isFinite(score)) add(`${device.id} ${where} score ${score} is not a finite number`);
      else if (score < min || (max !== null && score > max)) add(`${device.id} ${where} score ${score} outside [${min}, ${max ?? '∞'}]`);
    };
    check('document', result.document[device.id]?.score);
    result.sections.forEach((sec, i) => check(`section ${i}`, sec.scores[device.id]?.score));
    const metrics = [result.document[device.id]?.metrics, ...result.sections.map((s) => s.scores[device.id]?.metrics)];
    for (const m of metrics) for (const [k, v] of Object.entries(m ?? {})) if (!Number.isFinite(v)) add(`${device.id} metric ${k} is ${v}`);
  }
  return problems;
}

/** Windows and Unix both refuse or misread these names. */
const RESERVED_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;

/** Problems with rendered report files: unsafe paths, malformed SVG, unescaped input, JSON that does not round-trip. */
export function fileProblems(text: string, files: readonly ReportFile[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  // The HTML page is checked against the findings of report.json, when that was rendered too.
  const json = files.find((f) => f.path === 'report.json');
  let report: { findings: readonly Finding[]; sections: readonly unknown[] } | undefined;
  try {
    report = json ? (JSON.parse(json.contents) as { findings: readonly Finding[]; sections: readonly unknown[] }) : undefined;
  } catch {
    report = undefined;
  }
  for (const f of files) {
    const segments = f.path.split('/');
    if (seen.has(f.path)) problems.push(`${f.path} is rendered twice`);
    seen.add(f.path);
    // eslint-disable-next-line no-control-regex
    if (f.path.startsWith('/') || f.path.includes('\\') || /[\u0000-\u001f\u007f:*?"<>|]/.test(f.path)) problems.push(`unsafe file path ${JSON.stringify(f.path)}`);
    for (const seg of segments) {
      if (seg === '' || seg === '.' || seg === '..' || seg.length > 120 || RESERVED_NAME.test(seg)) problems.push(`unsafe path segment ${JSON.stringify(seg)} in ${f.path}`);
    }
    const lower = f.contents.toLowerCase();
    if (/\.(svg|html?|md)$/.test(f.path)) {
      for (const marker of INJECTION_MARKERS) if (lower.includes(marker)) problems.push(`${f.path} contains unescaped input ${JSON.stringify(marker)}`);
    }
    if (f.path.endsWith('.svg')) {
      const valid = XMLValidator.validate(f.contents);
      if (valid !== true) problems.push(`${f.path} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(f.contents)) problems.push(`${f.path} holds a character XML 1.0 forbids`);
    }
    if (f.path.endsWith('.md')) for (const p of markdownProblems(f.contents)) problems.push(`${f.path}: ${p}`);
    if (f.path === 'report.md') for (const p of quoteProblems(text, f.contents)) problems.push(`report.md: ${p}`);
    // A text with no section (only a comment, say: the library analyzes it, the CLI refuses it) has no section to show it in.
    if (f.path === 'report.html' && report) for (const p of htmlProblems(report.sections.length ? text : '', f.contents, report.findings)) problems.push(`report.html: ${p}`);
    if (f.path.endsWith('.json')) {
      try {
        const parsed = JSON.parse(f.contents) as { text?: unknown };
        if (f.path === 'report.json' && parsed.text !== text) problems.push('report.json text differs from the input');
      } catch (err) {
        problems.push(`${f.path} is not valid JSON: ${(err as Error).message}`);
      }
    }
  }
  return problems;
}

/** CommonMark's Unicode whitespace; the start and end of a line count as white space. */
function isMarkdownSpace(c: string | undefined): boolean {
  return c === undefined || /^[\t\n\f\r\p{Zs}]$/u.test(c);
}

/**
 * What renderers count as punctuation next to a `*` run: CommonMark 0.31 (general categories P and S); cmark-gfm, as on
 * GitHub (ASCII punctuation and category P); micromark (P and S, read one UTF-16 unit at a time, so never an astral one).
 */
const PUNCTUATION_READINGS: { name: string; test: (c: string) => boolean }[] = [
  { name: 'CommonMark 0.31', test: (c) => /^[\p{P}\p{S}]$/u.test(c) },
  { name: 'cmark-gfm', test: (c) => /^(?:[!-/:-@\[-`{-~]|\p{P})$/u.test(c) },
  { name: 'micromark', test: (c) => c.length === 1 && /^[\p{P}\p{S}]$/u.test(c) },
];

/** The code point that ends just before `i`, and the one that starts at `i` (undefined at the ends of the line). */
function pointBefore(s: string, i: number): string | undefined {
  return i === 0 ? undefined : Array.from(s.slice(Math.max(0, i - 2), i)).pop();
}
function pointAt(s: string, i: number): string | undefined {
  return i >= s.length ? undefined : String.fromCodePoint(s.codePointAt(i)!);
}

/**
 * How many explicit bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2068) are still open at the end of
 * `s`, paired as Unicode's bidi algorithm pairs them with U+202C PDF and U+2069 PDI.
 */
export function openBidi(s: string): number {
  const open: boolean[] = []; // true for an isolate
  for (const c of s) {
    if (c === '\u202c') {
      if (open.length && !open[open.length - 1]) open.pop();
    } else if (c === '\u2069') {
      const k = open.lastIndexOf(true);
      if (k >= 0) open.length = k;
    } else if (/[\u202a-\u202e]/.test(c)) open.push(false);
    else if (/[\u2066-\u2068]/.test(c)) open.push(true);
  }
  return open.length;
}

/**
 * Problems with a Markdown file the toolkit wrote, read by the CommonMark rules (and GFM's for tables): every unescaped run
 * of `*` outside code spans is one of a pair that opens (left-flanking) and closes (right-flanking) emphasis, so no
 * asterisks of ours are printed and none from the text make emphasis; no ATX heading ends in a closing sequence of `#`,
 * which a renderer would drop; every row of a table has the pipes of its header; no raw HTML but `<strong>` and the empty
 * comment that keeps GitHub's text filters off a word; no line ends with bidi formatting from the text still open, which
 * would reorder the report's own words after it.
 */
export function markdownProblems(md: string): string[] {
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < 20) problems.push(p);
  };
  let tablePipes = -1;
  md.split('\n').forEach((line, n) => {
    const where = `line ${n + 1} ${JSON.stringify(line.length > 120 ? `${line.slice(0, 120)}…` : line)}`;
    if (/^ {0,3}#{1,6}[ \t]/.test(line) && /[ \t]#+[ \t]*$/.test(line)) add(`${where}: the heading ends in # marks a renderer drops`);
    if (openBidi(line)) add(`${where}: bidi formatting left open`);
    const runs: { at: number; length: number }[] = [];
    let pipes = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '\\') i++;
      else if (c === '`') {
        let ticks = 1;
        while (line[i + ticks] === '`') ticks++;
        const close = line.indexOf('`'.repeat(ticks), i + ticks);
        i = close < 0 ? i + ticks - 1 : close + ticks - 1;
      } else if (c === '*') {
        let length = 1;
        while (line[i + length] === '*') length++;
        runs.push({ at: i, length });
        i += length - 1;
      } else if (c === '|') pipes++;
      else if (c === '<' && /^<\/?[A-Za-z!?]/.test(line.slice(i, i + 2)) && !/^(?:<\/?strong>|<!-- -->)/.test(line.slice(i))) add(`${where}: raw HTML ${JSON.stringify(line.slice(i, i + 20))}`);
    }
    if (runs.length % 2 === 1) add(`${where}: an unpaired run of *`);
    for (let k = 0; k + 1 < runs.length; k += 2) {
      const open = runs[k];
      const close = runs[k + 1];
      const after = pointAt(line, open.at + open.length);
      const before = pointBefore(line, open.at);
      const last = pointBefore(line, close.at);
      const next = pointAt(line, close.at + close.length);
      for (const reading of PUNCTUATION_READINGS) {
        const punctuation = (c: string | undefined) => c !== undefined && reading.test(c);
        if (isMarkdownSpace(after) || (punctuation(after) && !isMarkdownSpace(before) && !punctuation(before))) add(`${where}: ${'*'.repeat(open.length)} at ${open.at} does not open emphasis (${reading.name})`);
        if (isMarkdownSpace(last) || (punctuation(last) && !isMarkdownSpace(next) && !punctuation(next))) add(`${where}: ${'*'.repeat(close.length)} at ${close.at} does not close emphasis (${reading.name})`);
      }
    }
    if (line.startsWith('|')) {
      if (tablePipes < 0) tablePipes = pipes;
      else if (pipes !== tablePipes) add(`${where}: a table row with ${pipes} pipes under a header with ${tablePipes}`);
    } else tablePipes = -1;
  });
  for (const p of gfmProblems(md)) add(p);
  return problems;
}

/** Text as a quote shows it: without the bidi closers escaping adds, the characters it drops, and with white space as one space. */
function asShown(s: string): string {
  return stripXmlInvalid(s).replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
}

/**
 * Problems with the quotes of report.md, read as GFM renders them: each finding's quote in its sentence (`Line 3: “…”`)
 * must show a piece of the analyzed text as it was (a long quote shortened in the middle, two such pieces), nothing
 * added, dropped or changed by Markdown.
 */
export function quoteProblems(text: string, md: string): string[] {
  const shown = asShown(text);
  const problems: string[] = [];
  for (const m of renderGfm(md).matchAll(/<li>Line \d+: “(.*?)” \(rule /g)) {
    const quote = asShown(textOfHtml(m[1])).replace(/^…|…$/g, '');
    for (const piece of quote.split(' … ')) if (!shown.includes(piece.trim())) problems.push(`the quote “${quote.slice(0, 100)}” is not in the text as it shows`);
  }
  return problems.slice(0, 20);
}

/** Elements HTML closes by itself. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** What may stand between two blocks of the page unshown: white space, and the zero-width spaces a blank line may hold. */
const BETWEEN_BLOCKS = /[\s\u200b]/;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Whether escaping drops the character at `i` (characters XML 1.0 and HTML cannot carry, lone surrogates). */
function dropped(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text[i])) return true;
  if (isHigh(c)) return !isLow(text.charCodeAt(i + 1));
  if (isLow(c)) return !isHigh(text.charCodeAt(i - 1));
  return false;
}

/**
 * Problems with report.html: tags balanced; the text's blocks (the paragraphs and headings of each section's body) read in
 * order give the text exactly, but for white space between blocks and the characters escaping drops; and the highlights of
 * each finding (`data-finding`) cover exactly the shown characters of its span, with one primary highlight each.
 */
export function htmlProblems(text: string, html: string, findings: readonly Pick<Finding, 'start' | 'end' | 'rule'>[]): string[] {
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < 20) problems.push(p);
  };
  const stack: { tag: string; finding?: number; block: boolean }[] = [];
  let bodyDepth = -1;
  let cursor = 0;
  let lost = false;
  const shown = new Uint8Array(text.length);
  const marked = findings.map(() => [] as number[]);
  const primaries = findings.map(() => 0);
  // The characters of the block being read, each with the findings whose highlights hold it.
  let block: { ch: string; findings: number[] }[] = [];
  /** Places a block read whole: after white space or dropped characters, the first start from which it reads as the text. */
  const placeBlock = () => {
    const at = (start: number): number[] | undefined => {
      const offsets: number[] = [];
      let i = start;
      for (const { ch } of block) {
        while (i < text.length && !text.startsWith(ch, i) && dropped(text, i)) i++;
        if (!text.startsWith(ch, i)) return undefined;
        offsets.push(i);
        i += ch.length;
      }
      return offsets;
    };
    for (let start = cursor; start <= text.length; start++) {
      const offsets = at(start);
      if (offsets) {
        block.forEach(({ ch, findings: holding }, n) => {
          for (let i = offsets[n]; i < offsets[n] + ch.length; i++) {
            shown[i] = 1;
            for (const k of holding) marked[k]?.push(i);
          }
        });
        if (offsets.length) cursor = offsets[offsets.length - 1] + block[block.length - 1].ch.length;
        return;
      }
      if (start < text.length && !BETWEEN_BLOCKS.test(text[start]) && !dropped(text, start)) break;
    }
    const shownText = block.map((c) => c.ch).join('');
    add(`the page shows ${JSON.stringify(shownText.slice(0, 40))} where the text has ${JSON.stringify(text.slice(cursor, cursor + 40))} (offset ${cursor})`);
    lost = true;
  };
  const token = /<(\/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|([^<]+)/gy;
  let inBlock = 0;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const [all, closing, name, attrs, content] = m;
    if (content !== undefined) {
      if (!inBlock || lost) continue;
      if (/&(?!amp;|lt;|gt;|quot;|#39;)/.test(content)) add(`a character reference other than the five escapes in ${JSON.stringify(content.slice(0, 60))}`);
      const decoded = content.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
      const holding = stack.filter((e) => e.finding !== undefined).map((e) => e.finding!);
      for (const ch of decoded) block.push({ ch, findings: holding });
      continue;
    }
    if (name === undefined) continue;
    const tag = name.toLowerCase();
    if (!closing && (tag === 'script' || tag === 'style')) {
      const end = html.indexOf(`</${tag}>`, token.lastIndex);
      if (end < 0) {
        add(`<${tag}> is never closed`);
        break;
      }
      token.lastIndex = end + tag.length + 3;
      continue;
    }
    if (closing) {
      const top = stack.pop();
      if (!top || top.tag !== tag) {
        add(`</${tag}> closes <${top?.tag ?? 'nothing'}>`);
        break;
      }
      if (top.block) {
        inBlock--;
        if (!lost) placeBlock();
      }
      if (stack.length === bodyDepth) bodyDepth = -1;
      continue;
    }
    if (VOID_ELEMENTS.has(tag) || all.endsWith('/>')) continue;
    const cls = /\bclass="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const isBlock = bodyDepth >= 0 && stack.length === bodyDepth + 1 && /^(p|h1|h2|h3)$/.test(tag) && !/\b(part|findings)\b/.test(cls);
    const finding = tag === 'mark' ? Number(/\bdata-finding="(\d+)"/.exec(attrs)?.[1]) : undefined;
    if (tag === 'mark' && /\bid="hl-\d+"/.test(attrs) && finding !== undefined) primaries[finding] = (primaries[finding] ?? 0) + 1;
    if (tag === 'div' && cls === 'body') bodyDepth = stack.length;
    stack.push({ tag, finding, block: isBlock });
    if (isBlock) {
      inBlock++;
      block = [];
    }
  }
  if (stack.length) add(`unclosed elements: ${stack.map((e) => e.tag).join(' ')}`);
  if (lost) return problems;
  for (let i = 0; i < text.length; i++) {
    if (!shown[i] && !BETWEEN_BLOCKS.test(text[i]) && !dropped(text, i)) {
      add(`the text at offset ${i} (${JSON.stringify(text.slice(i, i + 12))}) is not shown`);
      break;
    }
  }
  findings.forEach((f, k) => {
    const what = `finding ${k} (${f.rule}, ${f.start}-${f.end})`;
    if (primaries[k] !== 1) add(`${what} has ${primaries[k]} primary highlights`);
    const covered = new Set(marked[k]);
    const outside = marked[k].find((i) => i < f.start || i >= f.end);
    if (outside !== undefined) add(`${what} highlights offset ${outside}`);
    for (let i = f.start; i < f.end; i++) {
      if (shown[i] && !covered.has(i)) {
        add(`${what} leaves offset ${i} unhighlighted`);
        break;
      }
    }
  });
  return problems;
}
