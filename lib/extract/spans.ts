interface Offsets {
  start: number;
  end: number;
}

/**
 * Resolves overlapping candidates: the longest wins ("March 13-16" over "March 13"), then the
 * earliest. Returns the kept ones in text order.
 */
export function pickLongest<T extends Offsets>(candidates: T[]): T[] {
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const c of byLength) {
    if (!overlapsAny(kept, c)) insertSorted(kept, c);
  }
  return kept;
}

function lowerBound(sorted: readonly Offsets[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted<T extends Offsets>(sorted: T[], item: T): void {
  sorted.splice(lowerBound(sorted, item.start), 0, item);
}

/** Whether `span` overlaps any of `sorted` (non-overlapping, in text order). */
export function overlapsAny(sorted: readonly Offsets[], span: Offsets): boolean {
  const i = lowerBound(sorted, span.start);
  const before = sorted[i - 1];
  const at = sorted[i];
  return (before !== undefined && before.end > span.start) || (at !== undefined && at.start < span.end);
}

/** The items of `sorted` (in text order) lying wholly inside `span`. */
export function within<T extends Offsets>(sorted: readonly T[], span: Offsets): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, span.start); i < sorted.length && sorted[i]!.start < span.end; i++) {
    if (sorted[i]!.end <= span.end) out.push(sorted[i]!);
  }
  return out;
}
