/**
 * Amounts written with a fraction or an article instead of digits: "half a million dollars",
 * "one and a half billion dong", "a million euros", "un million et demi d'euros", "deux milliards
 * et demi de francs CFA", "un demi-milliard de dollars".
 */
import { decimalToMinor } from "../money/money";
import { SUFFIX_ALT, currencyOf } from "./currencies";
import { DIGITS_SOURCE, NUMBER_WORDS_SOURCE, numberToDecimal, scaleExponent, shiftDecimal } from "./numbers";
import type { MoneySuggestion } from "./types";

const FRACTIONS: Record<string, string> = {
  "a half": "5",
  half: "5",
  demi: "5",
  "a quarter": "25",
  quarter: "25",
  quart: "25",
  "three quarters": "75",
  "trois quarts": "75",
};
const NUMBER = `(?<int>${DIGITS_SOURCE}|${NUMBER_WORDS_SOURCE})`;
const CUR = String.raw`(?<cur>${SUFFIX_ALT})(?![\p{L}])`;

const EN = new RegExp(
  String.raw`(?<![\p{L}])(?:${NUMBER}\s+and\s+(?<frac>a half|a quarter|three quarters)|(?<lead>[Hh]alf|[Aa] quarter|[Tt]hree quarters)(?:\s+of)?\s+an?|(?<art>[Aa]n?))\s+(?<scale>million|billion|trillion)\s+${CUR}`,
  "gu",
);
const FR = new RegExp(
  String.raw`(?<![\p{L}])(?:${NUMBER}\s+(?<scale>millions?|milliards?)\s+et\s+(?<frac>demi|quart)|(?:[Uu]n\s+)?(?<lead>demi|quart)-(?<scale2>million|milliard))\s+(?:de\s+|d['’]\s*)${CUR}`,
  "gu",
);
// Every worded amount has a scale word: the patterns are tried only in a window around one, since
// run over the whole text they would be tried at every "a" and every number.
const SCALE = /(?:million|billion|trillion|milliard)/gu;
const BEFORE = 48;
const AFTER = 64;

function amountOf(g: Record<string, string | undefined>): { whole: string; fraction: string } | null {
  if (g.art !== undefined) return { whole: "1", fraction: "" };
  if (g.lead !== undefined) return { whole: "0", fraction: FRACTIONS[g.lead.toLowerCase()]! };
  const whole = numberToDecimal(g.int!, "en");
  if (whole === null || !/^\d+$/.test(whole)) return null;
  return { whole, fraction: FRACTIONS[g.frac!]! };
}

export function extractWordedMoney(text: string): MoneySuggestion[] {
  const out: MoneySuggestion[] = [];
  let lastEnd = 0;
  for (const hit of text.matchAll(SCALE)) {
    if (hit.index < lastEnd) continue;
    const from = Math.max(lastEnd, hit.index - BEFORE);
    const window = text.slice(from, hit.index + AFTER);
    for (const [re, language] of [
      [EN, "en"],
      [FR, "fr"],
    ] as const) {
      // The amount around this scale word, if any; one before it was read at its own scale word.
      const m = [...window.matchAll(re)].find(
        (x) => from + x.index <= hit.index && hit.index < from + x.index + x[0].length,
      );
      const start = m ? from + m.index : 0;
      if (!m || (start > 0 && /\p{L}/u.test(text[start - 1]!))) continue;
      const g = m.groups!;
      const amount = amountOf(g);
      const cur = currencyOf(g.cur!);
      if (!amount || !cur) continue;
      const value = shiftDecimal(`${amount.whole}.${amount.fraction}`, scaleExponent(g.scale ?? g.scale2!, language));
      if (!decimalToMinor(value, cur.currency).ok) continue;
      out.push({
        kind: "money",
        start,
        end: start + m[0].length,
        text: m[0],
        value,
        currency: cur.currency,
        ...(cur.inferred ? { currencyInferred: true as const } : {}),
      });
      lastEnd = start + m[0].length;
      break;
    }
  }
  return out;
}
