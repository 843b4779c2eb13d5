// Explains each device from the data itself: definition and limits from lexicons/devices.json, rules from the device's lexicons, examples checked by running analyze().

import type { z } from 'zod';
import { analyze } from './analyze.js';
import { analyzers } from './analyzers/index.js';
import type { ScoreDefinition } from './analyzers/types.js';
import { flaggingRule, learnedModelsFor, weighedFeatures } from './learn/learned.js';
import { checkLexiconSet, loadLexicons, type LexiconSet } from './lexicon/load.js';
import { checkOptionsObject, InputError, shownValue, UsageError, wrongShape } from './util/errors.js';
import { lazySchemas } from './util/zod.js';

const guideSchemas = lazySchemas((z) => {
  const guide = z.object({
    definition: z.string().min(1),
    findingLabel: z.string().min(1),
    categoryLabels: z.record(z.string(), z.string().min(1)).optional(),
    listedLabel: z.string().min(1).optional(),
    spotIt: z.string().min(1),
    limits: z.array(z.string().min(1)),
  });
  return { guide, devicesFile: z.object({ devices: z.record(z.string(), guide) }) };
});
type Guide = z.infer<ReturnType<typeof guideSchemas>['guide']>;

/** What a reader needs to know about a device, from lexicons/devices.json (with the analyzer's own description as a fallback). */
export interface DeviceGuide {
  id: string;
  title: string;
  definition: string;
  /** How to name one finding, in honest words ("possible slogan", "us/them cue"). */
  findingLabel: string;
  /** How to name a finding of one category instead, where it is not what `findingLabel` says (sentiment's "framing"). */
  categoryLabels?: Record<string, string>;
  /**
   * How to name a finding that is listed for context but not scored, where `findingLabel` would say more than it is (a bare
   * historical reference, whose explanation says the text draws no comparison, is no "possible historical analogy").
   */
  listedLabel?: string;
  /** How a student can spot the device themselves. */
  spotIt: string;
  limits: string[];
}

/** The guide of every registered device, in registry order. */
export function deviceGuides(lexicons: LexiconSet = loadLexicons()): DeviceGuide[] {
  checkLexiconSet(lexicons, 'deviceGuides');
  const raw = lexicons.data.get('devices');
  let guides: Record<string, Guide> = {};
  if (raw !== undefined && lexicons.checked.has('devices')) guides = (raw as { devices: Record<string, Guide> }).devices;
  else if (raw !== undefined) {
    const parsed = guideSchemas().devicesFile.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`lexicons/devices.json: field "${issue?.path.map(String).join('.')}": ${issue?.message ?? 'invalid'}`);
    }
    guides = parsed.data.devices;
  }
  return analyzers.map((a) => {
    const g = guides[a.id];
    return {
      id: a.id,
      title: a.title,
      definition: g?.definition ?? a.description,
      findingLabel: g?.findingLabel ?? `${a.title.toLowerCase()} finding`,
      ...(g?.categoryLabels ? { categoryLabels: g.categoryLabels } : {}),
      ...(g?.listedLabel ? { listedLabel: g.listedLabel } : {}),
      spotIt: g?.spotIt ?? '',
      limits: g?.limits ?? [],
    };
  });
}

/** How a finding is named to a reader (the HTML report's highlights, a worksheet's answers): by the guide of its device. */
export function findingLabelOf(guide: DeviceGuide | undefined, f: { device: string; category?: string; scored?: boolean }): string {
  if (f.scored === false && guide?.listedLabel !== undefined) return guide.listedLabel;
  return (f.category !== undefined ? guide?.categoryLabels?.[f.category] : undefined) ?? guide?.findingLabel ?? `${f.device} finding`;
}

/** One rule of a device: a lexicon entry, as the toolkit uses it. */
export interface RuleExplanation {
  id: string;
  lexicon: string;
  kind: string;
  note: string;
  /** How the rule decides, for whoever maintains it (the entry's `detail`), when the entry gives it. */
  detail?: string;
  source?: string;
  strength?: number;
  /** Surface forms (terms), the regular expression (patterns), or the rated term. */
  forms?: string[];
  /** The file of a --lexicons folder the entry was read from; absent for a built-in entry (`lexicons/<lexicon>.json`). */
  file?: string;
}

