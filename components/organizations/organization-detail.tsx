import type { ReactNode } from "react";
import { humanize } from "@/lib/format/labels";
import type { OrganizationView } from "@/lib/organizations/queries";
import { DocumentTable } from "../documents/document-table";
import { Term } from "../people/position-list";
import { AliasList } from "../records/alias-list";
import { Fact, Facts } from "../records/facts";
import { GivenReceived } from "../records/given-received";
import { FlagPanel } from "../records/flag-panel";
import { MoreNote } from "../records/more-note";
import { ParticipationList } from "../records/participation-list";
import { RecordLink } from "../records/record-link";
import { EmptyState } from "../ui/empty-state";
import { PageHeader } from "../ui/page-header";
import { Section } from "../ui/section";

export function OrganizationDetail({
  organization: o,
  asOf,
  editLink,
}: {
  organization: OrganizationView;
  asOf: string | undefined;
  editLink?: ReactNode;
}) {
  return (
    <article className="space-y-8">
      <PageHeader
        eyebrow={`${humanize(o.kind)} · ${o.country?.name ?? "International"}`}
        title={o.name}
        actions={editLink}
      >
        {o.nameFr ? <p lang="fr">{o.nameFr}</p> : null}
      </PageHeader>

      <FlagPanel flags={o.flags} asOf={asOf} />

      <Facts label="Organization facts">
        <Fact label="Kind">{humanize(o.kind)}</Fact>
        <Fact label="Country">{o.country?.name ?? "None (international)"}</Fact>
        <Fact label="Part of">
          {o.parent ? (
            <RecordLink href={`/organizations/${o.parent.id}`} asOf={asOf}>
              {o.parent.name}
            </RecordLink>
          ) : (
            "—"
          )}
        </Fact>
        <Fact label="Sub-organizations">
          {o.children.length ? (
            <ul className="space-y-1">
              {o.children.map((c) => (
                <li key={c.id}>
                  <RecordLink href={`/organizations/${c.id}`} asOf={asOf}>
                    {c.name}
                  </RecordLink>{" "}
                  <span className="text-sm text-muted">({humanize(c.kind)})</span>
                </li>
              ))}
            </ul>
          ) : (
            "—"
          )}
        </Fact>
        {o.description ? <Fact label="Summary">{o.description}</Fact> : null}
      </Facts>

      <Section title="Other names" id="aliases">
        <AliasList aliases={o.aliases} />
      </Section>

      <Section title="People in office" id="people">
        {o.positions.length ? (
          <ul className="divide-y divide-line rounded border border-line bg-white">
            {o.positions.map(({ person, position }) => (
              <li key={position.id} className="px-4 py-2">
                <RecordLink href={`/people/${person.id}`} asOf={asOf} className="font-medium">
                  {person.name}
                </RecordLink>{" "}
                — {position.title}
                <p className="text-sm text-muted">
                  <Term from={position.from} to={position.to} />
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>No position in this organization recorded.</EmptyState>
        )}
      </Section>

      <Section title="Commitments" id="commitments">
        <GivenReceived
          name={o.name}
          given={o.given}
          givenCount={o.givenCount}
          received={o.received}
          receivedCount={o.receivedCount}
          asOf={asOf}
          who="this organization"
        />
      </Section>

      <Section title="Events taken part in" id="events">
        <ParticipationList
          events={o.events}
          asOf={asOf}
          caption={`Events ${o.name} took part in, with its role`}
          empty="No event recorded with this organization as a participant."
        />
        <MoreNote shown={o.events.length} total={o.eventCount} what="events" />
      </Section>

      <Section title="Documents it is party to" id="documents">
        <DocumentTable
          documents={o.documents}
          asOf={asOf}
          caption={`Documents ${o.name} is party to`}
          empty="No document recorded with this organization as a party."
        />
      </Section>
    </article>
  );
}
