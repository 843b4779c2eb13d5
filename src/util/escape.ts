// Escaping for every output format: whatever comes from the input text goes through one of these.

/** Text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text for XML/SVG: like HTML, and without characters XML 1.0 forbids (control characters, lone surrogates). */
export function escapeXml(s: string): string {
  return escapeHtml(stripXmlInvalid(s));
}

/** Removes characters that may not appear in an XML 1.0 document. */
export function stripXmlInvalid(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/**
 * `s` with the explicit bidirectional formatting it opens and leaves open closed at its end: an embedding or override
 * (U+202A LRE, U+202B RLE, U+202D LRO, U+202E RLO) by U+202C PDF, an isolate (U+2066 LRI, U+2067 RLI, U+2068 FSI) by
 * U+2069 PDI, as Unicode's bidi algorithm pairs them. Text from the input set among a report's own words cannot then
 * reorder them: an RLO in a quoted sentence would otherwise show the rest of its line ("(rule …, strength …)") backwards.
 * Text that opens nothing it leaves open is returned as it is.
 */
export function closeBidi(s: string): string {
  if (!/[\u202a-\u202e\u2066-\u2068]/.test(s)) return s;
  const open: ('embedding' | 'isolate')[] = [];
  for (const c of s) {
    if (c === '\u202c') {
      if (open[open.length - 1] === 'embedding') open.pop();
    } else if (c === '\u2069') {
      const k = open.lastIndexOf('isolate');
      if (k >= 0) open.length = k;
    } else if (c >= '\u202a' && c <= '\u202e') open.push('embedding');
    else if (c >= '\u2066' && c <= '\u2068') open.push('isolate');
  }
  return s + open.reverse().map((kind) => (kind === 'embedding' ? '\u202c' : '\u2069')).join('');
}

/** Input text for HTML set among a page's own words (a title, a file name, a quote in a list): escaped, its open bidi formatting closed (closeBidi). */
export function escapeXmlInline(s: string): string {
  return escapeXml(closeBidi(s));
}

/** Input text for HTML that keeps its own line breaks: escaped, and a <br> after each U+2028 or U+2029, where a browser breaks no line. */
export function escapeXmlKeepingBreaks(s: string): string {
  return escapeXml(s).replace(/[\u2028\u2029]/g, '$&<br>');
}

/** An empty HTML comment: it shows nothing, and splits the text around it in two for filters that read a page's text. */
const TEXT_SPLIT = '<!-- -->';

/**
 * Inline Markdown text that GitHub Flavored Markdown, and GitHub's filters after it, show as exactly the text:
 * backslash-escapes the characters Markdown or HTML would read as syntax; newlines become spaces; bidi formatting left
 * open is closed (closeBidi). Where GitHub reads the rendered text itself, after Markdown and blind to its escapes
 * (emoji shortcodes, @mentions and e-mail addresses, #12 and GH-12 references, commit SHAs, `$…$` math), an empty HTML
 * comment goes between the characters. Text with none of these characters is returned as it is.
 */
export function escapeMarkdownInline(s: string): string {
  // Characters that are syntax anywhere are always escaped; `#`, `-`, `+`, `=` and "1." only where they start the text,
  // since only there can they open a heading, list or rule (the text never keeps its own line breaks), and a run of `#`
  // after white space where it ends the text, since at the end of a heading line that run is read as the heading's
  // optional closing sequence and dropped ("### 2. Vote for us #" is a heading "2. Vote for us").
  // Line breaks end explicit bidi formatting; joined into one line, the text gets its closers at its end instead.
  const escaped = stripXmlInvalid(s)
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/([\\`*_{}\[\]|~>$])/g, '\\$1')
    .replace(/!(?=\\\[)/g, '\\!')
    .replace(/^(\s*)([#+\-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/(\s)(#+\s*)$/, '$1\\$2')
    // GFM's literal autolinks: "http://", "https://" and "ftp://" links (any case), and "www." ones.
    .replace(/(https?|ftp):(?=\/\/)/gi, '$1\\:')
    .replace(/(?<![A-Za-z0-9])(www)\./gi, '$1\\.')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    // After Markdown: an @ before a name (a mention, or the domain of an e-mail address, which cmark-gfm links even when
    // its @ is escaped), a # before a number (an issue), a colon that opens a `:name:` shortcode (an emoji).
    .replace(/@(?=[A-Za-z0-9-]|\\_)/g, `@${TEXT_SPLIT}`)
    .replace(/#(?=[0-9])/g, `#${TEXT_SPLIT}`)
    .replace(/:(?=(?:[A-Za-z0-9+-]|\\_)+\\?:)/g, `:${TEXT_SPLIT}`)
    // GitHub's math is found after Markdown too, between two dollar signs of one run of text ("$5 and $10" would set
    // "5 and" as a formula; GitHub documents no backslash escape outside one): each $ ends its run of text.
    .replace(/\$/g, `$$${TEXT_SPLIT}`)
    // "GH-12" is an issue reference like "#12"; a run of 7 or more hex digits with a digit and a letter in it (a commit
    // SHA, full or short) is linked to the commit: it is split into pieces of six, shorter than any SHA GitHub links.
    .replace(/(?<![A-Za-z0-9_-])(gh-)(?=[0-9])/gi, `$1${TEXT_SPLIT}`)
    .replace(/(?<![A-Za-z0-9_])[0-9a-f]{7,}(?![A-Za-z0-9_])/gi, (hex) => (/[0-9]/.test(hex) && /[a-f]/i.test(hex) ? hex.replace(/.{6}(?=.)/g, `$&${TEXT_SPLIT}`) : hex))
    // White space that starts a line makes an indented code block from four columns (a tab reaches them): its first
    // character becomes a character reference, which is text.
    .replace(/^[ \t](?=[ \t]{3}|[ \t]*\t)|^\t/, (c) => `&#${c.charCodeAt(0)};`);
  return closeBidi(escaped);
}

/** CommonMark's Unicode whitespace (a line's start or end counts as whitespace too). */
function isMarkdownSpace(c: string | undefined): boolean {
  return c === undefined || /^[\t\n\f\r\p{Zs}]$/u.test(c);
}

/**
 * The ways renderers tell punctuation, which decides where `**` opens and closes bold: CommonMark 0.31 counts the
 * general categories P and S (so `!`, `“`, `©` and emoji); cmark-gfm, which GitHub renders with, follows the older spec
 * (ASCII punctuation and category P only, so `©` and emoji count as letters); micromark reads the text in UTF-16 code
 * units, so a character beyond the BMP (an emoji) is never punctuation to it.
 */
const PUNCTUATION_READINGS: ((c: string) => boolean)[] = [
  (c) => /^[\p{P}\p{S}]$/u.test(c),
  (c) => /^[!-/:-@[-`{-~\p{P}]$/u.test(c),
  (c) => c.length === 1 && /^[\p{P}\p{S}]$/u.test(c),
];

/**
 * Escaped inline Markdown with its middle part in bold: `before**inner**after`, or, where a renderer would not read those
 * `**` as emphasis, `before<strong>inner</strong>after`. All three parts must be escaped already (escapeMarkdownInline),
 * so `inner` holds no delimiter of its own, and `before` and `after` must run to the ends of the line or far enough to hold
 * the characters next to the bold. A `**` opens only before text that does not start with white space, and before
 * punctuation only when white space or punctuation comes first: `on**!**` would print its asterisks (an exclamation mark
 * glued to the word before it, a quote that ends in "!" glued to the next word). Renderers disagree on what punctuation
 * is (PUNCTUATION_READINGS): `**` is used only where every reading makes it bold. White space at the edges of `inner`
 * (left by a control character escaping dropped) is moved outside the bold.
 */
export function markdownStrong(before: string, inner: string, after: string): string {
  const core = inner.trim();
  const start = inner.length - inner.trimStart().length;
  const pre = before + inner.slice(0, start);
  const post = inner.slice(start + core.length) + after;
  if (!core) return pre + post;
  const prev = Array.from(pre.slice(-2)).pop();
  const next = post ? String.fromCodePoint(post.codePointAt(0)!) : undefined;
  const first = String.fromCodePoint(core.codePointAt(0)!);
  const last = Array.from(core.slice(-2)).pop()!;
  const bold = PUNCTUATION_READINGS.every((isPunctuation) => {
    const punctuation = (c: string | undefined) => c !== undefined && isPunctuation(c);
    const opens = !punctuation(first) || isMarkdownSpace(prev) || punctuation(prev);
    const closes = !punctuation(last) || isMarkdownSpace(next) || punctuation(next);
    return opens && closes;
  });
  return bold ? `${pre}**${core}**${post}` : `${pre}<strong>${core}</strong>${post}`;
}

/** A Markdown table cell: inline-escaped (pipes included). */
export function escapeMarkdownCell(s: string): string {
  return escapeMarkdownInline(s);
}

/**
 * A CSV cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return, not counting control
 * characters other than tab, line feed and carriage return before it) gets a leading apostrophe (CSV injection). The text
 * is otherwise kept exactly, control characters included, so that a cell holds what the JSON outputs hold (csv-stringify
 * quotes a cell that needs it).
 */
export function spreadsheetSafe(s: string): string {
  return /^[=+\-@\t\r]/.test(stripXmlInvalid(s)) ? `'${s}` : s;
}

/** JSON's short escapes for the control characters that have one. */
const SHORT_ESCAPES: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/**
 * Text from the input (a file name, a path, a message that names one) for one line on stderr: control characters and the
 * Unicode line and paragraph separators become JSON-style escapes (`\n`, `\t`, `\u001b`), so a name with a newline cannot
 * split the line in two nor an escape sequence reach the terminal; everything else, backslashes too, is kept as it is.
 * JSON outputs keep the true text.
 */
export function escapeControlChars(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
