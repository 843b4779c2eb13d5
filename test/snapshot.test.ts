import test from 'ava';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { v8Flags } from '../src/cli/command-line.js';
import { runsFromSnapshot, snapshotStamp, type LaunchSetting, type SnapshotStamp } from '../src/cli/snapshot.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/rhetoric.js');
const dir = mkdtempSync(join(tmpdir(), 'rhetoric-snapshot-'));
const file = join(dir, 'speech.txt');
writeFileSync(file, 'Down with the tyrants! They attacked our towns without warning.\n\nWe must act now. Let us march together.\n');

const compromise = '1000 bytes, modified 2026-01-01T00:00:00.000Z';
const code = '2026-01-02T00:00:00.000Z';
const lexicons = 'lexicons/abbreviations.json 1200 1767225600000\ndist/lexicon/checked-lexicons.json 900 1767225600000';
const stamp: SnapshotStamp = { node: process.version, platform: process.platform, arch: process.arch, flags: v8Flags(['analyze', '-']), compromise, code, lexicons };
const setting = (over: Partial<LaunchSetting> = {}): LaunchSetting => ({ stamp, env: {}, execArgv: [], cwd: dir, compromise: () => compromise, code: () => code, lexicons: () => lexicons, ...over });

test('the analysis of one text runs from the snapshot; a corpus, other commands and help run in their own process', (t) => {
  t.true(runsFromSnapshot(['analyze', file], setting()));
  t.true(runsFromSnapshot(['analyze', file, '--format', 'json'], setting()));
  t.true(runsFromSnapshot(['analyze', '-'], setting()), 'stdin is one text');
  t.false(runsFromSnapshot(['analyze', dir], setting()), 'a folder is a corpus: its documents are analyzed on worker threads');
  t.false(runsFromSnapshot(['analyze', dir, '--jobs', '1'], setting()));
  t.false(runsFromSnapshot(['analyze', file, '--help'], setting()));
  t.false(runsFromSnapshot(['analyze'], setting()));
  t.false(runsFromSnapshot(['analyze', '--quiet'], setting()));
  t.false(runsFromSnapshot(['explain', 'slogan'], setting()));
  t.false(runsFromSnapshot([], setting()));
});

test('a snapshot that does not fit this process is not used: other Node, other flags, another compromise, newer code, other lexicons, Node options, switched off, none built', (t) => {
  t.false(runsFromSnapshot(['analyze', file], setting({ stamp: undefined })), 'no snapshot built');
  t.false(runsFromSnapshot(['analyze', file], setting({ stamp: { ...stamp, node: 'v20.0.0' } })), 'built by another Node');
  t.false(runsFromSnapshot(['analyze', file], setting({ stamp: { ...stamp, arch: 'arm64' } })));
  t.false(runsFromSnapshot(['analyze', file], setting({ stamp: { ...stamp, flags: ['--no-regexp-tier-up'] } })), 'built with other V8 flags');
  t.false(runsFromSnapshot(['analyze', file], setting({ compromise: () => '1001 bytes, modified 2026-02-01T00:00:00.000Z' })), 'compromise reinstalled since');
  t.false(runsFromSnapshot(['analyze', file], setting({ code: () => '2026-01-03T00:00:00.000Z' })), 'the code compiled again since, without a new snapshot');
  t.false(runsFromSnapshot(['analyze', file], setting({ lexicons: () => lexicons.replace('1200', '1201') })), 'a lexicon edited since: the snapshot holds the old one prepared');
  t.false(runsFromSnapshot(['analyze', file], setting({ lexicons: () => `${lexicons}\nlexicons/new.json 10 1767225600000` })), 'a lexicon added since');
  t.false(runsFromSnapshot(['analyze', file], setting({ stamp: { ...stamp, lexicons: undefined } })), 'a stamp written before lexicons were prepared in the snapshot');
  t.false(runsFromSnapshot(['analyze', file], setting({ stamp: { ...stamp, lexicons: '' }, lexicons: () => '' })), 'lexicons that could not be read');
  t.false(runsFromSnapshot(['analyze', file], setting({ execArgv: ['--max-old-space-size=300'] })), 'the child would lose them');
  t.false(runsFromSnapshot(['analyze', file], setting({ env: { NODE_OPTIONS: '--max-old-space-size=300' } })));
  t.true(runsFromSnapshot(['analyze', file], setting({ env: { NODE_OPTIONS: ' ' } })));
  t.false(runsFromSnapshot(['analyze', file], setting({ env: { RHETORIC_SNAPSHOT: 'off' } })));
});

