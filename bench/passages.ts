// The probe sets of test/fixtures/probe/: short passages, each from a different imagined text, written one after another
// in one file. Scored as they are, one passage would lend its past case or its adversary to the next; so each passage
// (paragraph) is written to a file of its own and scored as a document of its own.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readGold, type GoldDocument } from '../src/eval/gold.js';

/** The paragraphs of a text: runs of non-blank lines, with their start offsets (UTF-16 code units, as gold spans are). */
function paragraphs(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The gold documents of a probe file, one per passage: each passage of the file (a paragraph that is not a heading and
 * holds gold sentences) written to a temporary folder named after the gold file (rewritten, with the same contents, at
 * each run), its sentence spans moved to the passage's own offsets.
 */
export function passageGold(goldFile: string, root: string): GoldDocument[] {
  const dir = join(tmpdir(), 'rhetoric-probe-passages', basename(goldFile, '.jsonl'));
  mkdirSync(dir, { recursive: true });
  return readGold(goldFile, root).flatMap((g) => {
    const text = readFileSync(g.path, 'utf8');
    return paragraphs(text).flatMap((p, k) => {
      const sentences = g.sentences.filter((s) => s.start >= p.start && s.end <= p.end);
      if (sentences.length === 0 || text.startsWith('#', p.start)) return [];
      const doc = `passage-${String(k).padStart(2, '0')}.md`;
      const path = join(dir, doc);
      writeFileSync(path, `${text.slice(p.start, p.end)}\n`);
      return [{ doc, path, sentences: sentences.map((s) => ({ ...s, start: s.start - p.start, end: s.end - p.start })) }];
    });
  });
}
