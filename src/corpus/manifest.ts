// Reads a corpus MANIFEST.tsv (path, title, author/speaker, year, …) and finds dates for documents without one.

import { existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { InputError, shownValue, UsageError } from '../util/errors.js';
import { readDataFile } from '../text/load.js';
import { withoutByteOrderMark } from '../util/fs.js';

export const MANIFEST_NAME = 'MANIFEST.tsv';

/** One row of a manifest. */
export interface ManifestEntry {
  /** Absolute path of the document. */
  path: string;
  /** The path as the manifest gives it (relative to the manifest's folder, or absolute). */
  relativePath: string;
  title?: string;
  author?: string;
  year?: number;
}

export interface Manifest {
  file: string;
  /** Rows by absolute document path, in manifest order. */
  entries: Map<string, ManifestEntry>;
}

/**
 * Parses a MANIFEST.tsv: a header row naming the columns (`path` required; `title`, `author/speaker` or `author`, `year` read
 * when present). A relative path is read from the manifest's folder; an absolute path is used as it is.
 */
export function readManifest(file: string): Manifest {
  // As Excel saves a sheet as "Unicode Text" (UTF-16) or as UTF-8 with a byte-order mark, and never more than the limit.
  return parseManifest(readDataFile(file, 'manifest'), file);
}

export function parseManifest(text: string, file: string): Manifest {
  const lines = withoutByteOrderMark(text).split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new InputError(`${file}: empty manifest`);
  const header = lines[0].split('\t').map((h) => h.trim().toLowerCase());
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const pathCol = col('path', 'file');
  if (pathCol < 0) throw new InputError(`${file}: the header row has no "path" column`);
  const titleCol = col('title');
  const authorCol = col('author/speaker', 'author', 'speaker');
  const yearCol = col('year', 'date');
  const dir = dirname(resolve(file));
  const entries = new Map<string, ManifestEntry>();
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    const rel = cells[pathCol]?.trim();
    if (!rel) continue;
    const path = isAbsolute(rel) ? resolve(rel) : join(dir, rel);
    const entry: ManifestEntry = { path, relativePath: rel };
    const title = titleCol >= 0 ? cells[titleCol]?.trim() : undefined;
    if (title) entry.title = title;
    const author = authorCol >= 0 ? cells[authorCol]?.trim() : undefined;
    if (author) entry.author = author;
    const year = yearCol >= 0 ? yearOf(cells[yearCol] ?? '') : undefined;
    if (year !== undefined) entry.year = year;
    entries.set(path, entry);
  }
  return { file, entries };
}

/** A 4-digit year at the start of a string ("1961", "1961-01-20"). */
export function yearOf(s: string): number | undefined {
  const m = /^\s*(\d{4})(?!\d)/.exec(s);
  return m ? Number(m[1]) : undefined;
}

/** The year at the start of a file name ("1961-Kennedy.txt" → 1961). */
export function yearFromFileName(path: string): number | undefined {
  return yearOf(basename(path));
}

/** What is known of one document besides its words: its title and author or speaker from a MANIFEST.tsv, and its year. */
export interface DocumentMetadata {
  title?: string;
  author?: string;
  year?: number;
}

/**
 * What is known of one document file: the title, author/speaker and year of its row in the MANIFEST.tsv of its folder (or
 * the folder above), and, when the row gives no year (or there is no row), a year that starts its file name. Each is
 * left out when nothing gives it. `rhetoric compare` describes its texts so, and every command dates a file so.
 */
export function documentMetadata(path: string, manifests?: ManifestCache): DocumentMetadata {
  if (manifests !== undefined && !(manifests instanceof Map)) throw new UsageError(`documentMetadata(): manifests must be a Map that keeps the manifests read (new Map() to start one), not ${shownValue(manifests)}`);
  return metadataOf(path, 'documentMetadata', manifests);
}

function metadataOf(path: string, fn: string, manifests?: ManifestCache): DocumentMetadata {
  if (typeof path !== 'string' || path === '') throw new UsageError(`${fn}() takes a file path as a string, not ${shownValue(path)}`);
  const entry = findManifest(dirname(resolve(path)), manifests)?.entries.get(resolve(path));
  const year = entry?.year ?? yearFromFileName(path);
  return { ...(entry?.title ? { title: entry.title } : {}), ...(entry?.author ? { author: entry.author } : {}), ...(year !== undefined ? { year } : {}) };
}

/**
 * The year of one document: its entry in the MANIFEST.tsv of its folder (or the folder above), else a year that starts
 * its file name. Undefined when neither gives one. This is how every command dates a file, for analyze()'s `year` option:
 * a library caller who leaves it out gets the scores of an undated text, which can differ from the CLI's and the norms'.
 */
export function documentYear(path: string): number | undefined {
  return metadataOf(path, 'documentYear').year;
}

/** analyze()'s `year` option for a year that may be unknown (then empty: the text's own time is read from the text). */
export function yearOption(year: number | undefined): { year?: number } {
  return year !== undefined ? { year } : {};
}

/** analyze()'s `year` option for a document file (its documentYear). */
export function yearOptionOf(path: string): { year?: number } {
  return yearOption(documentYear(path));
}

/**
 * The manifests one run has looked for, by the path of the MANIFEST.tsv (null where there is none): given to the functions
 * that find a manifest, it has each read once however many documents of its folder a run describes.
 */
export type ManifestCache = Map<string, Manifest | null>;

/**
 * The manifest that describes the files of `root`: a MANIFEST.tsv in the folder itself, or in its parent (a collection folder
 * inside a corpus, such as corpus/inaugural with corpus/MANIFEST.tsv). Undefined when there is none. With `manifests`, a
 * manifest already read (or looked for in vain) there is not read again.
 */
export function findManifest(root: string, manifests?: ManifestCache): Manifest | undefined {
  for (const dir of [root, dirname(root)]) {
    const manifest = manifestIn(dir, manifests);
    if (manifest) return manifest;
  }
  return undefined;
}

/** The MANIFEST.tsv of one folder, or undefined when it has none (or a folder of that name); read once per `manifests`. */
export function manifestIn(dir: string, manifests?: ManifestCache): Manifest | undefined {
  const file = join(dir, MANIFEST_NAME);
  const known = manifests?.get(file);
  if (known !== undefined) return known ?? undefined;
  if (existsSync(file) && statSync(file).isFile()) return readManifestOnce(file, manifests);
  manifests?.set(file, null);
  return undefined;
}

/** readManifest(file), or the manifest `manifests` already holds for it (a file looked for in vain is looked for again). */
export function readManifestOnce(file: string, manifests?: ManifestCache): Manifest {
  const known = manifests?.get(file);
  if (known) return known;
  const manifest = readManifest(file);
  manifests?.set(file, manifest);
  return manifest;
}
