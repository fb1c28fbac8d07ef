import { formatDateRange, parsePartialDate, toIso } from "@/lib/dates/partial-date";

type Target = { date: string; precision: string; end?: { date: string; precision: string } | null } | null;

/**
 * A target at the precision the source gives, or a range of two: "June 2020", "2012–2013",
 * "March–June 2020". `dateTime` carries the start at its precision, so no day is invented.
 * `showPrecision` adds it in words ("precision: year", or "day – year" when the ends differ).
 */
export function TargetText({
  target,
  empty = "—",
  showPrecision = false,
}: {
  target: Target;
  empty?: string;
  showPrecision?: boolean;
}) {
  const start = target ? parsePartialDate(target.date) : null;
  if (!target || !start) return <>{target?.date ?? empty}</>;
  const end = target.end ? parsePartialDate(target.end.date) : null;
  const precision =
    target.end && target.end.precision !== target.precision
      ? `${target.precision} – ${target.end.precision}`
      : target.precision;
  return (
    <>
      <time dateTime={toIso(start)}>{formatDateRange(start, end)}</time>
      {showPrecision ? <span className="text-sm text-muted"> (precision: {precision})</span> : null}
    </>
  );
}
