// The literal text a regular expression cannot match without: cheap `includes` tests that let most sentences skip the regex.

/**
 * What every match of a regular expression contains, as clauses that must all hold; a clause holds when the text
 * contains at least one of its strings. `\bup\s+to\s+us\b` gives [["up"], ["to"], ["us"]]; `\b(?:we|you) must\b` gives
 * [["we", "you"], [" must"]].
 */
export type LiteralClauses = string[][];

/**
 * The literal requirements of `source`: runs of two or more literal characters, and groups whose every alternative has
 * one. Optional and repeated items, classes, escapes and lookarounds are left out, so the clauses are a necessary
 * condition for a match, never a sufficient one: text that fails a clause cannot match, and skipping the regex there
 * changes no result. Strings are lower-cased when `ignoreCase`; only ASCII characters are kept, whose case folding
 * `toLowerCase` reproduces.
 */
export function requiredLiterals(source: string, ignoreCase: boolean): LiteralClauses {
  return new LiteralReader(source, ignoreCase).alternatives(0).clauses;
}

/** One pass of recursive descent over a pattern's source: each character is read once. */
class LiteralReader {
  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  /** Alternatives from `from` up to the `)` that closes their group (or the end): their clauses and where they stop. */
  alternatives(from: number): { clauses: LiteralClauses; end: number } {
    const branches: LiteralClauses[] = [];
    let i = from;
    for (;;) {
      const branch = this.sequence(i);
      branches.push(branch.clauses);
      if (this.source[branch.end] !== '|') return { clauses: combineBranches(branches), end: branch.end };
      i = branch.end + 1;
    }
  }

  /** A sequence up to the next `|` or `)` of its own level (or the end). */
  private sequence(from: number): { clauses: LiteralClauses; end: number } {
    const { source, ignoreCase } = this;
    const clauses: LiteralClauses = [];
    let run = '';
    const endRun = (): void => {
      if (run.length >= 2) clauses.push([ignoreCase ? run.toLowerCase() : run]);
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
        const lookaround = source[i + 1] === '?' && (source[i + 2] === '=' || source[i + 2] === '!' || (source[i + 2] === '<' && (source[i + 3] === '=' || source[i + 3] === '!')));
        const inner = source.startsWith('(?:', i) ? i + 3 : source.startsWith('(?<', i) && !lookaround ? source.indexOf('>', i) + 1 : lookaround ? i + (source[i + 2] === '<' ? 4 : 3) : i + 1;
        const group = this.alternatives(inner);
        const close = group.end + 1;
        const after = skipQuantifier(source, close);
        if (!lookaround && !optionalQuantifier(source, close, after)) clauses.push(...group.clauses);
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
    return { clauses, end: i };
  }
}

/** Alternatives combined: one clause from each (its most selective), or nothing when one alternative has none. */
function combineBranches(branches: LiteralClauses[]): LiteralClauses {
  if (branches.length === 1) return branches[0];
  const union: string[] = [];
  for (const clauses of branches) {
    if (clauses.length === 0) return [];
    union.push(...mostSelective(clauses));
  }
  return [[...new Set(union)]];
}

function mostSelective(clauses: LiteralClauses): string[] {
  const shortest = (c: string[]): number => c.reduce((min, s) => Math.min(min, s.length), Infinity);
  let best = clauses[0];
  for (const c of clauses) if (shortest(c) > shortest(best)) best = c;
  return best;
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
