// `rhetoric compare` end to end: report files, valid SVGs, the terminal table, JSON output, errors; the comparison model.

import test from 'ava';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import { compareResults, sentimentArc, standardDeviation } from '../src/compare/model.js';
import { sentimentArcsSvg, smoothArc } from '../src/report/compare/arcs-svg.js';
import { compareSvg } from '../src/report/compare/compare-svg.js';
import { fixed, loadChartKit, signed } from '../src/report/charts/kit.js';
import { renderCompareMarkdown } from '../src/report/compare/compare-md.js';
import { captureIO } from './helpers/io.js';
import { OPED_PATH, sharedPath, sharedTest } from './helpers/shared.js';

const FIERY = [
  '# The struggle',
  '',
  'The workers demand justice. The workers will not wait. The bosses fear the workers and the workers know it.',
  'Down with the bosses! Join us! We must organise every factory. The workers of every town stand together.',
].join('\n');
const CALM = [
  'The harbour board met on Tuesday to review the budget for the coming year.',
  'The harbour master reported that the harbour dredging is on schedule and within budget.',
  'Members thanked the staff of the harbour office, and the meeting closed at noon.',
].join('\n');

function twoTexts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-compare-'));
  writeFileSync(join(dir, 'fiery.md'), `${FIERY}\n`);
  writeFileSync(join(dir, 'calm.txt'), `${CALM}\n`);
  return dir;
}

