import type { EventView } from "@/lib/events/queries";
import { humanize } from "@/lib/format/labels";
import { scopeLabel } from "@/lib/organizations/labels";
import { RecordLink } from "../records/record-link";
import { EmptyState } from "../ui/empty-state";
import { TableFrame } from "../ui/table-frame";

type Participant = EventView["participants"][number];

function Who({ p, asOf }: { p: Participant; asOf: string | undefined }) {
  if (p.person) {
    return (
      <>
        <RecordLink href={`/people/${p.person.id}`} asOf={asOf} className="font-medium">
          {p.person.name}
        </RecordLink>
        {p.person.positions.length ? <span> — {p.person.positions.map((pos) => pos.label).join("; ")}</span> : null}
      </>
    );
  }
  if (p.organization) {
    return (
      <>
        <RecordLink href={`/organizations/${p.organization.id}`} asOf={asOf} className="font-medium">
          {p.organization.name}
        </RecordLink>
        {/* An international body has no country: its scope says what it is. */}
        <span className="text-muted"> ({p.organization.country ?? `${scopeLabel(p.organization.scope)} body`})</span>
      </>
    );
  }
  return <span className="font-medium">{p.country?.name ?? "Unnamed"}</span>;
}

/** Who took part and in what role; a person is named with the office they held on the day. */
export function ParticipantList({
  participants,
  asOf,
}: {
  participants: readonly Participant[];
  asOf: string | undefined;
}) {
  if (participants.length === 0) return <EmptyState>The sources name no participants.</EmptyState>;
  return (
    <TableFrame
      caption="Participants and their role in the event"
      head={
        <>
          <th scope="col" className="px-3 py-2">
            Role
          </th>
          <th scope="col" className="px-3 py-2">
            Participant
          </th>
        </>
      }
    >
      {participants.map((p) => (
        <tr key={p.id} className="border-b border-line align-top last:border-0">
          <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
            {humanize(p.role)}
          </th>
          <td className="px-3 py-2">
            <Who p={p} asOf={asOf} />
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
