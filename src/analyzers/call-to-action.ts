// Calls to action: imperatives (via compromise), hortatives, deontic demands on the speaker's side and verbless exhortations.

import type { TaggedTerm, Tagger } from '../nlp/tagger.js';
import { learnedFindings, learnedModel } from '../learn/learned.js';
import type { Features } from '../learn/logistic.js';
import type { Section, Sentence, Token } from '../text/model.js';
import { sectionCallFeatures } from './call-to-action-features.js';
import { findingOf, matchRules, patternRules, termsEntry, termsMatcher, wordSet } from './rules.js';
import type { AnalysisContext, Analyzer, RawFinding } from './types.js';
import { per1000Words } from './types.js';

const PATTERNS = 'cta-patterns';
const SIGNALS = 'cta-signals';
/** The lexicon data file of the call-to-action learned second opinion; its findings carry this rule id. */
export const CTA_LEARNED = 'cta-learned';

/** How many tokens an introductory clause ("If you want more information, …") may run before the imperative after its comma. */
const MAX_LEAD_CLAUSE_TOKENS = 40;
/** Marks that can end an introductory clause or form of address. */
const LEAD_END = new Set([',', '—', '–', ':']);
/** Words after "To" that make it a form of address ("To all Americans, …", "To those who …"). */
const ADDRESSEE = new Set(['all', 'those', 'the', 'our', 'my', 'every', 'you', 'each', 'everyone', 'people', 'friends', 'workers', 'citizens', 'americans']);
/** Lead words that make a subordinate clause, which may have its own subject ("If you want more information, fill in this form"). */
const SUBORDINATOR = new Set(['if', 'when', 'whenever', 'wherever', 'as', 'while', 'before', 'after', 'until', 'whatever', 'whoever', 'whether', 'once', 'since']);
/** Words that open a form of address before a command ("My fellow Americans: ask not …", "Friends, join us"). */
/** Most words in a short address to a group ("Young men and women of America"). */
const MAX_ADDRESS_WORDS = 6;
/** Words besides the subordinators and the forms of address that open an introductory phrase ("With your help, …"). */
const LEAD_PHRASE = ['with', 'in', 'for', 'now', 'so', 'on'];
const SUBJECT_PRONOUN = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
/** Words that can never be an imperative verb: function words that open ordinary sentences. */
const NOT_A_VERB = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'there', 'here', 'my', 'our', 'your', 'his', 'her', 'its', 'their',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'does', 'did', 'am', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'of', 'in', 'on', 'at', 'by', 'to',
  'from', 'with', 'for', 'as', 'if', 'when', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'where', 'all', 'no', 'not', 'every', 'each', 'some', 'any', 'one',
  'none', 'such', 'many', 'much', 'more', 'most', 'few', 'other', 'both', 'either', 'neither', 'since', 'because', 'though', 'although', 'while', 'yet', 'or', 'nor',
  'god', 'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'ladies', 'gentlemen', 'thus', 'hence', 'indeed', 'perhaps', 'however', 'today', 'tonight', 'yesterday', 'tomorrow',
  'over', 'under', 'underneath', 'beneath', 'above', 'below', 'behind', 'beyond', 'through', 'throughout', 'during', 'within', 'without', 'among', 'against', 'across',
  'along', 'around', 'toward', 'towards', 'upon', 'despite', 'like', 'unlike', 'next', 'long', 'last', 'then', 'than', 'once', 'ever', 'never', 'only', 'even', 'still',
  'everywhere', 'anywhere', 'nowhere', 'somewhere', 'moreover', 'furthermore', 'inside', 'outside', 'already', 'after', 'before', 'up', 'down', 'sooner', 'later',
  'whatever', 'whoever', 'whenever', 'meanwhile', 'otherwise', 'besides', 'instead', 'almost', 'often', 'always', 'sometimes', 'here', 'ago', 'yes', 'two', 'three',
]);

/** Negations that open a negative command ("Do not believe …", "Never forget …"). */
const NEGATION = new Set(['not', "don't", 'don’t', 'never']);
/** Words that stay formulas even when negated ("Don't let …" has its own rule; "never mind"). */
const NEVER_NEGATED_CALL = new Set(['let', "let's", 'let’s', 'mind', 'thank', 'welcome', 'bless']);

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

interface Signals {
  openers: Set<string>;
  notACall: Set<string>;
  /** Phrases a steering verb opens that make it a command to act ("take a stand", "say no", "know your rights"). */
  steeringAsCall: Set<string>;
  reporting: Set<string>;
  imperative: { id: string; note: string; strength?: number };
  /** Words that open a form of address ("Friends, …", "My fellow citizens, …"). */
  vocatives: Set<string>;
  /**
   * Groups addressed by name ("Young people, stay in school", "Parents, read to your children"). The same words often
   * open a subject, so only a short address closed by the first comma counts.
   */
  addressedGroups: Set<string>;
  /** Words that open an introductory clause or phrase after which an imperative may follow the comma. */
  leadClause: Set<string>;
  /** Closed-class words that never open a command (numerals, quantifiers, conjunctions …): no need to tag for them. */
  neverACommand: Set<string>;
  /** Base-form verbs that NOT_BASE_FORM's endings would set aside ("bring", "resist", "implement"). */
  verbsDespiteEnding: Set<string>;
  /** Verbs of contacting and campaigning that the tagger reads as nouns ("Email your councillor"): a verb before an object. */
  verbsDespiteTag: Set<string>;
}

/** Rules whose "must" takes the subject before it: an adversary there is a third party the text does not urge. */
const SUBJECT_MODAL_RULES = new Set(['cta-must-act', 'cta-must-not']);
/** Words looked back from "must" for its subject. */
const SUBJECT_WINDOW = 5;

function signals(context: AnalysisContext): Signals {
  const lexicons = context.lexicons;
  return lexicons.derived('call-to-action:signals', () => {
    const imperative = termsEntry(lexicons, SIGNALS, 'cta-imperative');
    const vocatives = wordSet(termsEntry(lexicons, SIGNALS, 'cta-address-vocative'));
    const addressedGroups = wordSet(termsEntry(lexicons, SIGNALS, 'cta-address-group'));
    return {
      openers: wordSet(imperative),
      notACall: wordSet(termsEntry(lexicons, SIGNALS, 'cta-imperative-not-a-call')),
      steeringAsCall: wordSet(termsEntry(lexicons, SIGNALS, 'cta-steering-verb-as-call')),
      reporting: wordSet(termsEntry(lexicons, SIGNALS, 'cta-reported-call')),
      imperative,
      vocatives,
      addressedGroups,
      leadClause: new Set([...SUBORDINATOR, ...LEAD_PHRASE, ...vocatives, ...addressedGroups]),
      neverACommand: wordSet(termsEntry(lexicons, SIGNALS, 'cta-never-a-command')),
      verbsDespiteEnding: wordSet(termsEntry(lexicons, SIGNALS, 'cta-verb-despite-ending')),
      verbsDespiteTag: wordSet(termsEntry(lexicons, SIGNALS, 'cta-verb-despite-tag')),
    };
  });
}

