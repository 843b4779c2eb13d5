// The file every report folder holds: which files each kind of run wrote there. Read by the report writer (to remove
// only its own stale files) and by corpus discovery (a report folder is output, never documents); kept small, since
// the CLI's launcher reads it through discovery before anything else loads.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The file in a report folder that lists, for each kind of run that writes there, the files its last run wrote, so that
 * its next run can remove what it no longer writes and leave the files of the other kinds alone.
 */
export const MANIFEST_FILE = '.rhetoric-report.json';

/** A kind of run as the manifest names it: lower-case letters, digits and dashes. */
export const REPORT_KIND = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * The lists of a folder's manifest: the files of each kind of run, or (`legacy`) the one list an older version wrote for
 * whichever run wrote last. Only paths that stay inside the folder are kept. Empty when there is no readable manifest.
 */
export function readManifestLists(dir: string): { byKind: Map<string, string[]>; legacy?: string[] } {
  const byKind = new Map<string, string[]>();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
  } catch {
    return { byKind };
  }
  const files = data !== null && typeof data === 'object' ? (data as { files?: unknown }).files : undefined;
  if (Array.isArray(files)) return { byKind, legacy: safePaths(files) };
  if (files !== null && typeof files === 'object') {
    for (const [k, paths] of Object.entries(files)) if (REPORT_KIND.test(k) && Array.isArray(paths)) byKind.set(k, safePaths(paths));
  }
  return { byKind };
}

/** Every file a folder's manifest lists, of any kind of run: none when the folder is no report folder. */
export function filesListedIn(dir: string): Set<string> {
  const { byKind, legacy } = readManifestLists(dir);
  return new Set([...(legacy ?? []), ...[...byKind.values()].flat()]);
}

/** The paths of a manifest list that may name a file inside the folder. */
function safePaths(list: readonly unknown[]): string[] {
  return list.filter((p): p is string => typeof p === 'string' && p !== '' && !p.includes('\\') && !p.split('/').includes('..'));
}
