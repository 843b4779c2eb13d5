// Reads a text from a file or stdin and decodes it: UTF-8 with or without BOM (or UTF-16 with one), refusing binary and invalid input.

import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { checkOptionsObject, checkPath, InputError, isPlainObject, shownValue, UsageError } from '../util/errors.js';
import { fileError } from '../util/fs.js';

/** Options of loadFile(). A `maxBytes` that is not a positive number throws a UsageError. */
export interface LoadOptions {
  /** `utf8` (default) or `latin1` for legacy files. */
  encoding?: 'utf8' | 'latin1';
  /** Largest input in bytes. Default 50 MB. */
  maxBytes?: number;
  /**
   * How the message about an input over the limit names the way to raise it: `the maxBytes option` (default). The command
   * line passes `--max-bytes`, its own flag. Plain data, so corpus workers word their rows as their caller would.
   */
  limitName?: string;
}

/** How a library caller raises the size limit; the command line names its flag instead (see LoadOptions.limitName). */
const LIBRARY_LIMIT_NAME = 'the maxBytes option';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** A loaded text and where it came from. */
export interface LoadedText {
  text: string;
  /** The path as given, or "-" for stdin. */
  path: string;
  /** A display name: the file's base name, or "stdin". */
  name: string;
  bytes: number;
  /** `markdown` when the file name ends in `.md` or `.markdown`; absent for any other file and stdin (the text decides). */
  format?: 'markdown';
}

/** Whether a file name declares Markdown. */
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/**
 * analyze()'s `format` option for a loaded text: `markdown` for a Markdown file (its indented code blocks and inline code
 * are then skipped), nothing otherwise, so that a plain-text file indented like code is read as prose.
 */
export function formatOption(loaded: Pick<LoadedText, 'format'>): { format?: 'markdown' } {
  if (!isPlainObject(loaded)) throw new UsageError(`formatOption() takes a loaded text as loadFile() returns it, not ${shownValue(loaded)}`);
  return loaded.format ? { format: loaded.format } : {};
}

/** Reads a file (not stdin) into a decoded text. Errors are InputErrors with one clear line. */
export function loadFile(path: string, options: LoadOptions = {}): LoadedText {
  checkPath(path, 'loadFile');
  checkOptionsObject(options, 'loadFile');
  checkEncoding(options.encoding);
  const maxBytes = checkMaxBytes(options.maxBytes ?? DEFAULT_MAX_BYTES);
  const bytes = readBytes(path, maxBytes, options.limitName);
  return { text: decodeText(bytes, path, options), path, name: baseName(path), bytes: bytes.length, ...(MARKDOWN_FILE.test(path) ? { format: 'markdown' as const } : {}) };
}

