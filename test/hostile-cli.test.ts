// Bad input through the CLI: each case gives exit 1 (2 for a bad option) and exactly one line on stderr, never a stack trace.

import test, { type ExecutionContext } from 'ava';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams; `stdin` feeds `-`. */
async function run(argv: string[], stdin: Buffer = Buffer.alloc(0)): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => stdin,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: ROOT,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The command's entry point, for tests that start a real process; fails the test when dist/ has not been built. */
function builtBin(t: ExecutionContext): string {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) t.fail('dist/ is missing: run npm run build (npm test does)');
  return join(ROOT, 'bin', 'rhetoric.js');
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'rhetoric-hostile-'));
}

function file(dir: string, name: string, contents: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, contents);
  return p;
}

/** Asserts the run failed with `code`, wrote nothing to stdout, and said one line on stderr that matches `pattern`. */
function oneLineError(t: ExecutionContext, r: Run, pattern: RegExp, code = 1): void {
  t.is(r.code, code, `stderr: ${r.stderr}`);
  t.is(r.stdout, '');
  const lines = r.stderr.split('\n').filter((l) => l.length > 0);
  // A usage error adds the standard "Try 'rhetoric --help'." hint.
  t.is(lines.length, code === 2 ? 2 : 1, r.stderr);
  t.regex(lines[0], /^rhetoric: /);
  t.regex(lines[0], pattern);
  t.notRegex(r.stderr, /\n\s+at /, 'no stack trace');
}

test('a missing file', async (t) => {
  const dir = scratch();
  oneLineError(t, await run(['analyze', join(dir, 'nope.txt'), '--out', dir]), /nope\.txt: no such file$/);
});

test('a folder where a file is expected, and a folder with no text to analyze', async (t) => {
  const dir = scratch();
  oneLineError(t, await run(['worksheet', dir, '--out', dir]), /is a folder, not a file$/);
  // `analyze` reads a folder as a corpus, and `compare` as the texts it holds: one with no text file is refused.
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  oneLineError(t, await run(['analyze', empty, '--out', dir]), /no text files found/);
  oneLineError(t, await run(['compare', empty, file(dir, 'a.txt', 'We shall overcome.\n'), '--out', dir]), /empty: no text files found/);
});

test('an empty file and a whitespace-only file have nothing to analyze', async (t) => {
  const dir = scratch();
  oneLineError(t, await run(['analyze', file(dir, 'empty.txt', ''), '--out', dir]), /empty\.txt is empty: nothing to analyze$/);
  oneLineError(t, await run(['analyze', file(dir, 'bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf])), '--out', dir]), /is empty: nothing to analyze$/);
  oneLineError(t, await run(['analyze', file(dir, 'blank.txt', ' \n\t\r\n \u00a0\u2003\n'), '--out', dir]), /blank\.txt contains only white space: nothing to analyze$/);
});

test('a binary file: NUL bytes, or mostly control characters', async (t) => {
  const dir = scratch();
  oneLineError(t, await run(['analyze', file(dir, 'image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), '--out', dir]), /looks like a binary file \(NUL byte at offset 8\)/);
  const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 7))));
  oneLineError(t, await run(['analyze', file(dir, 'blob.dat', controls), '--out', dir]), /looks like a binary file \(mostly control characters\)/);
  // Latin-1 does not hide a binary file: C1 controls count too.
  const c1 = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 0x41 : 0x80 + (i % 31))));
  oneLineError(t, await run(['analyze', file(dir, 'c1.dat', c1), '--out', dir, '--encoding', 'latin1']), /mostly control characters/);
});

test('invalid UTF-8 names the byte offset of the first bad byte, counted in the file', async (t) => {
  const dir = scratch();
  const legacy = Buffer.concat([Buffer.from('Viva la revoluci'), Buffer.from([0xf3]), Buffer.from('n!\n')]);
  oneLineError(t, await run(['analyze', file(dir, 'legacy.txt', legacy), '--out', dir]), /legacy\.txt is not valid UTF-8 \(first bad byte at offset 16\); for a legacy file try --encoding latin1$/);
  const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), legacy]);
  oneLineError(t, await run(['analyze', file(dir, 'bom.txt', withBom), '--out', dir]), /first bad byte at offset 19\)/);
  // A truncated multi-byte sequence at the very end, and an overlong encoding.
  oneLineError(t, await run(['analyze', file(dir, 'cut.txt', Buffer.from([0x41, 0x42, 0xe2, 0x82])), '--out', dir]), /offset 2\)/);
  oneLineError(t, await run(['analyze', file(dir, 'overlong.txt', Buffer.from([0x41, 0xc0, 0xaf, 0x42])), '--out', dir]), /offset 1\)/);
});

