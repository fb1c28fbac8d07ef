import { formatPartialDate } from "@/lib/dates/partial-date";

/** Says, on every page viewed in the past, which day the reader is looking at. */
export function AsOfBanner({ asOf }: { asOf: string | undefined }) {
  if (!asOf) return null;
  return (
    <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      Viewing the record <strong>as of {formatPartialDate({ date: asOf, precision: "day" })}</strong>: statuses from the
      history, overdue computed on that day, later records hidden.
    </p>
  );
}
