/**
 * Quantities with units: changes ("from 15 minutes to 30 minutes a day", "de 15 à 30 minutes par
 * jour"), minimums ("at least three hours per day", "over 1,000 scholarships"), increments
 * ("increase … by 500 MW", "augmenter … de 20 %"), measures ("50MW", "a four-day visit") and counts
 * of things ("six Cambodian provinces", "17 major projects", "2 millions de touristes").
 */
import {
  decimalDifference,
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
// Words that end in -s but are not counted nouns, or are scales ("2 millions d'ici 2020" counts
// nothing named), or that end a noun phrase: none is a counted noun or an adjective before one.
const NOT_A_WORD_OF_THE_COUNT = String.raw`(?!(?:of|and|or|to|in|on|at|for|from|by|with|the|an?|was|were|has|had|have|is|are|his|its|this|thus|plus|less|as|us|per|de|des|du|et|à|au|aux|le|la|les|sur|pour|dans|par|those|these|them|which|whom|ces|ses|nos|vos|leurs|mes|millions?|milliards?|billions?|trillions?|thousands?|hundreds?|dozens?|mille|more|additional|extra|supplémentaires?)(?![\p{L}'’]))`;
// Plural nouns counted by a number; in English a capitalised adjective, a lowercase one or both may
// come between ("six Cambodian provinces", "17 major projects", "six used vessels"); more would
// reach a verb ("two way investment continues"). French puts adjectives after the noun, so the
// lowercase one may not end like a plural noun ("six accords importants" counts accords).
const COUNTED = String.raw`(?:${NOT_A_WORD_OF_THE_COUNT}\p{Lu}\p{Ll}+\s+)?(?:${NOT_A_WORD_OF_THE_COUNT}\p{Ll}{2,}(?<![sx])\s+)?${NOT_A_WORD_OF_THE_COUNT}(?<noun>people|children|men|women|staff|personnel|\p{Ll}{2,}[sx])(?![\p{L}'’])`;
// "the two sides", "les deux pays": a number after a determiner refers back, it does not count.
const NOT_AFTER_DETERMINER = String.raw`(?<!(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Ll]es|[Cc]es|[Dd]es|[Aa]ux|[Ll]eurs|[Ss]es|[Nn]os)\s)`;

const CHANGE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ff]rom|[Dd]e|[Dd]'|[Dd]’)\s*${NUM("a")}(?:\s*${UNIT("au")})?\s+(?:to|à|a)\s+${NUM("b")}\s*(?:${UNIT("bu")}|${COUNTED})${RATE}`,
  "gu",
);
const MINIMUM = new RegExp(
  String.raw`(?<![\p{L}])(?:[Aa]t least|[Nn]o less than|[Nn]ot less than|[Aa] minimum of|[Mm]ore than|[Oo]ver|[Aa]bove|[Ii]n excess of|[Uu]pwards of|[Aa]u moins|[Aa]u minimum|[Pp]as moins de|[Uu]n minimum de|[Pp]lus de)\s+${NUM("b")}(?:\s*|-|\s+(?:de|d['’])\s*)(?:${UNIT("bu")}|${COUNTED})${RATE}`,
  "gu",
);
const AFTER_SCALE = String.raw`(?<=(?:millions?|milliards?|mille))`;
// What may come between a number and what it counts or measures.
const SEP = String.raw`(?:\s*|-|${AFTER_SCALE}\s+(?:de|d['’])\s*)`;
// An increment: "increase the airtime by 15 minutes", "an additional 500 MW", "augmenter … de 20 %".
// English "by" takes a measure only: before counted nouns it names the agent ("raised by 20 donors").
const DELTAS = [
  String.raw`(?<![\p{L}])(?:[Ii]ncreas(?:e|es|ed|ing)|[Rr]ais(?:e|es|ed|ing)|[Bb]oost(?:s|ed|ing)?|[Ee]xpand(?:s|ed|ing)?|[Rr]is(?:e|es|ing)|[Rr]ose|[Gg]row(?:s|ing)?|[Gg]rew|[Ll]ift(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){0,6}?by\s+${NUM("b")}${SEP}${UNIT("bu")}${RATE}`,
  String.raw`(?<![\p{L}])[Uu]p\s+by\s+${NUM("b")}${SEP}${UNIT("bu")}${RATE}`,
  String.raw`(?<![\p{L}])(?:[Ii]ncrease|[Rr]ise|[Aa]ddition|[Ee]xpansion)\s+of\s+${NUM("b")}${SEP}(?:${UNIT("bu")}|${COUNTED})${RATE}`,
  String.raw`(?<![\p{L}])(?:[Aa]dditional|[Ee]xtra|[Ff]urther)\s+${NUM("b")}${SEP}(?:${UNIT("bu")}|${COUNTED})${RATE}`,
  String.raw`(?<![\p{L}])(?:[Aa]ugment(?:er|e|ent|era|eront|é|ée|és|ées|ant|ation)|[Aa]ccro(?:ître|îtra|îtront|ît|issement)|[Rr]elever|[Rr]ehausser|[Hh]ausse)\s+(?:[\p{L}'’-]+\s+){0,6}?de\s+${NUM("b")}${SEP}(?:${UNIT("bu")}|${COUNTED})${RATE}`,
].map((source) => new RegExp(source, "gu"));
// "raise the number of visitors to 2 million": the noun counted is the object, the number the target.
const NUMBER_OF_TO = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he number of\s+|[Ll]e nombre d(?:e\s+|['’]))(?<noun>\p{L}+)(?:\s+[\p{L}'’-]+){0,6}?\s+(?:to|à)\s+${NUM("b")}(?!\s*(?:${UNIT_ALT}|\p{L}{2,}[sx])(?![\p{L}]))`,
  "gu",
);
// "17 projects, 5 of which are roads": a part of the count just made, in its unit.
const PART_OF = /\s+(?:of\s+(?:which|whom|those|these|them)|d['’]entre\s+(?:eux|elles))(?![\p{L}])/gu;
const NUMBER_AT_END = new RegExp(String.raw`${NUM("b")}$`, "u");
const MEASURE = new RegExp(String.raw`${NUM("b")}(?:\s*|-)${UNIT("bu")}${RATE}`, "gu");
// "2 millions de touristes": French puts "de" between a scale and the noun it counts.
// A number glued to a word by a hyphen is part of a name ("COVID-19 vaccines"). "three more
// clinics" and "15 bourses supplémentaires" are increments, read in the same pass.
const COUNT = new RegExp(
  String.raw`(?<!\p{L}-)${NOT_AFTER_DETERMINER}${NUM("b")}(?:${AFTER_SCALE}\s+(?:de|d['’])\s*|\s+)(?:(?<more>more|additional|extra)\s+)?${COUNTED}(?<supp>\s+(?:supplémentaires|additionnel(?:le)?s|de plus)(?![\p{L}]))?`,
  "gu",
);

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

type Kind = "change" | "minimum" | "measure" | "count" | "delta";

const ARTICLE_ONE = /^(?:one|un|une)$/iu;
const LIKE_YEAR = /^(?:1[89]|20)\d\d$/;

function build(m: RegExpMatchArray, kind: Kind, language: Language): QuantitySuggestion | null {
  const g = m.groups ?? {};
  const target = valueOf(g, "b", language);
  const unit = unitOf(g);
  if (target === null || unit === null) return null;
  // "one"/"un"/"une" are articles far more often than counts; they count only before a unit.
  if (g.bu === undefined && ARTICLE_ONE.test(g.b!)) return null;
  if (kind === "count" && LIKE_YEAR.test(g.b!)) return null;
  let baseline: string | undefined;
  // An increment says by how much, not to what: the figure is a delta.
  if (kind === "delta" || (kind === "count" && (g.more !== undefined || g.supp !== undefined)))
    return {
      kind: "quantity",
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      delta: target,
      unit,
      atLeast: false,
    };
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
    ...(baseline !== undefined ? { baseline, delta: decimalDifference(target, baseline) } : {}),
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
  const runs: [RegExp, Kind][] = [
    [CHANGE, "change"],
    [MINIMUM, "minimum"],
    [MEASURE, "measure"],
    [COUNT, "count"],
    ...DELTAS.map((re) => [re, "delta"] as [RegExp, Kind]),
    [NUMBER_OF_TO, "count"],
  ];
  for (const [re, kind] of runs) {
    for (const m of text.matchAll(re)) {
      const q = build(m, kind, language);
      if (q && !overlapsAny(taken, q)) candidates.push(q);
    }
  }
  const found = pickLongest(candidates);
  return pickLongest([...found, ...partsOf(text, language, found, taken)]);
}

function partsOf(
  text: string,
  language: Language,
  counts: readonly QuantitySuggestion[],
  taken: readonly { start: number; end: number }[],
): QuantitySuggestion[] {
  const out: QuantitySuggestion[] = [];
  let next = 0;
  for (const words of text.matchAll(PART_OF)) {
    // The number just before the words; searched for there, not at every position of the text.
    const from = Math.max(0, words.index - 24);
    const n = NUMBER_AT_END.exec(text.slice(from, words.index));
    if (!n) continue;
    const m = { index: from + n.index, 0: text.slice(from + n.index, words.index + words[0].length), groups: n.groups };
    const target = valueOf(m.groups ?? {}, "b", language);
    // The whole is the count just before, in the same sentence (both lists are in text order).
    while (next < counts.length && counts[next]!.end <= m.index) next++;
    const whole = counts[next - 1];
    if (!target || !whole || m.index - whole.end >= 80 || /[.!?]/u.test(text.slice(whole.end, m.index))) continue;
    const q: QuantitySuggestion = {
      kind: "quantity",
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      target,
      unit: whole.unit,
      atLeast: false,
    };
    if (!overlapsAny(taken, q)) out.push(q);
  }
  return out;
}
