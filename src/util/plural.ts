// Counts in words: "1 sentence", "2 sentences", so that no report reads "1 sentences".

/** The word in its singular form for 1 and its plural for every other count (default plural: the word with an s). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return n === 1 ? word : many;
}

/** An integer with thousands separators (fixed, locale-independent): 102800 is "102,800". */
export function thousands(n: number): string {
  const s = String(Math.round(n));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A count and its noun: `counted(1, 'word')` is "1 word", `counted(102800, 'word')` "102,800 words"; `format` prints the number. */
export function counted(n: number, word: string, format: (n: number) => string = thousands): string {
  return `${format(n)} ${plural(n, word)}`;
}