test('compare writes compare.md, compare.json and two valid SVGs, and prints a table', async (t) => {
  const dir = twoTexts();
  const io = captureIO(dir);
  const code = await main(['compare', 'fiery.md', 'calm.txt', '--out', 'out'], io);
  t.is(code, 0, io.err());
  const out = join(dir, 'out/compare-fiery-calm');
  for (const f of ['compare.svg', 'sentiment-arcs.svg']) {
    const svg = readFileSync(join(out, f), 'utf8');
    t.is(XMLValidator.validate(svg), true, f);
    t.regex(svg, /<title[^>]*>[^<]+<\/title>/, f);
    t.regex(svg, /<desc[^>]*>[^<]+<\/desc>/, f);
  }
  const md = readFileSync(join(out, 'compare.md'), 'utf8');
  t.regex(md, /## Scores/);
  t.regex(md, /## Strongest example of each device/);
  t.regex(md, /## Keyness/);
  t.regex(md, /\| workers \| 5 \|/, 'workers: 5 times in the fiery text (lines 3 and 4)');
  t.regex(md, /\| harbour \| 4 \|/);
  const json = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8')) as { texts: { name: string; keyWords: { term: string }[] }[] };
  t.deepEqual(json.texts.map((x) => x.name), ['fiery.md', 'calm.txt']);
  t.is(json.texts[0].keyWords[0].term, 'workers');
  t.regex(io.out(), /Sentiment/);
  t.regex(io.out(), /Calls to action/);
  t.regex(io.out(), /key words of fiery\.md \(The struggle\): workers/, 'the text is named with its own title, its heading');

});

test('compare is deterministic: the same input gives the same bytes', async (t) => {
  const dir = twoTexts();
  await main(['compare', 'fiery.md', 'calm.txt', '--out', 'a'], captureIO(dir));
  await main(['compare', 'fiery.md', 'calm.txt', '--out', 'b'], captureIO(dir));
  for (const f of ['compare.md', 'compare.json', 'compare.svg', 'sentiment-arcs.svg']) {
    t.is(readFileSync(join(dir, 'a/compare-fiery-calm', f), 'utf8'), readFileSync(join(dir, 'b/compare-fiery-calm', f), 'utf8'), f);
  }
});

test('file names with markup and control characters stay inert in every output', async (t) => {
  const dir = twoTexts();
  const odd = 'a<b>&"c]\u0007.txt';
  writeFileSync(join(dir, odd), `${CALM}\n`);
  const io = captureIO(dir);
  t.is(await main(['compare', 'fiery.md', odd, '--out', 'out', '--name', 'odd'], io), 0, io.err());
  for (const f of ['compare.svg', 'sentiment-arcs.svg']) t.is(XMLValidator.validate(readFileSync(join(dir, 'out/odd', f), 'utf8')), true, f);
  t.false(readFileSync(join(dir, 'out/odd/compare.md'), 'utf8').includes('<b>'));
  t.false(io.out().includes('\u0007'));
});

test('compare --format json prints only the comparison JSON', async (t) => {
  const dir = twoTexts();
  const io = captureIO(dir);
  t.is(await main(['compare', 'fiery.md', 'calm.txt', '--out', 'out', '--format', 'json', '--name', 'mine'], io), 0, io.err());
  const parsed = JSON.parse(io.out()) as { texts: unknown[]; differences: unknown[] };
  t.is(parsed.texts.length, 2);
  t.is(parsed.differences.length, 5);
  t.true(existsSync(join(dir, 'out/mine/compare.md')));
});

test('compare needs two readable files: usage error for one, input error for a missing one', async (t) => {
  const dir = twoTexts();
  const one = captureIO(dir);
  t.is(await main(['compare', 'fiery.md'], one), 2);
  t.regex(one.err(), /at least two files/);
  const missing = captureIO(dir);
  t.is(await main(['compare', 'fiery.md', 'nothing.txt'], missing), 1);
  t.regex(missing.err(), /nothing\.txt/);
  t.false(missing.err().includes('    at '), 'no stack trace');
});

test('the comparison model: strongest evidence, arcs on 0–100%, differences ranked and described', (t) => {
  const a = analyze(FIERY, { name: 'fiery.md' });
  const b = analyze(CALM, { name: 'calm.txt' });
  const c = compareResults([a, b]);
  t.is(c.texts.length, 2);
  const arc = sentimentArc(a);
  t.true(arc.length > 0);
  t.true(arc.every((p) => p.position > 0 && p.position < 100));
  t.true(arc.every((p, i) => i === 0 || p.position > arc[i - 1].position));
  t.is(smoothArc(arc).length, arc.length);
  // Ranked by relative spread, largest first.
  t.true(c.differences.every((d, i) => i === 0 || d.relative <= c.differences[i - 1].relative));
  for (const d of c.devices) {
    const e = c.texts[0].strongest[d.id];
    if (!e) continue;
    t.is(a.text.split('\n')[e.line - 1].includes(e.quote.split('\n')[0]), true, `${d.id} quote is on its line`);
    t.true(a.text.includes(e.context.before + e.quote + e.context.after), `${d.id} quote in its sentence`);
  }
  t.regex(c.summary, /differ most|same score/);
  // Two files with the same name get numbered.
  t.deepEqual(compareResults([a, a]).texts.map((x) => x.name), ['fiery.md (1)', 'fiery.md (2)']);
});

test('compare.md sets in bold every text tied at the top score of a device, and none when all texts tie', (t) => {
  const fiery = analyze(FIERY, { name: 'fiery.md' });
  const again = analyze(FIERY, { name: 'again.md' });
  const calm = analyze(CALM, { name: 'calm.txt' });
  const md = renderCompareMarkdown(compareResults([fiery, again, calm]));
  const row = md.split('\n').find((l) => l.startsWith('| Calls to action'));
  t.truthy(row);
  const cells = row!.split('|').slice(2, 5).map((c) => c.trim());
  // The two copies of the fiery text share the highest score: both are bold, the calm text is not.
  t.regex(cells[0], /^\*\*[\d.]+\*\*$/);
  t.is(cells[1], cells[0]);
  t.notRegex(cells[2], /\*\*/);
  const same = renderCompareMarkdown(compareResults([fiery, again]));
  const sameRow = same.split('\n').find((l) => l.startsWith('| Calls to action'))!;
  t.notRegex(sameRow, /\*\*/);
});

test('compare.md bolds by the score as shown: texts whose scores read the same are all bold or none is, and counts have thousands separators', (t) => {
  const long = analyze(Array.from({ length: 40 }, () => FIERY).join('\n\n'), { name: 'long.md' });
  const calm = analyze(CALM, { name: 'calm.txt' });
  const other = analyze(CALM, { name: 'other.txt' });
  const c = compareResults([long, calm, other]);
  // Two scores that differ only past the shown digits (0.104 and 0.101 both read 0.10), and one lower.
  c.texts[0].scores.us_them = 0.104;
  c.texts[1].scores.us_them = 0.101;
  c.texts[2].scores.us_them = 0.02;
  const row = (md: string, head: string) => md.split('\n').find((l) => l.startsWith(head))!.split('|').slice(2, 5).map((x) => x.trim());
  t.deepEqual(row(renderCompareMarkdown(c), '| Us/them'), ['**0.10**', '**0.10**', '0.02']);
  c.texts[2].scores.us_them = 0.099;
  t.deepEqual(row(renderCompareMarkdown(c), '| Us/them'), ['0.10', '0.10', '0.10']);
  t.true(long.source.words >= 1000);
  const words = row(renderCompareMarkdown(c), '| Words')[0];
  t.is(words, String(long.source.words).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  t.regex(words, /^\d{1,3}(,\d{3})+$/);
});

test('standard deviation (population) of the reference scores', (t) => {
  // 2, 4, 4, 4, 5, 5, 7, 9: mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; 32/8 = 4; √4 = 2.
  t.is(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]), 2);
  t.is(standardDeviation([3]), 0);
});

sharedTest('compare on the op-ed, Trump 2017 and Kennedy 1961: the op-ed\'s key words are its own', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'rl-compare-shared-'));
  const io = captureIO(out);
  const code = await main(['compare', OPED_PATH, sharedPath('corpus/inaugural/2017-Trump.txt'), sharedPath('corpus/inaugural/1961-Kennedy.txt'), '--out', out, '--format', 'json'], io);
  t.is(code, 0, io.err());
  const c = JSON.parse(io.out()) as { texts: { keyWords: { term: string }[]; keyPairs: { term: string }[] }[] };
  const top = c.texts[0].keyWords.map((k) => k.term);
  for (const w of ['revolution', 'masses', 'counterrevolution']) t.true(top.includes(w), `${w} in ${top.join(', ')}`);
  t.true(c.texts[1].keyWords.slice(0, 5).some((k) => k.term === 'america'));
  const dir = join(out, 'compare-no-volveran-2006-2017-trump-1961-kennedy');
  for (const f of ['compare.svg', 'sentiment-arcs.svg']) t.is(XMLValidator.validate(readFileSync(join(dir, f), 'utf8')), true);
});

