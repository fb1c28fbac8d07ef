import Link from "next/link";
import type { ReactNode } from "react";
import type { CommitmentContext } from "@/lib/commitments/queries";
import type { CommitmentJson } from "@/lib/commitments/serialize";
import { withAsOf } from "@/lib/as-of/url";
import { KIND_LABELS, humanize } from "@/lib/format/labels";
import { formatDateJson } from "@/lib/format/values";
import { CitationQuote } from "../citation-quote";
import { OverdueBadge, StatusBadge } from "../status-badge";
import { Section } from "../ui/section";
import { FeedLink } from "../feed-link";
import { commitmentFeedPath } from "@/lib/feeds/url";
import { RecordTitle } from "../records/record-title";
import { AmountText, PartsTotal } from "./amount-text";
import { QuantityText } from "./quantity-text";
import { StatusTimeline } from "./status-timeline";
import { TargetText } from "./target-text";

type Side = CommitmentJson["sides"][number];

function PartyText({ party, positions, asOf }: { party: Side; positions: Record<string, string>; asOf?: string }) {
  const position = party.person ? positions[party.person.id] : undefined;
  return (
    <span className="block">
      {party.country ? <strong>{party.country.name}</strong> : null}
      {party.organization ? (
        <>
          {party.country ? " — " : null}
          <Link
            href={withAsOf(`/organizations/${party.organization.id}`, asOf)}
            className="text-accent underline underline-offset-2"
          >
            {party.organization.name}
          </Link>
        </>
      ) : null}
      {party.person ? (
        <span className="block text-sm">
          <Link
            href={withAsOf(`/people/${party.person.id}`, asOf)}
            className="text-accent underline underline-offset-2"
          >
            {party.person.name}
          </Link>
          {position ? <span className="text-muted"> — {position}</span> : null}
        </span>
      ) : null}
    </span>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-line py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

/** The facts that name the sides: who commits to whom, or who commits to each other. */
const SIDE_FACTS: Record<CommitmentJson["direction"], [Side["role"], string][]> = {
  one_way: [
    ["giver", "From"],
    ["receiver", "To"],
  ],
  mutual: [["party", "Mutual, between"]],
};

const LINK_LABELS: Record<string, [string, string]> = {
  follow_up_of: ["Follow-up of", "Followed up by"],
  part_of: ["Part of", "Includes"],
  supersedes: ["Supersedes", "Superseded by"],
};

export function CommitmentDetail({
  commitment: c,
  context,
  asOf,
}: {
  commitment: CommitmentJson;
  context: CommitmentContext;
  asOf?: string;
}) {
  const link = (href: string) => withAsOf(href, asOf);
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm uppercase tracking-wide text-muted">{KIND_LABELS[c.kind] ?? c.kind}</p>
        <h1 className="font-serif text-3xl font-semibold">
          <RecordTitle titles={{ en: c.titleEn, fr: c.titleFr }} />
        </h1>
        <div className="flex flex-wrap gap-2">
          <StatusBadge status={c.status} />
          {c.overdue ? <OverdueBadge /> : null}
        </div>
        {c.description ? <p className="max-w-3xl leading-relaxed">{c.description}</p> : null}
      </header>

      <section aria-labelledby="facts">
        <h2 id="facts" className="sr-only">
          Facts
        </h2>
        <dl>
          {SIDE_FACTS[c.direction].map(([role, label]) => (
            <Fact key={role} label={label}>
              {c.sides
                .filter((s) => s.role === role)
                .map((s, i) => (
                  <PartyText key={i} party={s} positions={context.positions} asOf={asOf} />
                ))}
            </Fact>
          ))}
          <Fact label="Amount">
            <AmountText amount={c.amount} />
            <PartsTotal partsTotal={c.partsTotal} partsDisagree={c.partsDisagree} />
          </Fact>
          <Fact label="Quantity">
            <QuantityText quantity={c.quantity} />
          </Fact>
          <Fact label="Target">
            <TargetText target={c.target} showPrecision />
          </Fact>
          <Fact label="Sectors">
            {c.sectors.length ? c.sectors.map((code) => context.sectorNames[code] ?? humanize(code)).join(", ") : "—"}
          </Fact>
          <Fact label="Made at">
            {c.event ? (
              <Link href={link(`/events/${c.event.id}`)} className="text-accent hover:underline">
                {c.event.title}
              </Link>
            ) : (
              "—"
            )}
            {c.event?.start ? <span className="text-sm text-muted"> · {formatDateJson(c.event.start)}</span> : null}
          </Fact>
          <Fact label="Document">
            {c.document ? (
              <Link href={link(`/documents/${c.document.id}`)} className="text-accent hover:underline">
                {c.document.title}
              </Link>
            ) : (
              "—"
            )}
          </Fact>
        </dl>
      </section>

      {c.flags.length ? (
        <section aria-labelledby="flags" className="rounded border border-amber-300 bg-amber-50 p-4">
          <h2 id="flags" className="font-semibold">
            Where the sources differ
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {c.flags.map((f) => (
              <li key={f.id}>{f.message}</li>
            ))}
          </ul>
          <Link
            href={link(`/sources/compare?ids=${[...new Set(c.citations.map((x) => x.sourceId))].join(",")}`)}
            className="mt-2 inline-block text-sm text-accent hover:underline"
          >
            Compare the reports side by side
          </Link>
        </section>
      ) : null}

      <Section title="Status timeline" id="timeline">
        <StatusTimeline history={c.statusHistory} asOf={asOf} />
        <p className="mt-4">
          <FeedLink href={commitmentFeedPath(c.id, asOf)} what="this commitment's status changes" />
        </p>
      </Section>

      {context.related.length ? (
        <Section title="Related commitments" id="related">
          <ul className="space-y-1">
            {context.related.map((r) => (
              <li key={`${r.direction}-${r.link}-${r.id}`} className="flex flex-wrap items-center gap-2">
                <span className="text-sm text-muted">
                  {LINK_LABELS[r.link]?.[r.direction === "out" ? 0 : 1] ?? humanize(r.link)}
                </span>
                <Link href={link(`/commitments/${r.id}`)} className="text-accent hover:underline">
                  {r.title}
                </Link>
                <StatusBadge status={r.status} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title="Citations" id="citations">
        {c.citations.map((citation) => (
          <CitationQuote key={citation.id} citation={citation} asOf={asOf} />
        ))}
      </Section>
    </article>
  );
}
