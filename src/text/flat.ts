// Line breaks read as spaces: a hard-wrapped text ("fifty times as\nmuch as") breaks lines inside phrases that rules
// match word by word. Each break character becomes one space, so every offset still points where it did.

const LINE_BREAKS = /[\r\n\u2028\u2029\t\f\v]/g;

/** `text` with each line-break or tab character replaced by a space (same length, same offsets). */
export function flatLines(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}