test('the terminal table keeps apart two texts of the same name, and the summary names every device they tie on', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'rl-compare-same-'));
  for (const [folder, text] of [['a', 'We must act now.'], ['b', 'The weather is mild today.']]) {
    mkdirSync(join(root, folder));
    writeFileSync(join(root, folder, 'speech.txt'), `${text}\n`);
  }
  const io = captureIO(root);
  t.is(await main(['compare', 'a/speech.txt', 'b/speech.txt', '--out', 'o', '--no-config'], io), 0, io.err());
  const header = io.out().split('\n')[0];
  t.regex(header, /speech \(1\)\s+speech \(2\)$/);
  const comparison = compareResults([analyze('We must act now.\n', { name: 'a.txt' }), analyze('The weather is mild today.\n', { name: 'b.txt' })]);
  const tied = comparison.devices.filter((d) => comparison.texts[0].scores[d.id] === comparison.texts[1].scores[d.id]);
  t.true(tied.length > 1, 'the two texts tie on more than one device');
  const said = /They score the same on ([^.]+)\./.exec(comparison.summary)?.[1] ?? '';
  for (const d of tied) t.true(said.includes(d.title.toLowerCase()), `${d.title} among the ties: "${said}"`);
  t.regex(comparison.summary, /Next comes [^(]+\(/, 'one device after the first: "Next comes"');
});

test('key words leave out what the analysis skips: web addresses and comments inside sentences', (t) => {
  const others = [analyze('Down with the tyrants! Long live the people.'), analyze('We must act now. They lied to us again.')];
  const keyWordsOf = (text: string) => compareResults([analyze(text), ...others]).texts[0].keyWords.map((k) => k.term);
  const sentences = (inside: string) => ['now', 'today', 'again', 'please'].map((w) => `Read ${inside} ${w}.`).join(' ');
  t.deepEqual(keyWordsOf(sentences('https://zzsite.example/zzpage')), ['read']);
  t.deepEqual(keyWordsOf(sentences('<!-- zzsecret -->')), ['read']);
  t.deepEqual(keyWordsOf(sentences('zzsite')), ['read', 'zzsite'], 'the same word written as text is counted');
});

