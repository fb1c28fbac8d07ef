import type { PersonListItem } from "@/lib/people/queries";
import { RecordLink } from "../records/record-link";
import { EmptyState } from "../ui/empty-state";
import { TableFrame } from "../ui/table-frame";

export function PersonTable({
  people,
  asOf,
  empty,
}: {
  people: readonly PersonListItem[];
  asOf: string | undefined;
  empty: string;
}) {
  if (people.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <TableFrame
      caption="People with their country and positions"
      head={
        <>
          <th scope="col" className="px-3 py-2">
            Name
          </th>
          <th scope="col" className="px-3 py-2">
            Country
          </th>
          <th scope="col" className="px-3 py-2">
            Positions
          </th>
        </>
      }
    >
      {people.map((p) => (
        <tr key={p.id} className="border-b border-line align-top last:border-0">
          <th scope="row" className="min-w-40 px-3 py-2 font-normal">
            <RecordLink href={`/people/${p.id}`} asOf={asOf} className="font-medium">
              {p.name}
            </RecordLink>
          </th>
          <td className="px-3 py-2">{p.country?.name ?? "—"}</td>
          <td className="min-w-56 px-3 py-2">
            {p.positions.length ? p.positions.map((pos) => pos.title).join("; ") : "—"}
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
