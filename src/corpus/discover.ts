// Finds the documents of a corpus run: every text file of a folder (or the files its MANIFEST.tsv lists), or the text files a glob matches.

import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { filesListedIn, MANIFEST_FILE } from '../report/manifest.js';
import { InputError } from '../util/errors.js';
import { fileError } from '../util/fs.js';
import { MANIFEST_NAME, readManifestOnce, type ManifestCache, type ManifestEntry } from './manifest.js';

/** File name endings read as documents when a folder is walked. */
export const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'] as const;

/** Files a folder walk skips: hidden files and folders, node_modules, and a folder's own README or LICENSE (report folders are skipped too). */
const SKIPPED = /^(?:\.|node_modules$|readme(?:\.|$)|license(?:\.|$)|licence(?:\.|$))/i;

/** A document found for a corpus run. */
export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /**
   * Path relative to the corpus root, with `/` separators: the row's `file` (a file a MANIFEST.tsv gives by an absolute path
   * outside the corpus folder keeps that path).
   */
  file: string;
}

/** The documents of a corpus argument, in input order (sorted by relative path). */
export interface Discovery {
  /** The folder the relative paths start from. */
  root: string;
  /** A name for the run's report folder (the folder's name, or the glob's fixed part). */
  name: string;
  files: DiscoveredFile[];
}

/** Whether an argument is a glob pattern rather than a path. */
export function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

/** Whether an argument names a folder or a glob, i.e. a corpus run rather than one file. */
export function isCorpusArgument(arg: string, cwd: string): boolean {
  if (arg === '-') return false;
  const full = resolve(cwd, arg);
  if (existsSync(full)) return statSync(full).isDirectory();
  return isGlob(arg);
}

/**
 * Finds the documents named by a folder or a glob. Throws an InputError when there are none. `manifests` keeps the
 * MANIFEST.tsv files read, for the caller to read none twice.
 */
export function discoverFiles(arg: string, cwd: string, manifests?: ManifestCache): Discovery {
  const full = resolve(cwd, arg);
  let discovery: Discovery;
  if (existsSync(full) && statSync(full).isDirectory()) discovery = discoverFolder(full, manifests);
  else if (isGlob(arg)) discovery = discoverGlob(arg, cwd);
  else throw new InputError(`${arg}: no such file or folder`);
  if (discovery.files.length === 0) throw new InputError(`${arg}: no text files found (looked for ${TEXT_EXTENSIONS.join(', ')})`);
  return discovery;
}

function byFile(a: DiscoveredFile, b: DiscoveredFile): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * A folder's documents: the files its own MANIFEST.tsv lists when it has one (a listed file that is missing stays in the
 * list, so that the run reports it rather than leave it out unnoticed), otherwise every text file below it.
 */
function discoverFolder(root: string, manifests?: ManifestCache): Discovery {
  const name = root.split(sep).filter(Boolean).pop() ?? 'corpus';
  // Anything of that name is read as the folder's manifest: a folder called MANIFEST.tsv is an error, not a walk.
  if (existsSync(join(root, MANIFEST_NAME))) {
    const manifest = readManifestOnce(join(root, MANIFEST_NAME), manifests);
    const files = [...manifest.entries.values()].map((e) => ({ path: e.path, file: listedFileName(root, e) }));
    return { root, name, files: files.sort(byFile) };
  }
  const files: DiscoveredFile[] = [];
  const isDocument = documentsBelow(root);
  walk(root, (p) => {
    const file = toSlash(relative(root, p));
    if (isDocument(p, file)) files.push({ path: p, file });
  });
  return { root, name, files: files.sort(byFile) };
}

/**
 * The row name of a file a folder's MANIFEST.tsv lists: its path from the folder ("speeches/a.txt", "../b.txt" for a relative
 * path that leaves it), except that a file given by an absolute path outside the folder keeps that path, which says where
 * it is better than a chain of "../" that depends on where the corpus lies.
 */
function listedFileName(root: string, entry: ManifestEntry): string {
  const fromRoot = relative(root, entry.path);
  const outside = fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
  return toSlash(outside && isAbsolute(entry.relativePath) ? entry.path : fromRoot);
}

/**
 * Which files a walk of `root` (a folder, or a glob's fixed part) takes as documents: text files (TEXT_EXTENSIONS), but not
 * the files of a report written into `root` itself (--out its parent, --name its name), which are our output.
 */
function documentsBelow(root: string): (path: string, file: string) => boolean {
  const reported = filesListedIn(root);
  return (p, file) => hasTextExtension(p) && !reported.has(file);
}

function hasTextExtension(p: string): boolean {
  const lower = p.toLowerCase();
  return TEXT_EXTENSIONS.some((e) => lower.endsWith(e));
}

/**
 * Visits every file below `dir` in sorted order. A folder reached again through a symbolic link (a link to a folder
 * above it, or a second name for one) is walked once only: a loop would repeat its documents until the path got too long.
 */
function walk(dir: string, visit: (path: string) => void, seen = new Set<string>()): void {
  const real = realPathOf(dir);
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    throw fileError(dir, err, 'folder');
  }
  for (const n of names) {
    if (SKIPPED.test(n)) continue;
    const p = join(dir, n);
    let st;
    try {
      st = statSync(p);
    } catch {
      // A text file that cannot be reached (a broken link) is still a document: the run reports it rather than leave it out unnoticed.
      if (hasTextExtension(p)) visit(p);
      continue;
    }
    if (st.isDirectory()) {
      if (!existsSync(join(p, MANIFEST_FILE))) walk(p, visit, seen);
    } else if (st.isFile()) visit(p);
  }
}

function realPathOf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

function toSlash(p: string): string {
  return p.split(sep).join('/');
}

/**
 * The text files a glob matches: `*` and `?` within a path segment, `**` across segments, `[abc]` classes and `{a,b}`
 * alternatives. A match is a document as in a folder walk (a text file, not a file of a report written there); a file of
 * another kind is read only when named on its own, as one text.
 */
function discoverGlob(pattern: string, cwd: string): Discovery {
  const slashed = pattern.split('\\').join('/');
  const segments = slashed.split('/');
  const fixed: string[] = [];
  for (const s of segments) {
    if (isGlob(s)) break;
    fixed.push(s);
  }
  if (fixed.length === segments.length) fixed.pop();
  const rootArg = fixed.join('/') || (slashed.startsWith('/') ? '/' : '.');
  const root = resolve(cwd, rootArg);
  const rest = segments.slice(fixed.length).join('/');
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new InputError(`${pattern}: folder ${rootArg} does not exist`);
  const regex = globToRegExp(rest);
  const isDocument = documentsBelow(root);
  const files: DiscoveredFile[] = [];
  walk(root, (p) => {
    const rel = toSlash(relative(root, p));
    if (regex.test(rel) && isDocument(p, rel)) files.push({ path: p, file: rel });
  });
  const name = [...fixed.filter((s) => s && s !== '.' && s !== '..'), rest].join('-') || 'corpus';
  return { root, name, files: files.sort(byFile) };
}

/** A regular expression for a glob over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let inClass = false;
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === '\\' ? '\\\\' : ch;
      continue;
    }
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        out += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 2 : 1;
      } else out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      inClass = true;
      out += '[';
      if (glob[i + 1] === '!') {
        out += '^';
        i++;
      }
    } else if (ch === '{') {
      braces++;
      out += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (ch === ',' && braces > 0) out += '|';
    else out += ch.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  if (inClass || braces > 0) throw new InputError(`glob ${glob}: unbalanced [ or {`);
  return new RegExp(`^${out}$`);
}
