// The SHA-256 of a text in hex: how a document, a lexicon file or a set of lexicons is recognised (same text, same digest).

import { createHash } from 'node:crypto';

/** The SHA-256 of `text` (encoded as UTF-8), in hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