/** A sentence run through analyze(): what the device's analyzer found in it. */
export interface CheckedExample {
  text: string;
  /** The lexicon entry that lists it. */
  listedBy: string;
  /** Rules of this device that fired on it, whether their findings are scored or only listed. */
  firedRules: string[];
  /**
   * Those of `firedRules` with a scored finding: the rules that flag it. A near miss flags nothing (in one rule's view:
   * that rule flags nothing), though a rule that only lists may fire on it ("our side" as an in-group label).
   */
  flaggedBy?: string[];
  /** The words the findings quote. */
  quotes: string[];
}

/** A listed example or near miss that does not behave as its entry claims. */
export type CheckedMismatch = CheckedExample & { claimed: 'caught' | 'not caught' };

/**
 * One device as explainDevices() explains it: its guide and score definition, the lexicons and rules it uses, and its
 * listed examples and near misses as the analyzer handles them now.
 */
export interface DeviceExplanation extends DeviceGuide {
  score: ScoreDefinition;
  /** The device's lexicons, rule files and learned models, each with its number of entries. */
  lexicons: { name: string; kind: string; description: string; entries: number; source?: string }[];
  /** Every rule: each lexicon entry, each rule a data file describes, and each learned model. */
  rules: RuleExplanation[];
  /** Listed examples the toolkit does catch (checked now). */
  examples: CheckedExample[];
  /** Listed near misses the toolkit does not flag for this device (checked now). */
  nearMisses: CheckedExample[];
  /** Listed examples and near misses that do not behave as their entry claims: left out of the lists above, shown for transparency. */
  mismatches: CheckedMismatch[];
}

/** Options of explainDevices(). */
export interface ExplainOptions {
  /** One device, by id or title ("us_them", "us-them", "Slogans"); default all. A name no device has throws a UsageError. */
  device?: string;
  /** Extra lexicon folders (as for analyze). */
  lexicons?: readonly string[];
  /** `false` skips running the examples (faster; examples, near misses and mismatches come back empty). Default true. */
  verify?: boolean;
}

/** Explains every device (or one), generated from the lexicons so it never drifts from what the analyzers use. */
export function explainDevices(options: ExplainOptions = {}): DeviceExplanation[] {
  checkOptionsObject(options, 'explainDevices');
  if (options.device !== undefined && typeof options.device !== 'string') throw new UsageError(`explainDevices(): device must be a device id or title as a string, not ${shownValue(options.device)}`);
  checkFlag(options.verify, 'explainDevices', 'verify');
  const lexicons = loadLexicons(options.lexicons);
  const guides = deviceGuides(lexicons);
  if (options.device === undefined) return guides.map((guide) => explainOne(guide, lexicons, options));
  const guide = guideNamed(guides, options.device);
  if (!guide) throw new UsageError(`unknown device "${options.device}" (known: ${guides.map((g) => g.id).join(', ')})`);
  return [explainOne(guide, lexicons, options)];
}

/**
 * The device a reader names: by its id or its title, in any case, with spaces, dashes or slashes for underscores, and
 * in the singular or the plural ("slogan", "Slogans", "us-them", "calls to action", "Us/them framing").
 */
function guideNamed(guides: readonly DeviceGuide[], name: string): DeviceGuide | undefined {
  const key = (s: string) => s.trim().toLowerCase().replace(/[\s\-/]+/g, '_');
  const wanted = key(name);
  const forms = (s: string) => [key(s), key(s).replace(/s$/, '')];
  return guides.find((g) => [...forms(g.id), ...forms(g.title)].some((f) => f === wanted || f === wanted.replace(/s$/, '')));
}

function explainOne(guide: DeviceGuide, lexicons: LexiconSet, options: ExplainOptions): DeviceExplanation {
  const analyzer = analyzers.find((a) => a.id === guide.id)!;
  const own = lexicons.forDevice(guide.id).sort((a, b) => (a.lexicon < b.lexicon ? -1 : a.lexicon > b.lexicon ? 1 : 0));
  const rules: RuleExplanation[] = [];
  const checked = emptyChecks();
  for (const lex of own) {
    for (const entry of lex.entries) {
      rules.push(entryRule(entry, lex));
      if (options.verify !== false) checkEntryExamples(entry, guide.id, options.lexicons, checked);
    }
  }
  const { examples, nearMisses, mismatches } = checked;
  // Rules described in a data file (not one lexicon entry each): their ids and notes, as their findings carry them.
  const ruleFiles = lexicons.ruleNotes(guide.id);
  for (const file of ruleFiles) for (const r of file.rules) rules.push(dataFileRule(r, file.lexicon));
  // A learned model is one rule: its findings carry the model's name, and its features with their weights say what it weighs.
  const models = learnedModelsFor(lexicons, guide.id);
  for (const model of models) rules.push(modelRule(model));
  return {
    ...guide,
    score: analyzer.score,
    lexicons: [
      ...own.map((l) => ({ name: l.lexicon, kind: l.kind, description: l.description, entries: l.entries.length, ...(l.source ? { source: l.source } : {}) })),
      ...ruleFiles.map((f) => ({ name: f.lexicon, kind: 'rules', description: f.description, entries: f.rules.length })),
      ...models.map((m) => ({ name: m.rule, kind: 'learned model', description: m.description, entries: 1, ...(m.source ? { source: m.source } : {}) })),
    ],
    rules,
    examples,
    nearMisses,
    mismatches,
  };
}

