/**
 * Dates the text gives relative to when it was written ("yesterday", "on Monday", "last June",
 * "a year ago", "hier après-midi", "vendredi", "il y a huit ans", "l'an prochain"), resolved
 * against the publication date, and dates that point back at one already given ("the same day",
 * "le même jour"). Each is flagged `relative`: an editor should check what it was resolved from.
 */
import { parsePartialDate, type PartialDate, type Precision } from "../dates/partial-date";
import type { DateSuggestion, Language } from "./types";

/** What an expression says, before the publication date turns it into a date. */
type Shift =
  | { unit: "day"; by: number }
  | { unit: "weekday"; day: number; way: "past" | "future" | "last" | "next" }
  | { unit: "month"; by: number }
  | { unit: "year"; by: number; precision?: Precision }
  | { unit: "named-month"; month: number; way: "last" | "next" | "this" | "last-year" | "next-year" }
  | { unit: "year-end"; by: number }
  | { unit: "same-day" };

interface Rule {
  re: RegExp;
  read: (g: Record<string, string | undefined>, matched: string) => Shift | null;
}

// First letter of either case: these open sentences ("Yesterday, …", "Hier, …").
const cap = (words: string) =>
  words
    .split("|")
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join("|");
const END = String.raw`(?![\p{L}\d])`;
// Checked on the match rather than as a lookbehind: a pattern that opens with a lookbehind is
// tried at every position of the text, one that opens with a letter only where that letter is.
const WORD_START = /[\p{L}\d'’-]/u;
const AP = "['’]";

const EN_WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const FR_WEEKDAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const FR_MONTHS =
  "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
const MONTH_INDEX: Record<string, number> = {};
EN_MONTHS.split("|").forEach((m, i) => (MONTH_INDEX[m.toLowerCase()] = i + 1));
"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
  .split("|")
  .forEach((m, i) => (MONTH_INDEX[m] = i + 1));
Object.assign(MONTH_INDEX, { fevrier: 2, aout: 8, decembre: 12 });

// Small counts in words, as "ago" and "in N years" expressions write them.
const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
}; // prettier-ignore
const COUNT = `(?<n>\\d{1,2}|${Object.keys(COUNT_WORDS).join("|")})`;
const count = (raw: string | undefined) => (raw === undefined ? null : (COUNT_WORDS[raw.toLowerCase()] ?? Number(raw)));

const rule = (source: string, read: Rule["read"]): Rule => ({ re: new RegExp(source, "gu"), read });
const unitOf = (raw: string): "day" | "week" | "month" | "year" =>
  /^(?:d|j)/iu.test(raw) ? "day" : /^(?:w|s)/iu.test(raw) ? "week" : /^(?:mo|mois)/iu.test(raw) ? "month" : "year";

/** N units back (sign -1) or ahead (+1). A single year back is an anniversary ("a year ago"): the month is known. */
function offset(n: number, unit: string, sign: number, roughYears: boolean): Shift {
  const u = unitOf(unit);
  if (u === "day") return { unit: "day", by: sign * n };
  if (u === "week") return { unit: "day", by: sign * 7 * n };
  if (u === "month") return { unit: "month", by: sign * n };
  return roughYears && n > 1 ? { unit: "year", by: sign * n } : { unit: "month", by: sign * 12 * n };
}

