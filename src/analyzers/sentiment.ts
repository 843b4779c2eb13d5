// Sentiment: the valence of the language, sentence by sentence, from AFINN-165 words, our overrides and phrases, with modifiers.

import { explainHit, fillTemplate, formatValence, normalizeValence, scoreTokens, sentimentModel, type FramingShift, type ValenceHit } from './sentiment-model.js';
import { tagsAtOffset } from '../nlp/tagger.js';
import type { Sentence } from '../text/model.js';
import type { AnalysisContext, Analyzer, DeviceId, Finding, RawFinding } from './types.js';

/** The rule of a sentence-final "!" in a sentence with no loaded word (lexicons/sentiment-settings.json `exclamation.unloaded`). */
export const EXCLAMATION_RULE = 'sentiment-exclamation';

/** The devices whose findings move a sentence's sentiment (lexicons/sentiment-settings.json `framing`). */
const FRAMING_DEVICES = ['us_them', 'call_to_action'] as const satisfies readonly DeviceId[];

/** For each framing device with a shift, the first scored finding of each sentence that has one. */
type FramingState = { shift: FramingShift; bySentence: Map<number, Finding> }[];

/** Rule id of a hit: where its rating comes from, or `sentiment-negated` (`sentiment-shifted`) when a negator (a shifter) reversed it. */
export function ruleOf(hit: ValenceHit): string {
  const negator = hit.modifiers.find((m) => m.role === 'negator');
  if (negator) return negator.template ? `sentiment-${negator.template}` : 'sentiment-negated';
  if (hit.rating.source === 'override') return overrideRule(hit.rating.id!);
  if (hit.rating.source === 'phrase') return phraseRule(hit.rating.id!);
  if (hit.rating.source === 'emoticon') return emoticonRule(hit.rating.id!);
  if (hit.rating.source === 'emoji') return EMOJI_RULE;
  return 'sentiment-afinn';
}

/** The rule id of an entry of lexicons/sentiment-political.json, and of lexicons/sentiment-phrases.json. */
const overrideRule = (id: string): string => `sentiment-override-${id}`;
const phraseRule = (id: string): string => `sentiment-phrase-${id}`;
/** The rule id of an entry of lexicons/sentiment-emoticons.json, and the one rule of every rated emoji. */
const emoticonRule = (id: string): string => `sentiment-emoticon-${id}`;
const EMOJI_RULE = 'sentiment-emoji';

