/**
 * Dates as the news gives them: "in 2019", "in March 2019", "on 14 March 2019".
 * A PartialDate stores the first day of its period plus the precision of what is known.
 */
export const PRECISIONS = ["year", "month", "day"] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface PartialDate {
  /** First day of the period, YYYY-MM-DD. */
  date: string;
  precision: Precision;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "2019", "2019-03" or "2019-03-14"; the precision follows from the shape. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = ISO_PARTIAL.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1000) return null;
  if (match[2] === undefined) return { date: `${match[1]}-01-01`, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { date: `${match[1]}-${match[2]}-01`, precision: "month" };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { date: `${match[1]}-${match[2]}-${match[3]}`, precision: "day" };
}

/** Rebuilds a PartialDate from its stored columns; null when either is missing or invalid. */
export function fromColumns(date: string | null | undefined, precision: string | null | undefined): PartialDate | null {
  if (!date || !precision) return null;
  if (!(PRECISIONS as readonly string[]).includes(precision)) return null;
  const parsed = parsePartialDate(date);
  return parsed ? { date: parsed.date, precision: precision as Precision } : null;
}

/** The ISO form that carries the precision: "2019", "2019-03", "2019-03-14". */
export function toIso(value: PartialDate): string {
  if (value.precision === "year") return value.date.slice(0, 4);
  if (value.precision === "month") return value.date.slice(0, 7);
  return value.date;
}

/** First day after the period: "2019" → "2020-01-01", "2019-12" → "2020-01-01", a day → the next day. */
export function periodEndExclusive(value: PartialDate): string {
  const [y, m, d] = value.date.split("-").map(Number) as [number, number, number];
  if (value.precision === "year") return `${pad(y + 1, 4)}-01-01`;
  if (value.precision === "month") return m === 12 ? `${pad(y + 1, 4)}-01-01` : `${pad(y, 4)}-${pad(m + 1)}-01`;
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/** Last day of the period, YYYY-MM-DD. */
export function periodLastDay(value: PartialDate): string {
  const end = new Date(`${periodEndExclusive(value)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** Orders by start of period, then coarser precision first ("2019" before "2019-01-01"). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return PRECISIONS.indexOf(a.precision) - PRECISIONS.indexOf(b.precision);
}

/** Today as YYYY-MM-DD in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const MONTHS: Record<string, string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
};

function monthName(month: number, locale: string): string {
  const names = MONTHS[locale.slice(0, 2)] ?? MONTHS.en!;
  return names[month - 1] ?? "";
}

/** "2019", "March 2019", "14 March 2019" (or French month names). */
export function formatPartialDate(value: PartialDate, locale = "en"): string {
  const [y, m, d] = value.date.split("-").map(Number) as [number, number, number];
  if (value.precision === "year") return String(y);
  if (value.precision === "month") return `${monthName(m, locale)} ${y}`;
  return `${d} ${monthName(m, locale)} ${y}`;
}

/**
 * "13–16 March 2019", "28 February – 2 March 2019", "March–June 2020", "2012–2013", or a single
 * date when there is no end. Ends of the same precision share what they have in common and join
 * with a closed-up dash; anything longer joins with a spaced one ("2019 – March 2020").
 */
export function formatDateRange(start: PartialDate, end: PartialDate | null | undefined, locale = "en"): string {
  if (!end || toIso(end) === toIso(start)) return formatPartialDate(start, locale);
  const [sy, sm, sd] = start.date.split("-").map(Number) as [number, number, number];
  const [ey, em, ed] = end.date.split("-").map(Number) as [number, number, number];
  if (start.precision === "year" && end.precision === "year") return `${sy}–${ey}`;
  if (start.precision === "month" && end.precision === "month" && sy === ey) {
    return `${monthName(sm, locale)}–${monthName(em, locale)} ${ey}`;
  }
  if (start.precision === "day" && end.precision === "day") {
    if (sy === ey && sm === em) return `${sd}–${ed} ${monthName(em, locale)} ${ey}`;
    if (sy === ey) return `${sd} ${monthName(sm, locale)} – ${ed} ${monthName(em, locale)} ${ey}`;
  }
  return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
}
