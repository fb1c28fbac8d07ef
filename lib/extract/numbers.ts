/**
 * Numbers as the news writes them, to exact decimal strings: digits with either language's
 * separators ("5,000,000", "1,5", "550 000"), numbers in words ("six", "twenty-five",
 * "quatre-vingt-dix") and scale words ("million", "milliard"). Nothing goes through a float.
 */
import type { Language } from "./types";

const UNITS_EN: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const UNITS_FR: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
};
const DOZEN = new Set(["dozen", "douzaine", "douzaines"]);
const HUNDRED = new Set(["hundred", "cent", "cents"]);
const THOUSAND = new Set(["thousand", "mille"]);

// Deduplicated ("six" is both English and French): a word the pattern could match two ways would
// make a failed match backtrack exponentially.
const ALL_WORDS = [
  ...new Set([...Object.keys(UNITS_EN), ...Object.keys(UNITS_FR), ...DOZEN, ...HUNDRED, ...THOUSAND]),
].sort((a, b) => b.length - a.length);
// Either case for the first letter only: "Six provinces" opens a sentence, "SIX" is rarely a number.
const WORD_ALT = ALL_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");

/**
 * Source of a regex matching a number in words: number words joined by hyphens, spaces, "and" or
 * "et" ("twenty-five", "two hundred and fifty", "vingt et un", "quatre-vingt-dix"). Needs the "u" flag.
 */
// Bounded repetitions keep a failed match linear on long runs of number words or digit groups.
export const NUMBER_WORDS_SOURCE = `(?<![\\p{L}\\-])(?:${WORD_ALT})(?:(?:[\\s-]+|\\s+(?:and|et)\\s+)(?:${WORD_ALT})){0,7}(?![\\p{L}])`;

/**
 * Source of a regex matching a number in digits: grouped thousands (comma, dot, space, no-break or
 * narrow no-break space) with an optional decimal part, or plain digits with one.
 */
export const DIGITS_SOURCE = String.raw`(?<![\d.,])(?:\d{1,3}(?:(?:,|\.|[ \u00A0\u202F])\d{3}(?!\d)){1,6}(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])`;

/** "twenty-five" → "25", "quatre-vingt-dix" → "90", "two dozen" → "24"; null if not a number. */
export function wordsToDecimal(phrase: string): string | null {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((w) => w !== "and" && w !== "et");
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const word of words) {
    const unit = UNITS_EN[word] ?? UNITS_FR[word];
    if (unit !== undefined) {
      // French counts 80 as "quatre-vingts": twenty multiplies a preceding four.
      if (unit === 20 && current % 100 === 4 && word.startsWith("vingt")) current += 76;
      else current += unit;
    } else if (DOZEN.has(word)) {
      // "two dozen", "une douzaine": a dozen multiplies what comes before it.
      current = (current || 1) * 12;
    } else if (HUNDRED.has(word)) {
      current = (current % 100 || 1) * 100 + current - (current % 100);
    } else if (THOUSAND.has(word)) {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      return null;
    }
  }
  return String(total + current);
}

/** `digits` without its trailing zeros. A loop: /0+$/ would retry from every zero of a long run. */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits[end - 1] === "0") end--;
  return digits.slice(0, end);
}

/** Strips leading zeros of the whole part and trailing zeros of the fraction: "007.50" → "7.5". */
export function normalizeDecimal(whole: string, fraction = ""): string {
  const w = whole.replace(/^0+(?=\d)/, "") || "0";
  const f = withoutTrailingZeros(fraction);
  return f ? `${w}.${f}` : w;
}

/**
 * A digits token to a decimal string. A lone comma before exactly three digits is a thousands
 * separator in English and a decimal comma in French ("1,500" is 1500 or 1.5); a lone dot is the
 * reverse. Every other shape is the same in both.
 */
