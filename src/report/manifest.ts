// The file every report folder holds: which files each kind of run wrote there, and (while a run is putting its files
// into place) which renames are still to do. Read by the report writer (to remove only its own stale files, and to
// finish a run that was killed) and by corpus discovery (a report folder is output, never documents); kept small, since
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
 * The hidden folder, inside a report folder, in which a run stages its files: `.rhetoric-staging.<pid>.<host>.<random>`,
 * `<host>` 8 hex digits of a hash of the machine's name (process ids are only worth comparing on the same machine).
 */
export const STAGING_FOLDER = /^\.rhetoric-staging\.(\d+)\.([0-9a-f]{8})\.[a-z0-9]+$/;

/**
 * What is left to do of a run whose files the manifest already lists: rename each staged file (named by its index in
 * `files`, in `staging`) to its path in `files`, remove the files in `remove`, then the folders in `prune` if empty.
 * The manifest holds this note from the moment a run's files count as written until they are all in place.
 */
export interface PendingCommit {
  staging: string;
  files: string[];
  remove: string[];
  prune: string[];
}

/** The text of a manifest: the files of each kind of run (sorted; kinds without files left out), and what is pending. */
export function manifestContents(byKind: ReadonlyMap<string, readonly string[]>, pending?: PendingCommit): string {
  const kinds = [...byKind.keys()].filter((k) => byKind.get(k)!.length > 0).sort();
  const files = Object.fromEntries(kinds.map((k) => [k, [...byKind.get(k)!].sort()]));
  return `${JSON.stringify({ generator: 'rhetoric-lens', files, ...(pending ? { pending } : {}) }, null, 2)}\n`;
}

/**
 * The lists of a folder's manifest: the files of each kind of run, or (`legacy`) the one list an older version wrote for
 * whichever run wrote last. Only paths that stay inside the folder are kept. Empty when there is no readable manifest.
 */
export function readManifestLists(dir: string): { byKind: Map<string, string[]>; legacy?: string[] } {
  const byKind = new Map<string, string[]>();
  const data = readManifestData(dir);
  const files = data !== null && typeof data === 'object' ? (data as { files?: unknown }).files : undefined;
  if (Array.isArray(files)) return { byKind, legacy: safePaths(files) };
  if (files !== null && typeof files === 'object') {
    for (const [k, paths] of Object.entries(files)) if (REPORT_KIND.test(k) && Array.isArray(paths)) byKind.set(k, safePaths(paths));
  }
  return { byKind };
}

/** The pending note of a folder's manifest (see PendingCommit), when it has one that is well formed. */
export function readPendingCommit(dir: string): PendingCommit | undefined {
  const data = readManifestData(dir);
  const p = data !== null && typeof data === 'object' ? (data as { pending?: Partial<Record<keyof PendingCommit, unknown>> }).pending : undefined;
  if (p === null || typeof p !== 'object' || typeof p.staging !== 'string' || !STAGING_FOLDER.test(p.staging)) return undefined;
  // The paths are checked where they are used, each resolved inside the folder (a path that is not is skipped).
  const lists = [p.files, p.remove, p.prune];
  if (!lists.every((l) => Array.isArray(l) && l.every((x) => typeof x === 'string' && x !== ''))) return undefined;
  return { staging: p.staging, files: p.files as string[], remove: p.remove as string[], prune: p.prune as string[] };
}

function readManifestData(dir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
  } catch {
    return undefined;
  }
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
