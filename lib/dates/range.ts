import { fromColumns, periodEndExclusive, type PartialDate } from "./partial-date";

/**
 * A date or a range of periods, each end at its own precision: "2019", "June 2020" ("by June
 * 2020"), "2012–2013", "March–June 2020". The start is the PartialDate itself; `end`, when there
 * is one, is the range's last period (a range "2012–2013" ends on 31 December 2013).
 */
export interface PartialDateRange extends PartialDate {
  end?: PartialDate | null;
}

/** First day after the whole range: "2012–2013" → "2014-01-01"; a single date → after its period. */
export function rangeEndExclusive(range: PartialDateRange): string {
  return periodEndExclusive(range.end ?? range);
}

export type RangeProblem = "not_after_start" | "inside_start";

/**
 * Whether `end` can close a range that opens with `start`. It must start after the start does
 * ("2013" after "2012"), and must not end before the start's own period does: "2012 – June 2012"
 * would put the range's end inside its first period.
 */
export function checkRange(start: PartialDate, end: PartialDate): RangeProblem | null {
  if (end.date <= start.date) return "not_after_start";
  if (periodEndExclusive(end) < periodEndExclusive(start)) return "inside_start";
  return null;
}

/** Rebuilds a range from its four stored columns; a broken end is dropped, a broken start is null. */
export function rangeFromColumns(
  date: string | null | undefined,
  precision: string | null | undefined,
  endDate: string | null | undefined,
  endPrecision: string | null | undefined,
): PartialDateRange | null {
  const start = fromColumns(date, precision);
  if (!start) return null;
  return { ...start, end: fromColumns(endDate, endPrecision) };
}
