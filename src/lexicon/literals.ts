// The literal text a regular expression cannot match without: cheap `includes` tests that let most sentences skip the regex.

/**
 * Literal text every match contains. `wordStart`: the pattern puts a word boundary right before it (`\bwe`, `\swe`,
 * `^we`), so the character before it in the text is no word character (A–Z, a–z, 0–9, _) or there is none; `wordEnd`:
 * the same right after it. "he" is in "the"; `\bhe\b`'s literal is not.
 */
export interface Literal {
  text: string;
  wordStart: boolean;
  wordEnd: boolean;
}

/**
 * What every match of a regular expression contains, as a condition on the text it runs on: a literal, all of several
 * conditions, or one of several. `\bup\s+to\s+us\b` gives all of \bup\b, \bto\b and \bus\b; `(?:we must|you should)`
 * gives one of "we must" and "you should". `{ all: [] }` asks for nothing.
 */
export type Requirement = Literal | { all: Requirement[] } | { any: Requirement[] };

/** The requirement that holds for every text. */
export const NO_REQUIREMENT: Requirement = { all: [] };

/**
 * The literal requirement of `source`: runs of two or more literal characters, combined as the pattern combines them
 * (a sequence needs all of its items, a group of alternatives one of them), each marked where the pattern puts a word
 * boundary next to it. Optional and repeated items, classes, escapes and negative lookarounds are left out; a positive
 * lookaround's text is in the searched text too, so it counts. The requirement is therefore a necessary condition for a
 * match, never a sufficient one: text that fails it cannot match, and skipping the regex there changes no result.
 * Strings are lower-cased when `ignoreCase`; only ASCII characters are kept, whose case folding `toLowerCase` reproduces.
 */
export function requiredLiterals(source: string, ignoreCase: boolean): Requirement {
  // Equal items are merged only now: while reading, a literal may still be marked by what follows it.
  return simplified(new LiteralReader(source, ignoreCase).alternatives(0, false).requirement);
}

/** Whether a UTF-16 code unit is a word character for `\b` (ASCII letters, digits and _). */
export function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

function isLiteral(requirement: Requirement): requirement is Literal {
  return 'text' in requirement;
}

function isNoRequirement(requirement: Requirement): boolean {
  return 'all' in requirement && requirement.all.length === 0;
}

/** All of `items`, nested conjunctions flattened; a single item as itself. */
function allOf(items: readonly Requirement[]): Requirement {
  const flat = items.flatMap((item) => ('all' in item ? item.all : [item]));
  return flat.length === 1 ? flat[0] : { all: flat };
}

/** One of `items`: nothing is required when one of them asks for nothing; nested disjunctions flattened. */
function anyOf(items: readonly Requirement[]): Requirement {
  if (items.some(isNoRequirement)) return NO_REQUIREMENT;
  const flat = items.flatMap((item) => ('any' in item ? item.any : [item]));
  return flat.length === 1 ? flat[0] : { any: flat };
}

/** The requirement with equal items of a conjunction or disjunction merged. */
function simplified(requirement: Requirement): Requirement {
  return withKey(requirement).requirement;
}

/** The requirement simplified, and a string that equal requirements share (each node's made once, from its items'). */
function withKey(requirement: Requirement): { requirement: Requirement; key: string } {
  if (isLiteral(requirement)) return { requirement, key: showLiteral(requirement) };
  const all = 'all' in requirement;
  const keys = new Set<string>();
  const items: Requirement[] = [];
  for (const item of all ? requirement.all : requirement.any) {
    const simple = withKey(item);
    if (!keys.has(simple.key)) items.push(simple.requirement);
    keys.add(simple.key);
  }
  return { requirement: all ? allOf(items) : anyOf(items), key: `${all ? '&' : '|'}(${[...keys].join(' ')})` };
}

/**
 * A rough share of sentences that hold `literal`, used only to choose what to test first: a string of two letters is in
 * nearly every sentence, each more letter halves that, and a word boundary at either end halves it again. Never used to
 * decide whether a pattern may match.
 */
export function literalLikelihood(literal: Literal): number {
  return Math.min(1, 2 ** (2 - literal.text.length - Number(literal.wordStart) - Number(literal.wordEnd)));
}

/**
 * Literals one of which every text that meets `requirement` holds, or undefined when a walk finds none: a literal itself;
 * for all of several, the set of the item that looks rarest; for one of several, the sets of all of them together.
 */
export function keyLiterals(requirement: Requirement): Literal[] | undefined {
  if (isLiteral(requirement)) return [requirement];
  if ('any' in requirement) {
    const union: Literal[] = [];
    for (const r of requirement.any) {
      const key = keyLiterals(r);
      if (key === undefined) return undefined;
      union.push(...key);
    }
    return union;
  }
  let best: Literal[] | undefined;
  let bestLikelihood = Infinity;
  for (const r of requirement.all) {
    const key = keyLiterals(r);
    if (key === undefined) continue;
    const estimate = Math.min(1, key.reduce((sum, literal) => sum + literalLikelihood(literal), 0));
    if (estimate < bestLikelihood) [best, bestLikelihood] = [key, estimate];
  }
  return best;
}