test('the comparison charts keep apart long file names that differ only near their end', async (t) => {
  const texts = ['1946-03-01-annual-message-to-the-congress-on-the-state-of-the-union-first.txt', '1946-03-01-annual-message-to-the-congress-on-the-state-of-the-union-second.txt'];
  const c = compareResults([analyze(FIERY, { name: texts[0] }), analyze(CALM, { name: texts[1] })]);
  const kit = await loadChartKit();
  for (const svg of [compareSvg(c, kit), sentimentArcsSvg(c, kit)]) {
    const legendTexts = [...svg.matchAll(/<text[^>]*>(1946[^<]*)<\/text>/g)].map((m) => m[1]);
    t.is(new Set(legendTexts).size, 2, legendTexts.join(' | '));
    t.true(legendTexts.some((s) => s.endsWith('first.txt')) && legendTexts.some((s) => s.endsWith('second.txt')), legendTexts.join(' | '));
  }
});

test('compare.md gives the significance of the G² threshold in use, not always the default\'s p < 0.05', (t) => {
  const texts = [analyze(FIERY, { name: 'fiery.md' }), analyze(CALM, { name: 'calm.txt' })];
  const threshold = (minG2: number, minFrequency = 3) => {
    const md = renderCompareMarkdown(compareResults(texts, { keyness: { minG2, minFrequency } }));
    return /occurs at least ([^,]+), and has a log-likelihood G² of at least ([\d.]+) \(([^)]*)\)/.exec(md)?.slice(1) ?? [];
  };
  t.deepEqual(threshold(3.84), ['3 times in the text', '3.84', 'p < 0.05 with one degree of freedom; 6.63 is p < 0.01, 10.83 is p < 0.001, 15.13 is p < 0.0001']);
  // --min-g2 10.83 is the p < 0.001 level, as the option's help says: the paragraph said "p < 0.05" for every threshold.
  t.deepEqual(threshold(10.83).slice(1), ['10.83', 'p < 0.001 with one degree of freedom; 15.13 is p < 0.0001']);
  t.deepEqual(threshold(8).slice(1), ['8.00', 'p < 0.01 with one degree of freedom; 10.83 is p < 0.001, 15.13 is p < 0.0001']);
  t.regex(threshold(2)[2], /^below the 3\.84 of p < 0\.05 with one degree of freedom, so some listed terms are not significant even at that level;/);
  t.is(threshold(3.84, 1)[0], '1 time in the text');
});

test('the summary names every text at either end of the devices that come next, or counts them when there are many', (t) => {
  const fiery = analyze(FIERY, { name: 'fiery.md' });
  const calm = ['b.txt', 'c.txt', 'd.txt', 'e.txt'].map((name) => analyze(CALM, { name }));
  // The calm copies tie at 0 on us/them framing and calls to action, the two devices after slogans: the old summary named
  // the first of them alone as lowest ("lowest in b.txt"), as if the others had some.
  t.regex(compareResults([fiery, calm[0]]).summary, /Next come us\/them framing \(highest in fiery\.md, lowest in b\.txt\) and calls to action \(highest in fiery\.md, lowest in b\.txt\)\./);
  t.regex(compareResults([fiery, ...calm.slice(0, 2)]).summary, /Next come us\/them framing \(highest in fiery\.md, lowest in b\.txt and c\.txt\) and calls to action \(highest in fiery\.md, lowest in b\.txt and c\.txt\)\./);
  t.regex(compareResults([fiery, ...calm]).summary, /Next come us\/them framing \(highest in fiery\.md, lowest in 4 texts\) and calls to action \(highest in fiery\.md, lowest in 4 texts\)\./);
});

test('the summary\'s first sentence counts the texts at an end when there are many, as the next does, rather than name fifty of them', (t) => {
  const fiery = analyze(FIERY, { name: 'fiery.md' });
  const calm = ['b.txt', 'c.txt', 'd.txt', 'e.txt'].map((name) => analyze(CALM, { name }));
  const first = (n: number) => compareResults([fiery, ...calm.slice(0, n)]).summary.split('. Next')[0];
  t.regex(first(3), /^These texts differ most in slogans: fiery\.md scores \d+\.\d\d and b\.txt, c\.txt and d\.txt 0\.00 \(slogans per 1,000 words\)\. b\.txt, c\.txt and d\.txt have none$/);
  t.regex(first(4), /^These texts differ most in slogans: fiery\.md scores \d+\.\d\d and 4 texts 0\.00 \(slogans per 1,000 words\)\. Those 4 have none$/);
});

