// How to read a report, in words shared by the Markdown and HTML reports: what strength and value mean, why densities, and the limits.

import type { ScoreDefinition } from '../analyzers/types.js';
import type { DeviceInfo } from '../result.js';
import { fixed } from './charts/kit.js';

/** What a finding's strength (and a loaded word's value) means, for a reader of any report. */
export const STRENGTH_NOTE =
  'Each finding has a strength from 0 to 1: how strongly its rule’s cue signals the device. A direct, unmistakable form (a command such as “Join us”, a rally-cry formula such as “Down with …!”) has strength 1; a weaker or more ambiguous cue (a statement of obligation, a mildly loaded word) less. ' +
  'For loaded wording, the value is the word’s rating from −5 (very negative) to +5 (very positive) after negation and intensifiers, and its strength is that rating’s size divided by 5; for the tone of the framing, the strength is how far the framing moves the sentence’s sentiment (on its scale from −1 to +1). ' +
  'Strength describes the cue, not how persuasive or how true the sentence is.';

/** Why the scores are densities and shares, and how to compare them. */
export const DENSITY_NOTE =
  'Densities (per 1,000 words, or shares of sentences) let you compare sections and texts of different lengths. ' +
  'A short section with one finding can still get a high density, so read each score together with its section’s word count. ' +
  'The charts shade each device on its own scale, fitted to this text: compare sections within a device, not one device with another.';

/** What the toolkit cannot see, for every device; each device adds its own limits (lexicons/devices.json). */
export const LIMITATIONS = [
  'Every finding comes from a rule or a word list: the tool finds textual cues, it does not understand the text. It misses devices phrased in ways its rules do not know, and it flags some sentences that only look like one.',
  'Scores are counts and densities, not judgments of the text’s truth, intent, quality or effect on an audience.',
  'Sentiment is read from word lists (AFINN-165 with a political-register override list): irony, sarcasm, quoted opponents and negation across clauses can be misread.',
  'The rules are written for English. Texts in other languages, or translated texts, give weaker results.',
  'Who counts as “us” and “them” comes from pronouns, group words and labels; a text that names its groups in other ways is under-counted.',
  'Section scores of very short sections rest on few sentences and swing widely.',
];

/** What a score means, for the reports' explanation of their scores: its plain words first, where it has them, then its full definition. */
export function scoreMeaning(score: ScoreDefinition): string {
  return score.plain ? `${score.plain} Precisely: ${score.definition}` : score.definition;
}

/** A score's range in words ("from 0 up", "from -1 to 1"). */
export function rangeText(d: DeviceInfo): string {
  return d.score.max === null ? `from ${fixed(d.score.min, 0)} up` : `from ${fixed(d.score.min, 0)} to ${fixed(d.score.max, 0)}`;
}