/** Runs the built CLI as a real process; `snapshot: false` switches the snapshot off. */
function cli(args: string[], snapshot: boolean, input?: string): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', RHETORIC_SNAPSHOT: snapshot ? 'on' : 'off' };
  delete env.NODE_OPTIONS;
  return spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env, input });
}

test.serial('the build makes a snapshot this Node can start from, and a run from it gives the same output as a run without it', (t) => {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) {
    t.fail('dist/ is missing: run `npm run build` (npm test does) before this test');
    return;
  }
  const built = snapshotStamp();
  if (built === undefined) {
    t.fail('no startup snapshot in dist/snapshot: `npm run build` makes it');
    return;
  }
  t.true(runsFromSnapshot(['analyze', file], { stamp: built, env: {}, execArgv: [], cwd: dir, compromise: () => built.compromise, code: () => built.code, lexicons: () => built.lexicons ?? '' }), 'the built snapshot fits this Node');
  t.true((built.lexicons ?? '').includes('lexicons/cta-patterns.json'), 'the stamp lists the built-in lexicons');
  t.true(built.prepared, 'the snapshot holds the built-in lexicons prepared (the build fell back to one without them: see its note)');

  const timed = cli(['analyze', file, '--out', join(dir, 'timed'), '--timing', '--quiet'], true);
  t.is(timed.status, 0, timed.stderr);
  t.regex(timed.stderr, /tagger loaded from the startup snapshot/, 'the run started from the snapshot');
  const plain = cli(['analyze', file, '--out', join(dir, 'plain'), '--timing', '--quiet'], false);
  t.notRegex(plain.stderr, /startup snapshot/);

  const a = cli(['analyze', file, '--out', join(dir, 'a')], true);
  const b = cli(['analyze', file, '--out', join(dir, 'b')], false);
  t.is(a.status, 0, a.stderr);
  t.is(a.stdout.replace(/\ba\//, 'b/'), b.stdout);
  for (const name of ['report.json', 'report.md', 'overview.svg']) t.is(readFileSync(join(dir, 'a', 'speech', name), 'utf8'), readFileSync(join(dir, 'b', 'speech', name), 'utf8'), name);

  const piped = cli(['analyze', '-', '--format', 'json', '--out', join(dir, 'piped')], true, readFileSync(file, 'utf8'));
  t.is(piped.status, 0, piped.stderr);
  t.deepEqual(JSON.parse(piped.stdout), JSON.parse(cli(['analyze', '-', '--format', 'json', '--out', join(dir, 'piped')], false, readFileSync(file, 'utf8')).stdout), 'stdin reaches the child');

  const missing = cli(['analyze', join(dir, 'missing.txt')], true);
  t.is(missing.status, 1, 'the exit code comes back from the child');
  t.is(missing.stdout, '');
  t.is(missing.stderr.trim().split('\n').length, 1, 'one line');
});

/**
 * Evaluates the snapshot's bundled CLI as its entry does (scripts/snapshot-entry.cjs) in a fresh Node, runs `argv`, and
 * reports the exit code, what was printed, and how many Intl.Segmenter objects were made (string-width makes them when it loads).
 */
function runBundle(argv: string[]): { code: number; segmenters: number; printed: string } {
  const script = `
    const path = require('node:path');
    let segmenters = 0;
    const Segmenter = Intl.Segmenter;
    Intl.Segmenter = class extends Segmenter { constructor(...a) { super(...a); segmenters++; } };
    let printed = '';
    const report = process.stderr.write.bind(process.stderr);
    process.stdout.write = process.stderr.write = (s) => ((printed += s), true);
    const file = ${JSON.stringify(join(ROOT, 'dist', 'snapshot', 'cli.cjs'))};
    const cli = { exports: {} };
    new Function('module', 'exports', 'require', '__filename', '__dirname', require('node:fs').readFileSync(file, 'utf8'))(cli, cli.exports, require, file, path.dirname(file));
    cli.exports.run(${JSON.stringify(argv)}).then((code) => report('\\n' + JSON.stringify({ code, segmenters, printed }) + '\\n'));`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as { code: number; segmenters: number; printed: string };
}

test.serial("the snapshot's bundled CLI loads string-width only when it prints help: an analysis builds none of its Unicode tables", (t) => {
  if (!existsSync(join(ROOT, 'dist', 'snapshot', 'cli.cjs'))) {
    t.fail('no dist/snapshot/cli.cjs: `npm run build` makes it');
    return;
  }
  const analysis = runBundle(['analyze', join(dir, 'missing.txt')]);
  t.is(analysis.code, 1, analysis.printed);
  t.is(analysis.segmenters, 0, 'string-width was not loaded');
  const help = runBundle(['analyze', '--help']);
  t.is(help.code, 0, help.printed);
  t.true(help.segmenters > 0, 'help text loads it');
  t.is(help.printed, cli(['analyze', '--help'], false).stdout, 'the same help text as the compiled CLI prints');
});

/** Builds a snapshot with scripts/snapshot-entry.cjs around `bundle` (CommonJS source standing in for the bundled CLI) and runs it. */
function snapshotAround(bundle: string): { built: ReturnType<typeof spawnSync>; run?: ReturnType<typeof spawnSync> } {
  const folder = mkdtempSync(join(dir, 'entry-'));
  writeFileSync(join(folder, 'cli.cjs'), bundle);
  const blob = join(folder, 'startup.blob');
  const compromiseFile = createRequire(import.meta.url).resolve('compromise/two');
  const built = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', join(ROOT, 'scripts', 'snapshot-entry.cjs'), compromiseFile, join(folder, 'cli.cjs')], { encoding: 'utf8' });
  if (built.status !== 0) return { built };
  return { built, run: spawnSync(process.execPath, ['--snapshot-blob', blob], { cwd: folder, encoding: 'utf8' }) };
}

test.serial('a run started from the snapshot can start worker threads, though the warm-up read isMainThread while the snapshot was built', (t) => {
  const { built, run } = snapshotAround(`
    // As the heap check of the warm-up analysis does (src/util/memory.ts).
    exports.prepareSnapshot = async () => { if (!require('node:worker_threads').isMainThread) throw new Error('not on the main thread'); };
    exports.run = () => new Promise((resolve) => {
      const worker = new (require('node:worker_threads').Worker)("require('node:worker_threads').parentPort.postMessage('started')", { eval: true });
      worker.once('message', (m) => { process.stdout.write(m); void worker.terminate(); resolve(0); });
      worker.once('error', (e) => { process.stdout.write('failed: ' + e.message); resolve(1); });
    });`);
  t.is(built.status, 0, String(built.stderr));
  t.is(run?.stdout, 'started', String(run?.stderr));
  t.is(run?.status, 0);

  const { built: refused } = snapshotAround(`
    exports.prepareSnapshot = async () => { require('node:worker_threads').Worker; };
    exports.run = async () => 0;`);
  t.not(refused.status, 0, 'reading anything else of worker_threads while the snapshot is built fails the build');
  t.regex(String(refused.stderr), /node:worker_threads\.Worker was read while the startup snapshot was built/);
});

test.serial('a termination sent to the command reaches the child started from the snapshot: neither outlives it', async (t) => {
  const childrenOf = (pid: number): number[] => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  if (!existsSync(`/proc/${process.pid}/task/${process.pid}/children`) || snapshotStamp() === undefined) {
    t.pass('no /proc children list here, or no snapshot built: nothing to observe');
    return;
  }
  const env: NodeJS.ProcessEnv = { ...process.env, RHETORIC_SNAPSHOT: 'on' };
  delete env.NODE_OPTIONS;
  // "-" waits for stdin, which stays open: the child started from the snapshot is still running when the signal comes.
  const parent = spawn(process.execPath, [BIN, 'analyze', '-', '--quiet', '--out', join(dir, 'never')], { cwd: dir, env, stdio: ['pipe', 'ignore', 'ignore'] });
  let child: number | undefined;
  for (let i = 0; i < 300 && child === undefined; i++) {
    await new Promise((r) => setTimeout(r, 50));
    child = childrenOf(parent.pid!)[0];
  }
  if (child === undefined) {
    parent.kill('SIGKILL');
    t.fail('the command started no child process within 15 s');
    return;
  }
  const exited = new Promise<NodeJS.Signals | null>((resolve) => parent.once('exit', (_code, signal) => resolve(signal)));
  parent.kill('SIGTERM');
  t.is(await exited, 'SIGTERM', 'the command ends as its child did: by the signal');
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2].startsWith('Z');
    } catch {
      return false;
    }
  };
  t.false(alive(child), 'the child is gone');
  parent.stdin?.destroy();
});
