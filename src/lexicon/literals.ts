// The literal text a regular expression cannot match without: cheap `includes` tests that let most sentences skip the regex.

/**
 * What every match of a regular expression contains, as a condition on the text it runs on: a literal string, all of
 * several conditions, or one of several. `\bup\s+to\s+us\b` gives all of "up", "to", "us"; `\b(?:we must|you should)\b`
 * gives one of (all of "we", " must") and (all of "you", " should"). `{ all: [] }` asks for nothing.
 */
export type Requirement = string | { all: Requirement[] } | { any: Requirement[] };

/** The requirement that holds for every text. */
export const NO_REQUIREMENT: Requirement = { all: [] };

/**
 * The literal requirement of `source`: runs of two or more literal characters, combined as the pattern combines them
 * (a sequence needs all of its items, a group of alternatives one of them). Optional and repeated items, classes, escapes
 * and negative lookarounds are left out; a positive lookaround's text is in the searched text too, so it counts. The
 * requirement is therefore a necessary condition for a match, never a sufficient one: text that fails it cannot match,
 * and skipping the regex there changes no result. Strings are lower-cased when `ignoreCase`; only ASCII characters are
 * kept, whose case folding `toLowerCase` reproduces.
 */
export function requiredLiterals(source: string, ignoreCase: boolean): Requirement {
  return new LiteralReader(source, ignoreCase).alternatives(0).requirement;
}

/** All of `items`: nested conjunctions flattened, items that ask for nothing left out, a single item as itself. */
export function allOf(items: readonly Requirement[]): Requirement {
  const flat: Requirement[] = [];
  for (const item of items) {
    if (typeof item === 'object' && 'all' in item) flat.push(...item.all);
    else flat.push(item);
  }
  const unique = dedupe(flat);
  return unique.length === 1 ? unique[0] : { all: unique };
}

/** One of `items`: nothing is required when one of them asks for nothing; nested disjunctions flattened. */
export function anyOf(items: readonly Requirement[]): Requirement {
  const flat: Requirement[] = [];
  for (const item of items) {
    if (isNoRequirement(item)) return NO_REQUIREMENT;
    if (typeof item === 'object' && 'any' in item) flat.push(...item.any);
    else flat.push(item);
  }
  const unique = dedupe(flat);
  return unique.length === 1 ? unique[0] : { any: unique };
}

export function isNoRequirement(requirement: Requirement): boolean {
  return typeof requirement === 'object' && 'all' in requirement && requirement.all.length === 0;
}

function dedupe(items: readonly Requirement[]): Requirement[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A rough share of sentences that hold `literal`, used only to choose what to test first: a string of two letters is in
 * nearly every sentence, each more letter halves that. Never used to decide whether a pattern may match.
 */
export function literalLikelihood(literal: string): number {
  return Math.min(1, 2 ** (2 - literal.length));
}

/** The same estimate for a requirement: all of several as likely as its rarest item, one of several as their sum. */
export function likelihood(requirement: Requirement): number {
  if (typeof requirement === 'string') return literalLikelihood(requirement);
  if ('all' in requirement) return Math.min(1, ...requirement.all.map(likelihood));
  return Math.min(1, requirement.any.reduce((sum, r) => sum + likelihood(r), 0));
}

/**
 * Literals one of which every text that meets `requirement` holds, or undefined when a walk finds none: a literal itself;
 * for all of several, the set of the item that looks rarest; for one of several, the sets of all of them together.
 */
export function keyLiterals(requirement: Requirement): string[] | undefined {
  if (typeof requirement === 'string') return [requirement];
  if ('any' in requirement) {
    const union = new Set<string>();
    for (const r of requirement.any) {
      const key = keyLiterals(r);
      if (key === undefined) return undefined;
      for (const literal of key) union.add(literal);
    }
    return [...union];
  }
  let best: string[] | undefined;
  let bestLikelihood = Infinity;
  for (const r of requirement.all) {
    const key = keyLiterals(r);
    const estimate = key && Math.min(1, key.reduce((sum, literal) => sum + literalLikelihood(literal), 0));
    if (key !== undefined && estimate! < bestLikelihood) [best, bestLikelihood] = [key, estimate!];
  }
  return best;
}

/** A requirement in words, for tests and dumps: `"up" & "to" & ("we" | "you")`. */
export function showRequirement(requirement: Requirement, nested = false): string {
  if (typeof requirement === 'string') return JSON.stringify(requirement);
  if ('all' in requirement) return requirement.all.length === 0 ? 'nothing' : requirement.all.map((r) => showRequirement(r, true)).join(' & ');
  const shown = requirement.any.map((r) => showRequirement(r, false)).join(' | ');
  return nested ? `(${shown})` : shown;
}

/** One pass of recursive descent over a pattern's source: each character is read once. */
class LiteralReader {
  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  /** Alternatives from `from` up to the `)` that closes their group (or the end): their requirement and where they stop. */
  alternatives(from: number): { requirement: Requirement; end: number } {
    const branches: Requirement[] = [];
    let i = from;
    for (;;) {
      const branch = this.sequence(i);
      branches.push(branch.requirement);
      if (this.source[branch.end] !== '|') return { requirement: anyOf(branches), end: branch.end };
      i = branch.end + 1;
    }
  }

  /** A sequence up to the next `|` or `)` of its own level (or the end). */
  private sequence(from: number): { requirement: Requirement; end: number } {
    const { source, ignoreCase } = this;
    const items: Requirement[] = [];
    let run = '';
    const endRun = (): void => {
      if (run.length >= 2) items.push(ignoreCase ? run.toLowerCase() : run);
      run = '';
    };
    let i = from;
    while (i < source.length) {
      const c = source[i];
      if (c === '|' || c === ')') break;
      if (c === '\\') {
        endRun();
        i = skipQuantifier(source, skipEscape(source, i));
        continue;
      }
      if (c === '[') {
        endRun();
        i = skipQuantifier(source, skipClass(source, i));
        continue;
      }
      if (c === '(') {
        endRun();
        const lookbehind = source.startsWith('(?<=', i) || source.startsWith('(?<!', i);
        const lookahead = source.startsWith('(?=', i) || source.startsWith('(?!', i);
        const negative = source.startsWith('(?!', i) || source.startsWith('(?<!', i);
        const inner = lookbehind ? i + 4 : lookahead || source.startsWith('(?:', i) ? i + 3 : source.startsWith('(?<', i) ? source.indexOf('>', i) + 1 : i + 1;
        const group = this.alternatives(inner);
        const close = group.end + 1;
        const after = skipQuantifier(source, close);
        if (!negative && !optionalQuantifier(source, close, after)) items.push(group.requirement);
        i = after;
        continue;
      }
      if (c === '{' && quantifierBracesAt(source, i) === 0) {
        // A brace that is not a quantifier is a literal character; leave it out.
        endRun();
        i++;
        continue;
      }
      if (c === '?' || c === '*' || c === '+' || c === '{') {
        // A quantifier on the last literal character. When it may be absent (?, *, {0,…}) the run stops before it; when it
        // repeats (+, {2,}) the run keeps it once and stops after it ("ab+c" must contain "ab", not "abc").
        const after = skipQuantifier(source, i);
        if (optionalQuantifier(source, i, after)) run = run.slice(0, -1);
        endRun();
        i = after;
        continue;
      }
      if (c === '.' || c === '^' || c === '$' || c.charCodeAt(0) > 0x7e || c.charCodeAt(0) < 0x20) endRun();
      else run += c;
      i++;
    }
    endRun();
    return { requirement: allOf(items), end: i };
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