export const sentiment: Analyzer<FramingState> = {
  id: 'sentiment',
  reads: FRAMING_DEVICES,
  title: 'Sentiment',
  description: 'The emotional valence of the language, as a reader feels it, not whether the author approves of what is described.',
  score: {
    label: 'mean sentence sentiment',
    plain:
      'In plain words: sentiment runs from −1 (very negative language) through 0 (neutral, or as much positive as negative) ' +
      'to +1 (very positive language). It is worked out from words and phrases that carry a rating, such as “disaster” ' +
      '(negative) or “hope” (positive), and each of them is a finding you can see and check in the text. ' +
      'It tells you the tone of the language, not whether the author is right.',
    definition:
      'Each sentence gets s / √(s² + 80) on a −1…+1 scale (0 neutral; one word rated ±3 alone gives about ±0.3, three such words ±0.7). ' +
      's sums the AFINN-165 ratings (−5…+5) of the loaded words and phrases, after negation, intensifiers, downtoners, ' +
      'contrast ("but"), concessive clauses ("despite …", "although …", which count 0.3) and a sentence-final "!" (which gives a sentence with no loaded word +1), with negative words weighted 1.3, scaled by √(10 / words) in sentences of more than 10 words ' +
      '(so that length alone does not push a sentence to the extremes); since annotators read in context, it adds ' +
      '0.3 × the mean of the neighbouring sentences in the paragraph and the section mean. A sentence that sets an adversary against "us" ' +
      '(an us/them finding) then reads 0.1 more negative and one that calls the audience to act 0.1 more positive, since readers feel both ' +
      'even in plain words (settings in lexicons/sentiment-settings.json). ' +
      'The section score is the mean sentence value; beside it, the counts of sentences whose own loaded words lean positive or negative ' +
      '(positiveSentences, negativeSentences, and the sums of their valences), from which the shares follow.',
    min: -1,
    max: 1,
    digits: 2,
  },
  ruleIds(lexicons) {
    // What ruleOf and the framing shifts name: the source of a rating, or the template of the modifier that reversed it.
    const settings = sentimentModel(lexicons).settings;
    const ids = ['sentiment-afinn', 'sentiment-negated', EXCLAMATION_RULE, EMOJI_RULE];
    for (const e of lexicons.get('sentiment-modifiers', 'modifiers').entries as { template?: unknown }[]) if (typeof e.template === 'string') ids.push(`sentiment-${e.template}`);
    for (const e of lexicons.get('sentiment-political', 'ratings').entries) ids.push(overrideRule(e.id));
    for (const e of lexicons.get('sentiment-phrases', 'ratings').entries) ids.push(phraseRule(e.id));
    for (const e of lexicons.get('sentiment-emoticons', 'ratings').entries) ids.push(emoticonRule(e.id));
    for (const device of FRAMING_DEVICES) if (settings.framing?.[device]) ids.push(settings.framing[device]!.rule);
    return ids;
  },
  prepare: framingOf,
  analyzeSection(section, context, framing) {
    const model = sentimentModel(context.lexicons);
    const text = context.document.text;
    const findings: RawFinding[] = [];
    const sums: number[] = [];
    const unloaded = model.settings.exclamation.unloaded ?? 0;
    const counts = context.counts;
    for (const sentence of section.sentences) {
      // A rating whose finding a rule option or directive drops is left out of the sentence's value too.
      const lastBang = text.lastIndexOf('!', sentence.end - 1);
      const filter = counts && {
        hit: (hit: ValenceHit) => counts('sentiment', ruleOf(hit), hit),
        exclamation: lastBang < sentence.start || counts('sentiment', EXCLAMATION_RULE, { start: lastBang, end: lastBang + 1 }),
      };
      const scored = scoreTokens(model, sentence.tokens, text, tagsAtOffset(() => context.tagger.terms(sentence)), filter);
      sums.push(scored.sum);
      // "Onward!": an exclamation with no loaded word counts as a mildly positive word (scoreTokens), shown at its "!".
      const bang = unloaded !== 0 && scored.exclamationMarks > 0 && scored.counted === 0 ? lastBang : -1;
      if (bang >= sentence.start) {
        findings.push({
          start: bang,
          end: bang + 1,
          rule: EXCLAMATION_RULE,
          strength: Math.min(1, Math.abs(unloaded) / 5),
          explanation: fillTemplate(model.settings.templates.exclamation ?? '', { value: formatValence(unloaded) }),
          sentence: sentence.index,
          category: 'exclamation',
          label: 'a "!" with no loaded word',
        });
      }
      for (const hit of scored.hits) {
        if (hit.value === 0) continue;
        findings.push({
          start: hit.start,
          end: hit.end,
          rule: ruleOf(hit),
          strength: Math.min(1, Math.abs(hit.value) / 5),
          explanation: explainHit(model, hit),
          sentence: sentence.index,
          category: hit.value > 0 ? 'positive' : 'negative',
          label: labelOf(hit, text),
          value: Math.round(hit.value * 1000) / 1000,
          ...(hit.rating.source === 'emoticon' ? { exact: true } : {}),
        });
      }
    }
    const sentenceValues = inContext(section.sentences, sums, model.settings.context?.weight ?? 0, model.settings.context?.sectionWeight ?? 0).map((sum) =>
      normalizeValence(sum, model.settings.normalization.alpha),
    );
    section.sentences.forEach((sentence, i) => {
      for (const { shift, bySentence } of framing ?? []) {
        const by = bySentence.get(sentence.index);
        if (!by || (context.counts && !context.counts('sentiment', shift.rule, by))) continue;
        sentenceValues[i] = Math.max(-1, Math.min(1, sentenceValues[i] + shift.shift));
        findings.push({
          start: by.start,
          end: by.end,
          rule: shift.rule,
          strength: Math.min(1, Math.abs(shift.shift)),
          explanation: fillTemplate(shift.explanation, { rule: by.rule, amount: String(Math.abs(shift.shift)) }),
          sentence: sentence.index,
          category: 'framing',
          label: shift.label,
        });
      }
    });
    return { findings, sentenceValues };
  },
  measure: (findings, _sentences, values) => {
    // Positive and negative sentences are counted by the balance of their own loaded words, not by the context they take on.
    const balance = new Map<number, number>();
    for (const f of findings) if (f.value !== undefined) balance.set(f.sentence, (balance.get(f.sentence) ?? 0) + f.value);
    let valueSum = 0;
    let positiveSentences = 0;
    let negativeSentences = 0;
    let positiveSum = 0;
    let negativeSum = 0;
    for (const v of values) valueSum += v;
    for (const b of balance.values()) {
      if (b > 0) {
        positiveSentences++;
        positiveSum += b;
      } else if (b < 0) {
        negativeSentences++;
        negativeSum += b;
      }
    }
    return { valueSum, positiveSentences, negativeSentences, positiveSum, negativeSum };
  },
  scoreOf: (m) => (m.sentences > 0 ? m.valueSum / m.sentences : 0),
};


/** Each sentence's sum plus `weight` times the mean sum of its neighbours in the same paragraph: annotators read a sentence in context. */
export function inContext(sentences: readonly Sentence[], sums: readonly number[], weight: number, sectionWeight = 0): number[] {
  if (weight === 0 && sectionWeight === 0) return [...sums];
  const sectionMean = sums.length > 0 ? sums.reduce((a, b) => a + b, 0) / sums.length : 0;
  return sums.map((own, i) => {
    const sum = own + sectionWeight * sectionMean;
    let total = 0;
    let n = 0;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= sums.length || sentences[j].paragraph !== sentences[i].paragraph) continue;
      total += sums[j];
      n++;
    }
    return n > 0 ? sum + (weight * total) / n : sum;
  });
}

/** The label a hit is counted under: its words, with the word that turned it around when one did ("not … anger" is positive). */
function labelOf(hit: ValenceHit, text: string): string {
  const words = text.slice(hit.start, hit.end).toLowerCase();
  const turned = hit.modifiers.find((m) => m.role === 'negator');
  return turned ? `${turned.text.toLowerCase()} … ${words}` : words;
}

/** The framing findings each sentence holds, read once per document from the devices sentiment reads. */
function framingOf(context: AnalysisContext): FramingState {
  const settings = sentimentModel(context.lexicons).settings.framing;
  const state: FramingState = [];
  for (const device of FRAMING_DEVICES) {
    const shift = settings?.[device];
    if (!shift || shift.shift === 0) continue;
    const bySentence = new Map<number, Finding>();
    for (const f of context.findingsOf?.(device) ?? []) if (f.scored && !bySentence.has(f.sentence)) bySentence.set(f.sentence, f);
    state.push({ shift, bySentence });
  }
  return state;
}
