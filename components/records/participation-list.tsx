import { humanize } from "@/lib/format/labels";
import type { PartialDate } from "@/lib/dates/partial-date";
import { EmptyState } from "../ui/empty-state";
import { DateText } from "./date-text";
import { RecordLink } from "./record-link";
import { TableFrame } from "../ui/table-frame";

export interface ParticipationItem {
  id: string;
  title: string;
  kind: string;
  role: string;
  start: PartialDate | null;
  end: PartialDate | null;
}

/** The events a person or organization took part in, with the part they played. */
export function ParticipationList({
  events,
  caption,
  asOf,
  empty,
}: {
  events: readonly ParticipationItem[];
  caption: string;
  asOf: string | undefined;
  empty: string;
}) {
  if (events.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <TableFrame
      caption={caption}
      head={
        <>
          <th scope="col" className="px-3 py-2">
            Event
          </th>
          <th scope="col" className="px-3 py-2">
            Date
          </th>
          <th scope="col" className="px-3 py-2">
            Role
          </th>
        </>
      }
    >
      {events.map((e, i) => (
        // One person can hold two roles at one event: the index keeps keys apart.
        <tr key={`${e.id}-${i}`} className="border-b border-line align-top last:border-0">
          <th scope="row" className="min-w-56 px-3 py-2 font-normal">
            <RecordLink href={`/events/${e.id}`} asOf={asOf} className="font-medium">
              {e.title}
            </RecordLink>
            <span className="block text-xs text-muted">{humanize(e.kind)}</span>
          </th>
          <td className="whitespace-nowrap px-3 py-2">
            <DateText start={e.start} end={e.end} />
          </td>
          <td className="px-3 py-2">{humanize(e.role)}</td>
        </tr>
      ))}
    </TableFrame>
  );
}