const EN: Rule[] = [
  rule(`(?:${cap("the day before yesterday")})${END}`, () => ({ unit: "day", by: -2 })),
  rule(`(?:${cap("yesterday|last night")})${END}`, () => ({ unit: "day", by: -1 })),
  rule(`(?:${cap("today|tonight|this morning|this afternoon|this evening")})${END}`, () => ({
    unit: "day",
    by: 0,
  })),
  rule(`(?:${cap("tomorrow")})${END}`, () => ({ unit: "day", by: 1 })),
  rule(
    `(?:${cap("on the same day|the same day|that same day|earlier in the day|later in the day|earlier that day|later that day")})${END}`,
    () => ({ unit: "same-day" }),
  ),
  // "on Monday" is the last one before publication, unless the text points ahead.
  rule(
    String.raw`(?:(?<way>${cap("last|next|this coming|this|coming|on")})\s+)?(?<wd>${EN_WEEKDAYS.join("|")})${END}(?!,?\s+(?:\d|(?:${EN_MONTHS})\s+\d))`,
    (g) => weekday(EN_WEEKDAYS.indexOf(g.wd!), g.way?.toLowerCase()),
  ),
  rule(String.raw`(?<way>${cap("this|last|next")})\s+month${END}`, (g) => ({
    unit: "month",
    by: { this: 0, last: -1, next: 1 }[g.way!.toLowerCase()]!,
  })),
  rule(String.raw`(?<way>${cap("this|last|next|the next|the coming|the current")})\s+year${END}`, (g) => ({
    unit: "year",
    by: /last/u.test(g.way!) ? -1 : /this|current/u.test(g.way!) ? 0 : 1,
  })),
  rule(String.raw`(?<way>${cap("last|next|this")})\s+(?<m>${EN_MONTHS})${END}(?!\s+\d)`, (g) => ({
    unit: "named-month",
    month: MONTH_INDEX[g.m!.toLowerCase()]!,
    way: g.way!.toLowerCase() as "last" | "next" | "this",
  })),
  rule(String.raw`(?<m>${EN_MONTHS})\s+(?<way>last|next|this)\s+year${END}`, (g) => ({
    unit: "named-month",
    month: MONTH_INDEX[g.m!.toLowerCase()]!,
    way: g.way === "last" ? "last-year" : g.way === "next" ? "next-year" : "this",
  })),
  rule(
    String.raw`(?:${cap("the end of the year|the end of this year|end of the year|end of this year|year-end")})${END}`,
    () => ({
      unit: "year-end",
      by: 0,
    }),
  ),
  rule(String.raw`${COUNT}\s+(?<u>years?|months?|weeks?|days?)\s+ago${END}`, (g) => {
    const n = count(g.n);
    return n ? offset(n, g.u!, -1, true) : null;
  }),
  ...[
    String.raw`${cap("within")}\s+(?:the\s+next\s+)?${COUNT}\s+(?<u>years?|months?)${END}`,
    String.raw`${cap("in")}\s+${COUNT}\s+(?<u>years?|months?)${AP}\s+time${END}`,
    String.raw`${COUNT}\s+(?<u>years?|months?)\s+from\s+now${END}`,
  ].map((source) =>
    rule(source, (g) => {
      const n = count(g.n);
      return n ? offset(n, g.u!, 1, false) : null;
    }),
  ),
];

