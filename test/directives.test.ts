import test from 'ava';
import { analyze } from '../src/index.js';

const SLOGAN = 'Down with the tyrants!';

function slogans(text: string): string[] {
  return analyze(text, { devices: ['slogan'] })
    .findings.filter((f) => f.device === 'slogan')
    .map((f) => f.quote);
}

test('the same rally cry is found without directives (baseline for the tests below)', (t) => {
  t.true(slogans(`Intro line.\n\n${SLOGAN}\n`).length > 0);
});

test('rhetoric-disable … rhetoric-enable switches a device off in between', (t) => {
  const text = `<!-- rhetoric-disable slogan -->\n\n${SLOGAN}\n\n<!-- rhetoric-enable slogan -->\n\n${SLOGAN}\n`;
  const found = analyze(text, { devices: ['slogan'] }).findings;
  t.true(found.length > 0);
  const firstCry = text.indexOf(SLOGAN);
  t.false(found.some((f) => f.start >= firstCry && f.start < firstCry + SLOGAN.length), 'nothing inside the disabled range');
  t.true(found.some((f) => f.start >= text.lastIndexOf(SLOGAN)), 'found again after enable');
});

test('rhetoric-disable-next-line switches off only the next line, and names devices or rules', (t) => {
  const text = `<!-- rhetoric-disable-next-line slogan -->\n${SLOGAN}\n${SLOGAN}\n`;
  const found = analyze(text, { devices: ['slogan'] }).findings;
  const second = text.lastIndexOf(SLOGAN);
  t.false(found.some((f) => f.start < second));
  t.true(found.some((f) => f.start >= second));
  const other = `<!-- rhetoric-disable-next-line us_them -->\n${SLOGAN}\n`;
  t.true(slogans(other).length > 0, 'a directive for another device leaves slogans alone');
});

test('a rule turned off by option disappears; a re-weighted rule keeps its finding with a new strength', (t) => {
  const text = `Intro line.\n\n${SLOGAN}\n`;
  const base = analyze(text, { devices: ['slogan'] }).findings;
  t.true(base.length > 0);
  const rule = base[0].rule;
  t.false(analyze(text, { devices: ['slogan'], rules: { [rule]: 'off' } }).findings.some((f) => f.rule === rule));
  const half = analyze(text, { devices: ['slogan'], rules: { [rule]: 0.5 } }).findings.find((f) => f.rule === rule);
  t.truthy(half);
  t.true(half!.strength <= base[0].strength / 2 + 1e-9);
});

test('rhetoric-disable-next-line counts a Unicode line separator as a line break, as line numbers do', (t) => {
  for (const sep of ['\u2028', '\u2029']) {
    const text = `<!-- rhetoric-disable-next-line slogan -->${sep}${SLOGAN}${sep}${SLOGAN}`;
    const found = analyze(text, { devices: ['slogan'] }).findings;
    t.false(found.some((f) => f.start < text.lastIndexOf(SLOGAN)), `the line after the directive (${JSON.stringify(sep)}) is off`);
    t.true(found.some((f) => f.start >= text.lastIndexOf(SLOGAN)), 'the line after it is not');
  }
});

// In Markdown, code shows its text as written: a directive written in code is an example of one, not a directive.
for (const [kind, text] of [
  ['inline code', `Write \`<!-- rhetoric-disable -->\` to switch rules off.\n\n${SLOGAN}\n`],
  ['inline code that opens a comment it never closes', `Write \`<!--\` to open a comment.\n\n${SLOGAN}\n`],
  ['an indented code block', `To switch rules off:\n\n    <!-- rhetoric-disable -->\n\n${SLOGAN}\n`],
] as const) {
  test(`Markdown: a directive in ${kind} switches nothing off and hides no text`, (t) => {
    t.true(slogansIn(text, 'markdown').includes(SLOGAN));
    t.is(analyze(text, { format: 'markdown' }).sentences.length, 2);
  });
}

test('Markdown: a directive comment outside code still switches rules off, with code before it on the same line', (t) => {
  t.deepEqual(slogansIn(`Run \`rhetoric\` now. <!-- rhetoric-disable -->\n\n${SLOGAN}\n`, 'markdown'), []);
  t.deepEqual(slogansIn(`Intro line.\n\n<!-- rhetoric-disable -->\n\n${SLOGAN}\n`, 'markdown'), []);
});

function slogansIn(text: string, format: 'markdown' | 'text'): string[] {
  return analyze(text, { devices: ['slogan'], format })
    .findings.filter((f) => f.device === 'slogan')
    .map((f) => f.quote);
}
