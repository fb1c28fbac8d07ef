import type { PartialDate } from "@/lib/dates/partial-date";
import type { Titles } from "@/lib/records/titles";
import { humanize } from "@/lib/format/labels";
import { DateText } from "../records/date-text";
import { RecordLink } from "../records/record-link";
import { RecordTitle } from "../records/record-title";
import { EmptyState } from "../ui/empty-state";
import { DocumentStatus } from "./document-status";
import { TableFrame } from "../ui/table-frame";

export interface DocumentItem {
  id: string;
  title: string;
  /** Both titles, when the list has them: the reader's language first, the other marked. */
  titles?: Titles;
  kind: string;
  status: string;
  signed: PartialDate | null;
  countries?: readonly { code: string; name: string }[];
  /** Parties that stand for no one country (an international body). */
  bodies?: readonly { id: string; name: string }[];
  /** On an event's page, the sub-event where it was signed (null: the event itself). */
  madeAt?: { id: string; title: string } | null;
}

/** Documents in a table: the documents list, and the documents signed at an event or by a person. */
export function DocumentTable({
  documents,
  caption,
  asOf,
  empty,
}: {
  documents: readonly DocumentItem[];
  caption: string;
  asOf: string | undefined;
  empty: string;
}) {
  if (documents.length === 0) return <EmptyState>{empty}</EmptyState>;
  const parties = documents.some((d) => d.countries);
  const madeAt = documents.some((d) => d.madeAt);
  return (
    <TableFrame
      caption={caption}
      head={
        <>
          <th scope="col" className="px-3 py-2">
            Document
          </th>
          <th scope="col" className="px-3 py-2">
            Kind
          </th>
          {parties ? (
            <th scope="col" className="px-3 py-2">
              Parties
            </th>
          ) : null}
          <th scope="col" className="px-3 py-2">
            Signed
          </th>
          {madeAt ? (
            <th scope="col" className="px-3 py-2">
              Signed at
            </th>
          ) : null}
          <th scope="col" className="px-3 py-2">
            Status
          </th>
        </>
      }
    >
      {documents.map((d) => (
        <tr key={d.id} className="border-b border-line align-top last:border-0">
          <th scope="row" className="min-w-56 px-3 py-2 font-normal">
            <RecordLink href={`/documents/${d.id}`} asOf={asOf} className="font-medium">
              {d.titles ? <RecordTitle titles={d.titles} /> : d.title}
            </RecordLink>
          </th>
          <td className="px-3 py-2">{humanize(d.kind)}</td>
          {parties ? (
            <td className="px-3 py-2">
              {[...(d.countries ?? []).map((c) => c.name), ...(d.bodies ?? []).map((b) => b.name)].join(", ") || "—"}
            </td>
          ) : null}
          <td className="whitespace-nowrap px-3 py-2">
            <DateText start={d.signed} empty="Undated" />
          </td>
          {madeAt ? (
            <td className="px-3 py-2">
              {d.madeAt ? (
                <RecordLink href={`/events/${d.madeAt.id}`} asOf={asOf}>
                  {d.madeAt.title}
                </RecordLink>
              ) : (
                "This event"
              )}
            </td>
          ) : null}
          <td className="px-3 py-2">
            <DocumentStatus status={d.status} />
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
