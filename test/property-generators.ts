// Random documents for property tests and the fuzzer: random Unicode and random structure, with political cue words mixed in so analyzers fire.

import fc from 'fast-check';

/** Words and phrases that make the analyzers fire, so findings (not only their absence) get checked. */
const CUES = [
  'Down with', 'Hands off', 'Long live', 'Forward to', 'No', 'unite', 'or death', 'Join us', 'Let us', "Let's", 'we must',
  'it is necessary to', 'we', 'us', 'our', 'they', 'them', 'the oligarchy', 'the people', 'the masses', 'imperialism',
  'like', 'as in', 'once again', 'the lesson of', '1917', '1789', 'Hitler', 'the Paris Commune', 'Russia', 'February',
  'not', 'never', 'no longer', 'very', 'good', 'bad', 'terrible', 'hope', 'fraud', 'gang', 'fifth column', 'Venezuela',
  'Mr.', 'U.S.', 'e.g.', 'J. R.', 'Dr.', 'No.', 'revolution', 'struggle', 'victory', 'enemy', 'traitors',
];

/** Structure: line breaks of every kind, Markdown marks (GFM's apart, below), quotes, punctuation runs, comments, front matter. */
const MARKS = [
  '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\u2028', '\u2029', '\t', ' ', '  ', '# ', '## ', '### ', '\n# ', '\n\n## ',
  '---\n', '\n---\n', '<!-- ', ' -->', '| ', ' |', '|---|', '> ', '- ', '* ', '1. ', '`', '**', '_', '[', '](x)', '"', '“', '”',
  '‘', '’', "'", '«', '»', '(', ')', '!', '!!!', '?', '?!', '.', '...', '…', ', ', '; ', ': ', '—', '-', '\u200b', '\u200d',
  '\ufeff', '\u202e', '\u00a0', '&', '&amp;', '<', '>', ']]>', '\\', '/', '../', 'CON', '\u0000', '\u0007', '\u001b[31m', '\u0085',
];

/** What GitHub Flavored Markdown, or GitHub's filters after it, would read as a link, a strike, an emoji, a mention or a box. */
const GFM = [
  'https://example.org/x', 'HTTP://', 'ftp://', 'www.', 'www.example.org', 'a@example.org', 'mailto:', '@', '@someone', '#12', '#',
  ':fire:', ':+1:', ':', '~', '~~', '[^1]', '[ ] ', '[x] ', '- [ ] ', '    ', '\t', '&#x41;', '&copy;', '©', '<!-- -->', '<details>', '</p>',
];

/** Planted tags that must never reach an SVG, HTML or Markdown file unescaped (see INJECTION_MARKERS). */
const INJECTIONS = ['<x-inj>', '<x-inj a="1">', '</x-inj>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '<iframe src=x>'];

/** Astral and otherwise awkward characters: emoji, flags, ZWJ sequences, combining marks, RTL scripts, lone surrogates. */
const ODD = ['😀', '🔥', '🇻🇪', '👨‍👩‍👧', '𝐃𝐨𝐰𝐧', '𐌰', 'é', 'e\u0301', 'שלום', 'مرحبا', 'ß', 'İ', 'ﬁ', '\ud83d', '\ude00', '\uffff', '\ufffe'];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CUES) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z]{1,10}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
);

const piece = fc.oneof(
  { weight: 8, arbitrary: word.map((w) => `${w} `) },
  { weight: 5, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...GFM) },
  { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS) },
  // A sentence-like run: capitalised cue words ending in a stop.
  { weight: 2, arbitrary: fc.tuple(fc.array(fc.constantFrom(...CUES), { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '!', '?', '!!', '...', '')).map(([ws, stop]) => `${ws.join(' ')}${stop} `) },
);

/** A random document: up to `maxPieces` pieces of words, marks, injections and odd characters. */
export function documentArbitrary(maxPieces = 120): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength: maxPieces, size: 'max' }).map((ps) => ps.join(''));
}

/** Random analysis options: section size and format. */
export const optionsArbitrary = fc.record({
  sectionWords: fc.constantFrom(50, 80, 200, 500),
  format: fc.constantFrom('auto', 'text', 'markdown') as fc.Arbitrary<'auto' | 'text' | 'markdown'>,
});

/** The seed of a property run: FC_SEED when set (to replay a failure), else a fixed one so `npm test` is reproducible. */
export function seedFor(offset: number): number {
  const env = process.env.FC_SEED;
  return env ? Number(env) + offset : 20260 + offset;
}

type Reporter = { fail: (message: string) => void; pass: () => void };

/** Passes, or fails with the shrunk counterexample, the broken invariants and how to replay it. */
function report(t: Reporter, details: fc.RunDetails<unknown>): void {
  if (!details.failed) {
    t.pass();
    return;
  }
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  t.fail(
    `property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}")\n` +
      `counterexample: ${JSON.stringify(details.counterexample)}\n${error}`,
  );
}

/** Runs a property and fails the test with the shrunk counterexample, the broken invariants and how to replay it. */
export function assertProperty<Ts extends [unknown, ...unknown[]]>(t: Reporter, property: fc.IProperty<Ts>, params: fc.Parameters<Ts>): void {
  report(t, fc.check(property, params) as fc.RunDetails<unknown>);
}

/** The async twin of assertProperty. */
export async function assertAsyncProperty<Ts extends [unknown, ...unknown[]]>(t: Reporter, property: fc.IAsyncProperty<Ts>, params: fc.Parameters<Ts>): Promise<void> {
  report(t, (await fc.check(property, params)) as fc.RunDetails<unknown>);
}
