// The script Node runs to build the CLI's startup snapshot (`node --build-snapshot`, see src/cli/snapshot.ts): it loads
// compromise and tags one sentence, so a run started from the snapshot finds the tagger loaded and warm. It is a
// CommonJS script because a snapshot's entry can load no module of its own: compromise's single-file build is read and
// evaluated as a function. When a run starts from the snapshot, Node calls the function set below instead of a script:
// it hands compromise over and runs the CLI (bin/rhetoric.js is the run's script argument, so the CLI is found beside it).
// Plain JavaScript, not compiled: Node runs the entry with `require` but no `exports`, which TypeScript's CommonJS
// output needs. Its names are kept inside one function.
(function buildSnapshot() {
  const { readFileSync } = require('node:fs');
  const { dirname, join, resolve } = require('node:path');
  const { startupSnapshot } = require('node:v8');

  const compromiseFile = process.argv[2];
  if (!startupSnapshot.isBuildingSnapshot() || compromiseFile === undefined) {
    throw new Error('snapshot-entry.cjs is run by `node --build-snapshot` with the path of compromise/two (see src/cli/snapshot.ts)');
  }

  const loaded = { exports: {} };
  new Function('module', 'exports', readFileSync(compromiseFile, 'utf8'))(loaded, loaded.exports);
  const nlp = loaded.exports;
  // The first call builds compromise's lazily made tables; made now, they are in the snapshot.
  nlp('Let us warm up the tagger: they attacked us, and we must answer.').json({ offset: true, terms: { normal: true, offset: true } });

  startupSnapshot.setDeserializeMainFunction(() => {
    globalThis[Symbol.for('rhetoric-lens.compromise')] = nlp;
    // Loaded only now: node:module is not among the built-in modules Node supports in a snapshot.
    const { createRequire } = require('node:module');
    const bin = resolve(process.argv[1]);
    const cli = createRequire(bin)(join(dirname(bin), '..', 'dist', 'cli', 'run.js'));
    void cli.run(process.argv.slice(2)).then((code) => (process.exitCode = code));
  });
})();