test('compare.md of many texts gives their number in its title and one row per text in its scores table', (t) => {
  const fiery = analyze(FIERY, { name: 'fiery.md' });
  const calm = analyze(CALM, { name: 'calm.txt' });
  const results = (n: number) => Array.from({ length: n }, (_, i) => ({ ...(i % 2 ? calm : fiery), source: { ...(i % 2 ? calm : fiery).source, name: `text-${i + 1}.txt` } }));
  const four = renderCompareMarkdown(compareResults(results(4)));
  t.true(four.startsWith('# Comparison: text-1.txt, text-2.txt, text-3.txt, text-4.txt\n'));
  t.regex(four, /^\| Device \(score\) \| text-1\.txt \| text-2\.txt \| text-3\.txt \| text-4\.txt \|$/m);
  const c = compareResults(results(7));
  const seven = renderCompareMarkdown(c);
  t.true(seven.startsWith('# Comparison of 7 texts\n'));
  const table = seven.slice(seven.indexOf('## Scores')).split('\n\n')[1].split('\n');
  t.is(table[0], `| Text | ${c.devices.map((d) => `${d.title} (${d.score.label})`).join(' | ')} | Words | Sentences |`);
  t.is(table.length, 2 + 7, 'a header, its rule and a row per text');
  c.texts.forEach((x, i) => {
    const cells = table[2 + i].split(' | ').map((cell) => cell.replace(/^\| |\*\*| \|$/g, ''));
    t.deepEqual(cells, [x.name, ...c.devices.map((d) => (d.score.min < 0 ? signed : fixed)(x.scores[d.id], d.score.digits)), String(x.words), String(x.sentences)]);
  });
  // The fiery texts have the most slogans: bold in their rows, not in the calm ones.
  const slogans = 1 + c.devices.findIndex((d) => d.id === 'slogan');
  t.true(table[2].split(' | ')[slogans].startsWith('**'));
  t.false(table[3].split(' | ')[slogans].startsWith('**'));
});

test('the summary signs sentiment as the tables do: +0.85 and -0.87, not 0.85 and -0.87', (t) => {
  const garden = analyze('The garden is lovely and the children are happy and kind. What a wonderful, beautiful day it was.', { name: 'garden.txt' });
  const flood = analyze('The flood was a terrible disaster. Many people were hurt and the town is sad and afraid.', { name: 'flood.txt' });
  const c = compareResults([garden, flood]);
  const shown = (x: number) => signed(x, 2);
  t.true(c.summary.startsWith(`These texts differ most in sentiment: garden.txt scores ${shown(c.texts[0].scores.sentiment)} and flood.txt ${shown(c.texts[1].scores.sentiment)} (mean sentence sentiment).`), c.summary);
  t.regex(c.summary, /garden\.txt scores \+0\.\d\d and flood\.txt -0\.\d\d/);
  t.regex(renderCompareMarkdown(c), new RegExp(`\\| Sentiment \\(mean sentence sentiment\\) \\| \\*\\*\\${shown(c.texts[0].scores.sentiment)}\\*\\* \\|`), 'the table writes the same');
});