const FR: Rule[] = [
  rule(`(?:${cap("avant-hier")})${END}`, () => ({ unit: "day", by: -2 })),
  rule(String.raw`(?:${cap("hier")})(?:\s+(?:matin|après-midi|apres-midi|soir))?${END}`, () => ({
    unit: "day",
    by: -1,
  })),
  rule(`(?:${cap(`aujourd${AP}hui|ce matin|cet après-midi|ce soir`)})${END}`, () => ({ unit: "day", by: 0 })),
  rule(`(?:${cap("après-demain")})${END}`, () => ({ unit: "day", by: 2 })),
  rule(`(?:${cap("demain")})(?!-)${END}`, () => ({ unit: "day", by: 1 })),
  rule(
    `(?:${cap("le même jour|ce même jour|le jour même|plus tôt dans la journée|plus tard dans la journée|dans la même journée")})${END}`,
    () => ({ unit: "same-day" }),
  ),
  rule(
    String.raw`(?:(?<pre>${cap("ce")})\s+)?(?<wd>${cap(FR_WEEKDAYS.join("|"))})(?:\s+(?<way>dernier|prochain))?${END}(?!\s+(?:\d|1er|[Pp]remier))`,
    (g) =>
      weekday(
        FR_WEEKDAYS.indexOf(g.wd!.toLowerCase()),
        g.way === "dernier" ? "last" : g.way === "prochain" ? "next" : undefined,
      ),
  ),
  rule(String.raw`(?:${cap("le mois")})\s+(?<way>dernier|prochain|passé)${END}`, (g) => ({
    unit: "month",
    by: g.way === "prochain" ? 1 : -1,
  })),
  rule(`(?:${cap("ce mois-ci")})${END}`, () => ({ unit: "month", by: 0 })),
  rule(
    String.raw`(?:${cap(`l${AP}année|l${AP}an`)})\s+(?<way>dernière|dernier|passée|passé|prochaine|prochain|suivante|en cours)${END}`,
    (g) => ({ unit: "year", by: /^pr|^su/u.test(g.way!) ? 1 : /^en/u.test(g.way!) ? 0 : -1 }),
  ),
  rule(`(?:${cap("cette année|cette année-ci")})${END}`, () => ({ unit: "year", by: 0 })),
  rule(String.raw`(?<m>${cap(FR_MONTHS)})\s+(?<way>dernier|prochain)${END}`, (g) => ({
    unit: "named-month",
    month: MONTH_INDEX[g.m!.toLowerCase()]!,
    way: g.way === "dernier" ? "last" : "next",
  })),
  rule(
    String.raw`(?:${cap(`la fin de l${AP}année|la fin de cette année|fin de l${AP}année|fin d${AP}année`)})${END}(?!\s+\d)`,
    () => ({ unit: "year-end", by: 0 }),
  ),
  rule(
    String.raw`(?:${cap("il y a")})\s+(?:(?:seulement|à peine|près de|environ|plus de|quelque)\s+)?${COUNT}\s+(?<u>ans|années?|mois|semaines?|jours?)${END}`,
    (g) => {
      const n = count(g.n);
      return n ? offset(n, g.u!, -1, true) : null;
    },
  ),
  rule(String.raw`(?:${cap(`dans|d${AP}ici|d${AP}ici à|après`)})\s+${COUNT}\s+(?<u>ans|années|mois)${END}`, (g) => {
    const n = count(g.n);
    return n ? offset(n, g.u!, 1, false) : null;
  }),
];

function weekday(day: number, way: string | undefined): Shift {
  if (way === "last") return { unit: "weekday", day, way: "last" };
  if (way === "next" || way === "coming" || way === "this coming") return { unit: "weekday", day, way: "next" };
  return { unit: "weekday", day, way: "past" };
}

// Words that put a bare weekday ahead of the publication date: "will meet on Friday".
const FUTURE_CUE =
  /\b(?:will|shall|to be held|scheduled|is due|are due|expected to|plans? to|se tiendra|aura lieu|auront lieu|prévue?s?|devrai(?:en)?t)\b|\p{L}+(?:era|eront|ira|iront)\b/u;

function pointsAhead(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const clause = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf(";")) + 1);
  return FUTURE_CUE.test(clause);
}

