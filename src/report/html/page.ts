// The shell of every self-contained HTML page the toolkit writes: nothing may load from the network, only the page's own style and script run.

import { createHash } from 'node:crypto';
import { escapeXml } from '../../util/escape.js';

export interface HtmlPage {
  /** Page title (escaped here). */
  title: string;
  /** The page's style sheet. */
  style: string;
  /** Everything inside <body>, already escaped by the caller. */
  body: string;
  /** One inline script, allowed by its hash; none when absent. */
  script?: string;
  /** Value of the generator meta tag (escaped here). */
  generator?: string;
}

/** The Content-Security-Policy of our pages: no network at all, inline style, images only as data: URLs, the one script by hash. */
export function contentSecurityPolicy(script?: string): string {
  const scripts = script === undefined ? '' : ` script-src 'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}';`;
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:;${scripts} base-uri 'none'; form-action 'none'`;
}

/** A whole HTML document around a body; the same input gives the same bytes. */
export function htmlPage(page: HtmlPage): string {
  const generator = page.generator === undefined ? '' : `<meta name="generator" content="${escapeXml(page.generator)}">\n`;
  const script = page.script === undefined ? '' : `<script>${page.script}</script>\n`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page.script)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${generator}<title>${escapeXml(page.title)}</title>
<style>
${page.style}
</style>
</head>
<body>
${page.body}
${script}</body>
</html>
`;
}
