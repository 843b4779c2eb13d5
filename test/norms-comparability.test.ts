// A run whose scores are not measured as the reference norms were (other lexicons, rules switched off) is warned, and says so in
// its norms section; the committed norms are those of the committed lexicons.

import test from 'ava';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparabilityCaveats, normsFrom } from '../src/compare/norms.js';
import { main } from '../src/cli/main.js';
import { BUILTIN_LEXICON_DIR, loadLexicons } from '../src/lexicon/load.js';
import { captureIO } from './helpers/io.js';

const SPEECH = 'Friends, we must act now. Join us on Saturday! Let us build the bridge together.\n';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'rhetoric-norms-caveats-'));
}

/** A --lexicons folder whose stopwords.json adds one word: a change to what the analysis reads. */
function changedLexicons(dir: string): string {
  const folder = join(dir, 'changed');
  mkdirSync(folder);
  const stopwords = JSON.parse(readFileSync(join(BUILTIN_LEXICON_DIR, 'stopwords.json'), 'utf8')) as { entries: { words: string[] }[] };
  stopwords.entries[0].words.push('zyzzyva');
  writeFileSync(join(folder, 'stopwords.json'), JSON.stringify(stopwords));
  return folder;
}

/** A --lexicons folder holding only a copy of the built-in norms. */
function normsOnly(dir: string): string {
  const folder = join(dir, 'norms-only');
  mkdirSync(folder);
  copyFileSync(join(BUILTIN_LEXICON_DIR, 'norms.json'), join(folder, 'norms.json'));
  return folder;
}

test('the committed norms were computed with the committed lexicons (npm run norms regenerates them after a lexicon change)', (t) => {
  const lexicons = loadLexicons();
  const norms = normsFrom(lexicons);
  t.truthy(norms?.lexiconsDigest, 'lexicons/norms.json records the digest of the lexicons it was measured with');
  t.is(norms!.lexiconsDigest, lexicons.analysisDigest());
  t.deepEqual(comparabilityCaveats(norms!, lexicons, 'lexicons/norms.json'), []);
});

test('the analysis digest changes with any file the analysis reads, and not with a norms file', (t) => {
  const dir = scratch();
  const builtIn = loadLexicons().analysisDigest();
  t.is(loadLexicons([normsOnly(dir)]).analysisDigest(), builtIn, 'a folder holding only a norms file measures as the built-in lexicons do');
  t.not(loadLexicons([changedLexicons(dir)]).analysisDigest(), builtIn);
});

test('analyze --against warns, and says in its norms section, when its lexicons or rules are not those of the norms', async (t) => {
  const dir = scratch();
  const speech = join(dir, 'speech.txt');
  writeFileSync(speech, SPEECH);
  const run = async (...extra: string[]) => {
    const io = captureIO(dir);
    const code = await main(['analyze', speech, '--out', join(dir, 'out'), '--against', 'inaugural', ...extra], io);
    return { code, err: io.err(), report: readFileSync(join(dir, 'out', 'speech', 'report.md'), 'utf8') };
  };

  const plain = await run();
  t.is(plain.code, 0, plain.err);
  t.notRegex(plain.err, /warning/);
  t.notRegex(plain.report, /Not measured as the norms were/);

  const changed = await run('--lexicons', changedLexicons(dir));
  t.is(changed.code, 0, changed.err);
  t.regex(changed.err, /^rhetoric: warning: this run's lexicons are not the ones lexicons\/norms\.json was computed with .* percentiles compare unlike measurements$/m);
  t.regex(changed.report, /\*\*Not measured as the norms were:\*\* this run's lexicons are not the ones/);

  const off = await run('--rule', 'cta-let-us=off', '--rule', 'cta-imperative=off');
  t.is(off.code, 0, off.err);
  t.regex(off.err, /^rhetoric: warning: this run switches off rules cta-imperative, cta-let-us, which the norms count/m);
  t.notRegex(off.err, /lexicons are not/);

  const quiet = await run('--rule', 'cta-let-us=off', '--quiet');
  t.is(quiet.err, '', '--quiet says nothing');
  t.regex(quiet.report, /switches off rule cta-let-us,/, 'the report still says it');
});

test('a corpus run --against warns once when its rules are not those of the norms', async (t) => {
  const dir = scratch();
  const corpus = join(dir, 'speeches');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'a.txt'), SPEECH);
  writeFileSync(join(corpus, 'b.txt'), 'We remember the winter of 1777. Let us endure as they endured.\n');
  const io = captureIO(dir);
  const code = await main(['analyze', corpus, '--out', join(dir, 'out'), '--against', 'inaugural', '--rule', 'cta-let-us=off', '--jobs', '1'], io);
  t.is(code, 0, io.err());
  t.is(io.err().match(/warning: this run switches off rule cta-let-us,/g)?.length, 1, io.err());
});
