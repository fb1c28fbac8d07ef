/**
 * Near-miss spellings of known names: a proposed "Nguyen Manh Hungg" is probably the known
 * "Nguyen Manh Hung". Names are compared folded (case, accents, hyphens), within an edit distance
 * of 1, or 2 for names of 12 characters or more; names under 6 characters never count (too many
 * short names are one letter apart).
 */
import { foldString } from "./fold";
import type { EntityType, GazetteerEntry } from "./types";

const MIN_LENGTH = 6;
const LONG = 12;

type Candidate = { folded: string; type: EntityType; id: string };
type NameIndex = Map<number, Candidate[]>;

const normal = (name: string) =>
  foldString(name)
    .toLowerCase()
    .replace(/[\s'’-]+/gu, " ")
    .trim();

const indexes = new WeakMap<readonly GazetteerEntry[], NameIndex>();

/** People's and organizations' names by folded length, built once per gazetteer array. */
function indexOf(gazetteer: readonly GazetteerEntry[]): NameIndex {
  let index = indexes.get(gazetteer);
  if (index) return index;
  index = new Map();
  for (const entry of gazetteer) {
    if (entry.type === "country") continue;
    for (const name of entry.names) {
      const folded = normal(name);
      if (folded.length < MIN_LENGTH) continue;
      const list = index.get(folded.length) ?? [];
      list.push({ folded, type: entry.type, id: entry.id });
      index.set(folded.length, list);
    }
  }
  indexes.set(gazetteer, index);
  return index;
}

/** Levenshtein distance of a and b, or max + 1 as soon as it must exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The known person or organization a new name is probably a misspelling of, if any. */
export function probableMatch(
  name: string,
  type: EntityType,
  gazetteer: readonly GazetteerEntry[],
): { type: EntityType; id: string } | undefined {
  const folded = normal(name);
  if (folded.length < MIN_LENGTH) return undefined;
  const max = folded.length >= LONG ? 2 : 1;
  const index = indexOf(gazetteer);
  let best: { candidate: Candidate; distance: number } | undefined;
  for (let length = folded.length - max; length <= folded.length + max; length++) {
    for (const candidate of index.get(length) ?? []) {
      if (candidate.type !== type) continue;
      const distance = boundedDistance(folded, candidate.folded, max);
      // Distance 0 is the same name: the matcher found it already, or chose not to.
      if (distance === 0 || distance > max) continue;
      if (!best || distance < best.distance) best = { candidate, distance };
    }
  }
  return best ? { type: best.candidate.type, id: best.candidate.id } : undefined;
}
