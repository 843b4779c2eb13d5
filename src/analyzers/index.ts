// The registry of device analyzers, in report order. A new device is a new file and one line here.

import { callToAction } from './call-to-action.js';
import { historicalAnalogy } from './historical-analogy.js';
import { sentiment } from './sentiment.js';
import { slogan } from './slogan.js';
import type { Analyzer } from './types.js';
import { usThem } from './us-them.js';

/** Every device analyzer, in report order: sentiment, slogan, historical analogy, us/them, call to action. */
export const analyzers: readonly Analyzer[] = [sentiment, slogan, historicalAnalogy, usThem, callToAction];

/** The analyzer with this device id, if any. */
export function analyzerFor(id: string): Analyzer | undefined {
  return analyzers.find((a) => a.id === id);
}
