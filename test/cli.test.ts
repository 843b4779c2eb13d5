// End to end: `rhetoric analyze` in-process through main(argv, io), and once as a real process.

import test from 'ava';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { analyze } from '../src/analyze.js';
import { main } from '../src/cli/main.js';
import { renderReportFiles } from '../src/report/write.js';
import type { CliIO } from '../src/cli/io.js';
import { OPED_PATH, sharedTest } from './helpers/shared.js';
import { listFiles } from './helpers/files.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/example.md');

interface Captured {
  io: CliIO;
  stdout: () => string;
  stderr: () => string;
}

function capture(cwd: string, options: { stdin?: string; tty?: boolean; env?: NodeJS.ProcessEnv } = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      readStdin: async () => Buffer.from(options.stdin ?? '', 'utf8'),
      stdoutIsTTY: options.tty ?? false,
      stderrIsTTY: false,
      env: options.env ?? {},
      cwd,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'rhetoric-cli-'));

/** Checks a written report folder: the files the issue lists, one chart per section, every SVG valid XML. */
function checkReportFolder(t: import('ava').ExecutionContext, dir: string): void {
  const files = listFiles(dir);
  for (const f of ['report.md', 'report.json', 'overview.svg', 'sentiment-arc.svg']) t.true(files.includes(f), `${f} written`);
  const result = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { sections: unknown[]; devices: { id: string }[] };
  const sectionCharts = files.filter((f) => /^sections\/\d{2,}-[a-z0-9-]+\.svg$/.test(f));
  t.is(sectionCharts.length, result.sections.length, 'one chart per section');
  t.deepEqual(
    result.devices.map((d) => d.id),
    ['sentiment', 'slogan', 'historical_analogy', 'us_them', 'call_to_action'],
  );
  for (const f of files.filter((x) => x.endsWith('.svg'))) {
    const svg = readFileSync(join(dir, f), 'utf8');
    t.is(XMLValidator.validate(svg), true, `${f} is well-formed XML`);
    t.regex(svg, /<title id="[^"]+">[^<]+<\/title>\s*<desc id="[^"]+">[^<]+<\/desc>/, `${f} has <title> and <desc>`);
  }
  const md = readFileSync(join(dir, 'report.md'), 'utf8');
  for (const f of files.filter((x) => x.endsWith('.svg'))) t.true(md.includes(`](${f})`), `report.md embeds ${f}`);
}

test('analyze on the example writes the whole report folder and prints a summary', async (t) => {
  const cwd = tempDir();
  const c = capture(cwd);
  const code = await main(['analyze', EXAMPLE, '--out', 'out'], c.io);
  t.is(code, 0, c.stderr());
  t.is(c.stderr(), '');
  const dir = join(cwd, 'out', 'example');
  checkReportFolder(t, dir);
  t.regex(c.stdout(), /Whole document/);
  t.regex(c.stdout(), /Report: out\/example\/report\.md/);
  t.notRegex(c.stdout(), /\u001b\[/, 'no colour when stdout is not a terminal');
});

sharedTest('analyze on the op-ed writes 7 section charts and valid SVGs', async (t) => {
  const cwd = tempDir();
  const c = capture(cwd);
  t.is(await main(['analyze', OPED_PATH, '--out', cwd, '--quiet'], c.io), 0, c.stderr());
  t.is(c.stdout(), '', '--quiet prints nothing');
  const dir = join(cwd, 'no-volveran-2006');
  checkReportFolder(t, dir);
  t.is(listFiles(dir).filter((f) => f.startsWith('sections/')).length, 7);
});

test('--format json prints the report JSON and nothing else on stdout', async (t) => {
  const cwd = tempDir();
  const c = capture(cwd);
  t.is(await main(['analyze', EXAMPLE, '--out', 'out', '--format', 'json', '--name', 'Json Run'], c.io), 0, c.stderr());
  const parsed = JSON.parse(c.stdout()) as { title: string; findings: unknown[] };
  t.is(parsed.title, 'The Bridge Belongs to Us');
  t.is(c.stdout(), readFileSync(join(cwd, 'out', 'json-run', 'report.json'), 'utf8'), 'stdout is exactly report.json');
  t.is(c.stderr(), '');
});

test('the same input gives identical bytes on two runs', async (t) => {
  const cwd = tempDir();
  for (const out of ['a', 'b']) t.is(await main(['analyze', EXAMPLE, '--out', out, '--quiet'], capture(cwd).io), 0);
  const a = listFiles(join(cwd, 'a', 'example'));
  t.deepEqual(a, listFiles(join(cwd, 'b', 'example')));
  for (const f of a) t.true(readFileSync(join(cwd, 'a', 'example', f)).equals(readFileSync(join(cwd, 'b', 'example', f))), `${f} identical`);
});

test('a rerun removes stale report files of the earlier run and keeps everything else', async (t) => {
  const cwd = tempDir();
  const dir = join(cwd, 'out', 'example');
  t.is(await main(['analyze', EXAMPLE, '--out', 'out', '--quiet'], capture(cwd).io), 0);
  // Files an earlier run might have left, and files that are not ours.
  writeFileSync(join(dir, 'sections', '42-old-section.svg'), '<svg/>');
  writeFileSync(join(dir, 'old-chart.svg'), '<svg/>');
  const manifest = JSON.parse(readFileSync(join(dir, '.rhetoric-report.json'), 'utf8')) as { files: { analyze: string[] } };
  writeFileSync(join(dir, '.rhetoric-report.json'), JSON.stringify({ ...manifest, files: { analyze: [...manifest.files.analyze, 'old-chart.svg'] } }));
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  writeFileSync(join(dir, 'sections', 'my-drawing.svg'), '<svg/>');
  mkdirSync(join(dir, 'extra'));
  writeFileSync(join(dir, 'extra', '01-kept.svg'), '<svg/>');

  t.is(await main(['analyze', EXAMPLE, '--out', 'out', '--quiet'], capture(cwd).io), 0);
  const files = listFiles(dir);
  t.false(files.includes('sections/42-old-section.svg'));
  t.false(files.includes('old-chart.svg'));
  for (const kept of ['notes.txt', 'sections/my-drawing.svg', 'extra/01-kept.svg']) t.true(files.includes(kept), `${kept} kept`);
});

test('stdin is read with "-" and named "stdin"', async (t) => {
  const cwd = tempDir();
  const c = capture(cwd, { stdin: 'A short text.\n\nDown with the tolls! Join us on Saturday.' });
  t.is(await main(['analyze', '-', '--out', 'out', '--quiet'], c.io), 0, c.stderr());
  t.true(existsSync(join(cwd, 'out', 'stdin', 'report.md')));
});

test('bad input exits 1 and a bad command line exits 2, each with one line on stderr and nothing on stdout', async (t) => {
  const cwd = tempDir();
  const missing = capture(cwd);
  t.is(await main(['analyze', 'no-such-file.txt'], missing.io), 1);
  t.regex(missing.stderr(), /^rhetoric: .*no such file\n$/);
  t.is(missing.stdout(), '');

  const words = capture(cwd);
  t.is(await main(['analyze', EXAMPLE, '--section-words', '10'], words.io), 2);
  t.regex(words.stderr(), /--section-words/);
  t.is(words.stdout(), '');

  const format = capture(cwd);
  t.is(await main(['analyze', EXAMPLE, '--format', 'pdf'], format.io), 2);
  t.is(format.stdout(), '');
});

test('--lexicons folders are passed to the analysis (a malformed one is reported by file name)', async (t) => {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'empty'));
  mkdirSync(join(cwd, 'broken'));
  writeFileSync(join(cwd, 'broken', 'slogan-formulas.json'), '{ not json');
  const ok = capture(cwd);
  t.is(await main(['analyze', EXAMPLE, '--out', 'out', '--quiet', '--lexicons', 'empty', '--lexicons', 'empty'], ok.io), 0, ok.stderr());
  const bad = capture(cwd);
  t.is(await main(['analyze', EXAMPLE, '--out', 'out', '--lexicons', 'empty', '--lexicons', 'broken'], bad.io), 1);
  t.regex(bad.stderr(), /slogan-formulas\.json/);
  t.is(bad.stdout(), '');
});

