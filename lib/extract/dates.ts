/**
 * Dates, date ranges and their precision, in English and French, resolved against the article's
 * publication date when the text leaves the year out ("March 13-16", "le 14 mars").
 */
import { parsePartialDate, periodLastDay, type PartialDate } from "../dates/partial-date";
import { extractRelativeDates } from "./relative-dates";
import { pickLongest } from "./spans";
import { isDateRange, type DateSuggestion, type Language } from "./types";

interface Parts {
  y?: number;
  m?: number;
  d?: number;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  janvier: 1,
  janv: 1,
  february: 2,
  feb: 2,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  march: 3,
  mar: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  avr: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juillet: 7,
  juil: 7,
  august: 8,
  aug: 8,
  aout: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  decembre: 12,
};

function monthNumber(name: string): number | undefined {
  const key = name.normalize("NFD").replace(/\p{M}/gu, "").replace(/\.$/, "").toLowerCase();
  return MONTHS[key];
}

// English months are capitalised, which keeps "may" the verb out; French ones may be either.
const EN_M = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![\p{L}])`;
const FR_M = String.raw`(?:[Jj]anvier|[Ff][ée]vrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin|[Jj]uillet|[Aa]o[uû]t|[Ss]eptembre|[Oo]ctobre|[Nn]ovembre|[Dd][ée]cembre|(?:[Jj]anv|[Ff][ée]vr|[Aa]vr|[Jj]uil|[Ss]ept|[Oo]ct|[Nn]ov|[Dd][ée]c)\.)(?![\p{L}])`;
const Y = String.raw`(?<![\d.,])(?:1[89]|20|21)\d\d(?![\d\p{L}])`;
const EN_D = String.raw`(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d\p{L}])`;
const FR_D = String.raw`(?<![\d.,])(?:1er|[12]\d|3[01]|0?[1-9])(?![\d\p{L}])`;
const DASH = String.raw`\s*[-–—]\s*`;

interface Pattern {
  re: RegExp;
  build: (g: Record<string, string | undefined>) => { start: Parts; end?: Parts } | null;
}

function parts(g: Record<string, string | undefined>, prefix: "s" | "e"): Parts {
  const d = g[`${prefix}d`];
  const m = g[`${prefix}m`];
  const y = g[`${prefix}y`];
  return {
    d: d === undefined ? undefined : parseInt(d, 10),
    m: m === undefined ? undefined : monthNumber(m),
    y: y === undefined ? undefined : Number(y),
  };
}

const range = (g: Record<string, string | undefined>) => ({ start: parts(g, "s"), end: parts(g, "e") });
const single = (g: Record<string, string | undefined>) => ({ start: parts(g, "s") });

function pattern(source: string, flags: string, build: Pattern["build"]): Pattern {
  return { re: new RegExp(source, flags), build };
}

// Lookbehind for a preposition that may open a sentence ("In 2019"), without making the month
// names that follow case-insensitive. The space is bounded: an unbounded one would rescan a long
// run of whitespace at every position.
function after(words: string): string {
  const alt = words
    .split("|")
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}${w.endsWith("-") ? "" : String.raw`\s{1,3}`}`)
    .join("|");
  return String.raw`(?<=(?:^|[\s(])(?:${alt}))`;
}

