// Reported calls: a demand attributed to someone else ("X said that …", "according to …", "…, the paper said") is not the text's own.

import type { Sentence, Token } from '../../text/model.js';
import { isRomanNumeralI } from '../../text/numerals.js';
import type { Signals } from './signals.js';
import { CLAUSE_BOUNDARY, COORDINATOR, MODAL, SUBJECT_PRONOUN } from './word-classes.js';

/** Words that cannot stand in the speaker of a trailing attribution ("…, we must hold the line" is no attribution). */
const NOT_A_SPEAKER = new Set(['we', 'i', 'you', 'must', 'should', 'will', 'shall', 'would', 'can', 'could', 'may', 'might', 'to', 'not']);

/** Modals and adverbs between a speaker and a verb of saying ("some will say", "we have always said"). */
const REPORT_AUXILIARY = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'have', 'has', 'had', 'also', 'always', 'often', 'now', 'still', 'rightly', 'wrongly', 'even', 'never', 'not', 'again', 'once']);
/** Subjects that open a reported clause without "that" ("they say we must …", "he told us you should …"). */
const REPORTED_SUBJECT = new Set(['we', 'you', 'they', 'he', 'she', 'it', 'us', 'america', 'americans', 'the', 'our', 'this', 'government', 'congress', 'everyone', 'everybody']);

/** Forms of "be" before a participle of saying that make the report passive ("I have been told", "we are told"). */
const PASSIVE_AUXILIARY = new Set(['been', 'being', 'am', 'is', 'are', 'was', 'were', 'be']);

/** The pronouns of the speaker's side or the audience: a report introduced by them is the text's own voice. */
const OWN_VOICE = new Set(['i', 'we', 'you', 'me']);

/**
 * Whether a new main clause starts between token `i` and offset `start`: a semicolon or dash (unless "that" follows, which goes
 * on with the same report: "…; and that we must …"), or a comma with "and", "but", "yet", "so" or "or" and a new subject after it.
 */
function clauseBreakBetween(tokens: readonly Token[], i: number, start: number): boolean {
  for (let k = i + 1; k < tokens.length && tokens[k].start < start; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    const nextNext = tokens[k + 2];
    if ((t.text === ';' || t.text === '—' || t.text === '–' || t.text === '--') && next?.lower !== 'that') return true;
    // "…, or honor": a coordinator inside a list goes on with a noun; a new clause opens with its subject ("…, but we …", "…, and the truth is …").
    if (t.text === ',' && next && MAIN_CLAUSE_COORDINATOR.has(next.lower) && nextNext && CLAUSE_SUBJECT_START.has(nextNext.lower) && next.start < start) return true;
    // "If Congress should think that …, I recommend …": the speaker's "I" after a comma opens the main clause.
    if (t.text === ',' && next?.text === 'I') return true;
  }
  return false;
}
/** Words that open the subject of a new main clause after a coordinator. */
const CLAUSE_SUBJECT_START = new Set(['we', 'i', 'you', 'they', 'he', 'she', 'it', 'there', 'this', 'these', 'those', 'the', 'our', 'my', 'all', 'every', 'each', 'americans', 'america']);
/** Coordinators that join main clauses after a comma. */
const MAIN_CLAUSE_COORDINATOR = new Set(['and', 'but', 'yet', 'so', 'or']);

/** Whether the reporting word at `i` has the speaker's side for its subject, in the active voice ("I say", "we now declare"). */
export function isOwnReport(tokens: readonly Token[], i: number): boolean {
  const before = tokens.slice(0, i).filter((x) => x.kind === 'word');
  let b = before.length - 1;
  while (b > 0 && REPORT_AUXILIARY.has(before[b].lower)) b--;
  return b >= 0 && OWN_VOICE.has(before[b].lower) && !PASSIVE_AUXILIARY.has(before[before.length - 1]?.lower ?? '');
}

