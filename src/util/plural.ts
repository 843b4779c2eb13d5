// Counts in words: "1 sentence", "2 sentences", so that no report reads "1 sentences".

/** The word in its singular form for 1 and its plural for every other count (default plural: the word with an s). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return n === 1 ? word : many;
}

/** A count and its noun: `counted(1, 'word')` is "1 word"; `format` prints the number (default: as is). */
export function counted(n: number, word: string, format: (n: number) => string = String): string {
  return `${format(n)} ${plural(n, word)}`;
}
