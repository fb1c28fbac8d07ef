import { formatDateRange, toIso, type PartialDate } from "@/lib/dates/partial-date";

/**
 * A date or range at the precision the sources give ("2019", "March 2019", "13–16 March 2019");
 * `dateTime` carries the same precision, so no day is invented.
 */
export function DateText({
  start,
  end = null,
  empty = "—",
}: {
  start: PartialDate | null;
  end?: PartialDate | null;
  empty?: string;
}) {
  if (!start) return <>{empty}</>;
  return <time dateTime={toIso(start)}>{formatDateRange(start, end)}</time>;
}
