// The library as another project sees it: `import … from 'rhetoric-lens'` resolved through the package's exports to dist/
// and its .d.ts files. README's Library API example and examples/library.ts must type-check strictly and run as written.

import test from 'ava';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'node_modules', '.bin');

/** The first code block of README's "Library API" section. */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Library API\n'));
  const block = /```(?:js|ts)\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README has no code block under "## Library API"');
  return block[1];
}

const projects: string[] = [];
// rm removes the links in node_modules, never what they point to.
test.after.always(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A project outside the repository with rhetoric-lens installed (a link to this package, as `npm link` makes), and with
 * Node's type definitions (@types/node) unless `nodeTypes` is false.
 */
function consumerProject(nodeTypes = true): string {
  if (!existsSync(join(ROOT, 'dist', 'index.d.ts'))) throw new Error('dist/ is missing: run npm run build (npm test does)');
  const app = mkdtempSync(join(tmpdir(), 'rhetoric-consumer-'));
  projects.push(app);
  mkdirSync(join(app, 'node_modules', '@types'), { recursive: true });
  symlinkSync(ROOT, join(app, 'node_modules', 'rhetoric-lens'), 'dir');
  if (nodeTypes) symlinkSync(join(ROOT, 'node_modules', '@types', 'node'), join(app, 'node_modules', '@types', 'node'), 'dir');
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  return app;
}

test('README\'s library example and examples/library.ts type-check against the shipped .d.ts (strict, NodeNext)', (t) => {
  const app = consumerProject();
  writeFileSync(join(app, 'readme-example.ts'), readmeExample());
  writeFileSync(join(app, 'library.ts'), readFileSync(join(ROOT, 'examples', 'library.ts'), 'utf8'));
  // The types a consumer writes down when it passes parts of the results around: each is exported by name.
  const named = ['PRF', 'BinaryDevice', 'GoldSentence', 'RuleTally', 'SentenceOutcome', 'Evidence', 'ArcPoint', 'DeviceStanding', 'DeviceNorm', 'RuleExplanation', 'CheckedExample', 'SectionKind', 'LoadedText', 'ChartSource', 'BootstrapIntervals', 'SentimentAgreement'];
  writeFileSync(join(app, 'types.ts'), `import type { ${named.join(', ')} } from 'rhetoric-lens';\nexport type Named = [${named.join(', ')}];\n`);
  const compilerOptions = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: false,
    types: ['node'],
  };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['readme-example.ts', 'library.ts', 'types.ts'] }));
  const tsc = spawnSync(join(BIN, 'tsc'), ['-p', app], { cwd: app, encoding: 'utf8' });
  t.is(tsc.status, 0, tsc.stdout + tsc.stderr);
});

// TypeScript 6 and later include no @types package unless `types` names it, and a project may have no @types/node at all:
// a Node global such as Buffer in the shipped .d.ts is then "Cannot find name" in the user's build (skipLibCheck off).
test('the shipped .d.ts need no Node type definitions: the README example type-checks with `types: []` and no @types/node', (t) => {
  const app = consumerProject(false);
  writeFileSync(join(app, 'readme-example.ts'), readmeExample());
  const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['readme-example.ts'] }));
  const tsc = spawnSync(join(BIN, 'tsc'), ['-p', app, '--listFiles'], { cwd: app, encoding: 'utf8' });
  t.is(tsc.status, 0, tsc.stdout + tsc.stderr);
  t.true(tsc.stdout.includes(join(ROOT, 'dist', 'index.d.ts')), 'the check reads the package\'s types (tsc lists them by their real path)');
  t.false(tsc.stdout.includes(join('@types', 'node')), 'no Node type definitions are read');
});

test('README\'s library example runs as written, in plain Node and bundled with the package kept external', (t) => {
  const app = consumerProject();
  writeFileSync(join(app, 'readme-example.mjs'), readmeExample());
  const text = /const text = '((?:[^'\\]|\\.)*)'/.exec(readmeExample())?.[1].replaceAll('\\n', '\n');
  t.truthy(text, 'the example analyzes a text literal');
  const check = (stdout: string) => {
    const lines = stdout.trimEnd().split('\n');
    const findings = lines.filter((l) => / line \d+: “.*” — /.test(l));
    t.true(findings.length > 0, stdout);
    for (const l of findings) {
      const quote = /: “(.*)” — /.exec(l)![1];
      t.true(text!.includes(quote), `the quote "${quote}" is words of the text`);
    }
    t.true(findings.some((l) => l.startsWith('slogan slogan-down-with ')), 'the rule the example re-weights fires');
    t.false(findings.some((l) => l.startsWith('sentiment ')), 'the device the example turns off is off');
  };
  check(execFileSync(process.execPath, ['readme-example.mjs'], { cwd: app, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }));
  // README: in a bundled app the package stays external (it reads its lexicons and starts its workers from its own folder).
  execFileSync(join(BIN, 'esbuild'), ['readme-example.mjs', '--bundle', '--platform=node', '--format=esm', '--external:rhetoric-lens', '--outfile=bundle.mjs', '--log-level=error'], { cwd: app });
  check(execFileSync(process.execPath, ['bundle.mjs'], { cwd: app, encoding: 'utf8' }));
});

test('importing the package and analyzing print nothing on stdout and read no .env file', (t) => {
  const app = consumerProject();
  writeFileSync(join(app, '.env'), 'RHETORIC_DOTENV_PROBE=read\n');
  const script = "import { analyze } from 'rhetoric-lens'; analyze('We must act now!'); if (process.env.RHETORIC_DOTENV_PROBE) process.exitCode = 3;";
  const env = { ...process.env };
  delete env.RHETORIC_DOTENV_PROBE;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8', env });
  t.is(run.status, 0, run.stderr);
  t.is(run.stdout, '');
  t.is(run.stderr, '');
});

test('examples/library.ts runs, and the errors it provokes are the typed InputError and UsageError', (t) => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/library.ts', 'examples/example.md'], { cwd: ROOT, encoding: 'utf8' });
  t.is(run.status, 0, run.stderr);
  t.is(run.stderr, '');
  t.regex(run.stdout, /^# Comparison: example\.md, calm\.txt$/m);
  t.regex(run.stdout, /^InputError \(exit code 1\): no-such-file\.txt: /m);
  t.regex(run.stdout, /^UsageError \(exit code 2\): unknown collection "no-such-collection"/m);
});

test('every export of the result model carries TSDoc in the shipped .d.ts', (t) => {
  const dts = readFileSync(join(ROOT, 'dist', 'result.d.ts'), 'utf8');
  const lines = dts.split('\n');
  const exported = lines.flatMap((line, i) => {
    const name = /^export (?:declare )?(?:const|interface|type) (\w+)/.exec(line)?.[1];
    return name ? [{ name, documented: (lines[i - 1] ?? '').trimEnd().endsWith('*/') }] : [];
  });
  t.true(exported.length >= 5, 'the scan finds the exports');
  t.deepEqual(exported.filter((e) => !e.documented).map((e) => e.name), []);
});
