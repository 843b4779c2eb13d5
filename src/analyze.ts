// The analysis pipeline: parse once, run every enabled analyzer section by section, build the one result model.

import { analyzers as registry } from './analyzers/index.js';
import type { AnalysisContext, Analyzer, DeviceId, Finding, Metrics, RawFinding } from './analyzers/types.js';
import { checkLexiconFolders, loadLexicons, type LexiconSet } from './lexicon/load.js';
import { Tagger } from './nlp/tagger.js';
import { checkResult, RESULT_SCHEMA_VERSION, type AnalysisResult, type DeviceScore, type SectionResult, type SentenceResult } from './result.js';
import type { Document, Sentence, Span } from './text/model.js';
import { lineColumn } from './text/model.js';
import { disabledRanges, isDisabled, type DisabledRange } from './text/directives.js';
import { parseDocument, type AbbreviationTable } from './text/parse.js';
import { checkOptionsObject, InputError, isPlainObject, shownValue, UsageError } from './util/errors.js';
import { checkHeapFor } from './util/memory.js';
import { TOOL } from './tool.js';
import { sha256Hex } from './util/digest.js';

/** Options of analyze(). Every option has a CLI flag and a config key of the same name. */
export interface AnalyzeOptions {
  /** Name of the source shown in reports (a file name). Default "text". */
  name?: string;
  /** How to find headings: `auto` (default) reads Markdown `#` headings when there are any. */
  format?: 'text' | 'markdown' | 'auto';
  /** Target words per section for texts without headings. Default 500. */
  sectionWords?: number;
  /** Devices to run (default all); a map turns single devices off ({"slogan": false}). */
  devices?: readonly DeviceId[] | Record<string, boolean>;
  /** Rules turned off ("off") or re-weighted (a factor on their strength), by rule id. */
  rules?: Record<string, 'off' | number>;
  /** Extra lexicon folders that add or override entries. */
  lexicons?: readonly string[];
  /** Measure each analyzer's time (returned in `timing`, never written to report files). */
  timing?: boolean;
  /**
   * The year the text was written or delivered, when known (the CLI reads it from `--year`, a corpus MANIFEST.tsv or a
   * year that starts the file name). Historical analogy measures how far back the past it names lies from this year;
   * without it, the text's own time is inferred from the years the text writes.
   */
  year?: number;
}

/** Per-step milliseconds, when `timing` is asked for. */
export interface Timing {
  parse: number;
  analyzers: Record<string, number>;
  taggedSentences: number;
  total: number;
}

/** The toolkit's name and version (src/tool.ts), as results record it. */
export { TOOL };

/**
 * The result, refused when it has no word at all: a file whose every line is an HTML comment, a fenced code block or
 * front matter, or of symbols alone ("---", "!!!", emoji), has nothing to analyze, as an empty file has not (the CLI and
 * corpus runs report it as bad input).
 */
export function requireProse<T extends AnalysisResult>(result: T): T {
  checkResult(result, 'requireProse');
  if (result.sentences.length === 0 || result.source.words === 0) {
    throw new InputError(`${result.source.name} has no words to analyze outside comments, code blocks and front matter`);
  }
  return result;
}

/** The analyzers that `options.devices` selects, in registry order. */
export function selectAnalyzers(devices: AnalyzeOptions['devices']): Analyzer[] {
  // A string was read as a list of its characters ("unknown device "0"" for "slogan").
  if (devices !== undefined) checkDevices(devices, 'selectAnalyzers');
  if (!devices) return [...registry];
  const known = new Set(registry.map((a) => a.id));
  const wanted = Array.isArray(devices) ? new Set(devices as DeviceId[]) : undefined;
  const map = Array.isArray(devices) ? undefined : (devices as Record<string, boolean>);
  for (const id of wanted ?? Object.keys(map ?? {})) {
    if (!known.has(id)) throw new InputError(`unknown device "${id}" (known: ${[...known].join(', ')})`);
  }
  const selected = registry.filter((a) => (wanted ? wanted.has(a.id) : map?.[a.id] !== false));
  if (selected.length === 0) throw new InputError('no device to run: the devices option turns every device off');
  return selected;
}

