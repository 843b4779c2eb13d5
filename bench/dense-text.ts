// A pathological dense text for size and speed checks: short invented rally lines, each packed with slogans, calls to action, us/them cues, loaded words and analogies.

import { seededRandom } from '../src/util/random.js';

/** Pieces the lines are made of; every line is invented for this benchmark. */
const OPENERS = ['Down with', 'Hands off', 'No more', 'Enough of', 'Stop'];
const TARGETS = ['the greedy bosses', 'the corrupt elites', 'the cruel landlords', 'the lying bankers', 'the rotten cartel', 'the heartless lobby'];
const CALLS = ['Join us', 'March with us', 'Vote tomorrow', 'Rise up', 'Stand with your neighbours', 'Fight back', 'Sign the petition today'];
const US = ['We the people', 'Ordinary families like us', 'The rest of us', 'Our brave workers', 'We, the honest majority'];
const THEM = ['they', 'those parasites', 'the privileged few', 'the traitors upstairs'];
const LOADED = ['disgraceful', 'shameful', 'wonderful', 'glorious', 'terrible', 'hopeless', 'proud', 'brilliant', 'corrupt', 'wicked'];
const PAST = ['like Munich in 1938', 'as in 1789', 'just like the Great Depression', 'as the Romans did before the fall', 'like Weimar all over again'];
const THINGS = ['schools', 'wages', 'harbour', 'clinics', 'pensions', 'rivers', 'libraries', 'farms'];

/** About `chars` characters of dense invented rally text, in paragraphs of a few lines (no headings), the same for the same seed. */
export function denseText(chars: number, seed = 1): string {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const lines: string[] = [];
  let size = 0;
  while (size < chars) {
    const kind = Math.floor(next() * 4);
    const line =
      kind === 0
        ? `${pick(OPENERS)} ${pick(TARGETS)}! ${pick(CALLS)}!`
        : kind === 1
          ? `${pick(US)} are ${pick(LOADED)}, ${pick(THEM)} are ${pick(LOADED)}.`
          : kind === 2
            ? `${pick(CALLS)} now, ${pick(PAST)}!`
            : `Hands off our ${pick(THINGS)}! ${pick(US)} will win, ${pick(THEM)} will lose!`;
    lines.push(line);
    size += line.length + 1;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i += 6) paragraphs.push(lines.slice(i, i + 6).join(' '));
  return `${paragraphs.join('\n\n')}\n`;
}