function isQuestion(sentence: Sentence): boolean {
  return /\?\W*$/.test(sentence.text);
}

/** Rules whose verb of request ("I ask you …") before a listed question asks that question rather than urging an act. */
const ASKING_RULES = new Set(['cta-i-urge', 'cta-i-have-asked', 'cta-i-issue-a-call']);

/** Words that open a direct question, or that are skipped before its opener ("And how …"). */
const QUESTION_OPENER = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'shall', 'should', 'must', 'may', 'might', 'have', 'has', 'had', 'dare', 'need', 'ought']);
const QUESTION_LEAD = new Set(['and', 'but', 'so', 'or', 'then', 'now', 'yet']);

/**
 * The offset where a sentence that ends in a question mark stops declaring and starts asking: "We must answer here three
 * questions: First, how do we …?" states its demand before the colon and only lists questions after it. Undefined when the
 * sentence asks from its start ("What must we do: wait?") or has no colon.
 */
function declaredPartEnd(sentence: Sentence): number | undefined {
  const colon = sentence.tokens.findIndex((t) => t.text === ':');
  if (colon < 0) return undefined;
  const before = sentence.tokens.slice(0, colon);
  if (before.some((t) => t.text === '?')) return undefined;
  const words = before.filter((t) => t.kind === 'word');
  let i = 0;
  while (i < words.length && QUESTION_LEAD.has(words[i].lower)) i++;
  if (words.length - i < 2 || QUESTION_OPENER.has(words[i].lower)) return undefined;
  return sentence.tokens[colon].start;
}

/** Words that open the object of "do" ("Do your duty", "Do it now", "Do the right thing"): then "do" is the command itself. */
const OBJECT_OF_DO = new Set(['your', 'our', 'their', 'his', 'her', 'its', 'my', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'them', 'so', 'what', 'whatever', 'all', 'something', 'nothing', 'everything', 'more', 'no', 'right', 'justice', 'good', 'better']);

/** Index of the first word after the openers ("And", "So", "Please", "do not", emphatic "do") that start at word index `i`. */
function skipOpeners(words: readonly Token[], i: number, openers: ReadonlySet<string>): number {
  while (i < words.length) {
    const two = i + 1 < words.length ? `${words[i].lower} ${words[i + 1].lower}` : '';
    if (two && openers.has(two)) i += 2;
    else if (words[i].lower === 'do' && OBJECT_OF_DO.has(words[i + 1]?.lower ?? '')) break;
    else if (openers.has(words[i].lower)) i++;
    else break;
  }
  return i;
}

/** Token positions where an imperative verb could stand: the sentence start after openers, and the word after an introductory clause's comma. */
/** A word where an imperative verb could stand; `lead` when it follows an introductory clause or phrase. */
type Slot = Token & { lead?: 'clause' | 'phrase'; previousClause?: Token; previousModal?: boolean; afterColon?: boolean; subordinateFrom?: number; leadEnd?: number };

