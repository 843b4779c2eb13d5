// What the accuracy benchmarks share: where the shared data lies, and the rows of the Markdown tables they print.

import { fileURLToPath } from 'node:url';

/** The shared data folder beside the checkout (../shared): gold files' documents resolve against it. */
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

/** One row of a Markdown table, with its line break. */
export const tableRow = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |\n`;

/** A figure with three decimals, as the tables print P, R, F1 and r. */
export const fixed3 = (x: number): string => x.toFixed(3);
