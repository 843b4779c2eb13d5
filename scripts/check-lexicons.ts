// Part of `npm run build`: validates every built-in lexicon file and records its digest, so the CLI can skip re-validating unchanged files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzers } from '../src/analyzers/index.js';
import { deviceGuides } from '../src/explain.js';
import { learnedModelsFor } from '../src/learn/learned.js';
import { BUILTIN_LEXICON_DIR, lexiconDigest, loadLexicons } from '../src/lexicon/load.js';
import { writeFileAtomic } from '../src/util/fs.js';

// From the sources nothing is stamped, so this validates every file (and throws on the first bad one).
const set = loadLexicons();
if (set.checked.size > 0) throw new Error('expected the sources to validate every lexicon');
deviceGuides(set);
for (const analyzer of analyzers) learnedModelsFor(set, analyzer.id);

const digests: Record<string, string> = {};
for (const name of readdirSync(BUILTIN_LEXICON_DIR).filter((n) => n.endsWith('.json')).sort()) {
  digests[name] = lexiconDigest(readFileSync(join(BUILTIN_LEXICON_DIR, name), 'utf8'));
}
const stamp = fileURLToPath(new URL('../dist/lexicon/checked-lexicons.json', import.meta.url));
writeFileAtomic(stamp, `${JSON.stringify(digests, null, 2)}\n`);
