// The script Node runs to build the CLI's startup snapshot (`node --build-snapshot`, see src/cli/snapshot.ts). It loads
// compromise and tags one sentence, so a run started from the snapshot finds the tagger loaded and warm, and it
// evaluates the bundled CLI (dist/snapshot/cli.cjs), so the run finds the CLI's code in memory instead of loading its
// modules. A snapshot's entry can load no module of its own: both files are read and evaluated as functions. When a
// run starts from the snapshot, Node calls the function set below instead of a script: it hands compromise over and
// runs the CLI. Plain JavaScript, not compiled: Node runs the entry with `require` but no `exports`, which
// TypeScript's CommonJS output needs. Its names are kept inside one function.
(function buildSnapshot() {
  const { readFileSync } = require('node:fs');
  const { startupSnapshot } = require('node:v8');

  // The paths of compromise/two and of the bundled CLI, and "cold" when the built-in lexicons are not to be prepared.
  const [compromiseFile, bundleFile, mode] = process.argv.slice(2);
  if (!startupSnapshot.isBuildingSnapshot() || compromiseFile === undefined || bundleFile === undefined) {
    throw new Error('snapshot-entry.cjs is run by `node --build-snapshot` with the paths of compromise/two and of the bundled CLI (see src/cli/snapshot.ts)');
  }

  const loaded = { exports: {} };
  new Function('module', 'exports', readFileSync(compromiseFile, 'utf8'))(loaded, loaded.exports);
  const nlp = loaded.exports;
  // The first call builds compromise's lazily made tables; made now, they are in the snapshot.
  nlp('Let us warm up the tagger: they attacked us, and we must answer.').json({ offset: true, terms: { normal: true, offset: true } });

  // The bundle's `require`. Built-in modules come from this script's own `require`, but worker_threads only once the run
  // reads it: loaded while the snapshot is built, it makes every worker the run starts fail at once ("undefined is not an
  // integer typed array": the worker's shared counter of the working folder is not kept in the snapshot; the chart
  // worker then fails and the charts are drawn on the main thread). The build runs on the main thread, so `isMainThread`
  // (which the warm-up analysis reads) is answered without loading it, and reading anything else from it then fails the
  // build. Anything else (d3-node, zod) is loaded at run time, beside the bundle, as Node would.
  let beside;
  const workerThreadsAtRunTime = (name) => (_, key) => {
    if (!startupSnapshot.isBuildingSnapshot()) return require(name)[key];
    if (key === 'isMainThread') return true;
    throw new Error(`${name}.${String(key)} was read while the startup snapshot was built: workers started from it would fail`);
  };
  const lateRequire = (name) => {
    if (name === 'node:worker_threads' || name === 'worker_threads') return new Proxy({}, { get: workerThreadsAtRunTime(name) });
    try {
      return require(name);
    } catch (error) {
      if (startupSnapshot.isBuildingSnapshot()) throw error;
      beside ??= require('node:module').createRequire(bundleFile);
      return beside(name);
    }
  };
  const cli = { exports: {} };
  new Function('module', 'exports', 'require', '__filename', '__dirname', readFileSync(bundleFile, 'utf8'))(cli, cli.exports, lateRequire, bundleFile, require('node:path').dirname(bundleFile));

  // What every analysis builds once from the built-in lexicons, built now (src/cli/run.ts), unless asked not to. The
  // warm-up finds compromise where a run started from the snapshot does: a module loaded by `require` now would be
  // one the run could not start with. Node writes the snapshot only once the event loop is empty, so the promise has
  // settled by then (and a rejection fails the build).
  if (mode !== 'cold') {
    globalThis[Symbol.for('rhetoric-lens.compromise')] = nlp;
    void cli.exports.prepareSnapshot();
  }

  startupSnapshot.setDeserializeMainFunction(() => {
    globalThis[Symbol.for('rhetoric-lens.compromise')] = nlp;
    void cli.exports.run(process.argv.slice(2)).then((code) => (process.exitCode = code));
  });
})();