export function digitsToDecimal(raw: string, language: Language): string | null {
  const text = raw.replace(/[ \u00A0\u202F]/gu, " ");
  if (!/^\d[\d., ]*$/.test(text)) return null;
  const seps = [...text.matchAll(/[.,]/g)].map((m) => ({ char: m[0], index: m.index }));
  let decimalAt = -1;
  if (seps.length > 0) {
    const last = seps[seps.length - 1]!;
    const digitsAfter = text.length - last.index - 1;
    const sameKind = seps.every((s) => s.char === last.char);
    if (!sameKind) decimalAt = last.index;
    else if (seps.length > 1) decimalAt = -1;
    else if (digitsAfter !== 3 || text.includes(" ")) decimalAt = last.index;
    else decimalAt = (last.char === ",") === (language === "fr") ? last.index : -1;
  }
  const whole = (decimalAt < 0 ? text : text.slice(0, decimalAt)).replace(/[., ]/g, "");
  const fraction = decimalAt < 0 ? "" : text.slice(decimalAt + 1);
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return null;
  return normalizeDecimal(whole, fraction);
}

/** Multiplies a decimal string by 10^exponent by moving its point: ("1.5", 6) → "1500000". */
export function shiftDecimal(value: string, exponent: number): string {
  const [whole = "0", fraction = ""] = value.split(".");
  const padded = fraction.padEnd(exponent, "0");
  return normalizeDecimal(whole + padded.slice(0, exponent), padded.slice(exponent));
}

/** `a` − `b` as a decimal string ("660" − "600" → "60", "1.5" − "2" → "-0.5"), exactly. */
export function decimalDifference(a: string, b: string): string {
  const [aw = "0", af = ""] = a.split(".");
  const [bw = "0", bf = ""] = b.split(".");
  const places = Math.max(af.length, bf.length);
  const diff = BigInt(aw + af.padEnd(places, "0")) - BigInt(bw + bf.padEnd(places, "0"));
  const sign = diff < 0n ? "-" : "";
  const digits = (diff < 0n ? -diff : diff).toString().padStart(places + 1, "0");
  const cut = digits.length - places;
  return sign + normalizeDecimal(digits.slice(0, cut), digits.slice(cut));
}

// French "billion" is 10^12 and "milliard" 10^9; English "billion" is 10^9.
const SCALES_EN: Record<string, number> = {
  thousand: 3,
  k: 3,
  million: 6,
  millions: 6,
  m: 6,
  mn: 6,
  mln: 6,
  billion: 9,
  billions: 9,
  bn: 9,
  b: 9,
  trillion: 12,
  trillions: 12,
  tn: 12,
};
const SCALES_FR: Record<string, number> = {
  mille: 3,
  million: 6,
  millions: 6,
  milliard: 9,
  milliards: 9,
  md: 9,
  mds: 9,
  billion: 12,
  billions: 12,
};

/** Source of a regex for a scale word after a number ("5 million", "2 milliards"). */
export const SCALE_WORD_SOURCE = String.raw`\s+(?:thousand|millions?|milliards?|billions?|trillions?|mille|mln|mds?)(?![\p{L}\d])`;
/** Scale words plus the abbreviations money uses ("$5m", "$1.2bn", "$4.5-bn"); "m" and "k" only glued to digits, since "5 m" is metres. */
export const MONEY_SCALE_SOURCE = String.raw`(?:(?:\s+|-)(?:thousand|millions?|milliards?|billions?|trillions?|mille|mln|mds?)|(?:\s?|-)(?:bn|mn|tn)|(?:m|k))(?![\p{L}\d])`;

export function scaleExponent(word: string, language: Language): number {
  const key = word.trim().replace(/^-/, "").toLowerCase();
  const table = language === "fr" ? SCALES_FR : SCALES_EN;
  return table[key] ?? SCALES_EN[key] ?? SCALES_FR[key] ?? 0;
}

/** A number token, digits or words, to a decimal string. */
export function numberToDecimal(raw: string, language: Language): string | null {
  return /^\d/.test(raw) ? digitsToDecimal(raw, language) : wordsToDecimal(raw);
}