test('compare.md and compare.json set each of two texts against "the other", and three or more against "the others together"', (t) => {
  const texts = [analyze(FIERY, { name: 'fiery.md' }), analyze(CALM, { name: 'calm.txt' }), analyze(CALM, { name: 'still.txt' })];
  const two = compareResults(texts.slice(0, 2));
  const md = renderCompareMarkdown(two);
  t.is(two.keyness.reference, 'the other text');
  t.regex(md, /Each text is compared with the other text\. A term is listed when it is relatively more frequent in the text than in the other, /);
  t.regex(md, /### fiery\.md against the other\n/);
  t.regex(md, /\| Word \| In text \| Per 1,000 words \| In the other \| Per 1,000 words \|/);
  t.false(md.includes('the others'), 'no "others" when there is one other text');
  const three = compareResults(texts);
  const many = renderCompareMarkdown(three);
  t.is(three.keyness.reference, 'all the other texts together');
  t.regex(many, /### fiery\.md against the others\n/);
  t.regex(many, /\| In others \|/);
});

test('compare.json gives the totals keyness reckons per 1,000 on: words with a letter, fewer than the words of a text with numbers', (t) => {
  const dated = analyze('In 1990 the mill had 3 looms and 12 boats. In 1995 the mill had 40 looms. The mill grew and the mill paid well.', { name: 'mill.txt' });
  const c = compareResults([dated, analyze(CALM, { name: 'calm.txt' }), analyze(FIERY, { name: 'fiery.md' })], { keyness: { minFrequency: 2, minG2: 0 } });
  const [mill, ...rest] = c.texts;
  // 25 words, 5 of them numbers. A number also breaks a pair: "In | the mill had | looms and | boats", "In | the mill had | looms",
  // "The mill grew and the mill paid well" give 3 + 2 + 7 pairs.
  t.is(mill.words, 25);
  t.deepEqual(mill.keynessTotals, { words: 20, pairs: 12 });
  const term = mill.keyWords.find((k) => k.term === 'mill');
  t.truthy(term);
  t.is(term!.count, 4);
  // per1000 is reckoned on the keyness total, which the JSON now holds: 4 × 1000 / 20 = 200, not 4 × 1000 / 25 = 160.
  t.is(term!.per1000, 200);
  t.is(term!.referencePer1000, Math.round((term!.referenceCount * 1000 * 1000) / (rest[0].keynessTotals.words + rest[1].keynessTotals.words)) / 1000);
  t.regex(renderCompareMarkdown(c), /only words with a letter are counted here, not numbers or years, so a text's total \(`keynessTotals` in compare\.json\) can be below its Words above\./);
});

test('sentiment-arcs.svg and compare.svg draw their plots below the legend, however many rows twenty names take', async (t) => {
  const kit = await loadChartKit();
  const calm = analyze(CALM, { name: 'calm.txt' });
  const c = compareResults(Array.from({ length: 20 }, (_, i) => ({ ...calm, source: { ...calm.source, name: `${1901 + 4 * i}-inaugural-address.txt` } })));
  const legendRows = (svg: string) => [...new Set([...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" fill="#222222" font-size="11">\d{4}-inaugural/g)].map((m) => Number(m[1])))];
  const arcs = sentimentArcsSvg(c, kit);
  const rows = legendRows(arcs);
  t.true(rows.length >= 3, `twenty names wrap to ${rows.length} rows`);
  // The plot's y axis (the vertical line at x 70) starts below the last legend row: it started at 84 whatever the legend took.
  const axis = /<line x1="70" y1="([\d.]+)" x2="70" y2="([\d.]+)"/.exec(arcs);
  t.truthy(axis);
  t.true(Number(axis![1]) > Math.max(...rows), `plot top ${axis![1]} below the legend rows ${rows.join(', ')}`);
  t.is(/<svg[^>]*height="([\d.]+)"/.exec(arcs)?.[1], String(Number(axis![2]) + 80), 'the chart is as much taller');
  // compare.svg estimated its legend's rows from shorter widths than the legend lays out; it now measures them the same way.
  const bars = compareSvg(c, kit);
  const barAxis = /<line x1="66" y1="([\d.]+)" x2="66" y2="[\d.]+"/.exec(bars);
  t.truthy(barAxis);
  t.true(Number(barAxis![1]) >= Math.max(...legendRows(bars)) + 18, `bars start at ${barAxis![1]}, a row below the legend`);
});

test('with more texts than colours, the colours come round again in another style: no two of twenty texts look alike', async (t) => {
  const kit = await loadChartKit();
  const calm = analyze(CALM, { name: 'calm.txt' });
  const c = compareResults(Array.from({ length: 20 }, (_, i) => ({ ...calm, source: { ...calm.source, name: `text-${i + 1}.txt` } })));
  // Each line of the arcs chart, by its text: its colour and dash. The old charts drew texts 1, 9 and 17 alike.
  const lines = [...sentimentArcsSvg(c, kit).matchAll(/<path d="[^"]+" fill="none" stroke="(#[0-9a-f]{6})"(?: stroke-dasharray="([^"]+)")? stroke-width="2" data-text="(\d+)"/g)].map((m) => `${m[1]} ${m[2] ?? 'solid'}`);
  t.is(lines.length, 20);
  t.is(new Set(lines).size, 20, lines.join(', '));
  // The bars of one device group, in text order, and the legend's swatches: each text's bar and swatch drawn alike.
  const svg = compareSvg(c, kit);
  const style = (attrs: string) => attrs.replace(/\s*(x|y|width|height)="[^"]*"/g, '').trim();
  const group = svg.slice(svg.indexOf('<g class="device" data-device="sentiment"'), svg.indexOf('<g class="device" data-device="slogan"'));
  const bars = [...group.matchAll(/<rect([^>]*)>\s*<title>text-\d+\.txt[: ]/g)].map((m) => style(m[1]));
  t.is(bars.length, 20);
  t.is(new Set(bars).size, 20, bars.join(' | '));
  const swatches = [...svg.slice(0, svg.indexOf('<g class="device"')).matchAll(/<rect([^>]*width="14" height="10"[^>]*)>/g)].map((m) => style(m[1]));
  t.deepEqual(swatches, bars);
});

test('compare.md made without stop words says none are left out, not "0 function words (lexicons/stopwords.json) are left out"', (t) => {
  const texts = [analyze(FIERY, { name: 'fiery.md' }), analyze(CALM, { name: 'calm.txt' })];
  const bare = renderCompareMarkdown(compareResults(texts));
  t.false(bare.includes('0 function words'));
  t.regex(bare, /No function words are left out \(the comparison was made without stop words\), so words such as "the" and "of" can be key terms\. Phrases are/);
  const stopped = renderCompareMarkdown(compareResults(texts, { stopWords: new Set(['the', 'of']) }));
  t.regex(stopped, /2 function words \(lexicons\/stopwords\.json\) are left out, and so are word pairs that contain one; they still count toward the totals\. Phrases are/);
});

test('compare says how many key terms --top cut off, and how many of them tie with the last one listed', (t) => {
  const crops = ['apples', 'barley', 'cabbages', 'damsons', 'endives', 'fennel', 'grapes', 'hops', 'irises', 'juniper', 'kale', 'leeks', 'marrows', 'nettles', 'oats', 'parsnips', 'quinces', 'radishes', 'sorrel', 'turnips', 'umbels', 'vetch', 'walnuts', 'yams', 'zucchini'];
  // Each crop three times in the market report, never in the harbour minutes: 25 terms with the same G² and log ratio.
  const market = analyze(Array.from({ length: 3 }, () => `Stalls sold ${crops.join(', ')}.`).join(' '), { name: 'market.txt' });
  const harbour = analyze(Array.from({ length: 10 }, () => CALM).join('\n\n'), { name: 'harbour.txt' });
  const c = compareResults([market, harbour], { keyness: { limit: 20 } });
  const [m] = c.texts;
  t.is(m.keyWords.length, 20);
  t.true(m.keyWords.every((k) => k.g2 === m.keyWords[0].g2 && k.logRatio === m.keyWords[0].logRatio), 'all 20 listed tie');
  t.deepEqual(m.keyWords.map((k) => k.term), [...crops, 'stalls', 'sold'].sort().slice(0, 20), 'ties listed alphabetically');
  // "stalls" and "sold" pass too: 27 words, 7 left out, all tied with the last listed. The old report stopped at 20 without a word.
  t.deepEqual(m.keynessCut.words, { more: 7, tied: 7 });
  const md = renderCompareMarkdown(c);
  t.regex(md, /27 words pass the thresholds; the first 20 are listed\. 7 more tie with the last one listed \(G² [\d.]+, log ratio [\d.]+\) and are left out only by the alphabetical order of ties: `--top 27` lists them\./);
  t.regex(md, /Terms are listed by G², then log ratio, then alphabetically\./);
  const all = compareResults([market, harbour], { keyness: { limit: 30 } });
  t.deepEqual(all.texts[0].keynessCut.words, { more: 0, tied: 0 });
  t.false(renderCompareMarkdown(all).includes('pass the thresholds; the first'));
});

test('the comparison summary ties texts by their scores as shown: two that both read 0.10 are not named as highest and lowest', (t) => {
  const a = analyze(FIERY, { name: 'a.md' });
  const b = analyze(FIERY, { name: 'b.md' });
  const c = analyze(CALM, { name: 'c.txt' });
  // The same texts twice over, with one device's scores nudged past the shown digits.
  const nudged = (scores: number[]) => {
    const results = [a, b, c].map((r, i) => ({ ...r, document: { ...r.document, us_them: { ...r.document.us_them, score: scores[i] } } }));
    return compareResults(results).summary;
  };
  // a and b both read 0.10; c reads 0.02: a and b are named together at the top.
  t.regex(nudged([0.104, 0.101, 0.02]), /us\/them framing \(highest in a\.md and b\.md, lowest in c\.txt\)|in us\/them framing: a\.md and b\.md score 0\.10/);
  // All three read 0.10: us/them is where they score the same, not a difference between a "highest" and a "lowest".
  const same = nudged([0.104, 0.101, 0.099]);
  t.notRegex(same, /us\/them framing \(highest/);
  t.notRegex(same, /differ most in us\/them/);
});
