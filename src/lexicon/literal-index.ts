// Which of the patterns' required literals a text contains, found in one pass over the text rather than one search per
// literal: an Aho–Corasick automaton over every literal that compiled patterns need (see literals.ts and match.ts).

import { isWordCharacter, type Literal } from './literals.js';

/** The literals found in one text: a bit per literal number, valid for the index version it was scanned with. */
export interface LiteralScan {
  readonly version: number;
  readonly bits: Uint32Array;
}

/** The automaton as flat tables: one row of `alphabet` next states per state, and the literals each state completes. */
interface Automaton {
  /** The column of each UTF-16 code unit that occurs in some literal; any other unit is column 0, which leads back to the start. */
  columns: Map<number, number>;
  /** The same for code units below 128, as an array. */
  asciiColumns: Int32Array;
  width: number;
  /** next[state * width + column]: the state after reading a unit of that column, failure links already followed. */
  next: Int32Array;
  /** The literals found on reaching a state (its own and those of its suffix states): outputs[outputStart[s] … outputStart[s + 1]). */
  outputStart: Int32Array;
  outputs: Int32Array;
  /** By literal number: 0, or the word boundaries to check where its text is found (1: before it, 2: after it, 3: both). */
  edges: Uint8Array;
  /** By literal number: the length of its text. */
  lengths: Int32Array;
}

const WORD_START = 1;
const WORD_END = 2;

/** Numbers literals as patterns are compiled, and finds which of them a text contains. */
export class LiteralIndex {
  private readonly ids = new Map<string, number>();
  private readonly literalList: Literal[] = [];
  private automaton: Automaton | undefined;
  /** Changes whenever a literal is added: scans made before no longer cover every literal. */
  private versionNumber = 0;

