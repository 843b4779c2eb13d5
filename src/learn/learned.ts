// A learned second opinion for an analyzer: a logistic model over named sentence features, read from a lexicon data
// file, that flags sentences the analyzer's rules missed and says which features carried the decision.

import type { AnalysisContext, Analyzer, RawFinding } from '../analyzers/types.js';
import type { LexiconSet } from '../lexicon/load.js';
import { Tagger } from '../nlp/tagger.js';
import type { Document, Sentence } from '../text/model.js';
import { InputError } from '../util/errors.js';
import { contributionsOf, parseLogisticModel, probabilityOf, type Features, type LogisticModel } from './logistic.js';

/**
 * A lexicon data file holding a model (`lexicons/<name>.json`, kind "data"): the model, what each feature means in
 * words a student can read, and the lead of every finding's explanation.
 */
export interface LearnedModelFile {
  lexicon: string;
  kind: 'data';
  device: string;
  description: string;
  /** How the model was trained: the script, the labelled sets and the cross-validated figures. */
  source: string;
  /** The start of each finding's explanation ("possible historical analogy, weighed from cues learned from annotated speeches"). */
  explanation: string;
  /** Each feature id and what it says about a sentence ("tells what \"we\" did in the past"). */
  features: Record<string, string>;
  /**
   * Features of the sentence itself, one of which a sentence must hold for the model to flag it, so that neighbours and
   * the paragraph alone never make a finding. Absent: any sentence may be flagged.
   */
  requires?: string[];
  /** Features that keep the model from flagging a sentence that holds one (a quotation, an authority cited). */
  excludes?: string[];
  model: LogisticModel;
}

/** A checked model with its feature descriptions; the rule id of its findings is the file's name. */
export interface LearnedModel {
  readonly rule: string;
  readonly explanation: string;
  /** What the model is, for `rhetoric explain` and the README (the file's description). */
  readonly description: string;
  /** How it was trained (the file's source), when the file says. */
  readonly source?: string;
  readonly descriptions: Readonly<Record<string, string>>;
  /** Features one of which a sentence must hold to be flagged (the file's `requires`); empty: no such condition. */
  readonly requires: readonly string[];
  /** Features that keep a sentence from being flagged (the file's `excludes`). */
  readonly excludes: readonly string[];
  readonly model: LogisticModel;
}

/** The model of lexicon data file `name`, checked once per lexicon set; undefined when there is no such file. */
export function learnedModel(lexicons: LexiconSet, name: string): LearnedModel | undefined {
  return lexicons.derived(`learned:${name}`, () => {
    const raw = lexicons.data.get(name) as Partial<LearnedModelFile> | undefined;
    if (raw === undefined) return undefined;
    const where = `lexicon ${name}`;
    // A file the build checked (scripts/check-lexicons.ts) is not checked again: a normal run never loads zod.
    const model = lexicons.checked.has(name) ? (raw.model as LogisticModel) : parseLogisticModel(raw.model, where);
    const descriptions = raw.features ?? {};
    const undescribed = Object.keys(model.weights).find((f) => typeof descriptions[f] !== 'string');
    if (undescribed) throw new InputError(`${where}: feature "${undescribed}" has a weight but no description in "features"`);
    if (typeof raw.explanation !== 'string' || raw.explanation === '') throw new InputError(`${where}: "explanation" is missing`);
    const featureList = (key: 'requires' | 'excludes'): string[] => {
      const list: unknown = raw[key] ?? [];
      if (!Array.isArray(list)) throw new InputError(`${where}: "${key}" must be a list of feature ids`);
      const unknown = list.find((f) => typeof f !== 'string' || typeof descriptions[f] !== 'string');
      if (unknown !== undefined) throw new InputError(`${where}: "${key}" names "${String(unknown)}", which has no description in "features"`);
      return list as string[];
    };
    const requires = featureList('requires');
    const excludes = featureList('excludes');
    return {
      rule: name,
      explanation: raw.explanation,
      description: typeof raw.description === 'string' ? raw.description : '',
      ...(typeof raw.source === 'string' ? { source: raw.source } : {}),
      descriptions,
      requires,
      excludes,
      model,
    };
  });
}

/** How many of the features that raise the odds most an explanation names. */
const FEATURES_EXPLAINED = 3;

