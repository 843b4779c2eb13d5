// A learned second opinion for an analyzer: a logistic model over named sentence features, read from a lexicon data
// file, that flags sentences the analyzer's rules missed and says which features carried the decision.

import type { RawFinding } from '../analyzers/types.js';
import type { LexiconSet } from '../lexicon/load.js';
import type { Sentence } from '../text/model.js';
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
  model: LogisticModel;
}

/** A checked model with its feature descriptions; the rule id of its findings is the file's name. */
export interface LearnedModel {
  readonly rule: string;
  readonly explanation: string;
  readonly descriptions: Readonly<Record<string, string>>;
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
    return { rule: name, explanation: raw.explanation, descriptions, model };
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

/** The names of the learned-model data files that serve `device`, sorted. */
export function learnedModelNames(lexicons: LexiconSet, device: string): string[] {
  const names: string[] = [];
  for (const [name, raw] of lexicons.data) {
    const file = raw as Partial<LearnedModelFile> | undefined;
    if (file && typeof file === 'object' && file.device === device && file.model !== undefined) names.push(name);
  }
  return names.sort();
}

/** A model described in words: its description, and its features with their weights, those that raise the odds first. */
export function describeLearnedModel(lexicons: LexiconSet, name: string): { description: string; source?: string; features: { id: string; description: string; weight: number }[]; threshold: number } | undefined {
  const learned = learnedModel(lexicons, name);
  if (!learned) return undefined;
  const raw = lexicons.data.get(name) as Partial<LearnedModelFile>;
  const features = Object.entries(learned.model.weights)
    .map(([id, weight]) => ({ id, description: learned.descriptions[id], weight }))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  return { description: typeof raw.description === 'string' ? raw.description : '', ...(typeof raw.source === 'string' ? { source: raw.source } : {}), features, threshold: learned.model.threshold };
}