/** The abbreviation table of the sentence splitter, from lexicons/abbreviations.json. */
export function abbreviationTable(lexicons: LexiconSet): AbbreviationTable {
  const always = new Set<string>();
  const beforeNumber = new Set<string>();
  for (const e of lexicons.get('abbreviations', 'wordlist').entries) {
    for (const w of e.words) (e.onlyBeforeNumber ? beforeNumber : always).add(w.toLowerCase());
  }
  return { always, beforeNumber };
}

/** A JavaScript caller's text, checked: a string, or a UsageError that says what to pass instead. */
function checkText(text: unknown, fn: string): asserts text is string {
  if (typeof text === 'string') return;
  if (text instanceof Uint8Array) throw new UsageError(`${fn}() takes the text as a string, not a Buffer: decode it first (loadFile reads and decodes a file)`);
  throw new UsageError(`${fn}() takes the text as a string, not ${shownValue(text)}`);
}

const FORMATS = ['auto', 'text', 'markdown'];

/** A JavaScript caller's `devices` option, checked: a list of device ids, or an object of true or false by device id. */
function checkDevices(devices: unknown, fn: string): void {
  const list = Array.isArray(devices) && devices.every((d) => typeof d === 'string');
  const map = isPlainObject(devices) && Object.values(devices).every((v) => typeof v === 'boolean');
  if (!list && !map) throw new UsageError(`${fn}(): devices must be a list of device ids or an object such as {"slogan": false}, not ${shownValue(devices)}`);
}

/**
 * A JavaScript caller's options, checked before any work: a value of the wrong type is a UsageError naming the option,
 * never ignored (a `sectionWords` of "a" made one section of any text) nor left to fail deep inside. `fn` is the function
 * the caller called: analyze, parse, or one that passes the options on (summarizeCorpus).
 */
export function checkAnalyzeOptions(options: unknown, fn: string): void {
  checkOptionsObject(options, fn);
  const o = options as Record<string, unknown>;
  const fail = (message: string) => {
    throw new UsageError(`${fn}(): ${message}`);
  };
  if (o.name !== undefined && typeof o.name !== 'string') fail(`name must be a string, not ${shownValue(o.name)}`);
  if (o.format !== undefined && !FORMATS.includes(o.format as string)) fail(`format must be "auto", "text" or "markdown", not ${shownValue(o.format)}`);
  if (o.sectionWords !== undefined && !(typeof o.sectionWords === 'number' && Number.isFinite(o.sectionWords) && o.sectionWords > 0)) {
    fail(`sectionWords must be a positive number of words, not ${shownValue(o.sectionWords)}`);
  }
  if (o.devices !== undefined) checkDevices(o.devices, fn);
  if (o.year !== undefined && !(typeof o.year === 'number' && Number.isInteger(o.year) && o.year >= 1 && o.year <= 9999)) {
    fail(`year must be a whole number from 1 to 9999, not ${shownValue(o.year)}`);
  }
  const rules = o.rules;
  if (rules !== undefined) {
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) fail(`rules must be an object such as {"slogan-down-with": "off"}, not ${shownValue(rules)}`);
    for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
      if (setting === 'off' || setting === 'on' || (typeof setting === 'number' && Number.isFinite(setting) && setting >= 0)) continue;
      fail(`rules[${JSON.stringify(id)}] must be "off", "on" or a factor of 0 or more, not ${shownValue(setting)}`);
    }
  }
  try {
    checkLexiconFolders(o.lexicons);
  } catch (err) {
    if (err instanceof UsageError) fail(err.message);
    throw err;
  }
}

