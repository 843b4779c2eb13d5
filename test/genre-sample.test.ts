// The commentary texts of test/fixtures/genre-sample/ used for tuning (original texts of genres the labelled speeches lack,
// labelled blind, then tuned on): floors against regressions of the rules written from them. They need no ../shared.

import test from 'ava';
import { fileURLToPath } from 'node:url';
import { readGold } from '../src/eval/gold.js';
import { holdsFloor } from './helpers/floor.js';

const ROOT = fileURLToPath(new URL('./fixtures/genre-sample/', import.meta.url));

/** Micro precision and F1 over the four binary devices must stay at or above these (set a little under the figures of November 2026). */
const FLOORS: { name: string; sentences: number; precision: number; f1: number }[] = [
  { name: 'oped-left', sentences: 91, precision: 0.9, f1: 0.85 },
  { name: 'column-populist', sentences: 90, precision: 0.9, f1: 0.55 },
  { name: 'editorial-liberal', sentences: 91, precision: 0.88, f1: 0.73 },
  // Added in the twenty-first session (a union rally speech and a party manifesto with programme lists).
  { name: 'train-union-rally', sentences: 98, precision: 0.87, f1: 0.74 },
  // Precision 0.8 -> 0.75 and F1 0.65 -> 0.64 in the twenty-second session: the story of a past case may go on through "our" after the
  // sentence that draws the analogy, which carries the party's own founding story (already a false remote-past
  // finding here) two sentences further, while it gained on the corpus, the checks and the judged samples.
  { name: 'train-party-manifesto', sentences: 106, precision: 0.75, f1: 0.64 },
  // Added in the twenty-fourth session (three revolutionary-left op-eds, the genre of the dev gold's largest text, and a
  // national-populist rally speech).
  { name: 'train-oped-radical', sentences: 95, precision: 0.9, f1: 0.87 },
  { name: 'train-oped-radical-2', sentences: 111, precision: 0.86, f1: 0.82 },
  { name: 'train-oped-radical-3', sentences: 92, precision: 0.9, f1: 0.81 },
  { name: 'train-populist-speech', sentences: 124, precision: 0.73, f1: 0.58 },
];

for (const floor of FLOORS) {
  test(`genre sample ${floor.name}: micro precision stays at least ${floor.precision} and F1 at least ${floor.f1}`, (t) => {
    holdsFloor(t, readGold(`${ROOT}gold/${floor.name}.jsonl`, ROOT), 'micro', floor);
  });
}