function imperativeSlots(sentence: Sentence, s: Signals): Slot[] {
  const tokens = sentence.tokens;
  const words = tokens.filter((t) => t.kind === 'word');
  if (!words.length) return [];
  const slots: Slot[] = [];
  // Each clause after a semicolon can open with its own command ("I know not what course others may take; but as for me, give me liberty").
  let from = 0;
  let previousClause: Token | undefined;
  let previousModal = false;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].text !== ';') continue;
    // A sentence that starts in lower case is a fragment of a broken line, not a command.
    const clause = tokens.slice(from, i);
    const firstWord = clause.find((t) => t.kind === 'word');
    if (from > 0 || (firstWord && !/^\p{Ll}/u.test(firstWord.text))) slots.push(...clauseSlots(clause, s).map((slot) => (previousClause ? { ...slot, previousClause, previousModal } : slot)));
    const clauseWords = clause.filter((t) => t.kind === 'word');
    if (clauseWords.length) previousClause = clauseWords[skipOpeners(clauseWords, 0, s.openers)] ?? clauseWords[0];
    // Sticky: "It will separate …; free them …; enable them …" — every clause of bare verbs shares the first one's modal.
    previousModal ||= clauseWords.some((t) => MODAL.has(t.lower));
    from = i + 1;
  }
  // "We will follow two simple rules: Buy American and hire American." A colon can introduce a command, unless it opens a quotation.
  tokens.forEach((t, k) => {
    if (t.text !== ':' || k === 0 || /["“‘'«]/.test(tokens[k + 1]?.text ?? '')) return;
    // "The critics said: cut taxes" reports a call; "To the young I say: stay in school" is the speaker's own.
    if (tokens.slice(0, k).some((x, i) => s.reporting.has(x.lower) && !isOwnReport(tokens, i))) return;
    // Only a capitalized clause after a colon reads as a command of its own, unless the speaker has just announced it ("I say to you: …").
    const announced = tokens.slice(Math.max(0, k - 4), k).some((x) => s.reporting.has(x.lower));
    if (!announced && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return;
    const after = words.findIndex((w) => w.start > t.start);
    if (after < 0) return;
    const j = skipOpeners(words, after, s.openers);
    if (j < words.length) slots.push({ ...words[j], lead: 'clause', afterColon: true });
  });
  // A formula that steers the reader ("Believe me", "Look, …") is still a command once negated: "Do not believe everything you hear";
  // only a listed phrase of several words stays a formula when negated ("Don't get me wrong").
  const negated = (w: Token) => NEGATION.has(words[words.findIndex((x) => x.start === w.start) - 1]?.lower ?? '');
  return slots.filter((w) => !NOT_A_VERB.has(w.lower) && /^\p{L}/u.test(w.text) && !phraseAt(words, w, s.notACall) && ((negated(w) && !NEVER_NEGATED_CALL.has(w.lower)) || !s.notACall.has(w.lower) || phraseAt(words, w, s.steeringAsCall)));
}

/** Imperative slots of one clause: its first word after openers, and the word after an introductory clause or form of address. */
function clauseSlots(tokens: readonly Token[], s: Signals): Slot[] {
  const words = tokens.filter((t) => t.kind === 'word');
  if (!words.length) return [];
  const slots: Slot[] = [];
  const first = skipOpeners(words, 0, s.openers);
  // "Go to the rally", "Come out on Saturday": "go" and "come" are skipped as openers of "go tell …", but before a word of
  // direction they are the command themselves.
  if (first > 0 && first < words.length && MOTION_VERB.has(words[first - 1].lower) && DIRECTION_AFTER_MOTION.has(words[first].lower)) slots.push(words[first - 1]);
  else if (first < words.length) slots.push(words[first]);
  // "Take a vote, and send me that bill": a steering verb ("take", "look") that opens the clause is still an imperative, so a
  // verb coordinated after its comma ("…, and send …", "…, then …") is a command of its own.
  // Not after "let" (its own rules read "let us …, and …"), nor past a subordinate clause or a dash, whose comma ends that clause.
  if (first < words.length && s.notACall.has(words[first].lower) && !/^let/.test(words[first].lower)) {
    const opener = tokens.indexOf(words[first]);
    tokens.forEach((t, k) => {
      if (t.text !== ',' || !COORDINATED_COMMAND.has(tokens[k + 1]?.lower ?? '')) return;
      if (tokens.slice(opener + 1, k).some((x) => CLAUSE_BOUNDARY.has(x.lower) || /^(?:[—–]|--)$/.test(x.text))) return;
      const after = words.findIndex((w) => w.start > tokens[k + 1].start);
      if (after > first) slots.push(words[after]);
    });
  }
  // "If you want more information, fill in this form." / "Friends, join us."
  // The lead word comes after any openers: "Finally, whether you are citizens of America or of the world, ask …".
  const leadAt = first < words.length ? first : 0;
  const lead = words[leadAt].lower;
  // "To all Americans …, hear these words" addresses people; "To strengthen this interest was …" is an infinitive subject.
  const addressed = lead !== 'to' || ADDRESSEE.has(words[leadAt + 1]?.lower ?? '');
  if (!s.leadClause.has(lead) || !addressed) return slots;
  const from = tokens.indexOf(words[leadAt]);
  const kind = SUBORDINATOR.has(lead) || s.vocatives.has(lead) || s.addressedGroups.has(lead) ? 'clause' : 'phrase';
  // Every comma of the lead may be the one that ends it ("So to all Americans in every city near and far, small and large, …, hear these words").
  let interrupted = false;
  let leadEnd: number | undefined;
  for (let c = from + 1; c < tokens.length && c <= from + MAX_LEAD_CLAUSE_TOKENS; c++) {
    if (!LEAD_END.has(tokens[c].text)) continue;
    leadEnd ??= tokens[c].start;
    if (s.addressedGroups.has(lead) && (tokens[c].start !== leadEnd || tokens.slice(from, c).filter((t) => t.kind === 'word').length > MAX_ADDRESS_WORDS)) break;
    // "In the first century we were short of capital, …": a lead phrase with its own subject pronoun is a main clause, not an introduction.
    if (!SUBORDINATOR.has(lead) && tokens.slice(from + 1, c).some((t) => SUBJECT_PRONOUN.has(t.lower))) break;
    const after = words.findIndex((w) => w.start > tokens[c].start);
    // "As we consider the road, we remember …": once a subject follows a comma, the main clause has begun without a command.
    if (after < 0 || SUBJECT_PRONOUN.has(words[after].lower) || words[after].lower === 'there') break;
    // "If the exclusion were perpetual, a man of ambition would, with reluctance, yield …": a determiner after the comma opens
    // the main clause's subject, so no later comma of the sentence ends an introduction to a command.
    if (SUBJECT_DETERMINER.has(words[after].lower)) break;
    // "And in the last resort a remedy must be obtained from the people who can, by election, annul …": a lead phrase with a
    // modal or a relative pronoun already holds a clause of its own.
    if (kind === 'phrase' && tokens.slice(from + 1, c).some((t) => MODAL.has(t.lower) || RELATIVE.has(t.lower))) break;
    // "…, and vary only in their opinion" continues the lead clause; "…, State, and local" is a list.
    if (COORDINATOR.has(words[after].lower)) continue;
    // "As you have, without authority, put yourselves …": a lead that stops on an auxiliary goes on after the parenthesis.
    const lastOfLead = tokens.slice(from, c).filter((t) => t.kind === 'word').pop();
    if (lastOfLead && AUXILIARY.has(lastOfLead.lower)) interrupted = true;
    if (interrupted) continue;
    const k = skipOpeners(words, after, s.openers);
    if (k >= words.length) break;
    // "by terror, intrigue, or venality": a word followed by a comma is an item of a list.
    if (tokens[tokens.indexOf(words[k]) + 1]?.text === ',') continue;
    // "…the people who actually build, grow and carry this country": a comma right after the verb of a relative clause goes on
    // with that clause's list of verbs, not with a command.
    const lastOfLeadWords = tokens.slice(from, c).filter((t) => t.kind === 'word').slice(-3);
    if (lastOfLeadWords.slice(0, -1).some((t) => RELATIVE.has(t.lower)) && COORDINATOR.has(words[k + 1]?.lower ?? '')) continue;
    // "In the monuments of an unknown people, spread over the West, we behold …": a participle set off before the subject is no command.
    const nextEnd = tokens.findIndex((t, x) => x > tokens.indexOf(words[k]) && LEAD_END.has(t.text));
    const afterNextEnd = nextEnd >= 0 ? tokens.slice(nextEnd + 1).find((t) => t.kind === 'word') : undefined;
    if (afterNextEnd && SUBJECT_PRONOUN.has(afterNextEnd.lower) && afterNextEnd.lower !== 'you') continue;
    // A conjunction's clause must show a verb before the comma; "as", "after", "before" … may also head a plain phrase ("As a source of strength, cherish public credit").
    const clauseLead = SUBORDINATOR.has(lead) && (!PREPOSITIONAL_SUBORDINATOR.has(lead) || tokens.slice(from + 1, c).some((t) => RELATIVE.has(t.lower)));
    if (/^\p{Ll}/u.test(words[k].text)) slots.push({ ...words[k], lead: kind, ...(clauseLead ? { subordinateFrom: words[leadAt].end } : {}), leadEnd });
  }
  return slots;
}

/** Openers that are verbs of motion: "go" and "come" command by themselves before a word of direction. */
const MOTION_VERB = new Set(['go', 'come']);
/** Words of direction after "go" or "come" that make the motion verb the command ("Go to the polls", "Come out and vote"); "go home", "go back" are too often told of or quoted to count. */
const DIRECTION_AFTER_MOTION = new Set(['to', 'out']);

/** Words after a comma that join a second command to a first ("…, and send me that bill", "…, then vote"). */
const COORDINATED_COMMAND = new Set(['and', 'then']);

/**
 * Whether a listed phrase of two to five words starts at the word `w` (lower-cased words joined by spaces): a steering
 * formula ("make no mistake", "rest assured", "don't take this the wrong way") or a steering verb's phrase of action.
 */
function phraseAt(words: readonly Token[], w: Token, phrases: ReadonlySet<string>): boolean {
  // Slots are copies of tokens (with their lead), so the word is found by its offset.
  const i = words.findIndex((x) => x.start === w.start);
  let phrase = w.lower;
  for (let k = i + 1; k < words.length && k <= i + 4; k++) {
    phrase += ` ${words[k].lower}`;
    if (phrases.has(phrase)) return true;
  }
  return false;
}

/** Whether compromise reads the word at `slot` as a base-form verb opening an imperative clause. */
function isImperativeVerb(sentence: Sentence, slot: Slot, context: AnalysisContext): boolean {
  // After a colon the clause is tagged on its own: inside the sentence compromise takes its capitalized first word for a name ("…rules: Buy American").
  const terms = slot.afterColon ? clauseTerms(context.tagger, sentence, slot) : context.tagger.terms(sentence);
  const k = terms.findIndex((t) => t.start <= slot.start && slot.start < t.end);
  if (k < 0) return false;
  const term = terms[k];
  const next = terms[k + 1];
  // Archaic negated imperative: "Ask not what your country can do for you", "Fear not".
  const NOT_VERB_TAGS = ['Auxiliary', 'Modal', 'Pronoun', 'Adverb', 'Adjective', 'Determiner', 'Conjunction', 'Preposition', 'ProperNoun', 'Copula'];
  const baseForm = !term.tags.has('PastTense') && (!term.tags.has('PresentTense') || term.tags.has('Infinitive'));
  if (next && next.normal === 'not' && baseForm && !NOT_VERB_TAGS.some((tag) => term.tags.has(tag))) return true;
  if (!term.tags.has('Verb')) return false;
  // "Our ancestors braved the unknown; tamed the wilderness; … laid down the railroads": after a clause that opens with a
  // past-tense verb, the clauses after the semicolons continue a list of predicates with the same subject, not commands.
  if (slot.previousClause) {
    const before = terms.find((t) => t.start <= slot.previousClause!.start && slot.previousClause!.start < t.end);
    if (before?.tags.has('PastTense')) return false;
    // "It will separate the tribes …; free them from …; enable them to …": bare verbs after a clause with a modal share its subject and modal.
    if (slot.previousModal && !slot.lead) return false;
  }
  if (term.tags.has('PastTense') || term.tags.has('Gerund') || term.tags.has('Participle') || term.tags.has('Auxiliary') || term.tags.has('Modal') || term.tags.has('Copula')) {
    // "Be" is the one copula with an imperative ("Be strong").
    if (!(term.normal === 'be' && k === 0)) return false;
  }
  if (!(term.tags.has('Imperative') || term.tags.has('Infinitive'))) return false;
  // After an introductory prepositional phrase ("With few exceptions, labor …") only a word compromise marks as imperative counts.
  // A bare verb that ends the sentence straight after the phrase's (first) comma is its whole predicate, a command ("And on the
  // nineteenth, vote."); a later comma ("… had in view one, and only one, object") ends an insertion, not the phrase.
  const soleVerbAfterLead = k === terms.length - 1 && term.tags.has('Infinitive') && slot.leadEnd !== undefined && !/\S/.test(sentence.text.slice(slot.leadEnd + 1 - sentence.start, slot.start - sentence.start));
  if (slot.lead === 'phrase' && !term.tags.has('Imperative') && !soleVerbAfterLead) return false;
  // "…; while the execution of the laws, and the employment of the common strength, … seem to comprise …": a subordinate
  // clause needs a verb of its own before its comma; without one the comma falls inside its subject, and the word after it is that subject's verb.
  if (slot.subordinateFrom !== undefined && !terms.some((t) => t.start >= slot.subordinateFrom! && t.end <= slot.start && t.tags.has('Verb'))) return false;
  // "While taxes should not be increased, amendments might be made that would, without diminishing the revenue, relieve …": a finite
  // verb between the introduction's first comma and the word shows the main clause began there; the word belongs to it.
  if (slot.leadEnd !== undefined && terms.some((t) => t.start > slot.leadEnd! && t.end <= slot.start && isFiniteVerb(t))) return false;
  // "Tell them we are one nation", "Give me the thing the governors have": a word followed by an object pronoun or a possessive is a
  // verb with its object, never the head of a subject, so a finite verb further on belongs to a clause inside its object.
  if (term.tags.has('Imperative') && OBJECT_AFTER_VERB.has(next?.normal ?? '')) return true;
  return !readsAsSubject(terms, k, sentence) && !hasFiniteVerbInClause(terms, k, sentence);
}

/** A verb the tagger reads as a noun ("Email", "Text", "Boycott") followed by an object pronoun or a possessive: the command itself. */
function verbBeforeObject(sentence: Sentence, slot: Slot, s: Signals): boolean {
  if (!s.verbsDespiteTag.has(slot.lower)) return false;
  const words = sentence.tokens.filter((t) => t.kind === 'word');
  const next = words[words.findIndex((w) => w.start === slot.start) + 1];
  return next !== undefined && OBJECT_AFTER_VERB.has(next.lower);
}

/** Whether a tagged term is a finite verb: a modal, an auxiliary, a copula, or a verb in a tense (not an infinitive, gerund or participle). */
function isFiniteVerb(t: TaggedTerm): boolean {
  if (!t.tags.has('Verb')) return false;
  if (t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula')) return true;
  if (t.tags.has('PastTense')) return !t.tags.has('Participle');
  return t.tags.has('PresentTense') && !t.tags.has('Infinitive') && !t.tags.has('Gerund') && !t.tags.has('Imperative');
}

/** The terms of the clause that starts at `slot` (after a colon), tagged on their own, with document offsets. */
function clauseTerms(tagger: Tagger, sentence: Sentence, slot: Slot): TaggedTerm[] {
  const end = clauseEnd(sentence, slot);
  return tagger.text(sentence.text.slice(slot.start - sentence.start, end - sentence.start), slot.start);
}

/** Verbs that take "of" after them in an imperative ("Think of …", "Beware of …"); any other word before "of" is a noun ("Use of power…"). */
const VERB_OF = new Set(['think', 'beware', 'speak', 'dream', 'rid', 'dispose', 'approve', 'conceive', 'judge', 'tell', 'remind', 'ask', 'take care']);
/** Words after which an -s word is a verb taking its object ("Experience shows that…", "War entails just that"). */
const AFTER_VERB_S = new Set(['that', 'just', 'to', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'only', 'not', 'no', 'nothing', 'more', 'much', 'every', 'all', 'us', 'them', 'itself']);

/** Shapes in which the sentence-initial word compromise calls a verb is really the head of a subject noun phrase. */
function readsAsSubject(terms: readonly TaggedTerm[], k: number, sentence: Sentence): boolean {
  const term = terms[k];
  const next = terms[k + 1];
  const after = terms[k + 2];
  if (!next) return false;
  const gap = sentence.text.slice(term.end - sentence.start, next.start - sentence.start);
  // "Overhead -- vast fleets…": a word set off by a dash or colon heads no imperative clause.
  if (/[—–:]|--/.test(gap)) return true;
  if (gap.trim() !== '') return false;
  if (next.normal === 'of' && !VERB_OF.has(term.normal)) return true;
  // "Experience shows that …", "Labor sweats to create …".
  if (/[^s]s$/.test(next.normal) && !next.tags.has('Pronoun') && after && AFTER_VERB_S.has(after.normal)) return true;
  // "Position and climate and the resources …": a noun coordinated with a noun.
  if ((next.normal === 'and' || next.normal === 'or') && after && after.tags.has('Noun') && !after.tags.has('Verb') && !after.tags.has('Pronoun')) return true;
  // "Reason and experience both forbid us …": two coordinated words followed straight away by a verb are a compound subject;
  // a pair of commands goes on with an object or a complement ("Stand and fight the enemy").
  if ((next.normal === 'and' || next.normal === 'or') && after && !after.tags.has('Pronoun')) {
    let v = k + 3;
    if (terms[v] && SUBJECT_QUANTIFIER.has(terms[v].normal)) v++;
    const verb = terms[v];
    const between = verb ? sentence.text.slice(terms[v - 1].end - sentence.start, verb.start - sentence.start) : '';
    if (verb && between.trim() === '' && verb.tags.has('Verb') && !verb.tags.has('Gerund') && !verb.tags.has('Participle') && !verb.tags.has('Pronoun') && !verb.tags.has('Determiner') && !verb.tags.has('Preposition')) return true;
  }
  return false;
}

/** Words that may stand between a compound subject and its verb ("reason and experience both forbid"). */
const SUBJECT_QUANTIFIER = new Set(['both', 'alike', 'together', 'all', 'each', 'also']);

/** Words that end the clause an imperative verb opens: a finite verb after them belongs to another clause. */
const CLAUSE_BOUNDARY = new Set(['that', 'which', 'who', 'whom', 'whose', 'if', 'when', 'whenever', 'because', 'where', 'whether', 'how', 'what', 'why', 'as', 'since', 'while', 'until', 'unless', 'though', 'although', 'so', 'lest', 'than', 'before', 'after']);
/** Modals whose subject a following semicolon clause of bare verbs can share. */
const MODAL = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/** Auxiliaries of the perfect and the passive: a lead clause that ends on one is interrupted, not finished (a modal may end an elliptical clause: "When you can, join us"). */
const AUXILIARY = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'am', 'been']);

/** Words that open a noun phrase: after an introduction's comma they begin the main clause's subject, never a command. */
const SUBJECT_DETERMINER = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'some', 'many', 'most', 'several', 'such']);
/** Subordinators that are also prepositions ("as a source of strength", "after the war"): their lead needs no verb of its own. */
const PREPOSITIONAL_SUBORDINATOR = new Set(['as', 'after', 'before', 'until', 'since']);
/** Relative pronouns: inside a lead phrase they begin a clause with its own verb. */
const RELATIVE = new Set(['who', 'which', 'whom', 'whose']);