/** A learned model as one rule: its findings carry the model's name, and its features with their weights say what it weighs. */
function modelRule(model: ReturnType<typeof learnedModelsFor>[number]): RuleExplanation {
  const weighed = weighedFeatures(model).map((f) => `${f.description} (${f.weight > 0 ? '+' : ''}${f.weight})`).join('; ');
  return {
    id: model.rule,
    lexicon: model.rule,
    kind: 'learned model',
    note: `${model.description} ${flaggingRule(model)} Features and their weights: ${weighed}.`,
    ...(model.source ? { source: model.source } : {}),
  };
}

/** One rule explained on its own, as `rhetoric explain <rule-id>` prints it: its device, what it is, its examples checked now. */
export interface SingleRuleExplanation {
  /** The device whose findings carry the rule id. */
  device: string;
  deviceTitle: string;
  /** The id as asked for (as a finding carries it: "sentiment-override-tyranny" for the entry "tyranny"). */
  asked: string;
  rule: RuleExplanation;
  /** Listed examples the toolkit does catch, listed near misses it does not flag, and those that behave otherwise (checked now). */
  examples: CheckedExample[];
  nearMisses: CheckedExample[];
  mismatches: CheckedMismatch[];
}

/**
 * The rule a finding names ("us-them-contrast", "analogy-like", "sentiment-override-tyranny"), explained on its own: the
 * device it belongs to, its note and forms, and its listed examples and near misses run through the analyzer now. A rule
 * the analyzer's code makes with no lexicon entry of its own ("sentiment-afinn") comes back with kind `code` and a note
 * that says so; `undefined` when no device has a rule of that id.
 */
export function explainRule(id: string, options: Omit<ExplainOptions, 'device'> = {}): SingleRuleExplanation | undefined {
  if (typeof id !== 'string') throw new UsageError(`explainRule() takes a rule id as a string, not ${shownValue(id)}`);
  checkOptionsObject(options, 'explainRule');
  checkFlag(options.verify, 'explainRule', 'verify');
  const lexicons = loadLexicons(options.lexicons);
  const guides = deviceGuides(lexicons);
  for (const a of analyzers) {
    const title = guides.find((g) => g.id === a.id)?.title ?? a.title;
    const made = new Set(a.ruleIds?.(lexicons) ?? []);
    for (const lex of lexicons.forDevice(a.id)) {
      // A finding carries an entry's id, or (for sentiment ratings) the id with the kind of rating before it.
      const entry = lex.entries.find((e) => e.id === id || (made.has(id) && id.endsWith(`-${e.id}`)));
      if (!entry) continue;
      const checked = emptyChecks();
      if (options.verify !== false) checkEntryExamples(entry, a.id, options.lexicons, checked, id);
      return { device: a.id, deviceTitle: title, asked: id, rule: entryRule(entry, lex), ...checked };
    }
    const none = emptyChecks();
    for (const file of lexicons.ruleNotes(a.id)) {
      const r = file.rules.find((x) => x.id === id);
      if (r) return { device: a.id, deviceTitle: title, asked: id, rule: dataFileRule(r, file.lexicon), ...none };
    }
    const model = learnedModelsFor(lexicons, a.id).find((m) => m.rule === id);
    if (model) return { device: a.id, deviceTitle: title, asked: id, rule: modelRule(model), ...none };
    // A rule the analyzer's code makes ("sentiment-afinn", "them-disparaged-group"): no entry of its own, so say where its findings come from.
    if (made.has(id)) {
      const read = lexicons.forDevice(a.id).map((l) => `lexicons/${l.lexicon}.json`).join(', ');
      const note = `A rule the ${title.toLowerCase()} analyzer applies in its code, with no lexicon entry of its own: each of its findings carries its own explanation. The analyzer reads ${read || 'no lexicon'}; "rhetoric explain ${a.id}" explains the device.`;
      return { device: a.id, deviceTitle: title, asked: id, rule: { id, lexicon: '', kind: 'code', note }, ...none };
    }
  }
  return undefined;
}

