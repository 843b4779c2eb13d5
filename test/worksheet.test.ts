// Worksheets: the seeded generator, the draw (per device and distractors), determinism by seed, the CLI files, escaping.

import test from 'ava';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import type { CliIO } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { seededRandom, shuffled } from '../src/util/random.js';
import { buildWorksheet, QUESTION, renderAnswersMarkdown, renderWorksheetHtml, renderWorksheetMarkdown } from '../src/teach/worksheet.js';
import { OPED_PATH, sharedTest } from './helpers/shared.js';

function captureIO(cwd: string): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), readStdin: async () => Buffer.alloc(0), stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd };
}

test('seededRandom repeats for a seed, differs between seeds, stays in [0, 1) and spreads evenly', (t) => {
  const a = seededRandom('class-7');
  const b = seededRandom('class-7');
  const c = seededRandom('class-8');
  const xs = Array.from({ length: 2000 }, () => a());
  t.deepEqual(Array.from({ length: 2000 }, () => b()), xs);
  t.notDeepEqual(Array.from({ length: 2000 }, () => c()), xs);
  t.true(xs.every((x) => x >= 0 && x < 1));
  // Ten buckets of 2,000 draws: each should hold about 200 (a loose bound; a broken generator fails it badly).
  const buckets = new Array(10).fill(0);
  for (const x of xs) buckets[Math.floor(x * 10)]++;
  t.true(buckets.every((n) => n > 140 && n < 260), String(buckets));
  t.deepEqual([...shuffled([1, 2, 3, 4, 5], seededRandom(1))].sort(), [1, 2, 3, 4, 5]);
});

const TEXT = `A short practice text

Down with the tyrants! The weather was mild that spring and the market opened early. Hands off our schools!
Farmers brought apples and pears to the square every Tuesday morning. The council met in the old hall on Friday.
Down with hunger! The river rose a little after the rain in April. Children walked to school along the canal path.
`;

test('the draw takes sentences with findings of each device and distractors with none, and repeats for a seed', (t) => {
  const result = analyze(TEXT, { name: 'practice.txt' });
  const ws = buildWorksheet(result, { count: 6, seed: 'a' });
  t.is(ws.items.length, 6);
  t.deepEqual(buildWorksheet(result, { count: 6, seed: 'a' }), ws);
  t.deepEqual(ws.items.map((i) => i.number), [1, 2, 3, 4, 5, 6]);
  t.deepEqual(ws.items.map((i) => i.sentence), [...ws.items.map((i) => i.sentence)].sort((x, y) => x - y), 'in reading order');
  for (const item of ws.items) {
    if (item.drawnFor === 'none') t.deepEqual(item.devices, []);
    else t.true(item.devices.includes(item.drawnFor));
    t.is(item.text, result.text.slice(result.sentences[item.sentence].start, result.sentences[item.sentence].end));
  }
  t.true(ws.items.some((i) => i.drawnFor === 'slogan'));
  t.true(ws.items.some((i) => i.drawnFor === 'none'));
  // Different seeds draw different distractors from this pool of many.
  const draws = new Set(['a', 'b', 'c', 'd', 'e'].map((seed) => buildWorksheet(result, { count: 6, seed }).items.map((i) => i.sentence).join()));
  t.true(draws.size > 1);
});

test('worksheet and answers ask the question, escape the text and give the toolkit\'s answers', (t) => {
  const hostile = `Title line here

Down with <script>alert(1)</script> & "them"! We went to the market on a sunny Monday in May.
`;
  const result = analyze(hostile, { name: 'x.txt' });
  const ws = buildWorksheet(result, { count: 2, seed: 3 });
  const md = renderWorksheetMarkdown(ws);
  const html = renderWorksheetHtml(ws);
  const answers = renderAnswersMarkdown(ws);
  t.true(md.includes(QUESTION));
  t.true(html.includes(QUESTION));
  for (const out of [md, html, answers]) t.false(out.includes('<script>'), 'no raw script tag');
  t.true(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;them&quot;!'));
  t.false(/<script\b/i.test(html));
  t.regex(answers, /slogan-down-with/);
  t.regex(answers, /\*\*None\.\*\*/);
});

sharedTest('rhetoric worksheet on the op-ed --count 12 writes worksheet.md, worksheet.html and answers.md, the same for the same seed', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'rhetoric-ws-'));
  try {
    const io = captureIO(out);
    t.is(await main(['worksheet', OPED_PATH, '--count', '12', '--out', 'w', '--quiet'], io), 0, io.err.join(''));
    const dir = join(out, 'w', 'no-volveran-2006');
    for (const f of ['worksheet.md', 'worksheet.html', 'answers.md']) t.true(existsSync(join(dir, f)), f);
    const md = readFileSync(join(dir, 'worksheet.md'), 'utf8');
    t.is((md.match(/^### \d+\.$/gm) ?? []).length, 12);
    t.is((readFileSync(join(dir, 'answers.md'), 'utf8').match(/^## \d+\.$/gm) ?? []).length, 12);
    const first = readFileSync(join(dir, 'answers.md'), 'utf8');
    t.is(await main(['worksheet', OPED_PATH, '--count', '12', '--out', 'w', '--quiet'], io), 0);
    t.is(readFileSync(join(dir, 'answers.md'), 'utf8'), first);
    t.is(await main(['worksheet', OPED_PATH, '--count', '12', '--out', 'w', '--quiet', '--seed', 'other'], io), 0);
    t.not(readFileSync(join(dir, 'answers.md'), 'utf8'), first);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('rhetoric worksheet --count 0 is a usage error (exit 2, one line)', async (t) => {
  const io = captureIO(process.cwd());
  t.is(await main(['worksheet', 'whatever.txt', '--count', '0'], io), 2);
  t.regex(io.err.join(''), /^rhetoric: --count must be a whole number/);
});
