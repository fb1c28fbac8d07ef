/**
 * Quantities with units: changes ("from 15 minutes to 30 minutes a day", "de 15 à 30 minutes par
 * jour"), minimums ("at least three hours per day"), measures ("50MW", "a four-day visit") and
 * counts of things ("six Cambodian provinces").
 */
import {
  DIGITS_SOURCE,
  NUMBER_WORDS_SOURCE,
  SCALE_WORD_SOURCE,
  numberToDecimal,
  scaleExponent,
  shiftDecimal,
} from "./numbers";
import { overlapsAny, pickLongest } from "./spans";
import type { Language, QuantitySuggestion } from "./types";

// Known units, by canonical name. Lowercase words; symbols keep their case.
const UNITS: [string, string][] = [
  ["minutes", "minutes?|mins?"],
  ["hours", "hours?|hrs?|heures?"],
  ["days", "days?|jours?|journées?"],
  ["weeks", "weeks?|semaines?"],
  ["months", "months?|mois"],
  ["years", "years?|ans|années?"],
  ["TWh", "TWh"],
  ["GWh", "GWh"],
  ["MWh", "MWh"],
  ["kWh", "kWh"],
  ["GW", "GW|gigawatts?"],
  ["MW", "MW|megawatts?|mégawatts?"],
  ["kW", "kW|kilowatts?"],
  ["percent", "%|per cent|percent|pour cent|p\\. ?100"],
  ["km", "km|kilometres?|kilometers?|kilomètres?"],
  ["ha", "ha|hectares?"],
  ["tonnes", "tonnes?|tons?"],
];
const RATES: [string, string][] = [
  ["day", "days?|jours?"],
  ["week", "weeks?|semaines?"],
  ["month", "months?|mois"],
  ["year", "years?|ans?|années?"],
];
const ADVERB_RATES: Record<string, string> = {
  daily: "day",
  weekly: "week",
  monthly: "month",
  annually: "year",
  yearly: "year",
  quotidiennement: "day",
  hebdomadairement: "week",
  mensuellement: "month",
  annuellement: "year",
};

const UNIT_ALT = UNITS.map(([, alt]) => alt).join("|");
const RATE_ALT = RATES.map(([, alt]) => alt).join("|");
const NUM = (name: string) => `(?<${name}>${DIGITS_SOURCE}|${NUMBER_WORDS_SOURCE})(?<${name}s>${SCALE_WORD_SOURCE})?`;
const UNIT = (name: string) => `(?<${name}>${UNIT_ALT})(?![\\p{L}])`;
const RATE = String.raw`(?:(?:\s+(?:a|an|per|each|every|par|chaque)\s+|\s*\/\s*)(?<rate>${RATE_ALT})(?![\p{L}])|\s+(?<adv>${Object.keys(ADVERB_RATES).join("|")}))?`;
// Plural nouns counted by a number; in English one capitalised adjective may come between
// ("six Cambodian provinces"), French puts it after the noun.
const COUNTED = String.raw`(?:\p{Lu}\p{Ll}+\s+)?(?<noun>people|children|men|women|staff|personnel|\p{Ll}{2,}[sx])(?![\p{L}'’])`;
// "the two sides", "les deux pays": a number after a determiner refers back, it does not count.
const NOT_AFTER_DETERMINER = String.raw`(?<!(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Ll]es|[Cc]es|[Dd]es|[Aa]ux|[Ll]eurs|[Ss]es|[Nn]os)\s)`;

const CHANGE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ff]rom|[Dd]e|[Dd]'|[Dd]’)\s*${NUM("a")}(?:\s*${UNIT("au")})?\s+(?:to|à|a)\s+${NUM("b")}\s*(?:${UNIT("bu")}|${COUNTED})${RATE}`,
  "gu",
);
const MINIMUM = new RegExp(
  String.raw`(?:[Aa]t least|[Nn]o less than|[Nn]ot less than|[Aa] minimum of|[Aa]u moins|[Aa]u minimum|[Pp]as moins de|[Uu]n minimum de)\s+${NUM("b")}(?:\s*|-)(?:${UNIT("bu")}|${COUNTED})${RATE}`,
  "gu",
);
const MEASURE = new RegExp(String.raw`${NUM("b")}(?:\s*|-)${UNIT("bu")}${RATE}`, "gu");
const COUNT = new RegExp(String.raw`${NOT_AFTER_DETERMINER}${NUM("b")}\s+${COUNTED}`, "gu");

function canonical(table: [string, string][], raw: string): string {
  for (const [name, alt] of table) if (new RegExp(`^(?:${alt})$`, "u").test(raw)) return name;
  return raw;
}

function valueOf(g: Record<string, string | undefined>, name: "a" | "b", language: Language): string | null {
  const raw = g[name];
  if (raw === undefined) return null;
  const base = numberToDecimal(raw, language);
  if (base === null) return null;
  const scale = g[`${name}s`];
  return scale ? shiftDecimal(base, scaleExponent(scale, language)) : base;
}

function unitOf(g: Record<string, string | undefined>): string | null {
  const unit = g.bu !== undefined ? canonical(UNITS, g.bu) : g.noun;
  if (unit === undefined) return null;
  const rate = g.rate !== undefined ? canonical(RATES, g.rate) : g.adv !== undefined ? ADVERB_RATES[g.adv] : undefined;
  return rate ? `${unit} per ${rate}` : unit;
}

const ARTICLE_ONE = /^(?:one|un|une)$/iu;
const LIKE_YEAR = /^(?:1[89]|20)\d\d$/;

function build(
  m: RegExpMatchArray,
  kind: "change" | "minimum" | "measure" | "count",
  language: Language,
): QuantitySuggestion | null {
  const g = m.groups ?? {};
  const target = valueOf(g, "b", language);
  const unit = unitOf(g);
  if (target === null || unit === null) return null;
  // "one"/"un"/"une" are articles far more often than counts; they count only before a unit.
  if (g.bu === undefined && ARTICLE_ONE.test(g.b!)) return null;
  if (kind === "count" && LIKE_YEAR.test(g.b!)) return null;
  let baseline: string | undefined;
  if (kind === "change") {
    // "from 30 minutes to 1 hour" is not converted: a baseline in another unit would be wrong.
    if (g.au !== undefined && g.bu !== undefined && canonical(UNITS, g.au) !== canonical(UNITS, g.bu)) return null;
    baseline = valueOf(g, "a", language) ?? undefined;
    if (baseline === undefined) return null;
  }
  return {
    kind: "quantity",
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
    ...(baseline !== undefined ? { baseline } : {}),
    target,
    unit,
    atLeast: kind === "minimum",
  };
}

/** Quantities outside `taken` (the spans already read as dates or money). */
export function extractQuantities(
  text: string,
  language: Language,
  taken: readonly { start: number; end: number }[],
): QuantitySuggestion[] {
  const candidates: QuantitySuggestion[] = [];
  const runs: [RegExp, "change" | "minimum" | "measure" | "count"][] = [
    [CHANGE, "change"],
    [MINIMUM, "minimum"],
    [MEASURE, "measure"],
    [COUNT, "count"],
  ];
  for (const [re, kind] of runs) {
    for (const m of text.matchAll(re)) {
      const q = build(m, kind, language);
      if (q && !overlapsAny(taken, q)) candidates.push(q);
    }
  }
  return pickLongest(candidates);
}
