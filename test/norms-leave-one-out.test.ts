// A text compared with a norms collection it belongs to is left out of it (found by its SHA-256), in one-text and corpus runs alike.

import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithNorms, describeScores, textDigest, withoutScore, type NormsFile } from '../src/compare/norms.js';
import { standingOf } from '../src/compare/percentile.js';
import { addPercentiles } from '../src/corpus/percentiles.js';
import type { SummaryRow } from '../src/corpus/summary.js';
import { main } from '../src/cli/main.js';
import { renderNormsSection } from '../src/report/compare/norms-md.js';
import { captureIO } from './helpers/io.js';
import { CALLS, testNorms } from './helpers/norms.js';
import { sharedPath, sharedTest } from './helpers/shared.js';

const DEVICE = CALLS;
const MEMBER_TEXT = 'We must act now.\n';
const VALUES = [1, 2, 3, 4];

function normsWithMember(): NormsFile {
  return testNorms(VALUES, 40, VALUES.map((v, i) => ({ collection: 'speeches', file: `speeches/${i}.txt`, words: 10, sha256: i === 2 ? textDigest(MEMBER_TEXT) : `other-${i}`, scores: { call_to_action: v } })));
}

test('withoutScore drops one occurrence of the score and describes the rest', (t) => {
  const rest = withoutScore(describeScores([1, 2, 2, 3]), 2);
  t.deepEqual(rest.values, [1, 2, 3]);
  t.deepEqual(rest, describeScores([1, 2, 3]));
  t.deepEqual(withoutScore(describeScores([1, 2]), 5).values, [1, 2], 'a score not there leaves the distribution as it is');
});

test('a member of the collection is placed among the others, never against itself', (t) => {
  const scores = { call_to_action: { score: 3, metrics: {}, tallies: {} } };
  const outsider = compareWithNorms(scores, [DEVICE], normsWithMember(), 'speeches', textDigest('Some other text.\n'));
  t.is(outsider.leftOut, undefined);
  t.is(outsider.devices[0].count, VALUES.length);
  t.is(outsider.devices[0].percentile, standingOf(3, VALUES).percentile);

  const member = compareWithNorms(scores, [DEVICE], normsWithMember(), 'speeches', textDigest(MEMBER_TEXT));
  t.deepEqual(member.leftOut, { file: 'speeches/2.txt' });
  const others = VALUES.filter((v) => v !== 3);
  t.is(member.devices[0].count, others.length);
  t.deepEqual(member.devices[0].norm.values, others);
  t.is(member.devices[0].percentile, standingOf(3, others).percentile);
  t.regex(member.devices[0].sentence, /of other test speeches$/);
});

test('a corpus row that is a member gets the same percentile as the one-text standing', (t) => {
  const norms = normsWithMember();
  const collection = { ...norms.collections.speeches, members: norms.documents };
  const row: SummaryRow = { file: 'x.txt', title: 'x', author: null, year: null, words: 10, sections: 1, sentences: 1, sha256: textDigest(MEMBER_TEXT), scores: { call_to_action: 3 } };
  addPercentiles(row, collection);
  const single = compareWithNorms({ call_to_action: { score: 3, metrics: {}, tallies: {} } }, [DEVICE], norms, 'speeches', textDigest(MEMBER_TEXT));
  t.is(row.percentiles?.call_to_action, Math.round(single.devices[0].percentile * 10) / 10);
  const stranger: SummaryRow = { ...row, sha256: textDigest('else') };
  addPercentiles(stranger, collection);
  t.is(stranger.percentiles?.call_to_action, standingOf(3, VALUES).percentile);
});

sharedTest('Kennedy 1961 against the inaugural addresses stands among the other addresses, alone and in a corpus run', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'rl-leave-one-out-'));
  const kennedy = sharedPath('corpus/inaugural/1961-Kennedy.txt');
  const io = captureIO(out);
  t.is(await main(['analyze', kennedy, '--against', 'inaugural', '--out', out, '--no-config'], io), 0, io.err());
  const standing = JSON.parse(readFileSync(join(out, '1961-kennedy/norms.json'), 'utf8')) as ReturnType<typeof compareWithNorms>;
  const norms = JSON.parse(readFileSync(new URL('../lexicons/norms.json', import.meta.url), 'utf8')) as NormsFile;
  t.is(standing.leftOut?.file, 'inaugural/1961-Kennedy.txt');
  for (const d of standing.devices) t.is(d.count, norms.collections.inaugural.documents - 1, d.device);
  t.regex(io.out(), /left out/);
  t.regex(readFileSync(join(out, '1961-kennedy/norms.md'), 'utf8'), /left out/);

  // An outside text keeps the whole collection.
  const outside = join(out, 'outside.txt');
  writeFileSync(outside, 'We must act now. Join us! Our enemies want to take what is ours.\n');
  t.is(await main(['analyze', outside, '--against', 'inaugural', '--out', out, '--no-config'], captureIO(out)), 0);
  const other = JSON.parse(readFileSync(join(out, 'outside/norms.json'), 'utf8')) as ReturnType<typeof compareWithNorms>;
  t.is(other.leftOut, undefined);
  t.is(other.devices[0].count, norms.collections.inaugural.documents);

  // The corpus run gives Kennedy's row the same percentiles.
  const corpus = captureIO(out);
  t.is(await main(['analyze', sharedPath('corpus/inaugural'), '--against', 'inaugural', '--out', out, '--format', 'json', '--no-config'], corpus), 0, corpus.err());
  const row = (JSON.parse(corpus.out()) as { rows: SummaryRow[] }).rows.find((r) => r.file === '1961-Kennedy.txt')!;
  for (const d of standing.devices) t.is(row.percentiles?.[d.device], Math.round(d.percentile * 10) / 10, d.device);
});

test('the norms section names the collection once, with the file, date and tool of the norms', (t) => {
  const norms = normsWithMember();
  norms.collections.speeches.label = 'documents of the reference corpus';
  const n = { ...compareWithNorms({ call_to_action: { score: 3, metrics: {}, tallies: {} } }, [DEVICE], norms, 'speeches'), file: 'my/norms.json' };
  const md = renderNormsSection(n);
  t.false(/of the reference corpus of the reference corpus/.test(md), md.split('\n')[2]);
  t.regex(md, /my\/norms\.json/);
  t.regex(md, /generated 2020-01-01 by test/);
});