/** Coordinators that start a new clause when a comma stands before them ("Start on this journey, and America will walk at your side"). */
const COORDINATOR = new Set(['and', 'but', 'or', 'nor', 'for', 'yet']);

/** Object pronouns and possessives: after a verb they open its object, and no noun is followed by them. */
const OBJECT_AFTER_VERB = new Set(['them', 'us', 'me', 'him', 'your', 'our', 'my', 'their']);
/** Words after which a form tagged as a present-tense verb is a plural noun ("such laws", "these taxes"). */
const NOUN_AFTER = new Set(['such', 'these', 'those', 'the', 'a', 'an', 'our', 'your', 'their', 'its', 'his', 'her', 'my', 'more', 'all', 'many', 'few', 'several', 'new', 'other']);

/** Verbs after which a past form is a participle of state or passive ("get vaccinated", "be prepared", "stay informed"). */
const LINKING_BEFORE_PARTICIPLE = new Set(['get', 'be', 'become', 'stay', 'remain', 'keep', 'feel', 'look', 'seem']);

/**
 * Whether a finite verb follows the candidate in its own clause, which shows the candidate was part of a subject
 * ("Sound national policies come to be viewed…", "Experience shows…", "Step by step we have created…").
 */
function hasFiniteVerbInClause(terms: readonly TaggedTerm[], k: number, sentence: Sentence): boolean {
  for (let j = k + 1; j < terms.length; j++) {
    const t = terms[j];
    const prev = terms[j - 1];
    const gap = sentence.text.slice(prev.end - sentence.start, t.start - sentence.start);
    if (CLAUSE_BOUNDARY.has(t.normal) || /[;:—–]|--/.test(gap) || (COORDINATOR.has(t.normal) && gap.includes(','))) return false;
    if (!t.tags.has('Verb')) continue;
    if (t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula')) return true;
    // "give to the fund set up by the journalists": a verb form followed by "by" (past its particle) is a passive participle
    // of a reduced relative clause, whatever tense compromise reads in an irregular form such as "set" or "put".
    const byAfter = terms[j + 1]?.tags.has('Particle') ? terms[j + 2] : terms[j + 1];
    if (byAfter?.normal === 'by') continue;
    // "the dismissed journalists", "our elected members": a past form after a determiner is an adjective.
    if (t.tags.has('PastTense') && NOUN_AFTER.has(prev.normal)) continue;
    const afterComma = gap.includes(',');
    // "Go get vaccinated", "be prepared", "stay involved": after a linking verb a past form is its participle, not a finite verb.
    if (t.tags.has('PastTense') && !t.tags.has('Participle') && !afterComma && !LINKING_BEFORE_PARTICIPLE.has(prev.normal)) return true;
    if (t.tags.has('PresentTense') && !t.tags.has('Infinitive') && !t.tags.has('Gerund') && !(NOUN_AFTER.has(prev.normal) && /s$/.test(t.normal))) return true;
    if (t.tags.has('PresentTense') && prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !afterComma) return true;
  }
  return false;
}

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
function isOwnReport(tokens: readonly Token[], i: number): boolean {
  const before = tokens.slice(0, i).filter((x) => x.kind === 'word');
  let b = before.length - 1;
  while (b > 0 && REPORT_AUXILIARY.has(before[b].lower)) b--;
  return b >= 0 && OWN_VOICE.has(before[b].lower) && !PASSIVE_AUXILIARY.has(before[before.length - 1]?.lower ?? '');
}

/**
 * Whether the subject just before the "must" at `start` names an adversary ("The enemy must break through our lines before …"):
 * what the enemy must do is a third party's necessity, which the text does not urge on its audience.
 */
function hasThirdPartySubject(sentence: Sentence, start: number, context: AnalysisContext): boolean {
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => t.start >= start);
  if (at < 0) return false;
  let from = at;
  for (let words = 0; from > 0 && words < SUBJECT_WINDOW; from--) {
    const t = tokens[from - 1];
    if (t.kind !== 'word' || CLAUSE_BOUNDARY.has(t.lower) || COORDINATOR.has(t.lower)) break;
    words++;
  }
  return termsMatcher(context.lexicons, SIGNALS, 'cta-third-party-subject')
    .match(tokens)
    .some((hit) => hit.firstToken >= from && hit.lastToken < at);
}