test('--timing prints each analyzer on stderr and leaves stdout to the summary', async (t) => {
  const cwd = tempDir();
  const c = capture(cwd);
  t.is(await main(['analyze', EXAMPLE, '--out', 'out', '--timing', '--format', 'json'], c.io), 0);
  for (const id of ['sentiment', 'slogan', 'historical_analogy', 'us_them', 'call_to_action']) t.regex(c.stderr(), new RegExp(`analyzer ${id} +\\d`));
  t.notThrows(() => JSON.parse(c.stdout()));
});

test('colour only on a terminal without NO_COLOR', async (t) => {
  const cwd = tempDir();
  const tty = capture(cwd, { tty: true });
  t.is(await main(['analyze', EXAMPLE, '--out', 'out'], tty.io), 0);
  t.regex(tty.stdout(), /\u001b\[/);
  const noColor = capture(cwd, { tty: true, env: { NO_COLOR: '1' } });
  t.is(await main(['analyze', EXAMPLE, '--out', 'out'], noColor.io), 0);
  t.notRegex(noColor.stdout(), /\u001b\[/);
});

test('analyze --help lists the options and examples', async (t) => {
  const c = capture(tempDir());
  t.is(await main(['analyze', '--help'], c.io), 0);
  for (const option of ['--out', '--name', '--format', '--quiet', '--section-words', '--lexicons', '--timing']) t.true(c.stdout().includes(option), option);
  t.regex(c.stdout(), /Examples:/);
});

test('the installed bin runs as a real process: JSON on stdout, exit 0, the same files', async (t) => {
  const bin = join(ROOT, 'bin/rhetoric.js');
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) {
    t.fail('dist/ is missing: run `npm run build` (npm test does) before this test');
    return;
  }
  const cwd = tempDir();
  const run = spawnSync(process.execPath, [bin, 'analyze', EXAMPLE, '--out', cwd, '--format', 'json'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  t.is(run.status, 0, run.stderr);
  t.is((JSON.parse(run.stdout) as { source: { name: string } }).source.name, 'example.md');
  // The built CLI draws its charts on a worker thread: the bytes are those of an in-process render.
  const expected = await renderReportFiles(analyze(readFileSync(EXAMPLE, 'utf8'), { name: 'example.md' }), ['md', 'json']);
  for (const f of expected) t.is(readFileSync(join(cwd, 'example', f.path), 'utf8'), f.contents, `${f.path} as rendered in process`);
  const bad = spawnSync(process.execPath, [bin, 'analyze', join(cwd, 'missing.txt')], { cwd, encoding: 'utf8' });
  t.is(bad.status, 1);
  t.is(bad.stdout, '');
  t.notRegex(bad.stderr, /\n\s+at /, 'no stack trace');
});
