// What an installed package needs at run time is exactly its `dependencies`: every package the compiled code imports is one,
// and every one is imported (an unused runtime dependency is installed into every project that uses the library).

import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
/** Imported by dist/ only to build the startup snapshot (`npm run build`), never by an installed package at run time. */
const BUILD_ONLY = new Set(['esbuild']);

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.startsWith(join(DIST, 'snapshot')));
}

/** The package a bare specifier names: `csv-stringify/sync` → `csv-stringify`, `@scope/x/y` → `@scope/x`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function importedPackages(): Set<string> {
  const found = new Set<string>();
  // Static imports and re-exports (`from '…'` at the end of a statement that starts a line), bare `import '…'`, dynamic
  // `import('…')`, and `require('…')` / `require.resolve('…')` through createRequire.
  const specifiers = [
    /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire(?:\.resolve)?\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const file of jsFiles(DIST)) {
    const code = readFileSync(file, 'utf8');
    for (const m of specifiers.flatMap((re) => [...code.matchAll(re)])) {
      const s = m[1];
      if (s.startsWith('.') || s.startsWith('/') || s.startsWith('node:') || builtinModules.includes(s)) continue;
      found.add(packageOf(s));
    }
  }
  return found;
}

test('the compiled code imports every runtime dependency and no package outside them', (t) => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const imported = importedPackages();
  t.true(imported.has('compromise'), 'the scan finds the packages dist/ loads with createRequire');
  const declared = Object.keys(pkg.dependencies).sort();
  const runtime = [...imported].filter((p) => !BUILD_ONLY.has(p)).sort();
  t.deepEqual(declared.filter((d) => !imported.has(d)), [], 'dependencies that nothing in dist/ imports (move them to devDependencies or drop them)');
  t.deepEqual(runtime.filter((p) => !declared.includes(p)), [], 'packages dist/ imports that are not dependencies');
  for (const p of BUILD_ONLY) t.truthy(pkg.devDependencies[p], `${p} is a devDependency`);
});

/** The lowest version of each `||` alternative of a Node range such as `^20.19.0 || >=23` (forms `>=x.y.z`, `^x.y.z`, `x.y.z`). */
function lowestVersions(range: string): number[][] {
  return range.split('||').map((alt) => {
    const m = /^\s*(?:>=|\^)?\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(alt);
    if (!m) throw new Error(`range form not understood: "${alt}"`);
    return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
  });
}

function compare(a: number[], b: number[]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Whether version v satisfies a range made of `>=x`, `^x` and `x` alternatives. */
function satisfies(v: number[], range: string): boolean {
  return range.split('||').some((alt) => {
    const [low] = lowestVersions(alt);
    if (compare(v, low) < 0) return false;
    return !alt.trim().startsWith('^') || v[0] === low[0];
  });
}

/** The first version our range admits in each major line up to 30: where a dependency's range may begin or stop. */
function firstOfEachMajor(range: string): number[][] {
  const out: number[][] = [];
  for (const low of lowestVersions(range)) {
    for (let major = low[0]; major <= 30; major++) {
      const v = major === low[0] ? low : [major, 0, 0];
      if (satisfies(v, range) && !out.some((o) => compare(o, v) === 0)) out.push(v);
    }
  }
  return out;
}

test('every Node version engines.node admits is one each runtime dependency declares it runs on', (t) => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; dependencies: Record<string, string> };
  t.true(satisfies([20, 19, 0], '^20.19.0 || >=23') && !satisfies([21, 0, 0], '^20.19.0 || >=23'), 'the range check itself');
  for (const dep of Object.keys(pkg.dependencies)) {
    const theirs = (JSON.parse(readFileSync(join(ROOT, 'node_modules', dep, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node;
    if (!theirs) continue;
    for (const v of firstOfEachMajor(pkg.engines.node)) t.true(satisfies(v, theirs), `${dep} declares node ${theirs}, which excludes ${v.join('.')} (engines.node is ${pkg.engines.node})`);
  }
});
