// The document model: Document → Sections → Sentences → Tokens, every node with its UTF-16 span.

/** A half-open range of UTF-16 code units in the document text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** What a token is made of. `word` is a run of letters/digits joined across inner apostrophes and hyphens. */
export type TokenKind = 'word' | 'punct';

/** One token with its span. `lower` is the lower-cased text with curly apostrophes straightened. */
export interface Token extends Span {
  text: string;
  lower: string;
  kind: TokenKind;
}

/** One sentence (or heading, which counts as a sentence). */
export interface Sentence extends Span {
  /** Position in the whole document, from 0. */
  index: number;
  /** Index of the section that holds it. */
  section: number;
  /** Index of the paragraph (block between blank lines) that holds it. */
  paragraph: number;
  /** The sentence's text, with any skipped span inside it (an HTML comment) blanked, as the analyzers read it. */
  text: string;
  tokens: Token[];
  /** Number of word tokens. */
  words: number;
  /** True for a heading line or the document title line. */
  heading: boolean;
}

/** How a section was found. */
export type SectionKind = 'opening' | 'heading' | 'part';

/** A section: the opening text, a headed section, or (for texts without headings) a "Part N". */
export interface Section extends Span {
  index: number;
  kind: SectionKind;
  /** "Stages in the revolution", "Opening", "Part 2"… */
  title: string;
  /** For parts: the first words of the part. */
  subtitle?: string;
  /** Span of the heading line itself, when the section has one. */
  heading?: Span;
  sentences: Sentence[];
  words: number;
}

/** A paragraph: a block of text between blank lines. */
export interface Paragraph extends Span {
  index: number;
}

/** The parsed document, computed once and shared by every analyzer. */
export interface Document {
  /** The text exactly as decoded (BOM removed); all spans index into it. */
  text: string;
  /** The document title (first line of the opening section when it looks like one, or a Markdown `# ` title). */
  title?: string;
  /** Span of the title line, when there is one. */
  titleSpan?: Span;
  format: 'text' | 'markdown';
  sections: Section[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  words: number;
  /** Offsets at which each line starts (line 1 starts at 0). */
  lineStarts: number[];
  /** Spans that are not prose (front matter, HTML comments, fenced code blocks, web addresses): never analyzed. */
  skipped: Span[];
  /** The text with the skipped spans blanked, offset for offset (the text itself when nothing is skipped): what the analyzers read. */
  prose: string;
  /** The year the text was written or delivered, when the caller knows it (analyze()'s `year` option). */
  year?: number;
}

/** 1-based line and column of an offset. */
export function lineColumn(doc: Pick<Document, 'lineStarts'>, offset: number): { line: number; column: number } {
  const starts = doc.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
