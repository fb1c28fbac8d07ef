import { foldString } from "../extract/fold";

/**
 * A country as pickers and lookups know it: its stored names, and the other names and codes it
 * goes by (the catalog's official and short names in English and French, its alpha-3 code).
 * Pure, so the browser's picker and the server's `?q=` rank the same way.
 */
export interface CountryOption {
  code: string;
  name: string;
  nameFr: string | null;
  /** Other names and codes to find it by; not shown. */
  aliases?: readonly string[];
}

/**
 * Case, accents, apostrophes and punctuation folded away: "Côte-d’Ivoire" and "cote d'ivoire"
 * both read "cote d ivoire", "Viêt Nam" reads "viet nam".
 */
export function matchKey(text: string): string {
  return foldString(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Lower is better: the code itself, a whole name, a name's start, a word's start, anywhere.
const CODE = 0;
const WHOLE = 1;
const START = 2;
const WORD = 3;
const INSIDE = 4;

function rank(option: CountryOption, key: string): number | null {
  const compactKey = key.replace(/ /g, "");
  if (compactKey.toUpperCase() === option.code || option.aliases?.includes(compactKey.toUpperCase())) return CODE;
  let best: number | null = null;
  for (const name of [option.name, option.nameFr, ...(option.aliases ?? [])]) {
    if (!name) continue;
    const folded = matchKey(name);
    // Compared without spaces as well: "Viet Nam" is "Vietnam", "Timor Leste" is "Timor-Leste".
    const compact = folded.replace(/ /g, "");
    const score =
      compact === compactKey
        ? WHOLE
        : folded.startsWith(key) || compact.startsWith(compactKey)
          ? START
          : folded.includes(` ${key}`)
            ? WORD
            : compact.includes(compactKey)
              ? INSIDE
              : null;
    if (score !== null && (best === null || score < best)) best = score;
    if (best === WHOLE) break;
  }
  return best;
}

/**
 * The countries whose code, name (English or French) or alias matches the words typed, the
 * closest first: "kh" and "KHM" find Cambodia first, "camb" and "cambodge" find it by name,
 * "cote" finds Côte d'Ivoire. Every option when nothing is typed.
 */
export function matchCountries<T extends CountryOption>(options: readonly T[], query: string, limit = Infinity): T[] {
  const key = matchKey(query);
  if (!key) return options.slice(0, limit);
  const ranked: { option: T; score: number; index: number }[] = [];
  options.forEach((option, index) => {
    const score = rank(option, key);
    if (score !== null) ranked.push({ option, score, index });
  });
  return ranked
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map((r) => r.option);
}

/** The one country a text names exactly (code, alpha-3 code, or a whole name in either language), if any. */
export function exactCountry<T extends CountryOption>(options: readonly T[], text: string): T | undefined {
  const key = matchKey(text);
  if (!key) return undefined;
  const found = options.filter((o) => {
    const score = rank(o, key);
    return score === CODE || score === WHOLE;
  });
  return found.length === 1 ? found[0] : found.find((o) => rank(o, key) === CODE);
}
