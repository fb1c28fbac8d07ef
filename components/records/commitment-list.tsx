import { KIND_LABELS } from "@/lib/format/labels";
import { StatusBadge } from "../status-badge";
import { EmptyState } from "../ui/empty-state";
import { DateText } from "./date-text";
import { RecordLink } from "./record-link";
import { formatPartialDate, type PartialDate } from "@/lib/dates/partial-date";
import { TableFrame } from "../ui/table-frame";

export interface CommitmentItem {
  id: string;
  title: string;
  kind: string;
  status: string;
  /** "VN → KH", "VN ↔ KH": who commits to whom, when the list shows it. */
  between?: string;
  target?: PartialDate | null;
  /** On an event's page, the sub-event it came out of (null: the event itself). */
  madeAt?: { id: string; title: string } | null;
}

/**
 * Commitments as another record lists them. The status is the one as of the page's day (the
 * query has replaced it), so the badge reads the same as the commitment's own page.
 */
export function CommitmentList({
  commitments,
  caption,
  asOf,
  empty,
}: {
  commitments: readonly CommitmentItem[];
  caption: string;
  asOf: string | undefined;
  empty: string;
}) {
  if (commitments.length === 0) return <EmptyState>{empty}</EmptyState>;
  const direction = commitments.some((c) => c.between);
  const target = commitments.some((c) => c.target !== undefined);
  const madeAt = commitments.some((c) => c.madeAt);
  return (
    <TableFrame
      caption={caption}
      head={
        <>
          <th scope="col" className="px-3 py-2">
            Commitment
          </th>
          <th scope="col" className="px-3 py-2">
            Kind
          </th>
          {direction ? (
            <th scope="col" className="whitespace-nowrap px-3 py-2">
              From → to
            </th>
          ) : null}
          {target ? (
            <th scope="col" className="px-3 py-2">
              Target
            </th>
          ) : null}
          {madeAt ? (
            <th scope="col" className="px-3 py-2">
              Made at
            </th>
          ) : null}
          <th scope="col" className="px-3 py-2">
            {asOf ? `Status on ${formatPartialDate({ date: asOf, precision: "day" })}` : "Status"}
          </th>
        </>
      }
    >
      {commitments.map((c) => (
        <tr key={c.id} className="border-b border-line align-top last:border-0">
          <th scope="row" className="min-w-56 px-3 py-2 font-normal">
            <RecordLink href={`/commitments/${c.id}`} asOf={asOf} className="font-medium">
              {c.title}
            </RecordLink>
          </th>
          <td className="px-3 py-2">{KIND_LABELS[c.kind] ?? c.kind}</td>
          {direction ? <td className="whitespace-nowrap px-3 py-2">{c.between}</td> : null}
          {target ? (
            <td className="whitespace-nowrap px-3 py-2">
              <DateText start={c.target ?? null} />
            </td>
          ) : null}
          {madeAt ? (
            <td className="px-3 py-2">
              {c.madeAt ? (
                <RecordLink href={`/events/${c.madeAt.id}`} asOf={asOf}>
                  {c.madeAt.title}
                </RecordLink>
              ) : (
                "This event"
              )}
            </td>
          ) : null}
          <td className="px-3 py-2">
            <StatusBadge status={c.status} />
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
