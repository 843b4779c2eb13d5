// Property: every report rendered from a random document is safe (well-formed SVG, escaped input, safe paths) and byte-identical run to run.

import test from 'ava';
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/index.js';
import { renderReportFiles, type ReportFile, type ReportFormat } from '../src/report/write.js';
import { OPED_PATH, sharedTest } from './helpers/shared.js';
import { assertAsyncProperty, documentArbitrary, seedFor } from './property-generators.js';
import { ALL_FORMATS, fileProblems } from './property-invariants.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FORMATS = ALL_FORMATS as unknown as ReportFormat[];

// Each section gets its own chart, so rendering costs grow with sections: these runs keep the default section size.
const renderOptions = fc.record({ format: fc.constantFrom('auto', 'text', 'markdown') as fc.Arbitrary<'auto' | 'text' | 'markdown'> });

/** Renders every format the renderer knows (renderReportFiles may be sync or async). */
async function render(text: string, options: Parameters<typeof analyze>[1] = {}): Promise<ReportFile[]> {
  return await renderReportFiles(analyze(text, { name: 'random.txt', ...options }), FORMATS);
}

test('reports of random documents: well-formed SVG, no unescaped input, safe paths, JSON that round-trips', async (t) => {
  await assertAsyncProperty(
    t,
    fc.asyncProperty(documentArbitrary(60), renderOptions, async (text, options) => {
      const problems = fileProblems(text, await render(text, options));
      if (problems.length) throw new Error(problems.join('\n'));
    }),
    { numRuns: 120, seed: seedFor(11) },
  );
});

test('reports of random documents are byte-identical when rendered twice', async (t) => {
  await assertAsyncProperty(
    t,
    fc.asyncProperty(documentArbitrary(60), renderOptions, async (text, options) => {
      const a = await render(text, options);
      const b = await render(text, options);
      if (a.length !== b.length) throw new Error(`${a.length} files, then ${b.length}`);
      a.forEach((f, i) => {
        if (f.path !== b[i].path) throw new Error(`file ${i} is ${f.path}, then ${b[i].path}`);
        if (f.contents !== b[i].contents) throw new Error(`${f.path} differs between two renders`);
      });
    }),
    { numRuns: 30, seed: seedFor(12) },
  );
});

/** Every file under `dir`, by relative path, with its bytes. */
function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

sharedTest('two separate CLI runs on the op-ed write byte-identical report folders', async (t) => {
  const dirs = [mkdtempSync(join(tmpdir(), 'rhetoric-det-a-')), mkdtempSync(join(tmpdir(), 'rhetoric-det-b-'))];
  // Both processes start together, so they read the same sources even while files are being edited.
  const runs = await Promise.all(
    dirs.map(
      (out) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, ['--import=tsx', join(ROOT, 'scripts', 'rhetoric-dev.ts'), 'analyze', OPED_PATH, '--out', out, '--quiet'], { cwd: ROOT });
          let stderr = '';
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
          child.on('close', (code) => resolve({ code, stderr }));
        }),
    ),
  );
  for (const r of runs) t.is(r.code, 0, r.stderr);
  const [a, b] = dirs.map(readTree);
  t.true(a.size >= 2, `${a.size} files written`);
  t.deepEqual([...a.keys()], [...b.keys()]);
  for (const [path, bytes] of a) t.true(bytes.equals(b.get(path)!), `${path} differs between runs`);
});
