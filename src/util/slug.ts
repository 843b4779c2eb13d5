// Safe file-name slugs: lower-case ASCII letters, digits and dashes, never empty, never a reserved or over-long name.

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