/**
 * Findings for the sentences a model flags: each sentence (with its features, in the same order) whose probability is
 * at or above the model's threshold and that holds none of the rules' scored findings (`ruleFindings`, the analyzer's
 * own for these sentences). The finding spans the sentence; its explanation names the features that raised the odds most.
 */
export function learnedFindings(
  learned: LearnedModel,
  sentences: readonly Sentence[],
  features: readonly Features[],
  ruleFindings: readonly RawFinding[],
): RawFinding[] {
  const flagged = new Set(ruleFindings.filter((f) => f.scored !== false).map((f) => f.sentence));
  const out: RawFinding[] = [];
  sentences.forEach((sentence, i) => {
    if (flagged.has(sentence.index)) return;
    if (!mayFlag(learned, features[i])) return;
    const p = probabilityOf(learned.model, features[i]);
    if (p < learned.model.threshold) return;
    const reasons = contributionsOf(learned.model, features[i])
      .filter((c) => c.contribution > 0)
      .slice(0, FEATURES_EXPLAINED)
      .map((c) => learned.descriptions[c.feature]);
    out.push({
      start: sentence.start,
      end: sentence.end,
      sentence: sentence.index,
      rule: learned.rule,
      strength: Math.round(p * 100) / 100,
      explanation: `${learned.explanation} (${Math.round(p * 100)}% likely): ${reasons.join('; ')}.`,
    });
  });
  return out;
}

/** Whether a model may flag a sentence with these features: it holds one the model requires (if any) and none it excludes. */
export function mayFlag(learned: Pick<LearnedModel, 'requires' | 'excludes'>, features: Features): boolean {
  const holds = (f: string): boolean => (features[f] ?? 0) > 0;
  return (learned.requires.length === 0 || learned.requires.some(holds)) && !learned.excludes.some(holds);
}

/** The learned models of the lexicon data files that serve `device`, checked, by file name. */
export function learnedModelsFor(lexicons: LexiconSet, device: string): LearnedModel[] {
  const names: string[] = [];
  for (const [name, raw] of lexicons.data) {
    const file = raw as Partial<LearnedModelFile> | undefined;
    if (file && typeof file === 'object' && file.device === device && file.model !== undefined) names.push(name);
  }
  return names.sort().map((name) => learnedModel(lexicons, name)!);
}

/** A model's features with their descriptions and weights, those that raise the odds most first (ties by id). */
export function weighedFeatures(learned: LearnedModel): { id: string; description: string; weight: number }[] {
  return Object.entries(learned.model.weights)
    .map(([id, weight]) => ({ id, description: learned.descriptions[id], weight }))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
}

/** When a model flags a sentence, in one sentence a reader can follow. */
export function flaggingRule(learned: LearnedModel): string {
  const likely = `when its features, weighed, make it at least ${Math.round(learned.model.threshold * 100)}% likely`;
  const conditions = [
    ...(learned.requires.length > 0 ? [`the sentence itself holds one of: ${learned.requires.map((f) => learned.descriptions[f]).join('; ')}`] : []),
    ...(learned.excludes.length > 0 ? [`it is none of: ${learned.excludes.map((f) => learned.descriptions[f]).join('; ')}`] : []),
  ];
  return `It flags a sentence the rules missed ${likely}${conditions.map((c) => `, and ${c}`).join('')}.`;
}

/**
 * What an analyzer's learned model is trained on: each sentence's features (by sentence index) and the rules' scored
 * findings (without the model's own), from one run of the analyzer over a parsed document.
 */
export function trainingEvidence(analyzer: Analyzer, document: Document, lexicons: LexiconSet, learnedRule: string): { features: Features[]; ruleFindings: RawFinding[] } {
  if (!analyzer.sentenceFeatures) throw new Error(`the ${analyzer.id} analyzer has no sentenceFeatures`);
  const context: AnalysisContext = { document, lexicons, tagger: new Tagger() };
  const state = analyzer.prepare?.(context);
  const features: Features[] = [];
  const ruleFindings: RawFinding[] = [];
  for (const section of document.sections) {
    analyzer.sentenceFeatures(section, context, state).forEach((f, i) => (features[section.sentences[i].index] = f));
    ruleFindings.push(...analyzer.analyzeSection(section, context, state).findings.filter((f) => f.rule !== learnedRule && f.scored !== false));
  }
  return { features, ruleFindings };
}