  /** The number of `literal`, adding it when it is new. */
  intern(literal: Literal): number {
    const key = `${Number(literal.wordStart)}${Number(literal.wordEnd)}${literal.text}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.literalList.length;
      this.ids.set(key, id);
      this.literalList.push({ text: literal.text, wordStart: literal.wordStart, wordEnd: literal.wordEnd });
      this.automaton = undefined;
      this.versionNumber++;
    }
    return id;
  }

  get version(): number {
    return this.versionNumber;
  }

  /** Every literal of the index, by number. */
  get literals(): readonly Literal[] {
    return this.literalList;
  }

  /** Every literal of the index that occurs in `text` (with a word boundary where the literal asks for one). */
  scan(text: string): LiteralScan {
    const { columns, asciiColumns, width, next, outputStart, outputs, edges, lengths } = (this.automaton ??= buildAutomaton(this.literalList));
    const bits = new Uint32Array((this.literalList.length + 31) >>> 5);
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = next[s * width + (c < 128 ? asciiColumns[c] : (columns.get(c) ?? 0))];
      for (let o = outputStart[s]; o < outputStart[s + 1]; o++) {
        const id = outputs[o];
        const edge = edges[id];
        if (edge !== 0) {
          // The text found ends at i; a word character right before or after it rules out a literal with a boundary there.
          const before = i - lengths[id];
          if ((edge & WORD_START) !== 0 && before >= 0 && isWordCharacter(text.charCodeAt(before))) continue;
          if ((edge & WORD_END) !== 0 && i + 1 < text.length && isWordCharacter(text.charCodeAt(i + 1))) continue;
        }
        bits[id >>> 5] |= 1 << (id & 31);
      }
    }
    return { version: this.versionNumber, bits };
  }
}

/**
 * Aho–Corasick: a trie of the literals, failure links in breadth-first order, then every transition made direct. Built in
 * flat typed arrays, each state's row copied whole from its failure state's: it is built once per process, on the path of
 * every short run, mostly before V8 has optimized anything.
 */
function buildAutomaton(literals: readonly Literal[]): Automaton {
  const columns = new Map<number, number>();
  let size = 1;
  for (const { text: literal } of literals) {
    size += literal.length;
    for (let i = 0; i < literal.length; i++) if (!columns.has(literal.charCodeAt(i))) columns.set(literal.charCodeAt(i), columns.size + 1);
  }
  const width = columns.size + 1;
  // The trie, as child lists: a state's first child, the next sibling of a state, and the column that leads to it.
  const firstChild = new Int32Array(size).fill(-1);
  const sibling = new Int32Array(size).fill(-1);
  const columnOf = new Int32Array(size);
  const ends = new Map<number, number[]>();
  let states = 1;
  // Literals of the same text and other boundaries end in the same state.
  for (const [id, { text: literal }] of literals.entries()) {
    let s = 0;
    for (let i = 0; i < literal.length; i++) {
      const column = columns.get(literal.charCodeAt(i)) ?? 0;
      let child = firstChild[s];
      while (child >= 0 && columnOf[child] !== column) child = sibling[child];
      if (child < 0) {
        child = states++;
        columnOf[child] = column;
        sibling[child] = firstChild[s];
        firstChild[s] = child;
      }
      s = child;
    }
    const list = ends.get(s);
    if (list) list.push(id);
    else ends.set(s, [id]);
  }
  // Breadth first, so a state's failure state (shorter) is complete before it: its row starts as a copy of that state's.
  const next = new Int32Array(states * width);
  const fail = new Int32Array(states);
  /** The nearest state on the failure chain where a literal ends (-1: none). */
  const outputLink = new Int32Array(states).fill(-1);
  const queue = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = queue[head];
    const row = s * width;
    if (s !== 0) next.copyWithin(row, fail[s] * width, fail[s] * width + width);
    for (let child = firstChild[s]; child >= 0; child = sibling[child]) {
      const f = s === 0 ? 0 : next[row + columnOf[child]];
      next[row + columnOf[child]] = child;
      fail[child] = f;
      outputLink[child] = ends.has(f) ? f : outputLink[f];
      queue[tail++] = child;
    }
  }
  // Every literal found on reaching each state: its own, then those along its output links.
  const outputStart = new Int32Array(states + 1);
  const found: number[] = [];
  for (let s = 0; s < states; s++) {
    outputStart[s] = found.length;
    for (let o = ends.has(s) ? s : outputLink[s]; o >= 0; o = outputLink[o]) found.push(...ends.get(o)!);
  }
  outputStart[states] = found.length;
  const asciiColumns = new Int32Array(128);
  for (const [c, column] of columns) if (c < 128) asciiColumns[c] = column;
  const edges = Uint8Array.from(literals, (l) => (l.wordStart ? WORD_START : 0) | (l.wordEnd ? WORD_END : 0));
  const lengths = Int32Array.from(literals, (l) => l.text.length);
  return { columns, asciiColumns, width, next, outputStart, outputs: Int32Array.from(found), edges, lengths };
}

/** True when the scan found literal `id`. */
export function scanHas(scan: LiteralScan, id: number): boolean {
  return (scan.bits[id >>> 5] & (1 << (id & 31))) !== 0;
}

/** Literals of case-insensitive patterns (lower-cased, searched in lower-cased text). */
export const foldedLiterals = new LiteralIndex();
/** Literals of case-sensitive patterns (searched in the text as it is). */
export const exactLiterals = new LiteralIndex();

/**
 * A `Requirement` with its literals numbered, in one shape for every node (V8 runs `holds` fastest on one shape): a literal
 * (`id` ≥ 0), or all (`all`) or one of its `items`, the rarest-looking first so that a sentence fails fast.
 */
export interface LiteralTest {
  id: number;
  all: boolean;
  items: LiteralTest[];
}

/** Whether the literals `scan` found meet `test`. */
export function holds(test: LiteralTest, scan: LiteralScan): boolean {
  if (test.id >= 0) return scanHas(scan, test.id);
  if (test.all) {
    for (const t of test.items) if (!holds(t, scan)) return false;
    return true;
  }
  for (const t of test.items) if (holds(t, scan)) return true;
  return false;
}
