// File-system helpers for tests.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, as sorted relative paths with forward slashes. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}
