import type { ReactNode } from "react";
import type { DocumentView } from "@/lib/documents/queries";
import { humanize } from "@/lib/format/labels";
import { CitationList } from "../records/citation-list";
import { CommitmentList } from "../records/commitment-list";
import { DateText } from "../records/date-text";
import { Fact, Facts } from "../records/facts";
import { RecordLink } from "../records/record-link";
import { RecordTitle } from "../records/record-title";
import { EmptyState } from "../ui/empty-state";
import { PageHeader } from "../ui/page-header";
import { Section } from "../ui/section";
import { DocumentStatus } from "./document-status";
import { SignatoryList } from "./signatory-list";

/** "2019" for a plan valid through 2019; "from 2019", "until 2021" when one end is open. */
function Validity({ from, to }: { from: DocumentView["validFrom"]; to: DocumentView["validTo"] }) {
  if (from && to) return <DateText start={from} end={to} />;
  if (from)
    return (
      <>
        from <DateText start={from} />
      </>
    );
  if (to)
    return (
      <>
        until <DateText start={to} />
      </>
    );
  return <>Not stated</>;
}

export function DocumentDetail({
  document: d,
  asOf,
  editLink,
}: {
  document: DocumentView;
  asOf: string | undefined;
  editLink?: ReactNode;
}) {
  const signatories = d.signatories.filter((s) => s.role === "signatory");
  const others = d.signatories.filter((s) => s.role !== "signatory");
  return (
    <article className="space-y-8">
      <PageHeader eyebrow={humanize(d.kind)} title={<RecordTitle titles={d.titles} />} actions={editLink}>
        <p className="flex flex-wrap items-center gap-2">
          <DocumentStatus status={d.status} />
          <span>
            Signed <DateText start={d.signed} empty="on an unknown date" />
          </span>
        </p>
      </PageHeader>

      <Facts label="Document facts">
        <Fact label="Kind">{humanize(d.kind)}</Fact>
        <Fact label="Status">
          <DocumentStatus status={d.status} />
        </Fact>
        <Fact label="Signed">
          <DateText start={d.signed} empty="Unknown" />
          {d.signed ? <span className="text-sm text-muted"> (known to the {d.signed.precision})</span> : null}
        </Fact>
        <Fact label="Valid">
          <Validity from={d.validFrom} to={d.validTo} />
        </Fact>
        <Fact label="Signed at">
          {d.event ? (
            <RecordLink href={`/events/${d.event.id}`} asOf={asOf}>
              {d.event.title}
            </RecordLink>
          ) : (
            "—"
          )}
        </Fact>
        {d.description ? <Fact label="Summary">{d.description}</Fact> : null}
      </Facts>

      <Section title="Parties" id="parties">
        {d.parties.length ? (
          <ul className="divide-y divide-line rounded border border-line bg-white">
            {d.parties.map((p) => (
              <li key={p.id} className="px-4 py-2">
                {p.country ? <span className="font-medium">{p.country.name}</span> : null}
                {p.country && p.organization ? " — " : null}
                {p.organization ? (
                  <RecordLink
                    href={`/organizations/${p.organization.id}`}
                    asOf={asOf}
                    className={p.country ? undefined : "font-medium"}
                  >
                    {p.organization.name}
                  </RecordLink>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>The sources do not name the parties.</EmptyState>
        )}
      </Section>

      <Section title="Signatories" id="signatories">
        <SignatoryList signatories={signatories} asOf={asOf} empty="The sources do not name who signed." />
      </Section>

      {others.length ? (
        <Section title="Witnesses and presiding officials" id="witnesses">
          <SignatoryList signatories={others} asOf={asOf} empty="" />
        </Section>
      ) : null}

      <Section title="Commitments it contains" id="commitments">
        <CommitmentList
          commitments={d.commitments}
          asOf={asOf}
          caption={`Commitments contained in ${d.title}`}
          empty="No commitment recorded as part of this document. The sources may describe its content only in general terms."
        />
      </Section>

      <Section title="Citations" id="citations">
        <CitationList citations={d.citations} />
      </Section>
    </article>
  );
}
