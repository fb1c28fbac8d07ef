/**
 * How much two texts share, as the Jaccard index of their 4-word shingles (0 = nothing, 1 = the
 * same words in the same order). A re-typed or re-encoded copy of an article scores near 1; two
 * reports of the same event in different words score low.
 */
export function shingles(text: string, size = 4): Set<string> {
  const words =
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(" "));
  if (out.size === 0 && words.length) out.add(words.join(" "));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The words most likely to find a copy of the text: its longest distinct ones. */
export function distinctiveWords(text: string, count = 12): string[] {
  const words = [
    ...new Set(
      text
        .normalize("NFC")
        .toLowerCase()
        .match(/[\p{L}\p{N}]{5,}/gu) ?? [],
    ),
  ];
  return words.sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).slice(0, count);
}

export const NEAR_DUPLICATE = 0.5;