/** One rule as plain text for a terminal: where it comes from, what it finds, and its examples checked now. */
export function renderRuleExplanationText(r: SingleRuleExplanation): string {
  const got = wrongShape(r, { device: 'string', deviceTitle: 'string', asked: 'string', rule: 'object', examples: 'list', nearMisses: 'list', mismatches: 'list' });
  if (got !== undefined) throw new UsageError(`renderRuleExplanationText() takes a rule explanation as explainRule() returns it (device, asked, rule, examples, …), not ${got}`);
  const rule = wrongShape(r.rule, { id: 'string', kind: 'string', note: 'string' });
  if (rule !== undefined) throw new UsageError(`renderRuleExplanationText(): the explanation's rule must be a rule (with id, kind and note), not ${rule}`);
  const out: string[] = [`${r.asked} (a rule of ${r.deviceTitle}, ${r.device})`, '='.repeat(r.asked.length + r.deviceTitle.length + r.device.length + 16), ''];
  const file = typeof r.rule.file === 'string' ? `${r.rule.file}, a --lexicons file adding to lexicon "${r.rule.lexicon}"` : `lexicons/${r.rule.lexicon}.json`;
  const from = r.rule.kind === 'learned model' ? 'a learned model' : r.rule.kind === 'code' ? "the analyzer's code" : `${file} (${r.rule.kind}${r.rule.id !== r.asked ? `, entry "${r.rule.id}"` : ''})`;
  out.push(wrap(`From: ${from}`), '');
  out.push(wrap(r.rule.note), '');
  if (r.rule.detail !== undefined) out.push(wrap(`How it decides: ${r.rule.detail}`), '');
  // A pattern is shown only when short enough to read; --format json always carries it.
  const pattern = r.rule.kind === 'patterns' ? r.rule.forms?.[0] : undefined;
  if (pattern !== undefined) out.push(pattern.length <= PATTERN_SHOWN ? wrap(`Pattern: ${pattern}`, '', '  ') : `Pattern: ${pattern.length} characters (--format json shows it)`, '');
  else if (r.rule.forms?.length) out.push(wrap(`Forms: ${r.rule.forms.join(', ')}`, '', '  '), '');
  if (r.examples.length) out.push('Caught (checked by running the analyzer now):', ...r.examples.map((e) => wrap(`+ "${oneLine(e.text)}" → ${e.firedRules.join(', ')}: "${e.quotes.map(oneLine).join('", "')}"`, '  ', '      ')), '');
  // A near miss of this rule that another rule flags says so: the text is not free of the device.
  const instead = (e: CheckedExample): string => {
    const others = (e.flaggedBy ?? []).filter((rule) => rule !== r.asked);
    return others.length > 0 ? ` (flagged by ${others.join(', ')} instead)` : '';
  };
  if (r.nearMisses.length) out.push('Near misses it does not flag (checked now):', ...r.nearMisses.map((e) => wrap(`- "${oneLine(e.text)}"${instead(e)}`, '  ', '      ')), '');
  if (r.mismatches.length) out.push(`(${r.mismatches.length} listed example${r.mismatches.length === 1 ? '' : 's'} did not behave as the entry claims; see --format json.)`, '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** A rule a data file describes (lexicons/us-them-rules.json and the like): its id, note and detail. */
function dataFileRule(r: { id: string; note: string; detail?: string }, lexicon: string): RuleExplanation {
  return { id: r.id, lexicon, kind: 'rule', note: r.note, ...(r.detail !== undefined ? { detail: r.detail } : {}) };
}

/** A lexicon entry as a rule: its id, lexicon, kind and note, with its source, strength and forms where it has them. */
function entryRule(entry: { id: string; note: string }, lex: { lexicon: string; kind: string; entryFiles?: Readonly<Record<string, string>> }): RuleExplanation {
  const e = entry as Record<string, unknown>;
  const file = lex.entryFiles && Object.hasOwn(lex.entryFiles, entry.id) ? lex.entryFiles[entry.id] : undefined;
  return {
    id: entry.id,
    lexicon: lex.lexicon,
    kind: lex.kind,
    note: entry.note,
    ...(file !== undefined ? { file } : {}),
    ...(typeof e.detail === 'string' ? { detail: e.detail } : {}),
    ...(typeof e.source === 'string' ? { source: e.source } : {}),
    ...(typeof e.strength === 'number' ? { strength: e.strength } : {}),
    ...formsOf(e),
  };
}

/** Listed examples caught, near misses not flagged, and those that behave otherwise. */
interface ExampleChecks {
  examples: CheckedExample[];
  nearMisses: CheckedExample[];
  mismatches: CheckedMismatch[];
}

function emptyChecks(): ExampleChecks {
  return { examples: [], nearMisses: [], mismatches: [] };
}

/**
 * Runs an entry's `examples` and `counterExamples` through the device's analyzer now, sorting each into `into`. An
 * example behaves as claimed when a rule of the device fires on it. A near miss behaves as claimed when nothing flags it:
 * in a device's view, no scored finding of the device; in one rule's view (`rule`, the id its findings carry), no scored
 * finding of that rule, which another rule may still flag (the text view says which). An entry whose examples fire only
 * under other rules' ids (a word list behind them) has its near misses judged by the device. Findings that are listed but
 * not scored (an in-group label such as "our side") flag nothing, as the lexicon tests read them.
 */
function checkEntryExamples(entry: { id: string }, device: string, extraLexicons: readonly string[] | undefined, into: ExampleChecks, rule?: string): void {
  const e = entry as Record<string, unknown>;
  const examples = stringList(e.examples).map((text) => check(text, entry.id, device, extraLexicons));
  for (const c of examples) {
    if (c.firedRules.length > 0) into.examples.push(c);
    else into.mismatches.push({ ...c, claimed: 'caught' });
  }
  const own = rule !== undefined && examples.some((c) => c.firedRules.includes(rule)) ? rule : undefined;
  for (const text of stringList(e.counterExamples)) {
    const c = check(text, entry.id, device, extraLexicons);
    const flagged = own !== undefined ? c.flaggedBy.includes(own) : c.flaggedBy.length > 0;
    if (!flagged) into.nearMisses.push(c);
    else into.mismatches.push({ ...c, claimed: 'not caught' });
  }
}

/** A caller's optional true-or-false option, checked: "yes" or 1 is named, not read as true. */
function checkFlag(value: unknown, fn: string, name: string): void {
  if (value !== undefined && typeof value !== 'boolean') throw new UsageError(`${fn}(): ${name} must be true or false, not ${shownValue(value)}`);
}

function formsOf(e: Record<string, unknown>): { forms?: string[] } {
  if (Array.isArray(e.terms)) return { forms: stringList(e.terms) };
  if (typeof e.pattern === 'string') return { forms: [e.pattern] };
  if (typeof e.term === 'string') return { forms: [e.term] };
  if (Array.isArray(e.words)) return { forms: stringList(e.words) };
  return {};
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Runs one example through the whole pipeline, as prose (Markdown mode, so a short line is not taken for a heading). */
function check(text: string, listedBy: string, device: string, extraLexicons: readonly string[] | undefined): CheckedExample & { flaggedBy: string[] } {
  const result = analyze(text, { devices: [device], format: 'markdown', lexicons: extraLexicons, name: 'example' });
  const found = result.findings.filter((f) => f.device === device);
  return {
    text,
    listedBy,
    firedRules: [...new Set(found.map((f) => f.rule))],
    flaggedBy: [...new Set(found.filter((f) => f.scored).map((f) => f.rule))],
    quotes: [...new Set(found.map((f) => f.quote))],
  };
}

/** The longest pattern the text view of one rule prints in full. */
const PATTERN_SHOWN = 300;

/** A JavaScript caller's explanations, checked: a list of what explainDevices() returns, each with the lists the views read. */
function checkExplanations(list: unknown, fn: string): asserts list is readonly DeviceExplanation[] {
  const shape = 'a list of device explanations as explainDevices() returns it';
  if (!Array.isArray(list)) throw new UsageError(`${fn}() takes ${shape}, not ${shownValue(list)}`);
  list.forEach((d: unknown, i) => {
    const fields = { id: 'string', title: 'string', score: 'object', rules: 'list', lexicons: 'list', examples: 'list', nearMisses: 'list', mismatches: 'list', limits: 'list' } as const;
    if (wrongShape(d, fields) !== undefined) {
      throw new UsageError(`${fn}(): list[${i}] must be a device explanation as explainDevices() returns it (id, title, score, rules, examples, …), not ${shownValue(d)}`);
    }
  });
}

/** How many rules of a long list the text view prints before it summarizes the rest. */
const RULES_SHOWN = 25;

/** The explanations as plain text for a terminal (or a pipe). `all` prints every rule of long lists. */
export function renderExplanationText(list: readonly DeviceExplanation[], options: { all?: boolean } = {}): string {
  checkExplanations(list, 'renderExplanationText');
  checkOptionsObject(options, 'renderExplanationText');
  checkFlag(options.all, 'renderExplanationText', 'all');
  const out: string[] = [];
  for (const d of list) {
    out.push(`${d.title} (${d.id})`, '='.repeat(d.title.length + d.id.length + 3), '');
    out.push(wrap(d.definition), '');
    if (d.spotIt) out.push('How to spot it yourself:', wrap(d.spotIt, '  '), '');
    out.push(wrap(`Score: ${d.score.label}. ${d.score.definition}`), '');
    out.push(wrap(`Rules (${d.rules.length}, from ${d.lexicons.length} lexicon${d.lexicons.length === 1 ? '' : 's'}${d.lexicons.length ? `: ${d.lexicons.map((l) => `lexicons/${l.name}.json`).join(', ')}` : ''}):`, '', '  '));
    if (d.rules.length === 0) out.push('  (no lexicon rules yet: findings of this device come from the analyzer\'s code only)');
    for (const lex of d.lexicons) {
      const rules = d.rules.filter((r) => r.lexicon === lex.name);
      out.push(wrap(`${lex.name} (${lex.kind}, ${lex.entries} entries): ${lex.description}`, '  ', '    '));
      const shown = options.all ? rules : rules.slice(0, RULES_SHOWN);
      for (const r of shown) {
        const forms = r.forms && r.kind !== 'patterns' ? ` [${r.forms.slice(0, 4).join(', ')}${r.forms.length > 4 ? ', …' : ''}]` : '';
        out.push(wrap(`- ${r.id}${forms}: ${r.note}`, '    ', '      '));
      }
      if (shown.length < rules.length) out.push(`    … and ${rules.length - shown.length} more (rhetoric explain ${d.id} --all)`);
    }
    out.push('');
    const listed = (claimed: 'caught' | 'not caught', shown: number) => shown + d.mismatches.filter((m) => m.claimed === claimed).length;
    out.push('Caught (checked by running the analyzer now):');
    if (d.examples.length === 0) out.push(listed('caught', 0) === 0 ? '  (no examples are listed in these lexicons)' : '  (none of the listed examples is caught yet)');
    for (const e of d.examples) out.push(wrap(`+ "${oneLine(e.text)}" → ${e.firedRules.join(', ')}: "${e.quotes.map(oneLine).join('", "')}"`, '  ', '      '));
    out.push('', 'Near misses it does not flag (checked now):');
    if (d.nearMisses.length === 0) out.push(listed('not caught', 0) === 0 ? '  (no near misses are listed in these lexicons)' : '  (every listed near miss is flagged)');
    for (const e of d.nearMisses) out.push(wrap(`- "${oneLine(e.text)}" (a near miss of ${e.listedBy})`, '  ', '      '));
    if (d.mismatches.length) out.push('', `(${d.mismatches.length} listed example${d.mismatches.length === 1 ? '' : 's'} did not behave as their entry claims and ${d.mismatches.length === 1 ? 'is' : 'are'} left out; see --format json.)`);
    out.push('', 'Known limits:');
    if (d.limits.length === 0) out.push('  (none recorded)');
    for (const l of d.limits) out.push(wrap(`- ${l}`, '  ', '    '));
    out.push('', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** An example of several lines or paragraphs on one line: " / " for a line break, " ¶ " between paragraphs. */
function oneLine(text: string): string {
  return text
    .trim()
    .split(/\r?\n[ \t]*\r?\n\s*/)
    .map((para) => para.split(/[ \t]*\r?\n[ \t]*/).join(' / '))
    .join(' ¶ ');
}

/** Wraps prose at 96 columns: `indent` before the first line, `hanging` before the others. */
function wrap(text: string, indent = '', hanging = indent, width = 96): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const lead = lines.length === 0 ? indent : hanging;
    if (line && lead.length + line.length + 1 + word.length > width) {
      lines.push(lead + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push((lines.length === 0 ? indent : hanging) + line);
  return lines.join('\n');
}
