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
  return alternatives(source, 0, source.length, ignoreCase);
}

/** The clauses of `source[from, to)`, which may hold top-level alternatives. */
function alternatives(source: string, from: number, to: number, ignoreCase: boolean): LiteralClauses {
  const branches = splitBranches(source, from, to);
  if (branches.length === 1) return sequence(source, from, to, ignoreCase);
  // Each alternative must supply one string of the clause: pick its most selective clause.
  const union: string[] = [];
  for (const [start, end] of branches) {
    const clauses = sequence(source, start, end, ignoreCase);
    if (clauses.length === 0) return [];
    union.push(...mostSelective(clauses));
  }
  return [[...new Set(union)]];
}

function mostSelective(clauses: LiteralClauses): string[] {
  let best = clauses[0];
  for (const c of clauses) if (Math.min(...c.map((s) => s.length)) > Math.min(...best.map((s) => s.length))) best = c;
  return best;
}

/** The top-level alternatives of `source[from, to)`, as [start, end) pairs. */
function splitBranches(source: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  let i = from;
  while (i < to) {
    const c = source[i];
    if (c === '\\') i = skipEscape(source, i);
    else if (c === '[') i = skipClass(source, i);
    else if (c === '(') i = skipGroup(source, i);
    else {
      if (c === '|') {
        out.push([start, i]);
        start = i + 1;
      }
      i++;
    }
  }
  out.push([start, to]);
  return out;
}

/** The clauses of a sequence without top-level alternatives. */
function sequence(source: string, from: number, to: number, ignoreCase: boolean): LiteralClauses {
  const clauses: LiteralClauses = [];
  let run = '';
  const end = (): void => {
    if (run.length >= 2) clauses.push([ignoreCase ? run.toLowerCase() : run]);
    run = '';
  };
  let i = from;
  while (i < to) {
    const c = source[i];
    if (c === '\\') {
      end();
      i = skipQuantifier(source, skipEscape(source, i));
      continue;
    }
    if (c === '[') {
      end();
      i = skipQuantifier(source, skipClass(source, i));
      continue;
    }
    if (c === '(') {
      end();
      const close = skipGroup(source, i);
      const after = skipQuantifier(source, close);
      const lookaround = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
      if (!lookaround && !optionalQuantifier(source.slice(close, after))) {
        const inner = source.startsWith('(?:', i) ? i + 3 : source.startsWith('(?<', i) ? source.indexOf('>', i) + 1 : i + 1;
        clauses.push(...alternatives(source, inner, close - 1, ignoreCase));
      }
      i = after;
      continue;
    }
    if (c === '{' && !QUANTIFIER_BRACES.test(source.slice(i))) {
      // A brace that is not a quantifier is a literal character; leave it out.
      end();
      i++;
      continue;
    }
    if ('?*+{'.includes(c)) {
      // A quantifier on the last literal character. When it may be absent (?, *, {0,…}) the run stops before it; when it
      // repeats (+, {2,}) the run keeps it once and stops after it ("ab+c" must contain "ab", not "abc").
      const after = skipQuantifier(source, i);
      if (optionalQuantifier(source.slice(i, after))) run = run.slice(0, -1);
      end();
      i = after;
      continue;
    }
    if ('.^$'.includes(c) || c.charCodeAt(0) > 0x7e || c.charCodeAt(0) < 0x20) end();
    else run += c;
    i++;
  }
  end();
  return clauses;
}

const QUANTIFIER_BRACES = /^\{\d+(?:,\d*)?\}/;

/** Whether a quantifier lets its item be absent: ?, *, {0}, {0,n}. */
function optionalQuantifier(q: string): boolean {
  return q.startsWith('?') || q.startsWith('*') || /^\{0[,}]/.test(q);
}

/** The index after an escape sequence starting at `i` (`\b`, `\p{L}`, `\u00e9`, `\k<name>`, `\.` …). */
function skipEscape(source: string, i: number): number {
  const next = source[i + 1];
  if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') return source.indexOf('}', i) + 1 || source.length;
  if (next === 'k' && source[i + 2] === '<') return source.indexOf('>', i) + 1 || source.length;
  if (next === 'u') return i + 6;
  if (next === 'x') return i + 4;
  if (next === 'c') return i + 3;
  return i + 2;
}

/** The index after a character class starting at `i`. */
function skipClass(source: string, i: number): number {
  let j = i + 1;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** The index after the group (with everything nested in it) starting at `i`. */
function skipGroup(source: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < source.length) {
    const c = source[j];
    if (c === '\\') j += 2;
    else if (c === '[') j = skipClass(source, j);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
      j++;
    }
  }
  return j;
}

/** The index after a quantifier (and its lazy `?`) at `i`, or `i` when there is none. */
function skipQuantifier(source: string, i: number): number {
  let j = i;
  const c = source[j];
  if (c === '?' || c === '*' || c === '+') j++;
  else if (c === '{') {
    const m = QUANTIFIER_BRACES.exec(source.slice(j));
    if (!m) return i;
    j += m[0].length;
  } else return i;
  if (source[j] === '?') j++;
  return j;
}
