import type { ReactNode } from "react";
import Link from "next/link";
import { withAsOf } from "@/lib/as-of/url";
import type { EventView } from "@/lib/events/queries";
import { documentsSignedText } from "@/lib/events/rules";
import { humanize } from "@/lib/format/labels";
import { DocumentTable } from "../documents/document-table";
import { CitationList } from "../records/citation-list";
import { CommitmentList } from "../records/commitment-list";
import { DateText } from "../records/date-text";
import { Fact, Facts } from "../records/facts";
import { FlagPanel } from "../records/flag-panel";
import { MoreNote } from "../records/more-note";
import { RecordLink } from "../records/record-link";
import { RecordTitle } from "../records/record-title";
import { PageHeader } from "../ui/page-header";
import { Section } from "../ui/section";
import { eventSides } from "./event-sides";
import { EventTimeline } from "./event-timeline";
import { ParticipantList } from "./participant-list";

export function EventDetail({
  event: e,
  asOf,
  editLink,
}: {
  event: EventView;
  asOf: string | undefined;
  editLink?: ReactNode;
}) {
  const sides = eventSides(e.host, e.visitor);
  const documentsSigned = documentsSignedText(e.documentsSigned, e.documentsRecorded);
  return (
    <article className="space-y-8">
      <PageHeader
        eyebrow={humanize(e.kind)}
        title={<RecordTitle titles={e.titles} />}
        actions={
          <>
            {e.comparable ? (
              <Link
                href={withAsOf(`/sources/compare?event=${encodeURIComponent(e.id)}`, asOf)}
                className="rounded border border-accent px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent hover:text-white"
              >
                Compare the reports
              </Link>
            ) : null}
            {editLink}
          </>
        }
      >
        <p>
          <DateText start={e.start} end={e.end} />
          {sides ? ` · ${sides}` : ""}
        </p>
      </PageHeader>

      <FlagPanel flags={e.flags} asOf={asOf} />

      <Facts label="Event facts">
        <Fact label="Dates">
          <DateText start={e.start} end={e.end} />{" "}
          <span className="text-sm text-muted">(known to the {e.start.precision})</span>
        </Fact>
        <Fact label="Location">{e.location ?? "—"}</Fact>
        <Fact label="Host country">{e.host?.name ?? "—"}</Fact>
        <Fact label="Visiting country">{e.visitor?.name ?? "—"}</Fact>
        {documentsSigned ? <Fact label="Documents signed">{documentsSigned}</Fact> : null}
        {e.parent ? (
          <Fact label="Part of">
            <RecordLink href={`/events/${e.parent.id}`} asOf={asOf}>
              {e.parent.title}
            </RecordLink>
          </Fact>
        ) : null}
        {e.description ? <Fact label="Summary">{e.description}</Fact> : null}
      </Facts>

      {e.children.length ? (
        <Section title="Sub-events" id="sub-events">
          {/* The timeline's look, its headings one level below this section's. */}
          <EventTimeline events={e.children} asOf={asOf} firstLevel={3} byYear={false} />
        </Section>
      ) : null}

      <Section title="Participants" id="participants">
        <ParticipantList participants={e.participants} asOf={asOf} />
      </Section>

      <Section title="What came out of it" id="outcomes">
        <h3 className="font-semibold">
          Commitments made {e.children.length ? "here and at its sub-events" : "here"} ({e.commitmentCount})
        </h3>
        <CommitmentList
          commitments={e.commitments}
          asOf={asOf}
          caption={`Commitments made at ${e.title}`}
          empty="No commitment recorded at this event."
        />
        <MoreNote shown={e.commitments.length} total={e.commitmentCount} what="commitments" />
        <h3 className="pt-2 font-semibold">
          Documents signed {e.children.length ? "here and at its sub-events" : "here"}
          {documentsSigned ? ` (${documentsSigned})` : ""}
        </h3>
        <DocumentTable
          documents={e.documents}
          asOf={asOf}
          caption={`Documents signed at ${e.title}`}
          empty={
            e.documentsSigned
              ? "None of the documents signed is recorded yet."
              : "No document recorded as signed at this event."
          }
        />
        <MoreNote shown={e.documents.length} total={e.documentsRecorded} what="documents" />
      </Section>

      <Section title="Citations" id="citations">
        <CitationList citations={e.citations} />
      </Section>
    </article>
  );
}
