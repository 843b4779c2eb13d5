// Which way a piece of input text reads: a block whose letters are mostly of a right-to-left script is laid out right to left.

/** Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Adlam, Hanifi Rohingya, Yezidi). */
const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;
const LETTER = /\p{L}/gu;

/**
 * Whether most of the letters of `s` are of a right-to-left script: a Hebrew paragraph that quotes an English slogan
 * reads right to left, an English one that names an Arabic town left to right.
 */
export function readsRightToLeft(s: string): boolean {
  let rtl = 0;
  let other = 0;
  for (const [letter] of s.matchAll(LETTER)) {
    if (RTL_LETTER.test(letter)) rtl++;
    else other++;
  }
  return rtl > other;
}

/** ` dir="rtl"` for an element holding `s` when it reads right to left, else nothing (the page is left to right). */
export function dirAttribute(s: string): string {
  return readsRightToLeft(s) ? ' dir="rtl"' : '';
}