/** A literal in words: its text, with \b where it has a word boundary. */
export function showLiteral(literal: Literal): string {
  return `${literal.wordStart ? '\\b' : ''}${literal.text}${literal.wordEnd ? '\\b' : ''}`;
}

/** A requirement in words, for tests and dumps: `"\bup\b" & "to" & ("we" | "you")`. */
export function showRequirement(requirement: Requirement, nested = false): string {
  if (isLiteral(requirement)) return JSON.stringify(showLiteral(requirement)).replaceAll('\\\\', '\\');
  if ('all' in requirement) return requirement.all.length === 0 ? 'nothing' : requirement.all.map((r) => showRequirement(r, true)).join(' & ');
  const shown = requirement.any.map((r) => showRequirement(r, false)).join(' | ');
  return nested ? `(${shown})` : shown;
}

/** What a sequence or a group reads: its requirement, where it stops, and what the text holds at its end. */
interface Part {
  requirement: Requirement;
  /** The index of the `|` or `)` that ends it (or the source's length). */
  end: number;
  /** The literals that end exactly where the part ends, in every way it can match: marked `wordEnd` if a boundary follows. */
  ending: Literal[];
  /** Whether a word character right after the part would begin a word (see `boundary` in `sequence`). */
  boundaryAfter: boolean;
}

/** One pass of recursive descent over a pattern's source: each character is read once. */
class LiteralReader {
  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  /**
   * Alternatives from `from` up to the `)` that closes their group (or the end). `boundaryBefore`: whether a word
   * character at `from` would begin a word.
   */
  alternatives(from: number, boundaryBefore: boolean): Part {
    const branches: Part[] = [];
    let i = from;
    for (;;) {
      const branch = this.sequence(i, boundaryBefore);
      branches.push(branch);
      if (this.source[branch.end] !== '|') break;
      i = branch.end + 1;
    }
    return {
      requirement: anyOf(branches.map((b) => b.requirement)),
      end: branches[branches.length - 1].end,
      ending: branches.flatMap((b) => b.ending),
      boundaryAfter: branches.every((b) => b.boundaryAfter),
    };
  }

