// Tests that read ../shared (the real corpus and gold) register through these, and skip with a clear message when it is absent.

import test, { type ExecutionContext } from 'ava';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared data folder beside the checkout. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SHARED_AVAILABLE = existsSync(SHARED_DIR);
/** A file inside ../shared. */
export const sharedPath = (rel: string): string => `${SHARED_DIR}${rel}`;
export const OPED_PATH = sharedPath('corpus/seed/no-volveran-2006.txt');

/** Registers a test that needs ../shared; without it the test is skipped and says why. */
export function sharedTest(title: string, fn: (t: ExecutionContext) => void | Promise<void>): void {
  if (SHARED_AVAILABLE) test(title, fn);
  else test.skip(`${title} (skipped: ../shared is absent beside the checkout)`, fn);
}
