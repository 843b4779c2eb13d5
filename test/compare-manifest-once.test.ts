// Each MANIFEST.tsv is read once in a run, however many of the texts it describes (rhetoric compare of many files).

import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentMetadata, type ManifestCache } from '../src/corpus/manifest.js';
import { corpusJobs } from '../src/corpus/run.js';

test('a MANIFEST.tsv is read once for all the texts it describes', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-manifest-once-'));
  for (const name of ['1921-long.txt', '1922-short.txt']) writeFileSync(join(dir, name), 'We met at the mill gate on Monday and talked about the toll.\n');
  writeFileSync(join(dir, 'MANIFEST.tsv'), 'path\ttitle\tauthor/speaker\tyear\n1921-long.txt\tAt the Valley Gate\tRuth Okonedo\t1921\n1922-short.txt\tAt the Mill\tRuth Okonedo\t1922\n');
  const manifests: ManifestCache = new Map();
  const { jobs } = corpusJobs(dir, dir, manifests);
  t.is(jobs[0].title, 'At the Valley Gate');
  // Changed on disk after the run read it: the run goes on with what it read, so it did not read it again.
  writeFileSync(join(dir, 'MANIFEST.tsv'), 'path\ttitle\tauthor/speaker\tyear\n1922-short.txt\tRenamed Since\tSomeone Else\t1922\n');
  t.deepEqual(documentMetadata(join(dir, '1922-short.txt'), manifests), { title: 'At the Mill', author: 'Ruth Okonedo', year: 1922 });
  t.deepEqual(documentMetadata(join(dir, '1922-short.txt')), { title: 'Renamed Since', author: 'Someone Else', year: 1922 }, 'without the cache: read afresh');
  t.true(manifests.has(join(dir, 'MANIFEST.tsv')));
});
