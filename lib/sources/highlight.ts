/**
 * Cited spans of a source's text, cut into pieces that never overlap, so that a text with
 * overlapping or identical quotes (two documents citing one sentence, a flag quoting part of a
 * commitment's quote) renders as one flat run of plain and highlighted pieces.
 * Offsets are UTF-16 string indices, as Citation.startOffset / endOffset store them.
 */

/** One cited span; `ref.key` identifies the record it supports (two spans may share one). */
export interface CitedSpan<T extends { key: string }> {
  start: number;
  end: number;
  ref: T;
}

export interface Piece<T extends { key: string }> {
  start: number;
  end: number;
  /** Every record whose citation covers the whole piece, each once, in order of first citation. */
  covering: T[];
  /** The covering records whose citation ends with this piece: where their links go, footnote-style. */
  ending: T[];
}

export interface Paragraph<T extends { key: string }> {
  start: number;
  end: number;
  pieces: Piece<T>[];
}

function uniqueByKey<T extends { key: string }>(refs: T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
}

/**
 * Splits [0, length) at every span edge. Spans are clamped to the text; empty or inverted ones are
 * ignored (a bad offset must not break the page that shows the rest). Plain stretches come out
 * as pieces with no covering record, so the pieces always tile the whole text.
 */
export function segmentSpans<T extends { key: string }>(length: number, spans: readonly CitedSpan<T>[]): Piece<T>[] {
  const valid = spans
    .map((s, index) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end), ref: s.ref, index }))
    .filter((s) => s.end > s.start)
    // Covering records are listed in reading order of their citations, whatever the input order.
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const edges = [...new Set([0, length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: Piece<T>[] = [];
  // Spans are sorted by start, so a moving cursor finds the ones that open before each piece.
  let next = 0;
  let open: typeof valid = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    open = open.filter((s) => s.end > start);
    while (next < valid.length && valid[next]!.start <= start) {
      if (valid[next]!.end > start) open.push(valid[next]!);
      next++;
    }
    pieces.push({
      start,
      end,
      covering: uniqueByKey(open.map((s) => s.ref)),
      ending: uniqueByKey(open.filter((s) => s.end === end).map((s) => s.ref)),
    });
  }
  return pieces;
}

/** A blank line (possibly holding spaces) separates paragraphs, as in the stored articles. */
const PARAGRAPH_BREAK = /\n[ \t\r]*\n\s*/g;

/** The [start, end) ranges of the text's paragraphs, without the blank lines between them. */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((r) => text.slice(r.start, r.end).trim() !== "");
}

/**
 * Groups pieces by paragraph, cutting a piece that crosses a paragraph break. A piece's links stay
 * on its last visible fragment; when a span ends inside a blank line, they move back to the
 * fragment before it rather than being lost.
 */
export function toParagraphs<T extends { key: string }>(text: string, pieces: readonly Piece<T>[]): Paragraph<T>[] {
  const paragraphs: Paragraph<T>[] = paragraphRanges(text).map((r) => ({ ...r, pieces: [] }));
  let p = 0;
  // The paragraph where each piece ends: pieces come in text order, so a second cursor finds it
  // (a search of every paragraph for every piece was quadratic in a text of many short ones).
  let e = 0;
  let last: Piece<T> | undefined;
  for (const piece of pieces) {
    let placed = false;
    while (p < paragraphs.length && paragraphs[p]!.end <= piece.start) p++;
    while (e < paragraphs.length && paragraphs[e]!.end < piece.end) e++;
    for (let q = p; q < paragraphs.length && paragraphs[q]!.start < piece.end; q++) {
      const para = paragraphs[q]!;
      const start = Math.max(piece.start, para.start);
      const end = Math.min(piece.end, para.end);
      if (end <= start) continue;
      const fragment: Piece<T> = { start, end, covering: piece.covering, ending: piece.end <= end ? piece.ending : [] };
      para.pieces.push(fragment);
      last = fragment;
      placed = true;
    }
    const endsInGap = !placed || !(e < paragraphs.length && paragraphs[e]!.start < piece.end);
    if (endsInGap && piece.ending.length && last && last.ending !== piece.ending) {
      last.ending = uniqueByKey([...last.ending, ...piece.ending]);
    }
  }
  return paragraphs;
}
