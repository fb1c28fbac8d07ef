import { organizationKindLabel, scopeLabel } from "@/lib/organizations/labels";
import { storedNames } from "@/lib/organizations/names";
import type { OrganizationListItem } from "@/lib/organizations/queries";
import { RecordLink } from "../records/record-link";
import { RecordTitle } from "../records/record-title";
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
      caption="Organizations with their kind, country or member countries, parent and other names"
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
              <RecordTitle titles={storedNames(o)} noun="name" />
            </RecordLink>
          </th>
          <td className="px-3 py-2">{organizationKindLabel(o.kind)}</td>
          <td className="px-3 py-2">
            <Whose organization={o} />
          </td>
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

/** A national organization's country; a bilateral body's two countries; an international body's member count. */
function Whose({ organization: o }: { organization: OrganizationListItem }) {
  if (o.country) return <>{o.country.name}</>;
  const scope = <span className="text-sm text-muted">{scopeLabel(o.scope)}</span>;
  if (o.scope === "bilateral") {
    return (
      <>
        {o.members.map((m) => m.name).join(" – ")} {scope}
      </>
    );
  }
  return (
    <>
      {scope}
      {o.memberCount ? (
        <span className="text-sm text-muted">
          {" "}
          · {o.memberCount === 1 ? "1 member country" : `${o.memberCount} member countries`}
        </span>
      ) : null}
    </>
  );
}