function sources(lang: "en" | "fr"): Pattern[] {
  const M = lang === "en" ? EN_M : FR_M;
  const D = lang === "en" ? EN_D : FR_D;
  const g = (name: string, body: string) => `(?<${name}>${body})`;
  // A bare year or month counts only after a preposition, so that "2019 people" or a name
  // ("Mai") is not read as a date.
  const YEAR_PREP_EN = after(
    "in|by|since|until|till|from|to|during|for|of|before|after|through|the|year|within|early|late|mid-|end of|beginning of",
  );
  const YEAR_PREP_FR = after(
    "en|depuis|d'ici|d’ici|jusqu'en|jusqu’en|avant|après|dès|pour|de|l'an|l’an|l'année|l’année|début|fin|mi-|courant",
  );
  const MONTH_PREP_EN = after("in|during|since|until|till|by|from|of|early|late|mid-|end of|beginning of");
  const MONTH_PREP_FR = after("en|depuis|d'ici|d’ici|jusqu'en|jusqu’en|dès|début|fin|mi-|courant|de");
  const common: Pattern[] = [
    pattern(`${g("sy", Y)}${DASH}${g("ey", Y)}`, "gu", range),
    pattern(
      lang === "en"
        ? String.raw`(?:[Ff]rom|[Bb]etween)\s+${g("sy", Y)}\s+(?:to|and|until|till|through)\s+${g("ey", Y)}`
        : String.raw`(?:[Dd]e|[Ee]ntre)\s+${g("sy", Y)}\s+(?:à|au|et)\s+${g("ey", Y)}`,
      "gu",
      range,
    ),
    // "End of 2023" is its last month: a deadline, not the whole year.
    pattern(
      lang === "en"
        ? String.raw`(?:[Tt]he\s+)?[Ee]nd\s+of\s+${g("sy", Y)}`
        : String.raw`(?<![\p{L}])[Ff]in\s+(?:(?:de\s+)?l['’]année\s+)?${g("sy", Y)}`,
      "gu",
      (x) => ({ start: { y: Number(x.sy), m: 12 } }),
    ),
    pattern(
      `${g("sy", Y)}-${g("smn", String.raw`0[1-9]|1[0-2]`)}-${g("sdn", String.raw`0[1-9]|[12]\d|3[01]`)}(?!\d)`,
      "gu",
      (x) => ({
        start: { y: Number(x.sy), m: Number(x.smn), d: Number(x.sdn) },
      }),
    ),
    pattern(`${lang === "en" ? YEAR_PREP_EN : YEAR_PREP_FR}${g("sy", Y)}`, "gu", single),
    pattern(String.raw`(?<=\()${g("sy", Y)}(?=\))`, "gu", single),
  ];
  if (lang === "en") {
    const TO = String.raw`(?:${DASH}|\s+(?:to|until|till|through)\s+)`;
    const YR = (n: string) => String.raw`(?:,?\s+${g(n, Y)})?`;
    return [
      ...common,
      pattern(
        String.raw`(?:(?:from|between)\s+)?${g("sm", M)}\s+${g("sd", D)}${YR("sy")}${TO}${g("em", M)}\s+${g("ed", D)}${YR("ey")}`,
        "gu",
        range,
      ),
      pattern(
        String.raw`(?:(?:from|between)\s+)?${g("sd", D)}\s+${g("sm", M)}${YR("sy")}${TO}${g("ed", D)}\s+${g("em", M)}${YR("ey")}`,
        "gu",
        range,
      ),
      pattern(
        String.raw`(?:(?:from|between)\s+)?${g("em", M)}\s+${g("sd", D)}${TO}${g("ed", D)}${YR("ey")}`,
        "gu",
        range,
      ),
      pattern(
        String.raw`(?:(?:from|between)\s+)?${g("sd", D)}${TO}${g("ed", D)}\s+(?:of\s+)?${g("em", M)}${YR("ey")}`,
        "gu",
        range,
      ),
      pattern(`${g("sm", M)}\\s+${g("sd", D)}${YR("sy")}`, "gu", single),
      pattern(`${g("sd", D)}\\s+(?:of\\s+)?${g("sm", M)}${YR("sy")}`, "gu", single),
      pattern(`${g("sm", M)},?\\s+${g("sy", Y)}`, "gu", single),
      pattern(`${MONTH_PREP_EN}${g("sm", M)}`, "gu", single),
    ];
  }
  const YR = (n: string) => String.raw`(?:\s+${g(n, Y)})?`;
  return [
    ...common,
    pattern(
      String.raw`(?:[Dd]u\s+)?${g("sd", D)}(?:\s+${g("sm", M)}${YR("sy")})?(?:${DASH}|\s+au\s+)${g("ed", D)}\s+${g("em", M)}${YR("ey")}`,
      "gu",
      range,
    ),
    pattern(
      String.raw`[Ee]ntre\s+le\s+${g("sd", D)}(?:\s+${g("sm", M)}${YR("sy")})?\s+et\s+le\s+${g("ed", D)}\s+${g("em", M)}${YR("ey")}`,
      "gu",
      range,
    ),
    pattern(`${g("sd", D)}\\s+${g("sm", M)}${YR("sy")}`, "gu", single),
    pattern(`${g("sm", M)}\\s+${g("sy", Y)}`, "gu", single),
    pattern(`${MONTH_PREP_FR}${g("sm", M)}`, "gu", single),
  ];
}

