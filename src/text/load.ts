// Reads a text from a file or stdin and decodes it: UTF-8 with or without BOM, refusing binary and invalid input.

import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../util/errors.js';

export interface LoadOptions {
  /** `utf8` (default) or `latin1` for legacy files. */
  encoding?: 'utf8' | 'latin1';
  /** Largest input in bytes. Default 50 MB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** A loaded text and where it came from. */
export interface LoadedText {
  text: string;
  /** The path as given, or "-" for stdin. */
  path: string;
  /** A display name: the file's base name, or "stdin". */
  name: string;
  bytes: number;
}

/** Reads a file (not stdin) into a decoded text. Errors are InputErrors with one clear line. */
export function loadFile(path: string, options: LoadOptions = {}): LoadedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path} is a folder, not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw fileError(path, err);
  }
  if (size > maxBytes) throw new InputError(`${path} is ${size} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw fileError(path, err);
  }
  return { text: decodeText(bytes, path, options), path, name: baseName(path), bytes: bytes.length };
}

/** Decodes bytes read from stdin. */
export function loadBuffer(bytes: Buffer, name: string, options: LoadOptions = {}): LoadedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new InputError(`${name} is ${bytes.length} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`);
  return { text: decodeText(bytes, name, options), path: '-', name: name === '-' ? 'stdin' : name, bytes: bytes.length };
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

function fileError(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${path}: permission denied`);
  if (code === 'EISDIR') return new InputError(`${path} is a folder, not a file`);
  return new InputError(`${path}: cannot read (${code ?? (err as Error).message})`);
}

/** Decodes bytes as UTF-8 (BOM removed) or Latin-1; refuses binary data, invalid UTF-8 and empty text. */
export function decodeText(bytes: Buffer, name: string, options: LoadOptions = {}): string {
  let body = bytes;
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  if (body.indexOf(0) >= 0) throw new InputError(`${name} looks like a binary file (it contains NUL bytes); give a text file`);
  let text: string;
  if (options.encoding === 'latin1') {
    text = body.toString('latin1');
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const at = firstInvalidUtf8(body);
      throw new InputError(`${name} is not valid UTF-8 (first bad byte at offset ${at}); for a legacy file try --encoding latin1`);
    }
  }
  if (text.trim().length === 0) throw new InputError(`${name} is empty: nothing to analyze`);
  if (controlShare(text) > 0.1) throw new InputError(`${name} looks like a binary file (mostly control characters); give a text file`);
  return text;
}

function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
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
