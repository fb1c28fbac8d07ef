/**
 * How the news names a currency: symbols and codes before the number, words after it, English
 * and French. A currency the text does not pin down ("$", "dollars", "francs CFA") is read as the
 * likeliest one and flagged, so that an editor checks it.
 */
import { CURRENCIES } from "../money/money";

// Symbols and words before the number. "$" alone is read as USD and flagged as inferred.
export const PREFIXES: [string, string, boolean][] = [
  ["US\\$", "USD", false],
  ["USD", "USD", false],
  ["\\$", "USD", true],
  ["€", "EUR", false],
  ["£", "GBP", false],
  ["¥", "JPY", true],
  ["₫", "VND", false],
  ["S\\$", "SGD", false],
  ["A\\$", "AUD", false],
];

// Words after the number, singular and plural, English and French. Lowercase; matched
// case-insensitively. A named dollar comes before the bare word, which is read as USD.
export const SUFFIX_WORDS: [string, string, boolean][] = [
  ["us dollars?", "USD", false],
  ["u\\.s\\. dollars?", "USD", false],
  ["american dollars?", "USD", false],
  ["dollars? (?:us|am[ée]ricains?|des [ée]tats-unis)", "USD", false],
  ["singapore dollars?|dollars? (?:de singapour|singapouriens?)", "SGD", false],
  ["australian dollars?|dollars? australiens?", "AUD", false],
  ["canadian dollars?|dollars? canadiens?", "CAD", false],
  ["hong kong dollars?|dollars? de hong kong", "HKD", false],
  ["new zealand dollars?|dollars? n[ée]o-z[ée]landais", "NZD", false],
  ["(?:new )?taiwan dollars?|dollars? taïwanais", "TWD", false],
  ["brunei dollars?|dollars? de brunei", "BND", false],
  ["dollars?", "USD", true],
  ["euros?", "EUR", false],
  // The franc CFA of West Africa (XOF) and of Central Africa (XAF) share the name.
  ["francs? cfa|f ?cfa", "XOF", true],
  ["francs? cfa beac|xaf", "XAF", false],
  ["dongs?", "VND", false],
  ["đồng", "VND", false],
  ["riels?", "KHR", false],
  ["yens?", "JPY", false],
  ["yuans?", "CNY", false],
  ["renminbi", "CNY", false],
  ["bahts?", "THB", false],
  ["kips?", "LAK", false],
  ["ringgits?", "MYR", false],
  ["rupiahs?", "IDR", false],
  ["kyats?", "MMK", false],
  ["takas?", "BDT", false],
  ["roupies?", "INR", false],
  ["rupees?", "INR", false],
  ["dirhams?", "MAD", false],
  ["nairas?", "NGN", false],
  ["livres? sterling", "GBP", false],
  ["pounds? sterling", "GBP", false],
  ["won", "KRW", false],
  ["wons", "KRW", false],
  ["roubles?", "RUB", false],
  ["rubles?", "RUB", false],
];

export const CODES = CURRENCIES.join("|");
export const PREFIX_ALT = PREFIXES.map(([p]) => p).join("|");
export const SUFFIX_ALT = SUFFIX_WORDS.map(([w]) => w).join("|");

export function currencyOf(raw: string): { currency: string; inferred: boolean } | null {
  const cur = raw.trim().replace(/\s+/gu, " ");
  if (/^[A-Z]{3}$/.test(cur)) return { currency: cur, inferred: false };
  for (const [pattern, code, inferred] of PREFIXES)
    if (new RegExp(`^(?:${pattern})$`).test(cur)) return { currency: code, inferred };
  for (const [pattern, code, inferred] of SUFFIX_WORDS)
    if (new RegExp(`^(?:${pattern})$`, "iu").test(cur)) return { currency: code, inferred };
  return null;
}

export type Qualifier = "exact" | "at_least" | "about" | "up_to";

// The words just before an amount that bound it; the nearest wins ("about more than $5m" is at least).
const QUALIFIERS: [Qualifier, RegExp][] = [
  [
    "at_least",
    /(?:more than|over|above|in excess of|exceeding|upwards of|at least|no less than|cross(?:es|ed|ing)?|plus de|au moins|au-delà de|supérieure? à|dépassant)\s*$/iu,
  ],
  [
    "about",
    /(?:about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated at|environ|près de|quelque|autour de|approximativement|presque|quasiment|avoisinant)\s*$/iu,
  ],
  ["up_to", /(?:up to|as much as|a maximum of|at most|jusqu['’]à|au plus|au maximum)\s*$/iu],
];

/** How the words before `start` bound the amount there. */
export function qualifierBefore(text: string, start: number): Qualifier {
  const before = text.slice(Math.max(0, start - 24), start);
  let best: Qualifier = "exact";
  let at = -1;
  for (const [name, re] of QUALIFIERS) {
    const m = re.exec(before);
    if (m && m.index > at && /(?:^|[^\p{L}])$/u.test(before.slice(0, m.index))) {
      best = name;
      at = m.index;
    }
  }
  return best;
}
