// Gold files (shared/ANNOTATION.md): one document a line, sentences with UTF-16 spans and five labels.

import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { checkPath, InputError, shownValue, UsageError } from '../util/errors.js';
import { readDataFile, type LoadOptions } from '../text/load.js';

/** The binary devices scored by precision/recall/F1. */
export const BINARY_DEVICES = ['slogan', 'historical_analogy', 'us_them', 'call_to_action'] as const;
/** A device a gold file labels 0 or 1 per sentence: every device but sentiment, which is rated. */
export type BinaryDevice = (typeof BINARY_DEVICES)[number];

const label = () => z.union([z.literal(0), z.literal(1)], { error: 'must be 0 or 1' });
const goldSentence = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    sentiment: z.number().min(-2).max(2),
    slogan: label(),
    historical_analogy: label(),
    us_them: label(),
    call_to_action: label(),
  })
  .refine((s) => s.end > s.start, { error: 'end must be after start', path: ['end'] });
const goldDocument = z.object({ doc: z.string().min(1), sentences: z.array(goldSentence) });

/**
 * One annotated sentence: its span in the document (UTF-16 offsets, `end` after `start`), the annotators' sentiment
 * rating from −2 to +2, and a 0 or 1 label for each binary device.
 */
export type GoldSentence = z.infer<typeof goldSentence>;

/** One line of a gold file: the annotated document and its sentences. */
export interface GoldDocument {
  /** The document's path as the gold file gives it, relative to the root. */
  doc: string;
  /** The document's path resolved against the root. */
  path: string;
  sentences: GoldSentence[];
  /** The gold file and 1-based line the document was read from (readGold sets both), for messages. */
  file?: string;
  line?: number;
}

/** Where a gold document is in its gold file ("gold/dev.jsonl:3"), or its own path when it was not read from one. */
export function goldPlace(g: Pick<GoldDocument, 'doc' | 'file' | 'line'>): string {
  return g.file && g.line ? `${g.file}:${g.line}` : g.doc;
}

/** A span as messages show it. */
export function spanText(s: Pick<GoldSentence, 'start' | 'end'>): string {
  return `${s.start}–${s.end}`;
}

/**
 * A JavaScript caller's gold document, checked as readGold() checks a line of a gold file: a `doc` name and sentences with
 * spans and labels (and, where the document is to be read, its `path`). `name` is how messages call it ("gold[2]").
 */
export function checkGoldDocument(g: unknown, fn: string, name: string, needsPath = false): asserts g is GoldDocument {
  if (g === null || typeof g !== 'object' || Array.isArray(g)) throw new UsageError(`${fn}(): ${name} must be a gold document as readGold() returns it ({doc, path, sentences}), not ${shownValue(g)}`);
  const d = g as Record<string, unknown>;
  if (typeof d.doc !== 'string' || d.doc === '') throw new UsageError(`${fn}(): ${name}.doc must be the document's name as a string, not ${shownValue(d.doc)}`);
  if (needsPath && (typeof d.path !== 'string' || d.path === '')) throw new UsageError(`${fn}(): ${name}.path must be a file path as a string, not ${shownValue(d.path)}`);
  if (!Array.isArray(d.sentences)) throw new UsageError(`${fn}(): ${name}.sentences must be a list of gold sentences, not ${shownValue(d.sentences)}`);
  d.sentences.forEach((s: unknown, j) => {
    const parsed = goldSentence.safeParse(s);
    if (parsed.success) return;
    const issue = parsed.error.issues[0];
    const field = issue.path.length > 0 ? `.${issue.path.join('.')}` : '';
    throw new UsageError(`${fn}(): ${name}.sentences[${j}]${field}: ${issue.message} (a gold sentence has start, end, sentiment and a 0 or 1 for each of ${BINARY_DEVICES.join(', ')})`);
  });
}

/**
 * Reads a gold file; `root` defaults to the parent of the gold file's folder (shared/ for shared/gold/dev.jsonl). The file
 * is read as UTF-8 (or UTF-16 with a byte-order mark), at most `load.maxBytes` of it (default 50 MB).
 */
export function readGold(file: string, root?: string, load: Pick<LoadOptions, 'maxBytes' | 'limitName'> = {}): GoldDocument[] {
  checkPath(file, 'readGold');
  // A byte-order mark (as some Windows editors write) is no part of the first line's JSON.
  const text = readDataFile(file, 'gold file', load);
  return parseGold(text, file, root ?? resolve(dirname(resolve(file)), '..'));
}

/**
 * The documents of a gold file's text, checked line by line as readGold() checks a file; `file` names it in messages
 * ("stdin" for one piped in) and each document's path is resolved against `base`.
 */
export function parseGold(text: string, file: string, base: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new InputError(`${file}:${i + 1}: not valid JSON`);
    }
    const parsed = goldDocument.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`${file}:${i + 1}: ${issue.path.join('.') || 'the line'}: ${issue.message}`);
    }
    // Sentences in text order, none overlapping the one before: a span listed twice, or out of order, would be scored twice or mislabelled.
    parsed.data.sentences.forEach((s, j) => {
      const before = parsed.data.sentences[j - 1];
      if (!before || s.start >= before.end) return;
      const problem = s.start < before.start ? 'starts before' : 'overlaps';
      const rule = s.start < before.start ? 'gold sentences must be listed in text order' : 'gold sentences must not overlap';
      throw new InputError(`${file}:${i + 1}: sentence ${j + 1} (${spanText(s)}) ${problem} sentence ${j} (${spanText(before)}): ${rule}`);
    });
    docs.push({ ...parsed.data, path: resolve(base, parsed.data.doc), file, line: i + 1 });
  });
  if (docs.length === 0) throw new InputError(`${file}: no documents`);
  checkNoSentenceTwice(docs);
  return docs;
}

/**
 * A document may stand on several lines (parts of it annotated apart), but no sentence may be listed twice: a document
 * copied onto a second line would have every one of its sentences scored twice.
 */
function checkNoSentenceTwice(docs: readonly GoldDocument[]): void {
  const byPath = new Map<string, GoldDocument[]>();
  for (const d of docs) byPath.set(d.path, [...(byPath.get(d.path) ?? []), d]);
  for (const same of byPath.values()) {
    if (same.length < 2) continue;
    const spans = same.flatMap((d) => d.sentences.map((s) => ({ ...s, line: d.line! }))).sort((a, b) => a.start - b.start || a.line - b.line);
    for (let k = 1; k < spans.length; k++) {
      const [before, s] = [spans[k - 1], spans[k]];
      if (s.start < before.end) {
        throw new InputError(`${same[0].file}:${s.line}: sentence ${spanText(s)} of ${same[0].doc} overlaps sentence ${spanText(before)} on line ${before.line}: a sentence must not be listed twice`);
      }
    }
  }
}
