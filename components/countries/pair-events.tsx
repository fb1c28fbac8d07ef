import type { CountryPairView } from "@/lib/countries/queries";
import { humanize } from "@/lib/format/labels";
import { DateText } from "../records/date-text";
import { RecordLink } from "../records/record-link";
import { EmptyState } from "../ui/empty-state";
import { TableFrame } from "../ui/table-frame";

/** The events between two countries, whichever side hosted, in date order. */
export function PairEvents({ pair, asOf }: { pair: CountryPairView; asOf: string | undefined }) {
  if (pair.events.length === 0)
    return (
      <EmptyState>
        No event between {pair.first.name} and {pair.second.name} recorded.
      </EmptyState>
    );
  return (
    <TableFrame
      caption={
        <>
          Events between {pair.first.name} and {pair.second.name}, with their date, kind and host
        </>
      }
      head={
        <>
          <th scope="col" className="px-3 py-2">
            Event
          </th>
          <th scope="col" className="px-3 py-2">
            Date
          </th>
          <th scope="col" className="px-3 py-2">
            Kind
          </th>
          <th scope="col" className="px-3 py-2">
            Host
          </th>
        </>
      }
    >
      {pair.events.map((e) => (
        <tr key={e.id} className="border-b border-line align-top last:border-0">
          <th scope="row" className="min-w-56 px-3 py-2 font-normal">
            <RecordLink href={`/events/${e.id}`} asOf={asOf} className="font-medium">
              {e.title}
            </RecordLink>
            {e.parent ? <span className="block text-xs text-muted">Part of {e.parent.title}</span> : null}
          </th>
          <td className="whitespace-nowrap px-3 py-2">
            <DateText start={e.start} end={e.end} />
          </td>
          <td className="px-3 py-2">{humanize(e.kind)}</td>
          <td className="px-3 py-2">{e.host.name}</td>
        </tr>
      ))}
    </TableFrame>
  );
}