/** Parses a text into the document model with the toolkit's lexicons. */
export function parse(text: string, options: Pick<AnalyzeOptions, 'format' | 'sectionWords' | 'lexicons'> = {}): Document {
  checkText(text, 'parse');
  checkAnalyzeOptions(options, 'parse');
  const lexicons = loadLexicons(options.lexicons);
  return parseDocument(text, { format: options.format, sectionWords: options.sectionWords, abbreviations: abbreviationTable(lexicons) });
}

/** Analyzes a text for the five devices and returns the typed result every renderer reads. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult & { timing?: Timing } {
  checkText(text, 'analyze');
  checkAnalyzeOptions(options, 'analyze');
  checkHeapFor(text, options.name ?? 'the text');
  const started = performance.now();
  const lexicons = loadLexicons(options.lexicons);
  const active = selectAnalyzers(options.devices);
  const t0 = performance.now();
  const document = parseDocument(text, {
    format: options.format,
    sectionWords: options.sectionWords,
    abbreviations: abbreviationTable(lexicons),
  });
  if (options.year !== undefined) document.year = options.year;
  const parseMs = performance.now() - t0;
  const findingsByDevice = new Map<DeviceId, Finding[]>();
  const valuesByDevice = new Map<DeviceId, number[]>();
  // The analyzers read the text with its skipped spans (comments, code blocks, front matter) blanked; quotes come from the text itself.
  const prose = document.prose === document.text ? document : { ...document, text: document.prose };
  const disabled = disabledRanges(document);
  const context: AnalysisContext = {
    document: prose,
    lexicons,
    tagger: new Tagger(),
    findingsOf: (device) => findingsByDevice.get(device) ?? [],
    // As completeFinding decides: a rule "off" or of factor 0 is not scored, and a directive drops the finding.
    counts: (device, rule, span) => {
      const setting = options.rules?.[rule];
      if (setting === 'off' || setting === 0) return false;
      return !(disabled.length > 0 && isDisabled(disabled, device, rule, span));
    },
  };
  const analyzerMs: Record<string, number> = {};

  // Run each analyzer over every section; keep its findings and per-sentence values. An analyzer that reads another
  // device's findings runs after it; a device read but not asked for runs too, and is left out of the result below.
  for (const analyzer of runOrder(active)) {
    const a0 = performance.now();
    const state = analyzer.prepare?.(context);
    const found: Finding[] = [];
    let values: number[] | undefined;
    for (const section of document.sections) {
      const out = analyzer.analyzeSection(section, context, state);
      for (const raw of out.findings) {
        const f = completeFinding(analyzer.id, raw, document, options.rules, disabled);
        if (f) found.push(f);
      }
      if (out.sentenceValues) {
        values ??= new Array<number>(document.sentences.length).fill(0);
        section.sentences.forEach((s, i) => (values![s.index] = out.sentenceValues![i] ?? 0));
      }
    }
    findingsByDevice.set(analyzer.id, found);
    if (values) valuesByDevice.set(analyzer.id, values);
    // A device run only because another reads it is timed under a name that says so.
    analyzerMs[active.includes(analyzer) ? analyzer.id : `${analyzer.id} (read, not reported)`] = performance.now() - a0;
  }

  // Scores per section and for the whole document.
  // Each device's findings grouped by section once (filtering per section would be quadratic on many-section texts).
  const bySection = new Map<DeviceId, Finding[][]>();
  for (const [device, list] of findingsByDevice) {
    const groups = document.sections.map((): Finding[] => []);
    for (const f of list) groups[f.section].push(f);
    bySection.set(device, groups);
  }
  const sections: SectionResult[] = document.sections.map((section) => {
    const scores: Record<string, DeviceScore> = {};
    for (const analyzer of active) {
      const findings = bySection.get(analyzer.id)?.[section.index] ?? [];
      scores[analyzer.id] = scoreSpan(analyzer, findings, section.sentences, valuesByDevice.get(analyzer.id));
    }
    return {
      index: section.index,
      kind: section.kind,
      title: section.title,
      ...(section.subtitle ? { subtitle: section.subtitle } : {}),
      start: section.start,
      end: section.end,
      line: lineColumn(document, section.start).line,
      words: section.words,
      firstSentence: section.sentences[0]?.index ?? 0,
      sentenceCount: section.sentences.length,
      scores,
    };
  });
  const documentScores: Record<string, DeviceScore> = {};
  for (const analyzer of active) {
    documentScores[analyzer.id] = sumScores(analyzer, sections.map((s) => s.scores[analyzer.id]));
  }

  const sentences: SentenceResult[] = document.sentences.map((s) => {
    const values: Record<string, number> = {};
    for (const a of active) {
      const list = valuesByDevice.get(a.id);
      if (list) values[a.id] = round(list[s.index], 4);
    }
    return { index: s.index, section: s.section, start: s.start, end: s.end, line: lineColumn(document, s.start).line, words: s.words, heading: s.heading, values };
  });

  const order = new Map(active.map((a, i) => [a.id, i] as const));
  const findings = active.flatMap((a) => findingsByDevice.get(a.id) ?? []).sort(
    (a, b) => a.start - b.start || (order.get(a.device)! - order.get(b.device)!) || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );

  const result: AnalysisResult & { timing?: Timing } = {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { ...TOOL },
    source: {
      name: options.name ?? 'text',
      format: document.format,
      characters: text.length,
      words: document.words,
      sentences: document.sentences.length,
      lines: document.lineStarts.length,
      ...(document.year !== undefined ? { year: document.year } : {}),
      // What textDigest() gives (compare/norms.ts); the comparison, the norms and corpus summaries read it from here.
      sha256: sha256Hex(text),
    },
    title: document.title ?? options.name ?? 'Untitled text',
    devices: active.map((a) => ({ id: a.id, title: a.title, description: a.description, score: a.score })),
    document: documentScores,
    sections,
    sentences,
    findings,
    text,
  };
  if (options.timing) {
    result.timing = { parse: parseMs, analyzers: analyzerMs, taggedSentences: context.tagger.parsed, total: performance.now() - started };
  }
  return result;
}

/**
 * The analyzers to run, in an order where each comes after the devices it reads: the asked-for ones in registry order,
 * with any device they read but that was not asked for added before them.
 */
