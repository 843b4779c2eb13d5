import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzesCorpus, compilerFlags, heapFlags, v8Flags } from '../src/cli/command-line.js';

const dir = mkdtempSync(join(tmpdir(), 'rhetoric-flags-'));
const file = join(dir, 'speech.txt');
writeFileSync(file, 'We must act.');
const LATE = ['--interrupt-budget=1081344'];

test('short runs and worker threads have V8 optimize later; a corpus on the main thread alone keeps the default', (t) => {
  t.deepEqual(compilerFlags(['analyze', file], 2), LATE, 'one file');
  t.deepEqual(compilerFlags(['analyze', dir], 2), LATE, 'a folder on two workers (the default on two cores)');
  t.deepEqual(compilerFlags(['analyze', dir, '--jobs', '2'], 2), LATE);
  t.deepEqual(compilerFlags(['analyze', dir, '--jobs', '1'], 2), [], 'a folder on the main thread');
  t.deepEqual(compilerFlags(['analyze', dir, '--jobs=1'], 2), []);
  t.deepEqual(compilerFlags(['analyze', dir, '--jobs', '2', '--jobs', '1'], 2), [], 'the last --jobs, as the command reads it');
  t.deepEqual(compilerFlags(['analyze', dir, '--jobs=1', '--jobs', '2'], 2), LATE);
  t.deepEqual(compilerFlags(['analyze', `${dir}/*.txt`, '--jobs', '1'], 2), [], 'a glob is a corpus too');
  t.deepEqual(compilerFlags(['analyze', dir], 1), [], 'one core: the default is --jobs 1');
  t.deepEqual(compilerFlags(['analyze', file, '--jobs', '1'], 2), LATE, '--jobs means nothing for one file');
  t.deepEqual(compilerFlags(['analyze', '-'], 1), LATE, 'stdin is one text');
  t.deepEqual(compilerFlags(['compare', file, file], 2), LATE);
  t.deepEqual(compilerFlags([], 2), LATE);
});

test('a corpus on the main thread alone lets its heap grow by 30% at a time; worker runs and single texts keep V8\'s default', (t) => {
  const SLOW_GROWTH = ['--heap-growing-percent=30'];
  t.deepEqual(heapFlags(['analyze', dir, '--jobs', '1'], 2), SLOW_GROWTH);
  t.deepEqual(heapFlags(['analyze', dir], 1), SLOW_GROWTH, 'one core: the default is --jobs 1');
  t.deepEqual(heapFlags(['analyze', dir], 2), [], 'workers have heap caps of their own');
  t.deepEqual(heapFlags(['analyze', file, '--jobs', '1'], 2), [], 'one file');
  t.deepEqual(heapFlags(['analyze', '-'], 1), [], 'stdin is one text');
  t.deepEqual(heapFlags(['compare', dir, '--jobs', '1'], 2), SLOW_GROWTH, 'a comparison on the main thread is a run over many texts too');
  t.deepEqual(heapFlags(['compare', file, file], 1), SLOW_GROWTH, 'one core: compare\'s default is --jobs 1 too');
  t.deepEqual(heapFlags(['compare', dir], 2), [], 'a comparison on workers');
  t.deepEqual(v8Flags(['analyze', dir, '--jobs', '1'], 2), ['--no-regexp-tier-up', ...SLOW_GROWTH], 'the run\'s flags include it');
  t.deepEqual(v8Flags(['analyze', file], 2), ['--no-regexp-tier-up', ...LATE], 'and the snapshot\'s flags do not');
});

test('a folder or a glob is a corpus (no chart worker is started for it); a file or stdin is one text', (t) => {
  t.true(analyzesCorpus(['analyze', dir], dir));
  t.true(analyzesCorpus(['analyze', `${dir}/*.txt`, '--jobs', '2'], dir));
  t.false(analyzesCorpus(['analyze', file], dir));
  t.false(analyzesCorpus(['analyze', '-'], dir));
  t.false(analyzesCorpus(['analyze', '--quiet'], dir));
  t.false(analyzesCorpus(['compare', dir, dir], dir), 'only analyze has corpus runs');
});
