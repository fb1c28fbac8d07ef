import type { ReactNode } from "react";
import type { PersonView } from "@/lib/people/queries";
import { AliasList } from "../records/alias-list";
import { DateText } from "../records/date-text";
import { GivenReceived } from "../records/given-received";
import { FlagPanel } from "../records/flag-panel";
import { MoreNote } from "../records/more-note";
import { ParticipationList } from "../records/participation-list";
import { RecordLink } from "../records/record-link";
import { EmptyState } from "../ui/empty-state";
import { PageHeader } from "../ui/page-header";
import { Section } from "../ui/section";
import { PositionList } from "./position-list";

export function PersonDetail({
  person: p,
  asOf,
  editLink,
}: {
  person: PersonView;
  asOf: string | undefined;
  editLink?: ReactNode;
}) {
  return (
    <article className="space-y-8">
      <PageHeader eyebrow={p.country ? `Person · ${p.country.name}` : "Person"} title={p.name} actions={editLink}>
        {p.positions.length ? <p>{p.positions.map((pos) => pos.label).join("; ")}</p> : null}
      </PageHeader>

      <FlagPanel flags={p.flags} asOf={asOf} title="Flags on their commitments" />

      <Section title="Positions" id="positions">
        <PositionList positions={p.positions} asOf={asOf} />
      </Section>

      <Section title="Other names" id="aliases">
        <AliasList aliases={p.aliases} />
      </Section>

      <Section title="Commitments" id="commitments">
        <GivenReceived
          name={p.name}
          given={p.given}
          givenCount={p.givenCount}
          received={p.received}
          receivedCount={p.receivedCount}
          asOf={asOf}
          who="them"
        />
      </Section>

      <Section title="Events taken part in" id="events">
        <ParticipationList
          events={p.events}
          asOf={asOf}
          caption={`Events ${p.name} took part in, with their role`}
          empty="No event recorded with them as a participant."
        />
        <MoreNote shown={p.events.length} total={p.eventCount} what="events" />
      </Section>

      <Section title="Documents signed" id="documents">
        {p.documents.length ? (
          <ul className="divide-y divide-line rounded border border-line bg-white">
            {p.documents.map((d) => (
              <li key={d.id} className="px-4 py-2">
                <RecordLink href={`/documents/${d.id}`} asOf={asOf} className="font-medium">
                  {d.title}
                </RecordLink>
                <p className="text-sm text-muted">
                  <DateText start={d.signed} empty="Undated" />
                  {d.as ? ` · as ${d.as}` : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>No document recorded with their signature.</EmptyState>
        )}
      </Section>
    </article>
  );
}