test('--encoding latin1 decodes a legacy file correctly', async (t) => {
  const dir = scratch();
  const legacy = Buffer.concat([Buffer.from('Viva la revoluci'), Buffer.from([0xf3]), Buffer.from('n! '), Buffer.from([0xa1]), Buffer.from('No pasar'), Buffer.from([0xe1]), Buffer.from('n!\n')]);
  const r = await run(['analyze', file(dir, 'legacy.txt', legacy), '--out', dir, '--encoding', 'latin1', '--format', 'json']);
  t.is(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { text: string };
  t.is(result.text, 'Viva la revolución! ¡No pasarán!\n');
  t.true(existsSync(join(dir, 'legacy', 'report.json')));
});

test('--max-bytes refuses a larger file or stdin; a bad value is a usage error', async (t) => {
  const dir = scratch();
  const text = file(dir, 'speech.txt', 'We shall overcome. '.repeat(10));
  oneLineError(t, await run(['analyze', text, '--out', dir, '--max-bytes', '100']), /speech\.txt is 190 bytes, over the limit of 100 \(raise the limit with --max-bytes\)$/);
  t.is((await run(['analyze', text, '--out', dir, '--max-bytes', '190', '--quiet'])).code, 0);
  if (existsSync('/dev/zero')) oneLineError(t, await run(['analyze', '/dev/zero', '--out', dir, '--max-bytes', '64K']), /\/dev\/zero is more than 65536 bytes \(raise the limit with --max-bytes\)$/);
  oneLineError(t, await run(['analyze', text, '--out', dir, '--max-bytes', 'lots']), /--max-bytes must be a number of bytes/, 2);
  oneLineError(t, await run(['analyze', text, '--out', dir, '--max-bytes', '0']), /--max-bytes must be a positive number/, 2);
});

test('--max-bytes applies to stdin too', async (t) => {
  const dir = scratch();
  // Stdin is read only up to the limit, so its size is unknown: the error says "more than", never a figure it cannot know.
  oneLineError(t, await run(['analyze', '-', '--out', dir, '--max-bytes', '1K'], Buffer.alloc(2000, 'a ')), /stdin is more than 1024 bytes \(raise the limit with --max-bytes\)$/);
});

test('a real process refusing a long stdin does not give the size of the part it read as the size of the input (needs npm run build)', (t) => {
  const bin = builtBin(t);
  const p = spawnSync(process.execPath, [bin, 'analyze', '-', '--out', scratch(), '--max-bytes', '10'], { input: Buffer.alloc(3_000_000, 'a '), encoding: 'utf8', cwd: ROOT });
  t.is(p.status, 1, p.stderr);
  t.regex(p.stderr, /^rhetoric: stdin is more than 10 bytes \(raise the limit with --max-bytes\)\n$/);
});

test('a text too long for the heap Node may use is refused in one line before the analysis, and nothing is written (needs npm run build)', (t) => {
  const bin = builtBin(t);
  const dir = scratch();
  // 2.4 million characters need about 140 MB of heap at the least (src/util/memory.ts); this Node may use about 110 MB.
  const long = file(dir, 'long.txt', 'They want to take what is ours, and we will not let them. Join us on Saturday!\n\n'.repeat(30_000));
  const out = join(dir, 'out');
  const p = spawnSync(process.execPath, ['--max-old-space-size=64', bin, 'analyze', long, '--out', out, '--quiet'], { encoding: 'utf8', cwd: ROOT });
  t.is(p.status, 1, p.stderr);
  t.regex(p.stderr, /^rhetoric: long\.txt is too long to analyze in one piece with the memory Node may use here: its 2\.4 million characters need about \d+ MB, and \d+ MB are left; split it into parts .*\n$/);
  t.false(existsSync(out));
  // The same limit leaves room for a text of ordinary length: the check refuses only what cannot fit.
  const short = file(dir, 'short.txt', 'They want to take what is ours, and we will not let them. Join us on Saturday!\n\n'.repeat(100));
  const ok = spawnSync(process.execPath, ['--max-old-space-size=64', bin, 'analyze', short, '--out', out, '--quiet'], { encoding: 'utf8', cwd: ROOT });
  t.is(ok.status, 0, ok.stderr);
  t.true(existsSync(join(out, 'short', 'report.json')));
});

test('a value outside an option\'s choices is one line naming the option, the value and the choices', async (t) => {
  const dir = scratch();
  const text = file(dir, 'speech.txt', 'We shall overcome.\n');
  oneLineError(t, await run(['compare', text, text, '--format', 'csv']), /^rhetoric: --format "csv" is not one of "md", "json"$/, 2);
  oneLineError(t, await run(['analyze', text, '--out', dir, '--format', 'pdf', '--encoding', 'ebcdic']), /^rhetoric: --format "pdf" is not one of .*"csv"; --encoding "ebcdic" is not one of "utf8", "latin1"$/, 2);
});

test('the default size limit is 50 MB', async (t) => {
  const r = await run(['analyze', '--help']);
  t.regex(r.stdout, /--max-bytes[\s\S]*52428800/);
});

test('an output folder that is a regular file', async (t) => {
  const dir = scratch();
  const text = file(dir, 'speech.txt', 'We shall overcome.\n');
  const blocker = file(dir, 'reports', 'I am a file.\n');
  oneLineError(t, await run(['analyze', text, '--out', blocker]), /cannot create output folder .*reports[/\\]speech: .*reports is a file, not a folder$/);
  t.is(readFileSync(blocker, 'utf8'), 'I am a file.\n', 'the file in the way is left alone');
});

// In a real process with a time limit: the failure this guards against is a synchronous call that never returns.
(existsSync('/proc/self') ? test : test.skip)('an output folder where the file system allows none (/proc) fails in one line instead of hanging (needs npm run build)', (t) => {
  const bin = builtBin(t);
  const text = file(scratch(), 'speech.txt', 'We shall overcome.\n');
  const p = spawnSync(process.execPath, [bin, 'analyze', text, '--out', '/proc/rhetoric-lens-test/deeper'], { encoding: 'utf8', cwd: ROOT, timeout: 30_000 });
  t.is(p.error, undefined, 'the process ended by itself');
  t.is(p.status, 1, p.stderr);
  t.is(p.stdout, '');
  t.is(p.stderr, 'rhetoric: cannot create output folder /proc/rhetoric-lens-test/deeper/speech: this file system does not allow a folder there\n');
});

test('an output folder several levels deep is created level by level', async (t) => {
  const dir = scratch();
  const text = file(dir, 'speech.txt', 'We shall overcome.\n');
  const r = await run(['analyze', text, '--out', join(dir, 'a', 'b', 'c')]);
  t.is(r.code, 0, r.stderr);
  t.true(existsSync(join(dir, 'a', 'b', 'c', 'speech', 'report.md')));
});

test('a report file that cannot be written because a folder has its name', async (t) => {
  const dir = scratch();
  const text = file(dir, 'speech.txt', 'We shall overcome.\n');
  mkdirSync(join(dir, 'out', 'speech', 'report.md'), { recursive: true });
  oneLineError(t, await run(['analyze', text, '--out', join(dir, 'out')]), /cannot write .*report\.md: a folder of that name is in the way$/);
  t.deepEqual(readdirSync(join(dir, 'out', 'speech')).filter((n) => n.endsWith('.tmp')), [], 'no temp file is left behind');
});

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
(isRoot || process.platform === 'win32' ? test.skip : test)('an unreadable file and an unwritable output folder (skipped as root, which reads and writes anything)', async (t) => {
  const dir = scratch();
  const secret = file(dir, 'secret.txt', 'Hidden words.\n');
  chmodSync(secret, 0o000);
  oneLineError(t, await run(['analyze', secret, '--out', dir]), /secret\.txt: permission denied$/);
  const text = file(dir, 'speech.txt', 'We shall overcome.\n');
  const locked = join(dir, 'locked');
  mkdirSync(locked);
  chmodSync(locked, 0o500);
  oneLineError(t, await run(['analyze', text, '--out', locked]), /permission denied$/);
});

test('a real process prints one line and no stack trace (needs npm run build)', (t) => {
  const bin = builtBin(t);
  const dir = scratch();
  const cases: [string[], number, RegExp][] = [
    [['analyze', join(dir, 'missing.txt'), '--out', dir], 1, /no such file/],
    [['analyze', file(dir, 'bin.dat', Buffer.from([1, 2, 0, 4])), '--out', dir], 1, /binary file/],
    [['analyze', file(dir, 'bad.txt', Buffer.from([0x61, 0xff, 0x62])), '--out', dir], 1, /not valid UTF-8 \(first bad byte at offset 1\)/],
  ];
  for (const [argv, code, pattern] of cases) {
    const p = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, RHETORIC_DEBUG: '' } });
    t.is(p.status, code, p.stderr);
    t.is(p.stdout, '');
    t.is(p.stderr.trimEnd().split('\n').length, 1, p.stderr);
    t.regex(p.stderr, pattern);
    t.notRegex(p.stderr, /\bat .*:\d+:\d+/, 'no stack trace');
  }
});
