// Turns overlapping spans into properly nested open/close/text pieces, splitting a span into fragments where it crosses another.

/** A span to highlight; `id` identifies it across fragments. */
export interface MarkSpan {
  id: number;
  start: number;
  end: number;
}

/** One piece of nested output: a run of text, or the opening or closing of one fragment of a span. */
export type NestPiece =
  | { kind: 'text'; start: number; end: number }
  /** `first`: this fragment holds the span's start (the one element that stands for the span); `depth`: how many fragments enclose it. */
  | { kind: 'open'; id: number; first: boolean; depth: number }
  | { kind: 'close'; id: number };

/**
 * Nests the spans that fall within [from, to) (clipped to it). At every boundary the fragments that end there are
 * closed (closing and reopening the fragments opened inside them), and the fragments that start or continue are
 * opened outermost-first by where they end, so a span is split only where it truly crosses another.
 * `opened` records which span ids already had their first fragment (shared across consecutive calls).
 */
export function nestSpans(from: number, to: number, spans: readonly MarkSpan[], opened: Set<number> = new Set()): NestPiece[] {
  const inside = spans
    .map((s) => ({ id: s.id, start: Math.max(from, s.start), end: Math.min(to, s.end) }))
    .filter((s) => s.end > s.start);
  const byId = new Map(inside.map((s) => [s.id, s] as const));
  const points = [...new Set([from, to, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const startingAt = new Map<number, MarkSpan[]>();
  for (const s of inside) {
    const list = startingAt.get(s.start) ?? [];
    list.push(s);
    startingAt.set(s.start, list);
  }
  const pieces: NestPiece[] = [];
  const stack: MarkSpan[] = [];
  let at = from;
  for (const p of points) {
    if (p > at) pieces.push({ kind: 'text', start: at, end: p });
    at = p;
    // Close every fragment down to the lowest one that ends here; remember the ones that go on.
    const lowest = stack.findIndex((s) => s.end === p);
    const reopen: MarkSpan[] = [];
    if (lowest >= 0) {
      while (stack.length > lowest) {
        const s = stack.pop()!;
        pieces.push({ kind: 'close', id: s.id });
        if (s.end > p) reopen.unshift(s);
      }
    }
    // Open what continues and what starts here, longest-lasting outermost (ties: earlier start, then id).
    const toOpen = [...reopen, ...(startingAt.get(p) ?? [])].sort(
      (a, b) => b.end - a.end || byId.get(a.id)!.start - byId.get(b.id)!.start || a.id - b.id,
    );
    if (p === to) break;
    for (const s of toOpen) {
      const first = !opened.has(s.id);
      opened.add(s.id);
      pieces.push({ kind: 'open', id: s.id, first, depth: stack.length });
      stack.push(s);
    }
  }
  return pieces;
}
