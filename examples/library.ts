// Using rhetoric-lens as a library: analyze a file, read the findings, render reports, compare, rank against norms,
// explain a rule and catch the errors the API throws. Run it from the repository with `npx tsx examples/library.ts
// examples/example.md` (after `npm run build`); test/library-api.test.ts type-checks it strictly and runs it.

import {
  analyze,
  compareResults,
  documentYear,
  explainDevices,
  formatOption,
  InputError,
  loadFile,
  renderCompareMarkdown,
  renderHtml,
  renderJson,
  renderMarkdown,
  standingAgainst,
  UsageError,
  type AnalysisResult,
  type Finding,
} from 'rhetoric-lens';

const file = process.argv[2] ?? 'examples/example.md';

// loadFile reads as the CLI does (encoding, byte-order mark, binary and size checks); formatOption reads a .md file as
// Markdown, and documentYear dates it as the CLI does (its MANIFEST.tsv entry or a year that starts its name).
const loaded = loadFile(file);
const result: AnalysisResult = analyze(loaded.text, { name: loaded.name, ...formatOption(loaded), year: documentYear(file) });

// Every finding points at its words: text.slice(start, end) is its quote.
const strongest: Finding[] = [...result.findings].filter((f) => f.scored).sort((a, b) => b.strength - a.strength).slice(0, 3);
for (const f of strongest) {
  const words = result.text.slice(f.start, f.end);
  console.log(`${f.device} ${f.rule} ${f.line}:${f.column} “${words}” — ${f.explanation}`);
}
for (const d of result.devices) console.log(`${d.title}: ${(result.document[d.id]?.score ?? 0).toFixed(d.score.digits)} (${d.score.label})`);

// One result model, many views.
const markdown = renderMarkdown(result);
const json = JSON.parse(renderJson(result)) as Pick<AnalysisResult, 'findings'>;
const html = renderHtml(result);
console.log(`report.md ${markdown.length} chars, report.json ${json.findings.length} findings, report.html ${html.length} chars`);

// Two texts side by side, and where this one stands among inaugural addresses.
const calm = analyze('The harvest was good this year. Farmers sold their grain at the market and went home.', { name: 'calm.txt' });
const comparison = compareResults([result, calm]);
console.log(renderCompareMarkdown(comparison).split('\n')[0]);
for (const d of standingAgainst(result, 'inaugural').devices) console.log(`${d.title}: ${d.sentence}`);

// The rule behind a finding, from the lexicons.
const top = strongest[0];
if (top) {
  const explained = explainDevices({ device: top.device, verify: false })[0]?.rules.find((r) => r.id === top.rule);
  console.log(`${top.rule}: ${explained?.note ?? '(a rule of the analyzer’s code, not of a lexicon)'}`);
}

// Bad input is an InputError, a bad request (an unknown device or collection name) a UsageError; both carry the CLI's exit code.
for (const attempt of [() => loadFile('no-such-file.txt'), () => standingAgainst(result, 'no-such-collection')]) {
  try {
    attempt();
  } catch (err) {
    if (!(err instanceof InputError || err instanceof UsageError)) throw err;
    console.log(`${err.name} (exit code ${err.exitCode}): ${err.message}`);
  }
}
