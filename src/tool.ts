// The toolkit's name and version, read from this package's own package.json (beside dist/ or src/, not the caller's).

import { readFileSync } from 'node:fs';

/** The toolkit's name and version (from package.json), as results, corpus summaries, norms and `rhetoric --version` give it. */
export const TOOL: { readonly name: string; readonly version: string } = { name: 'rhetoric-lens', version: readVersion() };

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
