import Link from "next/link";
import type { Overview } from "@/lib/overview/queries";
import { withAsOf } from "@/lib/as-of/url";
import { formatDateRange, fromColumns } from "@/lib/dates/partial-date";
import { humanize } from "@/lib/format/labels";
import { EmptyState } from "../ui/empty-state";

/** The latest top-level events, newest first, each with what came out of it (the events page has the timeline). */
export function LatestEvents({ events, asOf }: { events: Overview["events"]; asOf?: string }) {
  if (events.length === 0) return <EmptyState>No events recorded{asOf ? " by this day" : ""}.</EmptyState>;
  return (
    <ol className="space-y-4 border-l-2 border-line pl-4">
      {events.map((e) => {
        const start = fromColumns(e.startDate, e.startPrecision);
        return (
          <li key={e.id} className="relative">
            <span
              aria-hidden="true"
              className="absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-accent"
            />
            <p className="text-sm text-muted">
              {start ? formatDateRange(start, fromColumns(e.endDate, e.endPrecision)) : e.startDate} ·{" "}
              {humanize(e.kind)}
              {e.location ? ` · ${e.location}` : ""}
            </p>
            <Link href={withAsOf(`/events/${e.id}`, asOf)} className="font-medium text-accent hover:underline">
              {e.title}
            </Link>
            <p className="text-sm text-muted">
              {e._count.children} sub-event{e._count.children === 1 ? "" : "s"} · {e._count.documents} document
              {e._count.documents === 1 ? "" : "s"} signed · {e._count.commitments} commitment
              {e._count.commitments === 1 ? "" : "s"} made directly
            </p>
          </li>
        );
      })}
    </ol>
  );
}
