import test from 'ava';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// `npm test` builds dist/ before ava runs; the pack uses that build.
test.serial('npm pack carries the compiled code, types, lexicons and README, and nothing else; the tarball installs and runs', (t) => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) t.fail('dist/ is missing: run npm run build (npm test does)');
  const dest = mkdtempSync(join(tmpdir(), 'rhetoric-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], { cwd: ROOT, encoding: 'utf8' })) as {
    filename: string;
    files: { path: string }[];
  }[];
  const files = packed[0].files.map((f) => f.path);
  t.true(files.includes('dist/index.js'));
  t.true(files.includes('dist/index.d.ts'));
  t.true(files.includes('bin/rhetoric.js'));
  t.true(files.includes('lexicons/abbreviations.json'));
  t.true(files.includes('package.json'));
  const strays = files.filter((f) => !/^(dist\/|bin\/|lexicons\/|README\.md$|package\.json$|LICENSE)/.test(f));
  t.deepEqual(strays, [], 'no tests, reports, sources or benchmarks in the package');

  // Install the tarball into an empty folder and use both the CLI and the API from there.
  const app = mkdtempSync(join(tmpdir(), 'rhetoric-app-'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(dest, packed[0].filename)], { cwd: app, stdio: 'pipe' });
  writeFileSync(join(app, 'speech.txt'), 'Down with the tyrants!\n\nWe must act now. Let us march together.\n');
  const json = execFileSync(join(app, 'node_modules', '.bin', 'rhetoric'), ['analyze', 'speech.txt', '--format', 'json', '--out', 'out'], { cwd: app, encoding: 'utf8' });
  const result = JSON.parse(json) as { findings: unknown[]; sections: unknown[] };
  t.true(result.sections.length >= 1);
  t.true(existsSync(join(app, 'out', 'speech', 'report.json')));
  writeFileSync(join(app, 'use.mjs'), "import { analyze } from 'rhetoric-lens';\nconst r = analyze('Let us stand together. Down with the tyrants!');\nconsole.log(JSON.stringify({ devices: r.devices.map((d) => d.id), findings: r.findings.length }));\n");
  const api = JSON.parse(execFileSync('node', ['use.mjs'], { cwd: app, encoding: 'utf8' })) as { devices: string[]; findings: number };
  t.deepEqual(api.devices, ['sentiment', 'slogan', 'historical_analogy', 'us_them', 'call_to_action']);
  t.true(api.findings > 0);
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules', 'rhetoric-lens', 'package.json'), 'utf8')) as { name: string; version: string };
  t.is(pkg.name, 'rhetoric-lens');
  // The installed command names its own version, not that of the project it is installed in (the app's is 1.0.0).
  const version = execFileSync(join(app, 'node_modules', '.bin', 'rhetoric'), ['--version'], { cwd: app, encoding: 'utf8' });
  t.is(version, `${pkg.version}\n`);
});
