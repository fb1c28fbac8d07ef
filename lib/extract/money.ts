/**
 * Amounts of money as decimal strings with an ISO 4217 code: "5 million USD", "US$1.2 billion",
 * "$550,000", "1,5 million d'euros", "550 000 USD", "VND 2 trillion".
 */
import { CURRENCIES, decimalToMinor } from "../money/money";
import {
  DIGITS_SOURCE,
  MONEY_SCALE_SOURCE,
  NUMBER_WORDS_SOURCE,
  numberToDecimal,
  scaleExponent,
  shiftDecimal,
} from "./numbers";
import { pickLongest } from "./spans";
import type { Language, MoneySuggestion } from "./types";

// Symbols and words before the number. "$" alone is read as USD and flagged as inferred.
const PREFIXES: [string, string, boolean][] = [
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

// Words after the number, singular and plural, English and French. Lowercase; matched case-insensitively.
const SUFFIX_WORDS: [string, string, boolean][] = [
  ["us dollars?", "USD", false],
  ["u\\.s\\. dollars?", "USD", false],
  ["dollars? (?:us|am[ée]ricains?|des [ée]tats-unis)", "USD", false],
  ["dollars?", "USD", true],
  ["euros?", "EUR", false],
  ["dongs?", "VND", false],
  ["đồng", "VND", false],
  ["riels?", "KHR", false],
  ["yens?", "JPY", false],
  ["yuans?", "CNY", false],
  ["renminbi", "CNY", false],
  ["bahts?", "THB", false],
  ["kips?", "LAK", false],
  ["ringgits?", "MYR", false],
  ["roupies?", "INR", false],
  ["rupees?", "INR", false],
  ["livres? sterling", "GBP", false],
  ["pounds? sterling", "GBP", false],
  ["won", "KRW", false],
  ["wons", "KRW", false],
  ["roubles?", "RUB", false],
  ["rubles?", "RUB", false],
];

const CODES = CURRENCIES.join("|");
const NUMBER = `(?<num>${DIGITS_SOURCE}|${NUMBER_WORDS_SOURCE})`;
const SCALE = `(?<scale>${MONEY_SCALE_SOURCE})?`;
const PREFIX_ALT = PREFIXES.map(([p]) => p).join("|");
const SUFFIX_ALT = SUFFIX_WORDS.map(([w]) => w).join("|");

// Codes are matched case-sensitively ("USD"), words case-insensitively ("Dollars", "dollars").
const BEFORE = new RegExp(String.raw`(?<cur>${PREFIX_ALT}|(?<![\p{L}])(?:${CODES}))\s?${NUMBER}${SCALE}`, "gu");
const AFTER_CODE = new RegExp(String.raw`${NUMBER}${SCALE}\s*(?<cur>(?:${CODES})|₫|€)(?![\p{L}])`, "gu");
const AFTER_WORD = new RegExp(
  String.raw`${NUMBER}${SCALE}\s+(?:(?:de|d'|d’)\s*)?(?<cur>${SUFFIX_ALT})(?![\p{L}])`,
  "giu",
);

function currencyOf(raw: string): { currency: string; inferred: boolean } | null {
  const cur = raw.trim();
  if (/^[A-Z]{3}$/.test(cur)) return { currency: cur, inferred: false };
  for (const [pattern, code, inferred] of PREFIXES)
    if (new RegExp(`^${pattern}$`).test(cur)) return { currency: code, inferred };
  for (const [pattern, code, inferred] of SUFFIX_WORDS)
    if (new RegExp(`^${pattern}$`, "iu").test(cur)) return { currency: code, inferred };
  return null;
}

export function extractMoney(text: string, language: Language): MoneySuggestion[] {
  const candidates: MoneySuggestion[] = [];
  for (const re of [BEFORE, AFTER_CODE, AFTER_WORD]) {
    for (const m of text.matchAll(re)) {
      const g = m.groups!;
      const base = numberToDecimal(g.num!, language);
      const cur = currencyOf(g.cur!);
      if (base === null || !cur) continue;
      // "one" and "un" before a currency word are usually an article ("un dollar symbolique");
      // numbers in words count only with a scale ("five million dollars").
      if (!/^\d/.test(g.num!) && !g.scale) continue;
      const value = shiftDecimal(base, g.scale ? scaleExponent(g.scale, language) : 0);
      if (!decimalToMinor(value, cur.currency).ok) continue;
      candidates.push({
        kind: "money",
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        value,
        currency: cur.currency,
        ...(cur.inferred ? { currencyInferred: true as const } : {}),
      });
    }
  }
  return pickLongest(candidates);
}
