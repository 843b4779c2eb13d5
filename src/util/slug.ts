// Safe names made from any text: never empty, never a separator, a reserved character, a leading dot, a reserved or an over-long name.
// `slugify` (lower-case ASCII letters, digits and dashes) names files inside a report, such as section charts;
// `folderSlug` names the report folder itself, and keeps the letters and digits of every script.

const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/** A slug for file and folder names made from any text: no `/`, `\`, `..`, control characters or reserved names. */
export function slugify(text: string, maxLength = 60, fallback = 'untitled'): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = ascii.slice(0, maxLength).replace(/-+$/g, '');
  if (!slug) slug = fallback;
  if (RESERVED.test(slug)) slug = `${slug}-text`;
  return slug;
}

/**
 * The name of a report folder made from a file name (or a `--name`): the letters and digits of any script, lower-cased,
 * in words joined by dashes, at most `maxLength` characters (code points, at most 4 UTF-8 bytes each: 60 stay well
 * under the 255 bytes a name may take), or `untitled` when none is left. Compatibility forms are folded (full-width
 * `ＡＢ` is `ab`, `²` is `2`) and Latin letters lose their accents as in `slugify` (`Revolución` is `revolucion`);
 * other scripts keep their combining marks (Devanagari vowel signs, Japanese voicing marks) and come out composed
 * (NFC). Nothing else is kept: no separator, dot, space, character Windows reserves, control or invisible character,
 * so the name is one safe path segment on Linux, macOS and Windows.
 */
export function folderSlug(text: string, maxLength = 60): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    // Soft hyphens, zero-width joiners, variation selectors, bidi controls and Hangul fillers: invisible, so dropped.
    .replace(/\p{Default_Ignorable_Code_Point}+/gu, '')
    // A combining mark with no letter or digit to sit on.
    .replace(/(?<![\p{L}\p{N}\p{M}])\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const chars = Array.from(words);
  let cut = chars.length;
  if (cut > maxLength) {
    // Never between a letter and its marks: a letter whose marks do not all fit is left out with them.
    cut = Math.max(0, Math.floor(maxLength));
    while (cut > 0 && /\p{M}/u.test(chars[cut])) cut--;
  }
  let slug = chars.slice(0, cut).join('').replace(/-+$/g, '');
  if (!slug) slug = 'untitled';
  if (RESERVED.test(slug)) slug = `${slug}-text`;
  return slug;
}
