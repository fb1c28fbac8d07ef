/**
 * Amounts of money as decimal strings with an ISO 4217 code: "5 million USD", "US$1.2 billion",
 * "$550,000", "1,5 million d'euros", "550 000 USD", "VND 2 trillion", "$4.5-bn", "3 bn Thai
 * baht", "1 milliard 250 millions de francs CFA", and in words with fractions ("half a million
 * dollars", "un million et demi d'euros"), each with the words that bound it ("more than").
 */
import { decimalToMinor } from "../money/money";
import { CODES, PREFIX_ALT, SUFFIX_ALT, currencyOf, qualifierBefore } from "./currencies";
import { extractWordedMoney } from "./money-worded";
import {
  DIGITS_SOURCE,
  MONEY_SCALE_SOURCE,
  NUMBER_WORDS_SOURCE,
  SCALE_WORD_SOURCE,
  numberToDecimal,
  scaleExponent,
  shiftDecimal,
} from "./numbers";
import { pickLongest } from "./spans";
import type { Language, MoneySuggestion } from "./types";

const NUMBER = `(?<num>${DIGITS_SOURCE}|${NUMBER_WORDS_SOURCE})`;
const SCALE = `(?<scale>${MONEY_SCALE_SOURCE})?`;
// French writes a sum of two scales: "1 milliard 250 millions".
const MORE = `(?:\\s+(?<num2>${DIGITS_SOURCE})(?<scale2>${SCALE_WORD_SOURCE}))?`;
// A country's adjective before the currency's name ("Bangladeshi taka"); capitalised, checked below.
const ADJ = String.raw`(?:(?<adj>\p{L}[\p{L}-]*)\s+)?`;

// Codes are matched case-sensitively ("USD"), words case-insensitively ("Dollars", "dollars").
const BEFORE = new RegExp(String.raw`(?<cur>${PREFIX_ALT}|(?<![\p{L}])(?:${CODES}))\s?${NUMBER}${SCALE}`, "gu");
const AFTER_CODE = new RegExp(String.raw`${NUMBER}${SCALE}${MORE}\s*(?<cur>(?:${CODES})|₫|€)(?![\p{L}])`, "gu");
const AFTER_WORD = new RegExp(
  String.raw`${NUMBER}${SCALE}${MORE}\s+(?:(?:de|d'|d’)\s*)?${ADJ}(?<cur>${SUFFIX_ALT})(?![\p{L}])`,
  "giu",
);

/** `a` + `b`, both whole numbers as decimal strings; null when either has a fraction. */
function addWhole(a: string, b: string): string | null {
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) return null;
  return String(BigInt(a) + BigInt(b));
}

function valueOf(g: Record<string, string | undefined>, language: Language): string | null {
  const base = numberToDecimal(g.num!, language);
  if (base === null) return null;
  const exponent = g.scale ? scaleExponent(g.scale, language) : 0;
  const value = shiftDecimal(base, exponent);
  if (g.num2 === undefined) return value;
  const second = numberToDecimal(g.num2, language);
  const exponent2 = scaleExponent(g.scale2!, language);
  if (second === null || exponent2 >= exponent) return null;
  return addWhole(value, shiftDecimal(second, exponent2));
}

export function extractMoney(text: string, language: Language): MoneySuggestion[] {
  const candidates: MoneySuggestion[] = [];
  for (const re of [BEFORE, AFTER_CODE, AFTER_WORD]) {
    for (const m of text.matchAll(re)) {
      const g = m.groups!;
      // An adjective must be a capitalised name, and a dollar's must be one of those listed.
      if (g.adj !== undefined && !/^\p{Lu}/u.test(g.adj)) continue;
      const named = g.adj !== undefined ? currencyOf(`${g.adj} ${g.cur!}`) : null;
      const cur = named ?? currencyOf(g.cur!);
      if (!cur || (g.adj !== undefined && !named && cur.currency === "USD" && cur.inferred)) continue;
      // "one" and "un" before a currency word are usually an article ("un dollar symbolique");
      // numbers in words count only with a scale ("five million dollars").
      if (!/^\d/.test(g.num!) && !g.scale) continue;
      const value = valueOf(g, language);
      if (value === null || !decimalToMinor(value, cur.currency).ok) continue;
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
  candidates.push(...extractWordedMoney(text));
  const out: MoneySuggestion[] = [];
  for (const c of pickLongest(candidates)) {
    const own = qualifierBefore(text, c.start);
    const prev = out[out.length - 1];
    // A conversion ("about 9 billion VND, or 40 million USD") is as approximate as what it converts.
    const qualifier =
      own === "exact" && prev && c.start - prev.end < 16 && CONVERSION.test(text.slice(prev.end, c.start))
        ? (prev.qualifier ?? own)
        : own;
    out.push(qualifier === "exact" ? c : { ...c, qualifier });
  }
  return out;
}

const CONVERSION = /^\s*(?:,\s*)?(?:or|i\.e\.|soit|ou|\()\s*(?:\(\s*)?$/u;
