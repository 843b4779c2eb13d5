// Where an imperative verb could stand: the start of each clause after its openers, after a colon, and after an introductory clause or form of address.

import type { Sentence, Token } from '../../text/model.js';
import { isOwnReport } from './reported.js';
import type { Signals } from './signals.js';
import { CLAUSE_BOUNDARY, COORDINATOR, MODAL, SUBJECT_PRONOUN, SUBORDINATOR } from './word-classes.js';

/** How many tokens an introductory clause ("If you want more information, …") may run before the imperative after its comma. */
const MAX_LEAD_CLAUSE_TOKENS = 40;
/** Marks that can end an introductory clause or form of address. */
const LEAD_END = new Set([',', '—', '–', ':']);
/** Words after "To" that make it a form of address ("To all Americans, …", "To those who …"). */
const ADDRESSEE = new Set(['all', 'those', 'the', 'our', 'my', 'every', 'you', 'each', 'everyone', 'people', 'friends', 'workers', 'citizens', 'americans']);

/** Words that open a form of address before a command ("My fellow Americans: ask not …", "Friends, join us"). */
/** Most words in a short address to a group ("Young men and women of America"). */
const MAX_ADDRESS_WORDS = 6;

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
export type Slot = Token & { lead?: 'clause' | 'phrase'; previousClause?: Token; previousModal?: boolean; afterColon?: boolean; subordinateFrom?: number; leadEnd?: number };

/** Words after ", so" that open no command: the oath's "so help me God", "so be it", and degree ("so much", "so far"). */
const AFTER_SO_NO_COMMAND = new Set(['help', 'be', 'much', 'many', 'far', 'long', 'that', 'too', 'as', 'to']);

export function imperativeSlots(sentence: Sentence, s: Signals): Slot[] {
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
    // Only a capitalized clause after a colon reads as a command of its own, unless the speaker has just announced it
    // ("I say to you: …", "The answer is simple: raise …", "Here is what you can do: write …").
    const announced = tokens.slice(Math.max(0, k - 4), k).some((x) => s.reporting.has(x.lower) || s.colonAnnouncers.has(x.lower));
    if (!announced && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return;
    const after = words.findIndex((w) => w.start > t.start);
    if (after < 0) return;
    const j = skipOpeners(words, after, s.openers);
    if (j < words.length) slots.push({ ...words[j], lead: 'clause', afterColon: true });
  });
  // "Every signature counts, so add yours before midnight": a command can follow ", so", the reason given first.
  // Not the oath's "so help me God" nor "so be it", nor a "so" that repeats one before it: "so great …, so uniform …",
  // "we can so order our affairs, so protect our own people" are series of degree or manner, not "therefore".
  tokens.forEach((t, k) => {
    if (t.text !== ',' || tokens[k + 1]?.lower !== 'so' || tokens.slice(0, k).some((x) => x.lower === 'so')) return;
    const w = words.find((x) => x.start > tokens[k + 1].start);
    // "…, so adjust them as to permit …": "so … as to" is manner, not "therefore".
    const mannerAsTo = words.some((x, j) => x.start > tokens[k + 1].start && x.lower === 'as' && words[j + 1]?.lower === 'to');
    if (w && !AFTER_SO_NO_COMMAND.has(w.lower) && !mannerAsTo) slots.push({ ...w, lead: 'clause', leadEnd: t.start });
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
    // "If you can spare an evening, come to our office": before a word of direction the motion verb is the command, as at the start.
    const verb = k > after && MOTION_VERB.has(words[k - 1].lower) && DIRECTION_AFTER_MOTION.has(words[k].lower) ? words[k - 1] : words[k];
    if (/^\p{Ll}/u.test(verb.text)) slots.push({ ...verb, lead: kind, ...(clauseLead ? { subordinateFrom: words[leadAt].end } : {}), leadEnd });
  }
  return slots;
}

/** Openers that are verbs of motion: "go" and "come" command by themselves before a word of direction. */
const MOTION_VERB = new Set(['go', 'come']);
/**
 * Words of direction after "go" or "come" that make the motion verb the command ("Go to the polls", "Come out and vote",
 * "Come down to the gate", "Come along on Saturday", "Come with us"); "go home", "go back" are too often told of or quoted to count.
 */
const DIRECTION_AFTER_MOTION = new Set(['to', 'out', 'down', 'along', 'forward', 'with']);

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

/** Auxiliaries of the perfect and the passive: a lead clause that ends on one is interrupted, not finished (a modal may end an elliptical clause: "When you can, join us"). */
const AUXILIARY = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'am', 'been']);

/** Words that open a noun phrase: after an introduction's comma they begin the main clause's subject, never a command. */
const SUBJECT_DETERMINER = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'some', 'many', 'most', 'several', 'such']);
/** Subordinators that are also prepositions ("as a source of strength", "after the war"): their lead needs no verb of its own. */
const PREPOSITIONAL_SUBORDINATOR = new Set(['as', 'after', 'before', 'until', 'since']);
/** Relative pronouns: inside a lead phrase they begin a clause with its own verb. */
const RELATIVE = new Set(['who', 'which', 'whom', 'whose']);

/** The end of the clause an imperative opens: the next comma, semicolon or dash, or the sentence end. */
export function clauseEnd(sentence: Sentence, slot: Token): number {
  const stop = sentence.tokens.find((t) => t.start > slot.start && (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '.' || t.text === '!'));
  return stop ? stop.start : sentence.end;
}
