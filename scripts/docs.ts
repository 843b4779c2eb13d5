// npm run docs: regenerates the README's Rules and Options tables from the lexicons and settings.
import { readFileSync, writeFileSync } from 'node:fs';
import { updateReadme } from '../src/docs/tables.js';
import { loadLexicons } from '../src/lexicon/load.js';

const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = updateReadme(before, loadLexicons());
if (after !== before) writeFileSync(path, after);
process.stderr.write(after === before ? 'README tables already up to date\n' : 'README tables regenerated\n');
