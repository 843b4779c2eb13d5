// In-text rule control: <!-- rhetoric-disable … -->, <!-- rhetoric-enable … --> and <!-- rhetoric-disable-next-line … -->.

import type { Document, Span } from './model.js';

/** A span of the text in which some devices or rules are switched off. An empty `targets` list means everything. */
export interface DisabledRange extends Span {
  /** Device ids or rule ids named by the comment. */
  targets: string[];
}

const DIRECTIVE = /^<!--\s*rhetoric-(disable-next-line|disable|enable)\b([^]*?)-->$/;

/** Reads the directive comments of a document (they are among its skipped spans) into disabled ranges. */
export function disabledRanges(doc: Document): DisabledRange[] {
  const ranges: DisabledRange[] = [];
  // Open `disable` ranges by target ('' for all).
  const open = new Map<string, number>();
  for (const span of doc.skipped) {
    const m = DIRECTIVE.exec(doc.text.slice(span.start, span.end));
    if (!m) continue;
    const targets = m[2].split(/[\s,]+/).filter(Boolean);
    const keys = targets.length ? targets : [''];
    if (m[1] === 'disable-next-line') {
      const line = nextTextLine(doc, span.end);
      if (line) ranges.push({ ...line, targets });
    } else if (m[1] === 'disable') {
      for (const k of keys) if (!open.has(k)) open.set(k, span.end);
    } else {
      for (const k of keys) {
        if (k === '') {
          for (const [key, start] of open) ranges.push({ start, end: span.start, targets: key ? [key] : [] });
          open.clear();
        } else if (open.has(k)) {
          ranges.push({ start: open.get(k)!, end: span.start, targets: [k] });
          open.delete(k);
        }
      }
    }
  }
  for (const [key, start] of open) ranges.push({ start, end: doc.text.length, targets: key ? [key] : [] });
  return ranges;
}

/** Whether a character breaks a line, as the parser counts lines (CR, LF and the Unicode line and paragraph separators). */
const isLineBreak = (c: string): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

/** The span of the first line after `offset` that has text on it. */
function nextTextLine(doc: Document, offset: number): Span | undefined {
  const text = doc.text;
  let i = offset;
  // Skip the rest of the comment's own line.
  while (i < text.length && !isLineBreak(text[i])) i++;
  while (i < text.length) {
    while (i < text.length && isLineBreak(text[i])) i++;
    let end = i;
    while (end < text.length && !isLineBreak(text[end])) end++;
    if (text.slice(i, end).trim()) return { start: i, end };
    i = end;
  }
  return undefined;
}

/** Whether a finding of `device` from `rule` at `span` is switched off by a directive. */
export function isDisabled(ranges: readonly DisabledRange[], device: string, rule: string, span: Span): boolean {
  for (const r of ranges) {
    if (span.start < r.start || span.start >= r.end) continue;
    if (r.targets.length === 0 || r.targets.includes(device) || r.targets.includes(rule)) return true;
  }
  return false;
}
