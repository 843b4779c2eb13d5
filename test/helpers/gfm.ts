// Reads Markdown as GitHub shows it: micromark with its GFM extension (the GitHub Flavored Markdown spec, as cmark-gfm
// parses it), then the filters GitHub runs over the rendered page's text afterwards (emoji shortcodes, @mentions, #refs).

import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** The HTML a GFM renderer makes of `md`. Inline HTML is let through, as GitHub lets through the `<strong>` reports use. */
export function renderGfm(md: string): string {
  return micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** Text of a piece of HTML as a reader sees it: tags and comments dropped, character references read. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot);/gi, (_, ref: string) => {
      const r = ref.toLowerCase();
      if (r.startsWith('#x')) return String.fromCodePoint(parseInt(r.slice(2), 16));
      if (r.startsWith('#')) return String.fromCodePoint(parseInt(r.slice(1), 10));
      return { amp: '&', lt: '<', gt: '>', quot: '"' }[r]!;
    });
}

/** Elements of the rendered HTML, in order: the tag name and the whole opening tag. */
export function elementsOf(html: string): { name: string; tag: string }[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*>/gi)].map((m) => ({ name: m[1].toLowerCase(), tag: m[0] }));
}

/** Words GitHub's filters change (see githubFilterHits). */
const GITHUB_FILTERED = /:[\w+-]+:|(?<![\w`])@[A-Za-z0-9][\w-]*|#[0-9]+|(?<![\w-])GH-[0-9]+|(?<!\w)(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{7,}(?!\w)|\$[^$]*\$/gi;

/**
 * What GitHub's text filters would turn into something else: on each run of text between two tags or comments (outside
 * code and links, which they skip), an emoji shortcode (`:name:`), an @mention, an issue reference (`#12`, `GH-12`), a
 * commit SHA (7 or more hex digits, here those with a digit and a letter in them) or math between two dollar signs
 * (`$5 and $10`). They run on the rendered page, so a backslash in the Markdown does not stop them; only markup between
 * the characters does.
 */
export function githubFilterHits(html: string): string[] {
  const hits: string[] = [];
  let skipped = 0;
  for (const piece of html.split(/(<!--[\s\S]*?-->|<[^>]*>)/)) {
    const tag = /^<(\/?)(code|pre|a)\b/i.exec(piece);
    if (tag) skipped += tag[1] ? -1 : 1;
    if (piece.startsWith('<') || skipped > 0) continue;
    const text = textOfHtml(piece);
    for (const m of text.matchAll(GITHUB_FILTERED)) hits.push(`${m[0]} in ${JSON.stringify(text.slice(0, 80))}`);
  }
  return hits;
}

/** Links and images a report's own Markdown makes: anchors in the page, files beside it, and its charts. */
const OWN_LINK = /^<a href="(?:#[a-z0-9-]+|[a-z0-9-]+\.(?:csv|json))">$/;
const OWN_IMAGE = /^<img src="[a-z0-9/-]+\.svg" alt="[^"<>]*" \/>$/;
/** Elements no report makes of its own: found in one, they were made from the text. */
const NEVER_OURS = new Set(['del', 'input', 'sup', 'section', 'pre', 'hr', 'script', 'style', 'iframe', 'details', 'summary', 'b', 'i', 'u', 'span', 'div', 'br']);

/**
 * Problems a GFM reading of a report shows: a link or image that is not one of the report's own, an element no report
 * makes (struck text, a task box, a footnote, a code block, a rule, raw HTML), and words GitHub's filters would change.
 */
export function gfmProblems(md: string): string[] {
  const html = renderGfm(md);
  const made = elementsOf(html).filter((e) => (e.name === 'a' ? !OWN_LINK.test(e.tag) : e.name === 'img' ? !OWN_IMAGE.test(e.tag) : NEVER_OURS.has(e.name)));
  return [...made.map((e) => `GFM makes ${e.tag} of it`), ...githubFilterHits(html).map((h) => `GitHub would change ${h}`)];
}