const PATTERNS = { en: sources("en"), fr: sources("fr") };

function toPartial(p: Parts): PartialDate | null {
  if (p.y === undefined) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (p.m === undefined) return parsePartialDate(String(p.y));
  if (p.d === undefined) return parsePartialDate(`${p.y}-${pad(p.m)}`);
  return parsePartialDate(`${p.y}-${pad(p.m)}-${pad(p.d)}`);
}

function resolve(
  found: { start: Parts; end?: Parts },
  published: PartialDate | null,
): Pick<DateSuggestion, "value" | "inferredYear" | "afterPublication"> | null {
  const start = { ...found.start };
  const end = found.end ? { ...found.end } : undefined;
  if (end) {
    // "du 13 au 16 mars 2019": the start borrows what only the end states.
    if (start.m === undefined && start.d !== undefined) start.m = end.m;
    if (start.y === undefined && end.y !== undefined)
      start.y = start.m !== undefined && end.m !== undefined && start.m > end.m ? end.y - 1 : end.y;
  }
  let inferred = false;
  if (start.y === undefined) {
    if (!published) return null;
    start.y = Number(published.date.slice(0, 4));
    inferred = true;
  }
  if (end && end.y === undefined)
    end.y = end.m !== undefined && start.m !== undefined && end.m < start.m ? start.y + 1 : start.y;
  const first = toPartial(start);
  const last = end ? toPartial(end) : null;
  if (!first || (end && !last)) return null;
  if (last && last.date < first.date) return null;
  const after = inferred && published !== null && first.date > periodLastDay(published);
  return {
    value: last ? { start: first, end: last } : first,
    ...(inferred ? { inferredYear: true as const } : {}),
    ...(after ? { afterPublication: true as const } : {}),
  };
}

/** Every date and range in `text`; `published` ("2019-03") supplies the year the text leaves out. */
export function extractDates(text: string, language: Language, published?: string | null): DateSuggestion[] {
  const pub = published ? parsePartialDate(published) : null;
  const sets = language === "en" ? [PATTERNS.en] : language === "fr" ? [PATTERNS.fr] : [PATTERNS.en, PATTERNS.fr];
  const candidates: DateSuggestion[] = [];
  for (const patterns of sets) {
    for (const { re, build } of patterns) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const found = build(m.groups ?? {});
        const resolved = found && resolve(found, pub);
        if (!resolved) continue;
        candidates.push({ kind: "date", start: m.index, end: m.index + m[0].length, text: m[0], ...resolved });
      }
    }
  }
  const absolute = pickLongest(candidates.filter((d) => !namesInstrument(text, d)));
  return pickLongest([...absolute, ...extractRelativeDates(text, language, pub, absolute)]);
}

// A year that names an instrument ("the 1982 Convention", "le protocole de 2005") dates the
// instrument, not anything the article reports.
const INSTRUMENT =
  /\b(?:accords?|protocoles?|conventions?|traités?|chartes?|déclarations?|mémorandums?|lois?|agreements?|protocols?|treaty|treaties|charters?|declarations?|memorand(?:um|a)|acts?|laws?)\b/iu;

function namesInstrument(text: string, d: DateSuggestion): boolean {
  if (isDateRange(d.value) || d.value.precision !== "year") return false;
  const before = text.slice(Math.max(0, d.start - 64), d.start);
  if (/(?:^|\s)(?:the|The)\s$/u.test(before) && /^\s+\p{Lu}/u.test(text.slice(d.end, d.end + 3))) return true;
  if (!/(?:^|\s)(?:de|of)\s$/u.test(before)) return false;
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf("."), before.lastIndexOf(";")) + 1);
  return INSTRUMENT.test(clause);
}