const pad = (n: number) => String(n).padStart(2, "0");
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function resolve(shift: Shift, pub: PartialDate, ahead: boolean): PartialDate | null {
  const [y, m] = pub.date.split("-").map(Number) as [number, number];
  const month = (year: number, mon: number) => {
    const total = year * 12 + (mon - 1);
    return parsePartialDate(`${Math.floor(total / 12)}-${pad((total % 12) + 1)}`);
  };
  switch (shift.unit) {
    case "year":
      return parsePartialDate(String(y + shift.by));
    case "year-end":
      return parsePartialDate(`${y + shift.by}-12`);
    case "named-month": {
      if (shift.way === "this") return month(y, shift.month);
      if (shift.way === "last-year") return month(y - 1, shift.month);
      if (shift.way === "next-year") return month(y + 1, shift.month);
      if (pub.precision === "year") return null;
      if (shift.way === "last") return month(shift.month < m ? y : y - 1, shift.month);
      return month(shift.month > m ? y : y + 1, shift.month);
    }
    case "month":
      return pub.precision === "year" ? null : month(y, m + shift.by);
    case "same-day":
      return pub.precision === "day" ? pub : null;
    default: {
      if (pub.precision !== "day") return null;
      const d = utc(pub.date);
      if (shift.unit === "day") d.setUTCDate(d.getUTCDate() + shift.by);
      else {
        const back = (d.getUTCDay() - shift.day + 7) % 7;
        const fwd = (shift.day - d.getUTCDay() + 7) % 7;
        const way = shift.way === "past" && ahead ? "future" : shift.way;
        const by = way === "past" ? -back : way === "last" ? -(back || 7) : way === "next" ? fwd || 7 : fwd;
        d.setUTCDate(d.getUTCDate() + by);
      }
      return parsePartialDate(isoDay(d));
    }
  }
}

const RULES = { en: EN, fr: FR };

/**
 * Relative dates in `text`, resolved against `published`. `absolute` are the dates already read
 * (in text order): "the same day" takes the last day before it, else the publication day.
 */
export function extractRelativeDates(
  text: string,
  language: Language,
  published: PartialDate | null,
  absolute: readonly DateSuggestion[],
): DateSuggestion[] {
  if (!published) return [];
  const sets = language === "en" ? [RULES.en] : language === "fr" ? [RULES.fr] : [RULES.en, RULES.fr];
  const found: { m: RegExpMatchArray; shift: Shift }[] = [];
  for (const rules of sets)
    for (const { re, read } of rules)
      for (const m of text.matchAll(re)) {
        if (m.index > 0 && WORD_START.test(text[m.index - 1]!)) continue;
        const shift = read(m.groups ?? {}, m[0]);
        if (shift) found.push({ m, shift });
      }
  const out: DateSuggestion[] = [];
  const push = (m: RegExpMatchArray, value: PartialDate | null) => {
    if (value && !inName(text, m))
      out.push({ kind: "date", start: m.index!, end: m.index! + m[0].length, text: m[0], value, relative: true });
  };
  // Anaphors last, so that "vendredi … le même jour" can point back at a relative date too.
  for (const { m, shift } of found)
    if (shift.unit !== "same-day")
      push(m, resolve(shift, published, shift.unit === "weekday" && pointsAhead(text, m.index!)));
  const before = [...absolute, ...out];
  for (const { m, shift } of found)
    if (shift.unit === "same-day") push(m, lastDayBefore(m.index!, before) ?? resolve(shift, published, false));
  return out;
}

/**
 * "Vietnam Today", "This Week in Asia": a word written lowercase in running text but capitalised
 * after another word is part of a name, not a date. Weekdays and English months are always
 * capitalised and are not concerned: their rules start with them or with one of these words.
 */
function inName(text: string, m: RegExpMatchArray): boolean {
  if (
    !/^\p{Lu}/u.test(m[0]) ||
    !/^(?:today|tonight|yesterday|tomorrow|this|last|next|the|that|earlier|later|on|within|in|aujourd|hier|demain|avant|après|ce|cet|cette|le|la|l|il|dans|d|plus)(?![\p{L}])/iu.test(
      m[0],
    )
  )
    return false;
  const before = text.slice(Math.max(0, m.index! - 3), m.index).trimEnd();
  return before !== "" && /[\p{L}\d,]$/u.test(before);
}

function lastDayBefore(at: number, dates: readonly DateSuggestion[]): PartialDate | null {
  let best: DateSuggestion | null = null;
  for (const d of dates) {
    if (d.end > at || "start" in d.value || d.value.precision !== "day") continue;
    if (!best || d.start > best.start) best = d;
  }
  return best && !("start" in best.value) ? best.value : null;
}
