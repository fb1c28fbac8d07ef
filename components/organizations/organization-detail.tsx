import type { ReactNode } from "react";
import { organizationKindLabel, scopeLabel } from "@/lib/organizations/labels";
import { titleFor } from "@/lib/records/titles";
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
import { RecordTitle } from "../records/record-title";
import { EmptyState } from "../ui/empty-state";
import { PageHeader } from "../ui/page-header";
import { Section } from "../ui/section";
import { ScopeFacts } from "./scope-facts";

export function OrganizationDetail({
  organization: o,
  asOf,
  editLink,
}: {
  organization: OrganizationView;
  asOf: string | undefined;
  editLink?: ReactNode;
}) {
  // The title is the reader's language (English for now); the other name, when there is one, under it.
  const shown = titleFor(o.names, "en");
  const otherName =
    shown.fallback || !o.names.fr || o.names.fr === shown.text ? null : { text: o.names.fr, language: "fr" };
  return (
    <article className="space-y-8">
      <PageHeader
        eyebrow={`${organizationKindLabel(o.kind)} · ${o.country ? o.country.name : `${scopeLabel(o.scope)} body`}`}
        title={<RecordTitle titles={o.names} noun="name" />}
        actions={editLink}
      >
        {otherName ? <p lang={otherName.language}>{otherName.text}</p> : null}
      </PageHeader>

      <FlagPanel flags={o.flags} asOf={asOf} />

      <Facts label="Organization facts">
        <Fact label="Kind">{organizationKindLabel(o.kind)}</Fact>
        <Fact label="Scope">{scopeLabel(o.scope)}</Fact>
        <ScopeFacts organization={o} asOf={asOf} />
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
                  <span className="text-sm text-muted">({organizationKindLabel(c.kind)})</span>
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
