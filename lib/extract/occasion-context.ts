/**
 * What events and documents are read from: the sentences, and the names, dates and amounts
 * already found in them. Also the few readings both share: which date of a clause is the
 * occasion's, and which countries are the article's two sides.
 */
import { parsePartialDate, type PartialDate } from "../dates/partial-date";
import { within } from "./spans";
import {
  isDateRange,
  type DateSuggestion,
  type EntitySuggestion,
  type Language,
  type MoneySuggestion,
  type Span,
} from "./types";

export interface OccasionInput {
  text: string;
  language: Language;
  published?: string | null;
  /** All in text order. */
  sentences: readonly Span[];
  entities: readonly EntitySuggestion[];
  dates: readonly DateSuggestion[];
  money: readonly MoneySuggestion[];
  /** The side an entity names: its country, or an international body's short code. */
  codeOf: (entity: EntitySuggestion) => string | undefined;
}

export interface Clause extends Span {
  /** The sentence the clause belongs to. */
  sentence: number;
}

export interface Dated {
  date: PartialDate;
  endDate?: PartialDate;
  from: "text" | "publication";
}

/** Clips `span` to [start, end) of the text. */
export function clause(text: string, start: number, end: number, sentence: number): Clause {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end), sentence };
}

// A bare year is when an occasion took place only after "in"/"for the year": elsewhere it names
// an older instrument ("the 2005 protocol") or the end of a term ("until 2020"). A period of
// several years ("2018-2025") is the term of a plan.
function isOccasionDate(input: OccasionInput, d: DateSuggestion, years: boolean): boolean {
  const first = isDateRange(d.value) ? d.value.start : d.value;
  if (first.precision !== "year") return true;
  if (!years || isDateRange(d.value)) return false;
  return /(?:^|\s)(?:in|en|year|année|during|durant|pour|for)\s+$/iu.test(
    input.text.slice(Math.max(0, d.start - 14), d.start),
  );
}

/** The date of `span` nearest `at` (the trigger), preferring one after it: "visited X on 3 May". */
export function nearestDate(input: OccasionInput, span: Span, at: number, years = true): DateSuggestion | undefined {
  const found = within(input.dates, span).filter((d) => isOccasionDate(input, d, years));
  let best: DateSuggestion | undefined;
  let bestDistance = Infinity;
  for (const d of found) {
    const distance = d.start >= at ? d.start - at : (at - d.end) * 2;
    if (distance < bestDistance) [best, bestDistance] = [d, distance];
  }
  return best;
}

export function datedBy(d: DateSuggestion): Dated {
  return isDateRange(d.value)
    ? { date: d.value.start, endDate: d.value.end, from: "text" }
    : { date: d.value, from: "text" };
}

function shiftDay(date: PartialDate, days: number): PartialDate {
  const day = new Date(`${date.date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return { date: day.toISOString().slice(0, 10), precision: "day" };
}

// Words that place an occasion relative to the day the article appeared, in case the dates
// reading left them out: "today", "this morning", "yesterday afternoon", "ont … ce matin",
// "viennent de signer" (just signed). Offset in days from the publication date.
const DEICTIC: [RegExp, number][] = [
  [
    /(?<![\p{L}])(?:today|this (?:morning|afternoon|evening)|aujourd['’]hui|ce (?:matin|midi|soir)|cet après-midi)(?![\p{L}])/iu,
    0,
  ],
  [/(?<![\p{L}])(?:just|viennent de|vient de|venons de)(?![\p{L}])/iu, 0],
  [/(?<![\p{L}])(?:yesterday|last night|hier|avant-hier soir)(?![\p{L}])/iu, -1],
];
const SAME_DAY =
  /(?<![\p{L}])(?:the same day|that same day|on the same day|earlier (?:in the|that) day|later (?:in the|that) day|le même jour|ce même jour|le jour même|plus tôt dans la journée)(?![\p{L}])/iu;

/** A date the clause gives only by pointing at the publication day; null when it does not. */
export function deicticDate(input: OccasionInput, span: Span): Dated | null {
  const published = input.published ? parsePartialDate(input.published) : null;
  if (!published || published.precision !== "day") return null;
  for (const [re, days] of DEICTIC) {
    if (re.test(span.text)) return { date: days === 0 ? published : shiftDay(published, days), from: "publication" };
  }
  return null;
}

/** Whether the clause dates itself by the previous occasion ("the same day", "le même jour"). */
export function saysSameDay(span: Span): boolean {
  return SAME_DAY.test(span.text);
}

/** The article's sides: the codes it names most, most named first. */
export function rankedSides(input: OccasionInput): string[] {
  const counts = new Map<string, number>();
  for (const e of input.entities) {
    const code = input.codeOf(e);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/** Codes named in `span`, in text order, each once. */
export function sidesIn(input: OccasionInput, span: Span): string[] {
  const out: string[] = [];
  for (const e of within(input.entities, span)) {
    const code = input.codeOf(e);
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

/** How the article names a side, in its own language: the first mention by name, not adjective. */
export function sideName(input: OccasionInput, code: string): string {
  const named = input.entities.find((e) => !e.demonym && e.type === "country" && input.codeOf(e) === code);
  return named?.text ?? code;
}

/** Names of the people the clause mentions, with where they are. */
export function peopleIn(input: OccasionInput, span: Span): EntitySuggestion[] {
  return within(input.entities, span).filter((e) => e.type === "person");
}

// "in Hanoi", "à Dakar", "at the Palace of …": a capitalised place after a locative preposition.
const PLACE =
  /(?<![\p{L}])(?:in|at|à)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|des|du|de)\s+)?\p{Lu}[\p{L}'’-]+){0,3})/u;

/** The first place named after "in"/"à" in the clause, unless it is a side (a country's name). */
export function placeIn(input: OccasionInput, span: Span): string | undefined {
  const m = PLACE.exec(span.text);
  if (!m) return undefined;
  const at = span.start + m.index + m[0].length - m[1]!.length;
  const isEntity = within(input.entities, { start: at, end: at + m[1]!.length }).length > 0;
  if (isEntity) {
    const country = within(input.entities, { start: at, end: at + m[1]!.length })[0]!;
    return country.type === "country" ? country.text : undefined;
  }
  // Month names and weekdays follow "in" too ("in June").
  if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u.test(m[1]!)) {
    return undefined;
  }
  return m[1];
}
