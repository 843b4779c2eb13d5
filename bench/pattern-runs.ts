// Pattern benchmark (not a test): every lexicon expression timed on long runs of one repeated piece (letters glued to
// non-ASCII letters or hyphens, spaces, punctuation), at 1,000 and 2,000 characters (the sentence cap), as analysis runs it
// (its flags with g and d, every match in turn). Prints the slowest and how their time grows from 1,000 to 2,000
// characters: about 2 is linear, about 4 quadratic.
// Run: npm run bench:patterns [-- --only slogan-known-chant] [-- --top 15]

import { MAX_SENTENCE_CHARS } from '../src/text/parse.js';
import { lexiconPatternSources } from '../scripts/pattern-sources.js';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = option('only');
const top = Number(option('top') ?? 10);

/** Pieces a run repeats: each puts a word boundary (ASCII \b) inside a run of letters, or is plain text. */
const PIECES = ['yé', '-a', 'aaéé', 'A-', 'kª', 'ab-', 'a ', ', ', '! ', 'we ', "'", ' '];

/** Best of several timings of every match of `regex` in `text`, in milliseconds. */
function time(regex: RegExp, text: string): number {
  let best = Infinity;
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now();
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) if (m[0].length === 0) regex.lastIndex++;
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const runOf = (piece: string, chars: number): string => piece.repeat(Math.ceil(chars / piece.length)).slice(0, chars);

interface Row {
  where: string;
  piece: string;
  halfMs: number;
  fullMs: number;
}

const rows: Row[] = [];
for (const p of lexiconPatternSources()) {
  if (only && !p.where.endsWith(`/${only}`)) continue;
  const regex = new RegExp(p.source, `${p.flags}gd`);
  let worst: Row | undefined;
  for (const piece of PIECES) {
    const fullMs = time(regex, runOf(piece, MAX_SENTENCE_CHARS));
    if (!worst || fullMs > worst.fullMs) worst = { where: p.where, piece, halfMs: time(regex, runOf(piece, MAX_SENTENCE_CHARS / 2)), fullMs };
  }
  if (worst) rows.push(worst);
}
rows.sort((a, b) => b.fullMs - a.fullMs);
const v8 = process.execArgv.includes('--no-regexp-optimization') ? "V8's regular-expression optimization off" : "V8's defaults";
console.log(`${rows.length} expressions, ${v8}; the slowest run of each (of ${PIECES.length}), at ${MAX_SENTENCE_CHARS / 2} and ${MAX_SENTENCE_CHARS} characters:\n`);
console.log('| expression | run of | ms at 1,000 | ms at 2,000 | growth |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows.slice(0, top)) {
  console.log(`| ${r.where} | ${JSON.stringify(r.piece)} | ${r.halfMs.toFixed(3)} | ${r.fullMs.toFixed(3)} | ${(r.fullMs / Math.max(r.halfMs, 0.001)).toFixed(1)} |`);
}