  /** A sequence up to the next `|` or `)` of its own level (or the end). */
  private sequence(from: number, boundaryBefore: boolean): Part {
    const { source, ignoreCase } = this;
    const items: Requirement[] = [];
    let run = '';
    let runWordStart = false;
    /**
     * Whether a word character here would begin a word: the character before is no word character or there is none
     * (after \s, \W, a space, ^), or the pattern asserts \b here. Only ever true when the pattern makes it so.
     */
    let boundary = boundaryBefore;
    /** Literals that end right here; marked `wordEnd` when what must follow is no word character. */
    let ending: Literal[] = [];
    const endRun = (): void => {
      if (run === '') return;
      const literal: Literal = { text: ignoreCase ? run.toLowerCase() : run, wordStart: runWordStart, wordEnd: false };
      if (run.length >= 2) items.push(literal);
      ending = run.length >= 2 ? [literal] : [];
      run = '';
    };
    const boundaryFollows = (): void => {
      for (const literal of ending) if (isWordCharacter(literal.text.charCodeAt(literal.text.length - 1))) literal.wordEnd = true;
    };
    /**
     * After an item that may be absent or repeated, or whose text is unknown: no literal surely ends right here, and a
     * word character here begins a word only if it would both with the item and without it (`withItem`).
     */
    const uncertain = (withItem: boolean): void => {
      endRun();
      boundary &&= withItem;
      ending = [];
    };
    let i = from;
    while (i < source.length) {
      const c = source[i];
      if (c === '|' || c === ')') break;
      if (c === '\\') {
        const next = source[i + 1];
        const end = skipEscape(source, i);
        const after = skipQuantifier(source, end);
        endRun();
        if (next === 'b' && after === end) {
          boundaryFollows();
          boundary = true;
        } else if ((next === 's' || next === 'W') && !optionalQuantifier(source, end, after)) {
          // At least one character that is no word character.
          boundaryFollows();
          boundary = true;
          ending = [];
        } else uncertain(next === 's' || next === 'W');
        i = after;
        continue;
      }
      if (c === '[') {
        uncertain(false);
        i = skipQuantifier(source, skipClass(source, i));
        continue;
      }
      if (c === '(') {
        endRun();
        const lookbehind = source.startsWith('(?<=', i) || source.startsWith('(?<!', i);
        const lookahead = source.startsWith('(?=', i) || source.startsWith('(?!', i);
        const negative = source.startsWith('(?!', i) || source.startsWith('(?<!', i);
        const inner = lookbehind ? i + 4 : lookahead || source.startsWith('(?:', i) ? i + 3 : source.startsWith('(?<', i) ? source.indexOf('>', i) + 1 : i + 1;
        // A lookahead reads the text from here, a lookbehind up to here; neither moves on, so what is known here stays.
        const group = this.alternatives(inner, lookbehind ? false : boundary);
        const close = group.end + 1;
        const after = skipQuantifier(source, close);
        const optional = optionalQuantifier(source, close, after);
        if (!negative && !optional) items.push(group.requirement);
        if (lookahead || lookbehind) {
          if (after !== close) uncertain(false);
        } else if (optional || after !== close) {
          // Absent, or repeated: the literals that end it then belong to its last round, not the first.
          uncertain(group.boundaryAfter);
        } else {
          boundary = group.boundaryAfter;
          ending = group.ending;
        }
        i = after;
        continue;
      }
      if (c === '{' && quantifierBracesAt(source, i) === 0) {
        // A brace that is not a quantifier is a literal character; leave it out.
        uncertain(false);
        i++;
        continue;
      }
      if (c === '?' || c === '*' || c === '+' || c === '{') {
        // A quantifier on an item that takes none (a literal character takes its own below).
        uncertain(false);
        i = Math.max(skipQuantifier(source, i), i + 1);
        continue;
      }
      if (c === '.' || c.charCodeAt(0) > 0x7e || c.charCodeAt(0) < 0x20) {
        uncertain(false);
        i = skipQuantifier(source, i + 1);
        continue;
      }
      if (c === '$') {
        endRun();
        boundaryFollows();
        boundary = false;
        ending = [];
        i++;
        continue;
      }
      if (c === '^') {
        endRun();
        boundary = true;
        ending = [];
        i++;
        continue;
      }
      // A literal character, and any quantifier on it.
      const after = skipQuantifier(source, i + 1);
      const word = isWordCharacter(c.charCodeAt(0));
      if (optionalQuantifier(source, i + 1, after)) {
        // It may be absent: the run stops before it.
        uncertain(!word);
        i = after;
        continue;
      }
      if (run === '') {
        runWordStart = boundary && word;
        if (!word) boundaryFollows();
        ending = [];
      }
      run += c;
      boundary = !word;
      if (after !== i + 1) {
        // Repeated (+, {2,}): the run keeps it once and stops after it ("ab+c" must contain "ab", not "abc"), and what
        // follows comes after the last repetition, not after the run.
        endRun();
        ending = [];
      }
      i = after;
    }
    endRun();
    return { requirement: allOf(items), end: i, ending, boundaryAfter: boundary };
  }
}

const QUANTIFIER_BRACES = /\{\d+(?:,\d*)?\}/y;

/** The length of a {n}, {n,} or {n,m} quantifier at `i`, or 0 (read in place: no copy of the rest of the source). */
function quantifierBracesAt(source: string, i: number): number {
  QUANTIFIER_BRACES.lastIndex = i;
  return QUANTIFIER_BRACES.exec(source)?.[0].length ?? 0;
}

/** Whether the quantifier `source[from, to)` lets its item be absent: ?, *, {0}, {0,n}. */
function optionalQuantifier(source: string, from: number, to: number): boolean {
  if (to === from) return false;
  const c = source[from];
  return c === '?' || c === '*' || (c === '{' && source[from + 1] === '0' && (source[from + 2] === ',' || source[from + 2] === '}'));
}

/** The index after an escape sequence starting at `i` (`\b`, `\p{L}`, `\u00e9`, `\k<name>`, `\12`, `\.` …). */
function skipEscape(source: string, i: number): number {
  const next = source[i + 1];
  if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') return source.indexOf('}', i) + 1 || source.length;
  if (next === 'k' && source[i + 2] === '<') return source.indexOf('>', i) + 1 || source.length;
  if (next === 'u') return i + 6;
  if (next === 'x') return i + 4;
  if (next === 'c') return i + 3;
  // A back-reference or (without the u flag) an octal escape runs over every digit: \12 is one item, not \1 and "2".
  if (next !== undefined && next >= '0' && next <= '9') {
    let j = i + 2;
    while (j < source.length && source[j] >= '0' && source[j] <= '9') j++;
    return j;
  }
  return i + 2;
}

/** The index after a character class starting at `i`. */
function skipClass(source: string, i: number): number {
  let j = i + 1;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** The index after a quantifier (and its lazy `?`) at `i`, or `i` when there is none. */
function skipQuantifier(source: string, i: number): number {
  let j = i;
  const c = source[j];
  if (c === '?' || c === '*' || c === '+') j++;
  else if (c === '{') {
    const length = quantifierBracesAt(source, j);
    if (length === 0) return i;
    j += length;
  } else return i;
  if (source[j] === '?') j++;
  return j;
}
