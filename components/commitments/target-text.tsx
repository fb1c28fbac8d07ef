import { formatDateRange, parsePartialDate, toIso } from "@/lib/dates/partial-date";

type Target = { date: string; precision: string; end?: { date: string; precision: string } | null } | null;

/**
 * A target at the precision the source gives, or a range of two: "June 2020", "2012–2013",
 * "March–June 2020". `dateTime` carries the start at its precision, so no day is invented.
 */
export function TargetText({ target, empty = "—" }: { target: Target; empty?: string }) {
  const start = target ? parsePartialDate(target.date) : null;
  if (!target || !start) return <>{target?.date ?? empty}</>;
  const end = target.end ? parsePartialDate(target.end.date) : null;
  return <time dateTime={toIso(start)}>{formatDateRange(start, end)}</time>;
}
