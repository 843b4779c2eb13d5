// `rhetoric explain` in a terminal: every line fits 96 columns (a word longer than that aside), examples of several
// lines stay on their list item, and a device whose lexicons list no examples says so rather than "none is caught".

import test from 'ava';
import { explainDevices, renderExplanationText, type DeviceExplanation } from '../src/explain.js';

const WIDTH = 96;

const all = explainDevices();

test('every line of the text view fits the terminal width, unless one word alone is longer', (t) => {
  const tooWide = all.flatMap((d) =>
    renderExplanationText([d], { all: true })
      .split('\n')
      .filter((line) => line.length > WIDTH && /\s/.test(line.trim()))
      .map((line) => `${d.id}: ${line.slice(0, 120)}`),
  );
  t.deepEqual(tooWide, []);
});

/** The lines of one list of the text view: from its heading to the next line that starts in the first column, blank lines dropped at its end. */
function listLines(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  let end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  if (end < 0) end = lines.length;
  while (end > start + 1 && lines[end - 1] === '') end--;
  return lines.slice(start + 1, end);
}

test('an example of several lines is printed within its list item, indented', (t) => {
  const withBreaks = all.filter((d) => [...d.examples, ...d.nearMisses].some((e) => e.text.includes('\n')));
  t.true(withBreaks.length > 0, 'some listed example has several lines');
  for (const d of withBreaks) {
    const text = renderExplanationText([d]);
    for (const heading of ['Caught (checked by running the analyzer now):', 'Near misses it does not flag (checked now):']) {
      const lines = listLines(text, heading);
      for (const line of lines) t.regex(line, /^ {2}/, `${d.id}: ${line}`);
      // Every example of the list is inside it: a line break in one does not end the list early.
      const listed = heading.startsWith('Caught') ? d.examples.map((e) => e.firedRules[0]) : d.nearMisses.map((e) => e.listedBy);
      const words = new Set(lines.join(' ').split(/[\s,:()]+/));
      t.deepEqual(listed.filter((id) => !words.has(id)), [], `${d.id}: ${heading}`);
    }
  }
});

test('a device whose lexicons list no examples says so, not that none is caught', (t) => {
  const bare: DeviceExplanation = { ...all[0], examples: [], nearMisses: [], mismatches: [] };
  const text = renderExplanationText([bare]);
  t.notRegex(text, /no listed example is caught/);
  t.regex(listLines(text, 'Caught (checked by running the analyzer now):').join('\n'), /no examples are listed/);
  const missed: DeviceExplanation = { ...bare, mismatches: [{ text: 'Down with it!', listedBy: 'x', firedRules: [], quotes: [], claimed: 'caught' }] };
  t.regex(listLines(renderExplanationText([missed]), 'Caught (checked by running the analyzer now):').join('\n'), /none of the listed examples is caught/);
});
