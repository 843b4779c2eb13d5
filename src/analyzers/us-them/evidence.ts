// The sentences that quote the words behind an us/them finding where those are not its highlighted words.

import type { Span } from '../../text/model.js';
import type { Evidence } from './rule-settings.js';
import type { Vocabulary } from './vocabulary.js';

/** The text's own words at a span, on one line, in quotation marks. */
export function quoted(text: string, span: Span): string {
  return `“${text.slice(span.start, span.end).trim().replace(/\s+/gu, ' ')}”`;
}

/** The quoted words of up to two spans, in text order and each once ("“the bosses” and “their bankers”"). */
export function quotedList(text: string, spans: readonly Span[]): string | undefined {
  const words = [...new Set([...spans].sort((a, b) => a.start - b.start).map((s) => quoted(text, s)))];
  return words.length === 0 ? undefined : words.slice(0, 2).join(' and ');
}

/** A note followed by the evidence sentence `kind` with `fill` in its place; the note alone when there is nothing to add. */
export function withEvidence(v: Vocabulary, note: string, kind: keyof Evidence, fill: string | undefined): string {
  const template = v.evidence[kind];
  if (template === undefined || fill === undefined) return note;
  const sentence = template.replace(kind === 'standsFor' ? '{label}' : '{words}', () => fill);
  return `${note} ${sentence}`;
}
