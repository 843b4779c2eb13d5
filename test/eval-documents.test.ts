// eval's per-document figures: a document annotated in parts (several lines of the gold file) is one document.

import test from 'ava';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { readGold } from '../src/eval/gold.js';
import { evaluateGold } from '../src/eval/score.js';
import { captureIO } from './helpers/io.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/eval/', import.meta.url));

/** A folder with the fixture speech, its gold on one line (whole.jsonl) and the same labels split over two lines (parts.jsonl). */
function goldFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-eval-docs-'));
  mkdirSync(join(dir, 'corpus'));
  mkdirSync(join(dir, 'gold'));
  copyFileSync(join(FIXTURES, 'corpus/speech.txt'), join(dir, 'corpus/speech.txt'));
  const whole = readFileSync(join(FIXTURES, 'gold/tiny.jsonl'), 'utf8').trim();
  const doc = JSON.parse(whole) as { doc: string; sentences: unknown[] };
  writeFileSync(join(dir, 'gold/whole.jsonl'), `${whole}\n`);
  const parts = [doc.sentences.slice(0, 2), doc.sentences.slice(2)].map((sentences) => JSON.stringify({ doc: doc.doc, sentences }));
  // The second part names the same file another way: it is still the same document.
  parts[1] = parts[1].replace('"corpus/speech.txt"', '"./corpus/speech.txt"');
  writeFileSync(join(dir, 'gold/parts.jsonl'), `${parts.join('\n')}\n`);
  return dir;
}

test('a document annotated on two lines has one entry in the per-document figures, with the figures of the whole document', (t) => {
  const dir = goldFolder();
  try {
    const whole = evaluateGold(readGold(join(dir, 'gold/whole.jsonl')));
    const parts = evaluateGold(readGold(join(dir, 'gold/parts.jsonl')));
    t.is(whole.documents.length, 1);
    t.is(parts.documents.length, 1, 'one entry for the one document');
    t.deepEqual(parts.documents[0], whole.documents[0]);
    t.deepEqual(parts.devices, whole.devices);
    // Resampling by document keeps the parts together: every outcome carries the one name.
    t.deepEqual(new Set(parts.outcomes.map((o) => o.doc)), new Set(['corpus/speech.txt']));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('rhetoric eval --by-document prints one row for a document annotated in parts', async (t) => {
  const dir = goldFolder();
  try {
    const io = captureIO(dir);
    t.is(await main(['eval', 'gold/parts.jsonl', '--by-document'], io), 0, io.err());
    const rows = io.out().split('\n').filter((l) => /^\.?\/?corpus\/speech\.txt /.test(l));
    t.is(rows.length, 1, io.out());
    t.regex(rows[0], /^corpus\/speech\.txt +4 /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('rhetoric eval --by-document --format json adds each document\'s figures as a documents list, only when asked', async (t) => {
  const dir = goldFolder();
  try {
    const plain = captureIO(dir);
    t.is(await main(['eval', 'gold/parts.jsonl', '--format', 'json'], plain), 0, plain.err());
    t.false('documents' in JSON.parse(plain.out()), 'the JSON figures keep their documented shape');
    const io = captureIO(dir);
    t.is(await main(['eval', 'gold/parts.jsonl', '--format', 'json', '--by-document'], io), 0, io.err());
    const report = JSON.parse(io.out()) as { devices: Record<string, unknown>; documents?: { doc: string; sentences: number; devices: Record<string, unknown> }[] };
    t.truthy(report.documents, 'a documents list');
    t.is(report.documents!.length, 1);
    t.is(report.documents![0].doc, 'corpus/speech.txt');
    t.is(report.documents![0].sentences, 4);
    // One document: its figures are the file's.
    t.deepEqual(report.documents![0].devices, report.devices);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eval\'s text output keeps a document\'s control characters and escape sequences (and a doc name\'s line break) off the terminal', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rhetoric-eval-docs-'));
  try {
    mkdirSync(join(dir, 'corpus'));
    mkdirSync(join(dir, 'gold'));
    const text = 'We must fight the \u001b[31mtraitors\u001b[0m now.\n';
    writeFileSync(join(dir, 'corpus', 'esc\nape.txt'), text);
    const labels = { sentiment: -1, slogan: 1, historical_analogy: 0, us_them: 0, call_to_action: 0 };
    writeFileSync(join(dir, 'gold/esc.jsonl'), `${JSON.stringify({ doc: 'corpus/esc\nape.txt', sentences: [{ start: 0, end: text.length - 1, ...labels }] })}\n`);
    const io = captureIO(dir);
    t.is(await main(['eval', 'gold/esc.jsonl', '--verbose', '--by-document'], io), 0, io.err());
    // eslint-disable-next-line no-control-regex
    t.notRegex(io.out(), /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/, 'no control character but line ends');
    t.regex(io.out(), /^corpus\/esc ape\.txt +1 /m, 'the document row stays one line');
    t.regex(io.out(), /^- corpus\/esc ape\.txt@0: We must fight the +\[31mtraitors +\[0m now\./m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
