// Part of `npm run build`: records what the compiled code reads from every built-in pattern (src/lexicon/pattern-readings.ts),
// by preparing every analyzer on one short sentence, as the startup snapshot does. It runs the compiled code in dist/,
// which the record is for (a record names the code that made it), typed as its sources.
import { rmSync } from 'node:fs';

const compiled = <T>(path: string): Promise<T> => import(new URL(`../dist/${path}`, import.meta.url).href) as Promise<T>;
const { PATTERN_READINGS } = await compiled<typeof import('../src/lexicon/pattern-readings.js')>('lexicon/pattern-readings.js');
// Read anew, not looked up in the last build's record.
rmSync(PATTERN_READINGS, { force: true });
const { analyze } = await compiled<typeof import('../src/index.js')>('index.js');
const { recordPatternReadings } = await compiled<typeof import('../src/lexicon/match.js')>('lexicon/match.js');
analyze('Hello.', { name: 'warm-up.txt' });
recordPatternReadings();