/** Whether a demand at `start` is attributed to someone else: "X said that …", "according to …", "…, the paper said." */
export function isReported(sentence: Sentence, start: number, s: Signals): boolean {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to' && isAttribution(tokens.slice(i + 2).filter((x) => x.kind === 'word'))) return true;
    if (!s.reporting.has(t.lower)) continue;
    // A numeral "I" is part of a name, not the speaker ("George I declared that …").
    const before = tokens.slice(0, i).filter((x, k) => x.kind === 'word' && !isRomanNumeralI(tokens, k, s.regnalNames));
    // Capitalized inside the sentence, a reporting word is part of a name: "the United States Government must …".
    if (before.length > 0 && /^\p{Lu}/u.test(t.text)) continue;
    // The speaker of the report, past any modal or adverb: "I would say …", "we have always said …", "we cannot help but believe …".
    let b = before.length - 1;
    while (b > 0 && REPORT_AUXILIARY.has(before[b].lower)) b--;
    const nearestPronoun = before.slice(-4).reverse().find((x) => SUBJECT_PRONOUN.has(x.lower));
    const subject = before[b]?.lower;
    // "I have been told that …", "we are told we must …": a passive report is someone else's voice, whoever hears it.
    const passive = PASSIVE_AUXILIARY.has(before[before.length - 1]?.lower ?? '');
    // The speaker's side reports its own voice, unless it tells a belief it held in the past ("In my youth I believed that …",
    // "We once thought that …"): a conviction of then, not a demand of now.
    const ownVoice = (subject && OWN_VOICE.has(subject)) || (nearestPronoun && OWN_VOICE.has(nearestPronoun.lower));
    if (!passive && ownVoice && !(PAST_BELIEF.has(t.lower) && !before.slice(b + 1).some((x) => STANDING_AUXILIARY.has(x.lower)))) continue;
    if (t.start < start) {
      // "Some have said that we should stay out; but we cannot afford …": a new clause between the report and the demand ends the report.
      if (clauseBreakBetween(tokens, i, start)) continue;
      // A report that introduces the demand: "declares that …", "warned: …", "the critics say we must …".
      const after = tokens[i + 1];
      const afterNext = tokens[i + 2];
      if (after && (after.lower === 'that' || after.text === ':' || /["“‘]/.test(after.text))) return true;
      if (after?.kind === 'word' && afterNext && (afterNext.lower === 'that' || afterNext.text === ':')) return true;
      // "My grandfather believed, and said so at every meeting, that …": a remark set off by commas between the verb and its "that".
      if (after?.text === ',' && thatAfterAside(tokens, i + 1, start)) return true;
      if (after?.kind === 'word' && REPORTED_SUBJECT.has(after.lower) && tokens.slice(i + 1).every((x) => x.start >= start || x.kind === 'word')) return true;
      // "They will say the world has moved on, that steel is finished, that small countries must …": a series of reported
      // clauses, the later ones opened by ", that", goes on reporting up to the demand.
      const reportedSpan = tokens.filter((x) => x.start > t.start && x.start < start);
      if (after?.kind === 'word' && REPORTED_SUBJECT.has(after.lower) && reportedSpan.some((x, k) => x.text === ',' && reportedSpan[k + 1]?.lower === 'that')) return true;
      // "Some in Congress say taxes must be raised": a verb of saying or believing, then a bare subject of a word or two, then the modal.
      if (BARE_REPORT_VERB.has(t.text) && reportsBareSubject(tokens, i, start)) return true;
    } else {
      // A trailing attribution: "…, the paper said." / "…", he added. The words between the comma and the verb name the speaker.
      const rest = tokens.slice(i + 1).filter((x) => x.kind === 'word').length;
      const lead = tokens.slice(0, i).reverse();
      const comma = lead.findIndex((x) => x.text === ',' || /["”’]/.test(x.text));
      const speaker = comma >= 0 ? lead.slice(0, comma) : [];
      // A speaker must be named: "…, say, \"Thank you.\"" is a command to say something, not an attribution.
      // A parenthetical one set off by commas counts wherever it stands: "Give him what he wants, they say, and he will …";
      // only with a plain verb of saying or believing and a speaker that is no list ("action by our states, by our people").
      const parenthetical = tokens[i + 1]?.text === ',' && BARE_REPORT_VERB.has(t.text) && !speaker.some((x) => COORDINATOR.has(x.lower));
      if ((rest <= 3 || parenthetical) && comma >= 1 && comma <= 4 && !speaker.some((x) => NOT_A_SPEAKER.has(x.lower))) return true;
    }
  }
  return false;
}

/** Past forms of verbs of belief: with the speaker's side as subject and no "have" or modal before them, a belief held then. */
const PAST_BELIEF = new Set(['believed', 'thought', 'supposed', 'imagined', 'feared']);
/** Auxiliaries that keep a belief standing or make it the speaker's view now ("we have always believed", "I would have thought"). */
const STANDING_AUXILIARY = new Set(['have', 'has', "'ve", 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does']);
/** Most tokens of a remark set off by commas between a verb of saying or believing and its "that". */
const MAX_ASIDE_TOKENS = 14;

/** Whether the comma at `comma` opens a remark closed by another comma right before "that", all before the demand at `start`. */
function thatAfterAside(tokens: readonly Token[], comma: number, start: number): boolean {
  for (let k = comma + 1; k < tokens.length && k <= comma + MAX_ASIDE_TOKENS && tokens[k].start < start; k++) {
    const t = tokens[k];
    if (t.text === ';' || t.text === ':' || t.text === '.' || MODAL.has(t.lower)) return false;
    if (t.text === ',') return tokens[k + 1]?.lower === 'that' && tokens[k + 1].start < start;
  }
  return false;
}

/** Verbs of saying or believing, matched as written in lower case (a capitalized "Say" opens a command, "States" is a name), after which a clause may follow without "that" and without a pronoun subject. */
const BARE_REPORT_VERB = new Set(['say', 'says', 'said', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'contend', 'contends', 'contended', 'warn', 'warns', 'warned']);
/** Most words of a bare subject between a verb of saying and its modal ("say taxes must …", "argue the tariff should …"). */
const MAX_BARE_REPORTED_SUBJECT = 2;

/** Whether the demand at `start` opens with a modal and only a short bare subject stands between it and the verb of saying at `verb`. */
function reportsBareSubject(tokens: readonly Token[], verb: number, start: number): boolean {
  const modal = tokens.find((x) => x.start === start);
  if (!modal || !MODAL.has(modal.lower)) return false;
  const between = tokens.filter((x) => x.start > tokens[verb].start && x.start < start);
  return between.length >= 1 && between.length <= MAX_BARE_REPORTED_SUBJECT && between.every((x) => x.kind === 'word' && !MODAL.has(x.lower) && !CLAUSE_BOUNDARY.has(x.lower));
}

/** Possessives and standards after "according to" that make it a measure ("according to your means", "according to the law"), not a source. */
const ACCORDING_TO_MEASURE = new Set(['your', 'our', 'their', 'his', 'her', 'its', 'my', 'one', "one's", 'each', 'law', 'plan', 'need', 'needs', 'ability', 'means', 'merit', 'rule', 'rules', 'principle', 'principles', 'schedule', 'custom', 'conscience', 'constitution']);

/** Whether the words after "according to" name a source ("according to the paper") rather than a measure ("according to your means"). */
function isAttribution(after: readonly Token[]): boolean {
  const first = after[0]?.lower;
  if (!first || ACCORDING_TO_MEASURE.has(first)) return false;
  return !(first === 'the' && ACCORDING_TO_MEASURE.has(after[1]?.lower ?? ''));
}
