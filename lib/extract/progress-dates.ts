/**
 * Days named relative to the article ("yesterday", "on Monday", "hier", "lundi"), resolved from a
 * publication date known to the day. A report of progress most often dates it so ("the centre was
 * handed over yesterday"), and the extraction's own dates leave these words to the reader.
 */
import { parsePartialDate, type PartialDate } from "../dates/partial-date";
import type { Span } from "./types";

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
};

const DAYS_BACK: Record<string, number> = {
  today: 0,
  "this morning": 0,
  "this afternoon": 0,
  tonight: 0,
  "last night": 1,
  yesterday: 1,
  "aujourd'hui": 0,
  "ce matin": 0,
  "cet apres-midi": 0,
  hier: 1,
  "avant-hier": 2,
};

// Over folded text (lower case, no accents): one alternation of words, linear.
const RELATIVE =
  /\b(?:today|this morning|this afternoon|tonight|last night|yesterday|aujourd'hui|ce matin|cet apres-midi|avant-hier|hier|sunday|monday|tuesday|wednesday|thursday|friday|saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b/g;

export interface RelativeDay extends Span {
  value: PartialDate;
}

function minusDays(iso: string, days: number): PartialDate {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return { date: d.toISOString().slice(0, 10), precision: "day" };
}

/**
 * The relative days in `folded` (a folded sentence), with their folded offsets. A weekday is the
 * latest such day on or before publication ("on Monday" in Wednesday's paper is two days back).
 * None without a publication date known to the day.
 */
export function relativeDays(folded: string, published: string | null | undefined): RelativeDay[] {
  const base = published ? parsePartialDate(published) : null;
  if (!base || base.precision !== "day") return [];
  const weekday = new Date(`${base.date}T00:00:00Z`).getUTCDay();
  const out: RelativeDay[] = [];
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(folded); m; m = RELATIVE.exec(folded)) {
    const word = m[0];
    const back = word in WEEKDAYS ? (weekday - WEEKDAYS[word]! + 7) % 7 : DAYS_BACK[word]!;
    out.push({ start: m.index, end: m.index + word.length, text: word, value: minusDays(base.date, back) });
  }
  return out;
}