/** Whether a demand at `start` is attributed to someone else: "X said that …", "according to …", "…, the paper said." */
function isReported(sentence: Sentence, start: number, s: Signals): boolean {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to' && isAttribution(tokens.slice(i + 2).filter((x) => x.kind === 'word'))) return true;
    if (!s.reporting.has(t.lower)) continue;
    const before = tokens.slice(0, i).filter((x) => x.kind === 'word');
    // Capitalized inside the sentence, a reporting word is part of a name: "the United States Government must …".
    if (before.length > 0 && /^\p{Lu}/u.test(t.text)) continue;
    // The speaker of the report, past any modal or adverb: "I would say …", "we have always said …", "we cannot help but believe …".
    let b = before.length - 1;
    while (b > 0 && REPORT_AUXILIARY.has(before[b].lower)) b--;
    const nearestPronoun = before.slice(-4).reverse().find((x) => SUBJECT_PRONOUN.has(x.lower));
    const subject = before[b]?.lower;
    // "I have been told that …", "we are told we must …": a passive report is someone else's voice, whoever hears it.
    const passive = PASSIVE_AUXILIARY.has(before[before.length - 1]?.lower ?? '');
    if (!passive && ((subject && OWN_VOICE.has(subject)) || (nearestPronoun && OWN_VOICE.has(nearestPronoun.lower)))) continue;
    if (t.start < start) {
      // "Some have said that we should stay out; but we cannot afford …": a new clause between the report and the demand ends the report.
      if (clauseBreakBetween(tokens, i, start)) continue;
      // A report that introduces the demand: "declares that …", "warned: …", "the critics say we must …".
      const after = tokens[i + 1];
      const afterNext = tokens[i + 2];
      if (after && (after.lower === 'that' || after.text === ':' || /["“‘]/.test(after.text))) return true;
      if (after?.kind === 'word' && afterNext && (afterNext.lower === 'that' || afterNext.text === ':')) return true;
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

/** What the document-wide pass learns: words the text only ever writes capitalized inside sentences (names, not verbs). */
interface CallState {
  properNames: Set<string>;
  /** Every word the text writes in lower case somewhere. */
  lowerWords: Set<string>;
  /** Capitalized words already looked up on their own: whether compromise reads them as a base-form verb. */
  verbWords: Map<string, boolean>;
}

/**
 * Word endings that mark a noun, adjective, adverb or inflected verb, never a base-form imperative ("Values", "Recognition",
 * "Primarily", "Stripped"), but for the verbs cta-verb-despite-ending lists ("bring", "resist", "implement").
 */
const NOT_BASE_FORM = /(?:[^s]s|ed|ing|ly|tion|sion|ness|ment|ity|ism|ist|ous|ful|less|ship|hood|ical|ional|ary|['’])$|['’]/;

/** Lower-cased words that appear capitalized after the first word of a sentence and never in lower case: proper names. */
function wordsOf(context: AnalysisContext): CallState {
  const capitalized = new Set<string>();
  const lower = new Set<string>();
  for (const sentence of context.document.sentences) {
    const words = sentence.tokens.filter((t) => t.kind === 'word');
    // A word capitalized after a colon ("…rules: Buy American") is capitalized as a clause opener, not as a name.
    const afterColon = new Set(sentence.tokens.filter((t, k) => k > 0 && sentence.tokens[k - 1].text === ':').map((t) => t.start));
    words.forEach((w, i) => {
      if (/^\p{Ll}/u.test(w.text)) lower.add(w.lower);
      else if (i > 0 && !sentence.heading && !afterColon.has(w.start) && /^\p{Lu}\p{Ll}/u.test(w.text)) capitalized.add(w.lower);
    });
  }
  for (const w of lower) capitalized.delete(w);
  return { properNames: capitalized, lowerWords: lower, verbWords: new Map() };
}

/** Most words in a sentence short enough to read as a rallying command ("Remember Pearl Harbor."). */
const MAX_RALLY_WORDS = 8;

/** Whether compromise, given the word alone in lower case, reads it as a base-form verb and not as a noun or name. */
function isVerbWord(word: string, state: CallState, tagger: Tagger): boolean {
  let known = state.verbWords.get(word);
  if (known === undefined) {
    const tags = tagger.text(word, 0)[0]?.tags ?? new Set<string>();
    known = tags.has('Verb') && (tags.has('Infinitive') || tags.has('Imperative')) && !tags.has('Noun') && !tags.has('ProperNoun') && !tags.has('PastTense');
    state.verbWords.set(word, known);
  }
  return known;
}

/** A closed-class word that never opens a command, or a hyphenated number made of them ("twenty-five"). */
function neverACommand(word: string, s: Signals): boolean {
  return s.neverACommand.has(word) || (word.includes('-') && word.split('-').every((part) => s.neverACommand.has(part)));
}

/** A cheap look at the word and its neighbour, before any tagging: could it be a base-form verb opening a command? */
function mayBeBaseVerb(sentence: Sentence, slot: Slot, state: CallState, tagger: Tagger, s: Signals): boolean {
  if ((NOT_BASE_FORM.test(slot.lower) && !s.verbsDespiteEnding.has(slot.lower)) || state.properNames.has(slot.lower) || neverACommand(slot.lower, s)) return false;
  const next = sentence.tokens.find((t) => t.start >= slot.end);
  if (!next) return true;
  // "Bankruptcy of reformism", "Use of power": a noun before "of".
  if (next.lower === 'of' && !VERB_OF.has(slot.lower)) return false;
  // "Néstor González, the military leader …": a capitalized word the text never writes in lower case, before another capitalized word, is a name.
  // After a colon the clause is tagged on its own, which tells a verb from a name ("…rules: Buy American and hire American").
  // In a short or exclaimed sentence, a word that is a verb on its own ("Remember Pearl Harbor.", "Buy War Bonds today!") is left to the sentence's tagging.
  const rallying = sentence.words <= MAX_RALLY_WORDS || /!\W*$/.test(sentence.text);
  if (!slot.afterColon && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && next.text !== 'I' && !state.lowerWords.has(slot.lower) && !(rallying && isVerbWord(slot.lower, state, tagger))) return false;
  return true;
}

export const callToAction: Analyzer<CallState> = {
  id: 'call_to_action',
  title: 'Calls to action',
  description: 'The text urges its audience, or a group it speaks for, to do something ("Join us", "Let us …", "We must …", "Forward to …!").',
  score: {
    label: 'calls per 1,000 words',
    definition:
      'Number of sentences that urge the audience or the speaker\'s side to act (imperatives, hortatives, deontic demands, verbless exhortations) for every 1,000 words of the section or document. Each sentence counts once, with its strongest call.',
    min: 0,
    max: null,
    digits: 2,
  },
  prepare(context) {
    return wordsOf(context);
  },
  analyzeSection(section, context, state) {
    // A learned second opinion on the sentences the rules left unflagged, when its model file is present.
    const learned = learnedModel(context.lexicons, CTA_LEARNED);
    if (!learned) return { findings: ruleFindings(section, context, state) };
    const vetoed = new Set<number>();
    const findings = ruleFindings(section, context, state, vetoed);
    findings.push(...learnedFindings(learned, section.sentences, callFeatures(section, context, findings, vetoed), findings));
    return { findings };
  },
  sentenceFeatures(section, context, state) {
    const vetoed = new Set<number>();
    return callFeatures(section, context, ruleFindings(section, context, state, vetoed), vetoed);
  },
  scoreOf: (m) => per1000Words(m.flagged, m.words),
};

/** The learned model's features of a section's sentences, from the rules' findings on it and the sentences where a rule was set aside. */
function callFeatures(section: Section, context: AnalysisContext, findings: readonly RawFinding[], vetoed: ReadonlySet<number>): Features[] {
  return sectionCallFeatures({ document: context.document, section, lexicons: context.lexicons, findings, vetoed, reporting: signals(context).reporting });
}

/**
 * The rules' findings on a section: one call a sentence at most, the strongest. `vetoed`, when given, collects the sentences
 * where a rule matched and was set aside (a reported call, a third party's duty, a prayer, a quotation, a supposition).
 */
function ruleFindings(section: Section, context: AnalysisContext, state: CallState, vetoed?: Set<number>): RawFinding[] {
  const text = context.document.text;
  const patterns = patternRules(context.lexicons, PATTERNS);
  const s = signals(context);
  const findings: RawFinding[] = [];
  for (const sentence of section.sentences) {
    // A question is no call, but a statement that only ends on a listed question keeps the demand it makes before its colon
    // ("We must answer three questions: First, how …?"). There a request or a command is most often one to ask or hear the
    // question ("I would ask you this one question: …"), so only the other rules count. A rule that finds a request put as
    // a question ("Will you join me?") counts in the question itself.
    const asked = isQuestion(sentence);
    const askedFrom = asked ? declaredPartEnd(sentence) ?? sentence.start : sentence.end;
    const candidates: RawFinding[] = [];
    for (const hit of matchRules(patterns, text, sentence, sentence.words)) {
      if ((hit.start >= askedFrom && !hit.entry.asks) || (asked && ASKING_RULES.has(hit.entry.id))) continue;
      if (isReported(sentence, hit.start, s) || (SUBJECT_MODAL_RULES.has(hit.entry.id) && hasThirdPartySubject(sentence, hit.start, context))) {
        vetoed?.add(sentence.index);
        continue;
      }
      candidates.push(findingOf(hit, sentence.index));
    }
    // A one-word or capitalized heading ("Trade", "IMPERIALIST INTERFERENCE") names a topic; "Join us" as a heading still commands.
    const topicHeading = (sentence.heading && (sentence.words < 2 || sentence.text === sentence.text.toUpperCase() || isTitleCase(sentence))) || isTitleLine(sentence);
    // A full-strength call is already found: no need to tag the sentence for an imperative.
    const settled = candidates.some((c) => c.strength >= (s.imperative.strength ?? 1));
    for (const slot of topicHeading || settled || asked ? [] : imperativeSlots(sentence, s)) {
      if (!mayBeBaseVerb(sentence, slot, state, context.tagger, s) || !(verbBeforeObject(sentence, slot, s) || isImperativeVerb(sentence, slot, context))) continue;
      if (isReported(sentence, slot.start, s) || isPrayer(sentence, slot, context) || isMentionedQuotation(context.document.text, sentence, slot) || isSupposition(context.document.text, sentence, slot) || isRhetoricalAsk(sentence, slot)) {
        vetoed?.add(sentence.index);
        continue;
      }
      candidates.push({ rule: s.imperative.id, start: slot.start, end: clauseEnd(sentence, slot), strength: s.imperative.strength ?? 1, explanation: s.imperative.note, sentence: sentence.index });
      break;
    }
    // One call per sentence: the strongest (a command outranks an obligation).
    const best = candidates.sort((a, b) => b.strength - a.strength || a.start - b.start)[0];
    if (best) findings.push(trimFinding(text, best));
  }
  return findings;
}

/** Words after a closing quotation mark beyond which the quotation is a part of the sentence, not the whole utterance. */
const MAX_WORDS_AFTER_QUOTATION = 3;

/**
 * Whether the command at `slot` stands inside a quotation the sentence goes on past ("\"Render unto Caesar …\" is the doctrine of
 * courts"): the words are mentioned or reported, not addressed to the audience.
 */
function isMentionedQuotation(text: string, sentence: Sentence, slot: Token): boolean {
  const before = text.slice(sentence.start, slot.start);
  const open = (before.match(/["“]/g) ?? []).length;
  const close = (before.match(/["”]/g) ?? []).length;
  // Straight quotes open and close alike: an odd count means the slot is inside one; curly quotes must outnumber their closers.
  const straight = (before.match(/"/g) ?? []).length;
  const inside = straight % 2 === 1 || (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
  if (!inside || open === 0 || close < 0) return false;
  const rest = text.slice(slot.start, sentence.end);
  const end = rest.search(/["”]/);
  if (end < 0) return false;
  const after = rest.slice(end + 1).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return after > MAX_WORDS_AFTER_QUOTATION;
}

/** Whether the command at `slot` is addressed to God by a vocative set off by commas: "Forbid it, Almighty God!", "Grant us, O Lord, …". */
function isPrayer(sentence: Sentence, slot: Token, context: AnalysisContext): boolean {
  const tokens = sentence.tokens;
  for (const hit of termsMatcher(context.lexicons, SIGNALS, 'cta-prayer').match(tokens)) {
    const before = tokens[hit.firstToken - 1];
    const opener = before?.lower === 'o' ? tokens[hit.firstToken - 2] : before;
    const after = tokens[hit.lastToken + 1];
    if (tokens[hit.firstToken].start > slot.start && opener?.text === ',' && (!after || after.kind !== 'word')) return true;
  }
  return false;
}

/**
 * "Divide the largest State into ten districts, and it will be found that …": an imperative followed by "and it will be found",
 * "and you will see", "and maybe you'll see" sets up a thought experiment in the argument; the reader is asked to suppose, not to act.
 */
const SUPPOSITION_SEQUEL = /,?\s+and\s+(?:(?:maybe|perhaps|then)\s+)?(?:it|you|we|one)(?:\s+(?:will|shall|would|must)|['’]ll)\s+(?:\p{L}+ly\s+)?(?:be\s+)?(?:find|found|see|seen|perceive|perceived|discover|discovered|appear|evident|apparent|plain|clear|obvious|manifest)\b/iu;

/** Words that open an indirect question after the object of "ask" ("Ask the farmers whether …", "Ask any mayor what …"). */
const INDIRECT_QUESTION = new Set(['what', 'whether', 'how', 'why', 'where', 'when', 'if']);
/** Reflexive objects: "Ask yourselves what you can do" asks the audience to act on its own answer, a call. */
const REFLEXIVE = new Set(['yourself', 'yourselves', 'ourselves', 'myself']);
/** Most words between "ask" and the indirect question it puts. */
const MAX_ASK_OBJECT_WORDS = 25;

/**
 * "Ask the workers of France whether the limitation of wages is too great a sacrifice", "Ask any owner where they would rather
 * build": "ask" with an addressee and an indirect question invites the audience to imagine the answer; it works as a rhetorical
 * question, not as a call to go and ask. "Ask not what your country can do for you" has no addressee and stays a command.
 */
function isRhetoricalAsk(sentence: Sentence, slot: Token): boolean {
  if (slot.lower !== 'ask') return false;
  const words = sentence.tokens.filter((t) => t.kind === 'word' && t.start > slot.start);
  const q = words.findIndex((w) => INDIRECT_QUESTION.has(w.lower));
  return q >= 1 && q <= MAX_ASK_OBJECT_WORDS && words[0].lower !== 'not' && !REFLEXIVE.has(words[0].lower) && !sentence.tokens.some((t) => t.text === ';' && t.start > slot.start && t.start < words[q].start);
}

function isSupposition(text: string, sentence: Sentence, slot: Token): boolean {
  return SUPPOSITION_SEQUEL.test(text.slice(slot.end, sentence.end));
}

/** A heading with every word capitalized ("Campaign Finance Reform") is a title, not a command. */
function isTitleCase(sentence: Sentence): boolean {
  return allCapitalized(titleWords(sentence, false));
}
/**
 * A line with no closing stop whose words are all capitalized ("*Editorial, The Lesk Courier, 14 March 2026*") is a byline,
 * dateline or title, even where the parser does not mark it as a heading: it names, it does not command.
 */
function isTitleLine(sentence: Sentence): boolean {
  return !/[.!?]\W*$/u.test(sentence.text) && allCapitalized(titleWords(sentence, true));
}
/** The words of a sentence that a title capitalizes: all but the minor ones, and with `lettersOnly` no numbers ("14 March 2026"). */
function titleWords(sentence: Sentence, lettersOnly: boolean): Token[] {
  return sentence.tokens.filter((t) => t.kind === 'word' && (!lettersOnly || /^\p{L}/u.test(t.text)) && !MINOR_TITLE_WORDS.has(t.lower));
}
function allCapitalized(words: readonly Token[]): boolean {
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w.text));
}
const MINOR_TITLE_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'and', 'or', 'to', 'with', 'at', 'by']);

/** The end of the clause an imperative opens: the next comma, semicolon or dash, or the sentence end. */
function clauseEnd(sentence: Sentence, slot: Token): number {
  const stop = sentence.tokens.find((t) => t.start > slot.start && (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '.' || t.text === '!'));
  return stop ? stop.start : sentence.end;
}

function trimFinding(text: string, f: RawFinding): RawFinding {
  let { start, end } = f;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { ...f, start, end };
}