/** A file's bytes, at most `maxBytes` of them (a pipe or device is read only up to the limit); `kind` names the file in messages. */
function readBytes(path: string, maxBytes: number, limitName?: string, kind = 'file'): Buffer {
  let regular: boolean;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path} is a folder, not a ${kind}`);
    regular = st.isFile();
    if (regular && st.size > maxBytes) throw overLimit(path, st.size, maxBytes, limitName);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw fileError(path, err, kind);
  }
  let bytes: Buffer;
  try {
    // A pipe or device has no size to check first: read it in chunks and stop past the limit.
    bytes = regular ? readFileSync(path) : readBounded(path, maxBytes);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw fileError(path, err, kind);
  }
  if (bytes.length > maxBytes) throw overLimit(path, bytes.length, maxBytes, limitName, !regular);
  return bytes;
}

/**
 * Reads a data file of the toolkit's own (a gold file, a config file) as text: UTF-8 with or without a byte-order mark,
 * or UTF-16 with one (as Windows editors save "Unicode" text); invalid UTF-8 is refused with the offset of its first bad
 * byte. At most `maxBytes` are read (default 50 MB), so a pipe or device cannot fill memory. `kind` names the file in
 * messages ("gold file"). Unlike a text to analyze, an empty file is returned as it is: its reader says what is missing.
 */
export function readDataFile(path: string, kind: string, options: Pick<LoadOptions, 'maxBytes' | 'limitName'> = {}): string {
  const bytes = readBytes(path, checkMaxBytes(options.maxBytes ?? DEFAULT_MAX_BYTES), options.limitName, kind);
  return decodeDataBytes(bytes, path, kind);
}

/** A data file read from stdin (at most one byte past the limit, as CliIO.readStdin reads it), decoded as readDataFile() decodes a file. */
export function decodeDataStdin(bytes: Uint8Array, kind: string, options: Pick<LoadOptions, 'maxBytes' | 'limitName'> = {}): string {
  const maxBytes = checkMaxBytes(options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bytes.length > maxBytes) throw overLimit('stdin', bytes.length, maxBytes, options.limitName, true);
  return decodeDataBytes(bytes, 'stdin', kind);
}

function decodeDataBytes(bytes: Uint8Array, path: string, kind: string): string {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) {
    try {
      if (bytes.length % 2 !== 0) throw new Error('odd length');
      return new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    } catch {
      throw new InputError(`${path} is not valid UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8`);
    }
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new InputError(`${path} is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(body) + bom}); save the ${kind} as UTF-8`);
  }
}

function overLimit(name: string, size: number, maxBytes: number, limitName = LIBRARY_LIMIT_NAME, stream = false): InputError {
  const amount = stream ? `more than ${maxBytes} bytes` : `${size} bytes, over the limit of ${maxBytes}`;
  return new InputError(`${name} is ${amount} (raise the limit with ${limitName})`);
}

/** The limit itself, checked: `name` is what the caller calls it (the library's `maxBytes`, the command line's `--max-bytes`). */
function checkMaxBytes(maxBytes: number, name = 'maxBytes'): number {
  if (typeof maxBytes !== 'number' || !Number.isFinite(maxBytes) || maxBytes < 1) throw new UsageError(`${name} must be a positive number of bytes, not ${shownValue(maxBytes)}`);
  return Math.floor(maxBytes);
}

/** The encoding option, checked: any other name was read as UTF-8 without a word. `name` as for checkMaxBytes. */
function checkEncoding(encoding: unknown, name = 'encoding'): void {
  if (encoding !== undefined && encoding !== 'utf8' && encoding !== 'latin1') throw new UsageError(`${name} must be "utf8" or "latin1", not ${shownValue(encoding)}`);
}

/**
 * Load options a JavaScript caller passes on to loadFile() through another function (`fn`, where they are `name`), checked
 * before any file is read, with the messages naming that function: "summarizeCorpus(): options.load.maxBytes must be …".
 */
export function checkLoadOptions(options: unknown, fn: string, name: string): void {
  checkOptionsObject(options, fn, name);
  const o = options as Record<string, unknown>;
  checkEncoding(o.encoding, `${fn}(): ${name}.encoding`);
  if (o.maxBytes !== undefined) checkMaxBytes(o.maxBytes as number, `${fn}(): ${name}.maxBytes`);
  if (o.limitName !== undefined && typeof o.limitName !== 'string') throw new UsageError(`${fn}(): ${name}.limitName must be a string, not ${shownValue(o.limitName)}`);
}

/** Reads at most `maxBytes + 1` bytes from a pipe or device, so an endless source cannot exhaust memory. */
function readBounded(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) break;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/** A byte count from the command line: a number with an optional K, M or G suffix (powers of 1024), e.g. "50M". */
export function parseByteSize(value: string | number): number {
  if (typeof value === 'number') return checkMaxBytes(value, '--max-bytes');
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!m) throw new UsageError(`--max-bytes must be a number of bytes such as 1000000 or 50M, not "${value}"`);
  const factor = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return checkMaxBytes(Number(m[1]) * factor, '--max-bytes');
}

/** Decodes bytes read from stdin (a Buffer, or any Uint8Array). */
export function loadBuffer(bytes: Uint8Array, name: string, options: LoadOptions = {}): LoadedText {
  checkEncoding(options.encoding);
  const maxBytes = checkMaxBytes(options.maxBytes ?? DEFAULT_MAX_BYTES);
  // Stdin is read only up to one byte past the limit (CliIO.readStdin), so its true size is unknown: "more than N bytes".
  if (bytes.length > maxBytes) throw overLimit(name === '-' ? 'stdin' : name, bytes.length, maxBytes, options.limitName, name === '-');
  return { text: decodeText(bytes, name, options), path: '-', name: name === '-' ? 'stdin' : name, bytes: bytes.length };
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}


/** Decodes bytes as UTF-8 (BOM removed) or Latin-1; refuses binary data, invalid UTF-8 and empty text. */
export function decodeText(bytes: Uint8Array, name: string, options: LoadOptions = {}): string {
  const label = name === '-' ? 'stdin' : name;
  const utf16 = options.encoding !== 'latin1' ? utf16ByteOrder(bytes) : undefined;
  if (utf16) return decodeUtf16(bytes.subarray(2), utf16, label);
  let body = bytes;
  const bom = body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  if (options.encoding !== 'latin1') body = body.subarray(bom);
  if (body.length === 0) throw new InputError(`${label} is empty: nothing to analyze`);
  const nul = body.indexOf(0);
  if (nul >= 0) throw new InputError(`${label} looks like a binary file (NUL byte at offset ${nul + (body === bytes ? 0 : bom)}); give a text file`);
  let text: string;
  if (options.encoding === 'latin1') {
    text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const at = firstInvalidUtf8(body) + bom;
      throw new InputError(`${label} is not valid UTF-8 (first bad byte at offset ${at}); for a legacy file try --encoding latin1`);
    }
  }
  return usableText(text, label);
}

/** The decoded text, unless it is blank or mostly control characters (a binary file that decoded). */
function usableText(text: string, label: string): string {
  if (text.trim().length === 0) throw new InputError(`${label} contains only white space: nothing to analyze`);
  if (controlShare(text) > 0.1) throw new InputError(`${label} looks like a binary file (mostly control characters); give a text file`);
  return text;
}

/** The byte order a UTF-16 byte-order mark names (as Windows editors write "Unicode" text), if the bytes start with one. */
function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Decodes UTF-16 text after its byte-order mark; the same refusals as for UTF-8 (empty, binary, broken). */
function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', label: string): string {
  if (body.length === 0) throw new InputError(`${label} is empty: nothing to analyze`);
  let text: string;
  try {
    if (body.length % 2 !== 0) throw new Error('odd length');
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new InputError(`${label} is not valid UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8`);
  }
  if (text.includes('\u0000')) throw new InputError(`${label} looks like a binary file (a NUL character in its UTF-16 text); give a text file`);
  return usableText(text, label);
}

/** Share of control characters (C0 other than tab, line breaks and form feed; DEL; C1) in the first 64K characters. */
function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f)) control++;
  }
  return sample.length ? control / sample.length : 0;
}

/** Byte offset of the first invalid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (n === 2) {
      const c = bytes[i + 1];
      if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f)) return i;
    }
    if (n === 3) {
      const c = bytes[i + 1];
      if ((b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f)) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}
