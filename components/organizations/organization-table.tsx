import { humanize } from "@/lib/format/labels";
import type { OrganizationListItem } from "@/lib/organizations/queries";
import { RecordLink } from "../records/record-link";
import { EmptyState } from "../ui/empty-state";
import { TableFrame } from "../ui/table-frame";

export function OrganizationTable({
  organizations,
  asOf,
  empty,
}: {
  organizations: readonly OrganizationListItem[];
  asOf: string | undefined;
  empty: string;
}) {
  if (organizations.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <TableFrame
      caption="Organizations with their kind, country, parent and other names"
      head={
        <>
          <th scope="col" className="px-3 py-2">
            Organization
          </th>
          <th scope="col" className="px-3 py-2">
            Kind
          </th>
          <th scope="col" className="px-3 py-2">
            Country
          </th>
          <th scope="col" className="px-3 py-2">
            Part of
          </th>
          <th scope="col" className="px-3 py-2">
            Also named
          </th>
        </>
      }
    >
      {organizations.map((o) => (
        <tr key={o.id} className="border-b border-line align-top last:border-0">
          <th scope="row" className="min-w-48 px-3 py-2 font-normal">
            <RecordLink href={`/organizations/${o.id}`} asOf={asOf} className="font-medium">
              {o.name}
            </RecordLink>
          </th>
          <td className="px-3 py-2">{humanize(o.kind)}</td>
          <td className="px-3 py-2">{o.country?.name ?? "International"}</td>
          <td className="min-w-40 px-3 py-2">
            {o.parent ? (
              <RecordLink href={`/organizations/${o.parent.id}`} asOf={asOf}>
                {o.parent.name}
              </RecordLink>
            ) : (
              "—"
            )}
          </td>
          <td className="min-w-48 px-3 py-2">{o.aliases.length ? o.aliases.join(", ") : "—"}</td>
        </tr>
      ))}
    </TableFrame>
  );
}
