import Link from "next/link";
import { withAsOf } from "@/lib/as-of/url";
import type { CountryPairView } from "@/lib/countries/queries";
import { DocumentTable } from "../documents/document-table";
import { CommitmentList } from "../records/commitment-list";
import { MoreNote } from "../records/more-note";
import { PageHeader } from "../ui/page-header";
import { FeedLink } from "../feed-link";
import { pairFeedPath } from "@/lib/feeds/url";
import { Section } from "../ui/section";
import { PairCounts } from "./pair-counts";
import { PairEvents } from "./pair-events";

type Side = { code: string; name: string };

/** One direction of the pair's commitments: its list, and a way to the full table. */
function Direction({
  title,
  id,
  caption,
  empty,
  commitments,
  total,
  link,
  asOf,
}: {
  title: string;
  id: string;
  /** The list's name for screen readers ("Commitments from Vietnam to Cambodia"). */
  caption: string;
  /** What an empty list says. */
  empty: string;
  commitments: CountryPairView["aToB"];
  total: number;
  link: { query: string; text: string };
  asOf: string | undefined;
}) {
  return (
    <Section title={`${title} (${total})`} id={id}>
      <CommitmentList commitments={commitments} asOf={asOf} caption={caption} empty={empty} />
      <MoreNote shown={commitments.length} total={total} what="commitments" />
      {total > 0 ? (
        <p className="text-sm">
          <Link href={withAsOf(`/commitments?${link.query}`, asOf)} className="text-accent hover:underline">
            {link.text}
          </Link>
        </p>
      ) : null}
    </Section>
  );
}

function OneWay({ from, to, pair, asOf }: { from: Side; to: Side; pair: CountryPairView; asOf: string | undefined }) {
  const forward = from.code === pair.first.code;
  return (
    <Direction
      title={`From ${from.name} to ${to.name}`}
      id={`from-${from.code}`}
      caption={`Commitments from ${from.name} to ${to.name}`}
      empty={`No commitment from ${from.name} to ${to.name} recorded.`}
      commitments={forward ? pair.aToB : pair.bToA}
      total={forward ? pair.totals.aToB : pair.totals.bToA}
      link={{
        query: `from=${from.code}&to=${to.code}&direction=one_way`,
        text: "Filter, sort and export them in the commitments table",
      }}
      asOf={asOf}
    />
  );
}

export function PairDetail({ pair: p, asOf }: { pair: CountryPairView; asOf: string | undefined }) {
  const { first, second } = p;
  const commitments = p.totals.aToB + p.totals.bToA + p.totals.mutual;
  return (
    <article className="space-y-8">
      <PageHeader
        eyebrow="Between two countries"
        title={`${first.name} ↔ ${second.name}`}
        actions={
          <>
            <Link
              href={withAsOf(`/countries/${second.code}-${first.code}`, asOf)}
              className="rounded border border-line bg-white px-3 py-1.5 text-sm text-accent hover:bg-slate-50"
            >
              Read from {second.name}’s side
            </Link>
            <FeedLink
              href={pairFeedPath([first.code, second.code], asOf)}
              what={`status changes between ${first.name} and ${second.name}`}
            />
          </>
        }
      >
        {commitments + p.eventCount + p.documentCount === 0 ? (
          <>
            Nothing is recorded between {first.name} and {second.name} yet{asOf ? " on the as-of day" : ""}.
          </>
        ) : (
          <>
            {commitments} commitments, {p.eventCount} events and {p.documentCount} documents between them.
          </>
        )}
      </PageHeader>

      <Section title="Commitments at a glance" id="counts">
        <PairCounts pair={p} asOf={asOf} />
      </Section>

      <OneWay from={first} to={second} pair={p} asOf={asOf} />
      <OneWay from={second} to={first} pair={p} asOf={asOf} />
      <Direction
        title="Mutual commitments"
        id="mutual"
        caption={`Mutual commitments between ${first.name} and ${second.name}`}
        empty={`No mutual commitment between ${first.name} and ${second.name} recorded.`}
        commitments={p.mutual}
        total={p.totals.mutual}
        link={{
          query: `pair=${first.code}-${second.code}&direction=mutual`,
          text: "Filter, sort and export them in the commitments table",
        }}
        asOf={asOf}
      />

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
