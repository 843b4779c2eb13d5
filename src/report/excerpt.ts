// Windows cut out of a sentence for quoting: the cut falls between words, so an excerpt never starts or ends inside one.

/** True at the ends of the text and for white space. */
function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/u.test(c);
}

/** A cut at `at` that falls inside a word moves forward to the space after that word, never past `limit`. */
export function cutForward(text: string, at: number, limit: number): number {
  if (isSpace(text[at - 1]) || isSpace(text[at])) return at;
  let i = at;
  while (i < limit && !isSpace(text[i])) i++;
  return i;
}

/** A cut at `at` that falls inside a word moves back to the space before that word, never before `limit`. */
export function cutBackward(text: string, at: number, limit: number): number {
  if (isSpace(text[at - 1]) || isSpace(text[at])) return at;
  let i = at;
  while (i > limit && !isSpace(text[i - 1])) i--;
  return i;
}

/** The end of `s` in at most `max` characters (code points), cut between words; `cut` says whether anything was left out. */
export function lastWords(s: string, max: number): { text: string; cut: boolean } {
  const chars = Array.from(s);
  if (chars.length <= max) return { text: s, cut: false };
  let kept = chars.slice(-max).join('');
  if (!isSpace(chars[chars.length - max - 1]) && !isSpace(kept[0])) {
    const space = kept.search(/\s/u);
    kept = space < 0 ? '' : kept.slice(space);
  }
  return { text: kept.trimStart(), cut: true };
}

/** The start of `s` in at most `max` characters (code points), cut between words; `cut` says whether anything was left out. */
export function firstWords(s: string, max: number): { text: string; cut: boolean } {
  const chars = Array.from(s);
  if (chars.length <= max) return { text: s, cut: false };
  let kept = chars.slice(0, max).join('');
  if (!isSpace(chars[max]) && !isSpace(kept[kept.length - 1])) {
    const space = kept.search(/\s\S*$/u);
    kept = space < 0 ? '' : kept.slice(0, space);
  }
  return { text: kept.trimEnd(), cut: true };
}