export function runOrder(active: readonly Analyzer[], available: readonly Analyzer[] = registry): Analyzer[] {
  const order: Analyzer[] = [];
  const visiting = new Set<DeviceId>();
  const visit = (a: Analyzer): void => {
    if (order.includes(a)) return;
    if (visiting.has(a.id)) throw new Error(`analyzers read each other in a cycle through ${a.id}`);
    visiting.add(a.id);
    for (const id of a.reads ?? []) {
      const dependency = available.find((r) => r.id === id);
      if (!dependency) throw new Error(`analyzer ${a.id} reads ${id}, which is not a registered device`);
      visit(dependency);
    }
    visiting.delete(a.id);
    order.push(a);
  };
  for (const a of active) visit(a);
  return order;
}

/** Checks an analyzer's raw finding against the text and fills in device, quote and position. Returns null for a rule turned off by an option or an in-text directive. */
function completeFinding(device: DeviceId, raw: RawFinding, document: Document, rules: AnalyzeOptions['rules'], disabled: readonly DisabledRange[]): Finding | null {
  const setting = rules?.[raw.rule];
  if (setting === 'off') return null;
  if (disabled.length && isDisabled(disabled, device, raw.rule, raw)) return null;
  const sentence: Sentence | undefined = document.sentences[raw.sentence];
  if (!sentence || raw.start < 0 || raw.end > document.text.length || raw.end <= raw.start) {
    throw new Error(`analyzer ${device} reported an invalid span ${raw.start}-${raw.end} for rule ${raw.rule}`);
  }
  const weight = typeof setting === 'number' ? setting : 1;
  const whole = wholeWords(document.prose, raw, sentence);
  const { start, end } = raw.exact === true ? whole : withoutEdgeSeparators(document.prose, whole);
  const { line, column } = lineColumn(document, start);
  return {
    device,
    rule: raw.rule,
    start,
    end,
    quote: document.text.slice(start, end),
    strength: round(Math.min(1, Math.max(0, raw.strength * weight)), 3),
    explanation: raw.explanation,
    scored: raw.scored !== false && weight > 0,
    sentence: raw.sentence,
    section: sentence.section,
    line,
    column,
    ...(raw.category !== undefined ? { category: raw.category } : {}),
    ...(raw.label !== undefined ? { label: raw.label } : {}),
    ...(raw.value !== undefined ? { value: raw.value } : {}),
  };
}

