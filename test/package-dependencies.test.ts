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
