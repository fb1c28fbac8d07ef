import Link from "next/link";
import { withAsOf } from "@/lib/as-of/url";
import type { CountryPairView } from "@/lib/countries/queries";
import { DocumentTable } from "../documents/document-table";
import { CommitmentList } from "../records/commitment-list";
import { MoreNote } from "../records/more-note";
import { PageHeader } from "../ui/page-header";
import { Section } from "../ui/section";
import { PairCounts } from "./pair-counts";
import { PairEvents } from "./pair-events";

type Side = { code: string; name: string };

function Direction({
  from,
  to,
  commitments,
  total,
  asOf,
}: {
  from: Side;
  to: Side;
  commitments: CountryPairView["aToB"];
  total: number;
  asOf: string | undefined;
}) {
  return (
    <Section title={`From ${from.name} to ${to.name} (${total})`} id={`from-${from.code}`}>
      <CommitmentList
        commitments={commitments}
        asOf={asOf}
        caption={`Commitments from ${from.name} to ${to.name}`}
        empty={`No commitment from ${from.name} to ${to.name} recorded.`}
      />
      <MoreNote shown={commitments.length} total={total} what="commitments" />
      {total > 0 ? (
        <p className="text-sm">
          <Link
            href={withAsOf(`/commitments?from=${from.code}&to=${to.code}&direction=one_way`, asOf)}
            className="text-accent hover:underline"
          >
            Filter, sort and export them in the commitments table
          </Link>
        </p>
      ) : null}
    </Section>
  );
}

export function PairDetail({ pair: p, asOf }: { pair: CountryPairView; asOf: string | undefined }) {
  const { first, second } = p;
  return (
    <article className="space-y-8">
      <PageHeader
        eyebrow="Between two countries"
        title={`${first.name} ↔ ${second.name}`}
        actions={
          <Link
            href={withAsOf(`/countries/${second.code}-${first.code}`, asOf)}
            className="rounded border border-line bg-white px-3 py-1.5 text-sm text-accent hover:bg-slate-50"
          >
            Read from {second.name}’s side
          </Link>
        }
      >
        {p.totals.aToB + p.totals.bToA + p.totals.mutual} commitments, {p.eventCount} events and {p.documentCount}{" "}
        documents between them.
      </PageHeader>

      <Section title="Commitments at a glance" id="counts">
        <PairCounts pair={p} asOf={asOf} />
      </Section>

      <Direction from={first} to={second} commitments={p.aToB} total={p.totals.aToB} asOf={asOf} />
      <Direction from={second} to={first} commitments={p.bToA} total={p.totals.bToA} asOf={asOf} />
      <Section title={`Mutual: both commit (${p.totals.mutual})`} id="mutual">
        <CommitmentList
          commitments={p.mutual}
          asOf={asOf}
          caption={`Commitments ${first.name} and ${second.name} made to each other`}
          empty={`No mutual commitment between ${first.name} and ${second.name} recorded.`}
        />
        <MoreNote shown={p.mutual.length} total={p.totals.mutual} what="commitments" />
        {p.totals.mutual > 0 ? (
          <p className="text-sm">
            <Link
              href={withAsOf(`/commitments?pair=${first.code}-${second.code}&direction=mutual`, asOf)}
              className="text-accent hover:underline"
            >
              Filter, sort and export them in the commitments table
            </Link>
          </p>
        ) : null}
      </Section>

      <Section title={`Events (${p.eventCount})`} id="events">
        <PairEvents pair={p} asOf={asOf} />
        <MoreNote shown={p.events.length} total={p.eventCount} what="events" />
      </Section>

      <Section title={`Documents between them (${p.documentCount})`} id="documents">
        <DocumentTable
          documents={p.documents}
          asOf={asOf}
          caption={`Documents with both ${first.name} and ${second.name} as parties`}
          empty={`No document with both ${first.name} and ${second.name} as parties recorded.`}
        />
        <MoreNote shown={p.documents.length} total={p.documentCount} what="documents" />
      </Section>
    </article>
  );
}
