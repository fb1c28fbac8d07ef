import type { ReactNode } from "react";
import type { CommitmentJson } from "@/lib/commitments/serialize";
import { KIND_LABELS, humanize } from "@/lib/format/labels";
import { formatAmount, formatDateJson, formatQuantity } from "@/lib/format/values";
import { STATUS_LABELS, isStatus } from "@/lib/status/rules";
import { CitationQuote } from "./citation-quote";
import { OverdueBadge, StatusBadge } from "./status-badge";

type Party = CommitmentJson["from"];

function PartyText({ party }: { party: Party }) {
  const parts = [party.person?.name, party.organization?.name].filter(Boolean);
  return (
    <span>
      <strong>{party.countryName}</strong>
      {parts.length ? <span className="text-muted"> — {parts.join(", ")}</span> : null}
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

const statusName = (status: string | null) => (status && isStatus(status) ? STATUS_LABELS[status] : status ?? "—");

export function CommitmentDetail({ commitment: c }: { commitment: CommitmentJson }) {
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm uppercase tracking-wide text-muted">{KIND_LABELS[c.kind] ?? c.kind}</p>
        <h1 className="font-serif text-3xl font-semibold">{c.title}</h1>
        <div className="flex flex-wrap gap-2">
          <StatusBadge status={c.status} />
          {c.overdue ? <OverdueBadge /> : null}
        </div>
        {c.description ? <p className="max-w-3xl leading-relaxed">{c.description}</p> : null}
      </header>

      <section aria-labelledby="facts">
        <h2 id="facts" className="sr-only">Facts</h2>
        <dl>
          <Fact label="From"><PartyText party={c.from} /></Fact>
          <Fact label="To"><PartyText party={c.to} /></Fact>
          <Fact label="Amount"><span className="tabular-nums">{formatAmount(c.amount)}</span></Fact>
          <Fact label="Quantity">
            {formatQuantity(c.quantity)}
            {c.quantity?.scope ? <span className="block text-sm text-muted">{c.quantity.scope}</span> : null}
          </Fact>
          <Fact label="Target">
            {formatDateJson(c.target)}
            {c.target ? <span className="text-sm text-muted"> (precision: {c.target.precision})</span> : null}
          </Fact>
          <Fact label="Sectors">{c.sectors.length ? c.sectors.map(humanize).join(", ") : "—"}</Fact>
          <Fact label="Made at">{c.event ? c.event.title : "—"}</Fact>
          <Fact label="Document">{c.document ? c.document.title : "—"}</Fact>
        </dl>
      </section>

      {c.flags.length ? (
        <section aria-labelledby="flags" className="rounded border border-amber-300 bg-amber-50 p-4">
          <h2 id="flags" className="font-semibold">Where the sources differ</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {c.flags.map((f) => <li key={f.id}>{f.message}</li>)}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="timeline" className="space-y-3">
        <h2 id="timeline" className="font-serif text-xl font-semibold">Status timeline</h2>
        <ol className="space-y-4 border-l border-line pl-4">
          {c.statusHistory.map((s) => (
            <li key={s.id} className="space-y-2">
              <p>
                <time className="font-medium">{formatDateJson(s.effective)}</time>{" "}
                <span className="text-muted">{s.from ? `${statusName(s.from)} → ` : ""}</span>
                <StatusBadge status={s.to} />
                <span className="text-sm text-muted"> · recorded by {s.editor?.name ?? "the embedded dataset"}</span>
              </p>
              {s.note ? <p className="text-sm">{s.note}</p> : null}
              {s.citations.map((citation) => <CitationQuote key={citation.id} citation={citation} />)}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="citations" className="space-y-3">
        <h2 id="citations" className="font-serif text-xl font-semibold">Citations</h2>
        {c.citations.map((citation) => <CitationQuote key={citation.id} citation={citation} />)}
      </section>
    </article>
  );
}
