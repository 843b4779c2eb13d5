// Fuzzer (npm run fuzz): 100,000 random documents through analyze() and, every so often, the report renderers; prints a summary.
// Options: --cases N (100000) --workers K (CPU count) --seed S (random) --render-every R (250) --max-pieces P (60)

import fc from 'fast-check';
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { renderReportFiles, type ReportFormat } from '../src/report/write.js';
import { documentArbitrary, optionsArbitrary } from '../test/property-generators.js';
import { ALL_FORMATS, fileProblems, resultProblems } from '../test/property-invariants.js';

interface WorkerReport {
  worker: number;
  seed: number;
  cases: number;
  rendered: number;
  findings: number;
  chars: number;
  slowestMs: number;
  slowestChars: number;
  ms: number;
  failure?: { counterexample: string; error: string; path: string };
}

const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
};

async function runWorker(worker: number, cases: number, seed: number, renderEvery: number, maxPieces: number): Promise<WorkerReport> {
  const report: WorkerReport = { worker, seed, cases: 0, rendered: 0, findings: 0, chars: 0, slowestMs: 0, slowestChars: 0, ms: 0 };
  // Warm up first (lexicons, tagger and chart library load once), so the slowest case measures analysis, not loading.
  await renderReportFiles(analyze('Warm up. We must go on!', {}), ALL_FORMATS as unknown as ReportFormat[]);
  const started = performance.now();
  let n = 0;
  const property = fc.asyncProperty(documentArbitrary(maxPieces), optionsArbitrary, async (text, options) => {
    const t0 = performance.now();
    const result = analyze(text, options);
    const problems = resultProblems(text, result);
    if (problems.length) throw new Error(problems.join('\n'));
    if (renderEvery > 0 && n % renderEvery === 0) {
      const files = await renderReportFiles(result, ALL_FORMATS as unknown as ReportFormat[]);
      const fileIssues = fileProblems(text, files);
      if (fileIssues.length) throw new Error(fileIssues.join('\n'));
      report.rendered++;
    }
    const ms = performance.now() - t0;
    if (ms > report.slowestMs) {
      report.slowestMs = ms;
      report.slowestChars = text.length;
    }
    n++;
    if (n % 5000 === 0) process.stderr.write(`  worker ${worker}: ${n} of ${cases} cases, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    report.findings += result.findings.length;
    report.chars += text.length;
  });
  const details = await fc.check(property, { numRuns: cases, seed });
  report.ms = performance.now() - started;
  report.cases = details.numRuns;
  if (details.failed) {
    report.failure = {
      counterexample: JSON.stringify(details.counterexample),
      error: details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance),
      path: String(details.counterexamplePath),
    };
  }
  return report;
}

async function runMain(): Promise<void> {
  const cases = option('cases', 100_000);
  const workers = Math.max(1, Math.min(option('workers', availableParallelism()), cases));
  const seed = option('seed', Math.floor(Math.random() * 2 ** 31));
  const renderEvery = option('render-every', 250);
  const maxPieces = option('max-pieces', 60);
  console.log(`fuzz: ${cases} cases on ${workers} worker(s), seed ${seed}, rendering every ${renderEvery}th case, up to ${maxPieces} pieces a document`);
  const script = fileURLToPath(import.meta.url);
  const started = performance.now();
  const reports = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const share = Math.floor(cases / workers) + (w < cases % workers ? 1 : 0);
      return new Promise<WorkerReport>((resolve, reject) => {
        const child = fork(script, ['--worker', String(w), '--cases', String(share), '--seed', String(seed + w), '--render-every', String(renderEvery), '--max-pieces', String(maxPieces)], {
          execArgv: ['--import=tsx'],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        child.on('message', (m) => resolve(m as WorkerReport));
        child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`worker ${w} exited with code ${code}`))));
      });
    }),
  );
  const total = reports.reduce((k, r) => k + r.cases, 0);
  const failures = reports.filter((r) => r.failure);
  const seconds = (performance.now() - started) / 1000;
  const slowest = reports.reduce((a, b) => (b.slowestMs > a.slowestMs ? b : a));
  console.log(`cases run: ${total} (${reports.reduce((k, r) => k + r.rendered, 0)} also rendered), in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(0)} cases/s)`);
  console.log(`characters analyzed: ${reports.reduce((k, r) => k + r.chars, 0)}; findings checked: ${reports.reduce((k, r) => k + r.findings, 0)}`);
  console.log(`slowest case: ${slowest.slowestMs.toFixed(0)} ms for ${slowest.slowestChars} characters`);
  if (failures.length === 0) {
    console.log(`failures: 0 — every invariant held in ${total} cases`);
    return;
  }
  const out = 'fuzz-failures.json';
  writeFileSync(out, `${JSON.stringify(failures.map((r) => ({ seed: r.seed, ...r.failure })), null, 2)}\n`);
  for (const r of failures) {
    console.log(`FAILURE (worker ${r.worker}, seed ${r.seed}, path ${r.failure!.path}) after ${r.cases} cases`);
    console.log(`  counterexample: ${r.failure!.counterexample}`);
    console.log(`  ${r.failure!.error.split('\n').join('\n  ')}`);
  }
  console.log(`failures: ${failures.length} (written to ${out}; replay one with FC_SEED=<seed> npx ava test/property-analyze.test.ts or --seed)`);
  process.exitCode = 1;
}

const workerIndex = argv.indexOf('--worker');
if (workerIndex >= 0) {
  const report = await runWorker(Number(argv[workerIndex + 1]), option('cases', 0), option('seed', 0), option('render-every', 250), option('max-pieces', 60));
  process.send?.(report, () => process.exit(0));
} else {
  await runMain();
}