/** A letter, digit or combining mark: a character inside a word. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * A finding's span widened, within its sentence, to the whole words it touches: a rule that checks that a verb follows
 * ("should" and a letter) quotes the verb whole ("should encourage"), never half a word that a highlight would cut in two.
 */
function wholeWords(prose: string, span: Span, sentence: Span): Span {
  let { start, end } = span;
  const inWord = (i: number): boolean => WORD_CHARACTER.test(prose[i - 1] ?? '') && WORD_CHARACTER.test(prose[i] ?? '');
  while (end < sentence.end && inWord(end)) end++;
  while (start > sentence.start && inWord(start)) start--;
  return { start, end };
}

/** Clause separators and spaces a pattern matched as a boundary at a span's edge (", let us" from "…, let us go"). */
const EDGE_SEPARATOR = /[\s,;:]/u;

/**
 * A finding's span without the clause separators and spaces at its edges, which a pattern may match to find where a
 * clause begins: the quote is "let us", not ", let us". A span of nothing else is kept as it is.
 */
function withoutEdgeSeparators(prose: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && EDGE_SEPARATOR.test(prose[start])) start++;
  while (end > start && EDGE_SEPARATOR.test(prose[end - 1])) end--;
  return end > start ? { start, end } : span;
}

/** Metrics, score and tallies of one span (a section) from its findings and sentences. */
export function scoreSpan(analyzer: Analyzer, findings: readonly Finding[], sentences: readonly Sentence[], allValues: readonly number[] | undefined): DeviceScore {
  const scored = findings.filter((f) => f.scored);
  const values = allValues ? sentences.map((s) => allValues[s.index]) : [];
  let words = 0;
  for (const s of sentences) words += s.words;
  const metrics: Metrics = {
    words,
    sentences: sentences.length,
    findings: scored.length,
    flagged: new Set(scored.map((f) => f.sentence)).size,
    ...(analyzer.measure?.(scored, sentences, values) ?? {}),
  };
  const tallies: DeviceScore['tallies'] = {};
  for (const f of scored) {
    if (f.category === undefined || f.label === undefined) continue;
    const byLabel = (tallies[f.category] ??= {});
    byLabel[f.label] = (byLabel[f.label] ?? 0) + 1;
  }
  return { score: round(analyzer.scoreOf(metrics), 4), metrics: roundAll(metrics), tallies };
}

/** The document's score: section metrics and tallies summed, then scored. */
export function sumScores(analyzer: Analyzer, parts: readonly DeviceScore[]): DeviceScore {
  const metrics: Metrics = {};
  const tallies: DeviceScore['tallies'] = {};
  for (const p of parts) {
    for (const [k, v] of Object.entries(p.metrics)) metrics[k] = (metrics[k] ?? 0) + v;
    for (const [cat, labels] of Object.entries(p.tallies)) {
      const into = (tallies[cat] ??= {});
      for (const [label, n] of Object.entries(labels)) into[label] = (into[label] ?? 0) + n;
    }
  }
  return { score: round(analyzer.scoreOf(metrics), 4), metrics: roundAll(metrics), tallies };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function roundAll(m: Metrics): Metrics {
  const out: Metrics = {};
  for (const [k, v] of Object.entries(m)) out[k] = round(v, 4);
  return out;
}
