import Link from "next/link";
import type { Overview } from "@/lib/overview/queries";
import { withAsOf } from "@/lib/as-of/url";
import { scopeQuery, type OverviewScope } from "@/lib/overview/schema";
import { listHref } from "@/lib/records/search-params";
import { formatPartialDate, fromColumns } from "@/lib/dates/partial-date";
import { KIND_LABELS } from "@/lib/format/labels";
import { formatAmount } from "@/lib/format/values";
import { STATUSES, STATUS_LABELS, isStatus } from "@/lib/status/rules";
import { CommitmentTable } from "../commitments/commitment-table";
import { StatusBadge } from "../status-badge";
import { EmptyState } from "../ui/empty-state";
import { Section } from "../ui/section";
import { CountCard } from "./count-card";
import { LatestEvents } from "./latest-events";

const STATUS_COLORS: Record<string, string> = {
  announced: "#64748b",
  agreed: "#0284c7",
  in_progress: "#d97706",
  partially_fulfilled: "#65a30d",
  fulfilled: "#059669",
  stalled: "#ea580c",
  cancelled: "#71717a",
};
const KIND_COLORS: Record<string, string> = {
  pledge: "#1f5f8b",
  request: "#9333ea",
  proposal: "#0d9488",
  agreement: "#b45309",
  intent: "#be185d",
};

export function OverviewView({
  overview: o,
  asOf,
  scope = {},
}: {
  overview: Overview;
  asOf?: string;
  scope?: OverviewScope;
}) {
  const link = (href: string) => withAsOf(href, asOf);
  // A count links to the list it counts: the commitments list with the overview's scope.
  const list = (query: Record<string, string> = {}) =>
    link(listHref("/commitments", { ...scopeQuery(scope), ...query }));
  const statusRows = [...o.byStatus]
    .sort((a, b) => STATUSES.indexOf(a.key as never) - STATUSES.indexOf(b.key as never))
    .map((r) => ({
      ...r,
      label: isStatus(r.key) ? STATUS_LABELS[r.key] : r.key,
      color: STATUS_COLORS[r.key] ?? "#64748b",
      href: list({ status: r.key }),
    }));
  const kindRows = o.byKind.map((r) => ({
    ...r,
    label: KIND_LABELS[r.key] ?? r.key,
    color: KIND_COLORS[r.key] ?? "#64748b",
    href: list({ kind: r.key }),
  }));
  return (
    <div className="space-y-8">
      <div className="grid gap-4 sm:grid-cols-3">
        <Stat label="Commitments" value={String(o.total)} href={list()} testId="overview-total" />
        <Stat
          label="Overdue"
          value={String(o.overdue.total)}
          href={list({ overdue: "true" })}
          tone={o.overdue.total ? "alert" : undefined}
        />
        <div className="rounded border border-line bg-white p-4">
          <p className="text-sm text-muted">Pledged amounts</p>
          {o.amounts.length ? (
            <ul className="mt-1 space-y-0.5">
              {o.amounts.map((a) => (
                <li key={a.currency} className="text-xl font-semibold tabular-nums">
                  {formatAmount({ value: a.value, currency: a.currency })}
                  <span className="ml-2 text-sm font-normal text-muted">
                    in {a.count} pledge{a.count === 1 ? "" : "s"}
                    {a.inexact ? `, ${a.inexact} of them not exact` : ""}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-muted">No amounts pledged.</p>
          )}
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <CountCard title="By status" rows={statusRows} total={o.total} />
        <CountCard title="By kind" rows={kindRows} total={o.total} />
      </div>

      <Section title="Overdue commitments" id="overdue">
        <CommitmentTable commitments={o.overdue.data} asOf={asOf} empty="Nothing is overdue." />
        {o.overdue.total > o.overdue.data.length ? (
          <Link href={list({ overdue: "true" })} className="text-sm text-accent hover:underline">
            All {o.overdue.total} overdue commitments →
          </Link>
        ) : null}
      </Section>

      <div className="grid gap-8 lg:grid-cols-2">
        <Section title="Latest status changes" id="changes">
          {o.recentChanges.length ? (
            <ul className="divide-y divide-line rounded border border-line bg-white">
              {o.recentChanges.map((s) => {
                const day = fromColumns(s.effectiveDate, s.effectivePrecision);
                return (
                  <li key={s.id} className="space-y-1 px-3 py-2">
                    <p className="flex flex-wrap items-center gap-2 text-sm">
                      <time className="text-muted">{day ? formatPartialDate(day) : s.effectiveDate}</time>
                      {s.fromStatus ? (
                        <>
                          <StatusBadge status={s.fromStatus} />
                          <span aria-label="to">→</span>
                        </>
                      ) : null}
                      <StatusBadge status={s.toStatus} />
                    </p>
                    <Link
                      href={link(`/commitments/${s.commitment.id}#change-${s.id}`)}
                      className="text-accent hover:underline"
                    >
                      {s.commitment.title}
                    </Link>
                  </li>
                );
              })}
            </ul>
          ) : (
            <EmptyState>No status changes yet.</EmptyState>
          )}
        </Section>
        <Section title="Events" id="events">
          <LatestEvents events={o.events} asOf={asOf} />
        </Section>
      </div>
    </div>
  );
}

function Stat({
  label,
  value,
  href,
  tone,
  testId,
}: {
  label: string;
  value: string;
  href: string;
  tone?: "alert";
  testId?: string;
}) {
  return (
    <Link href={href} className="block rounded border border-line bg-white p-4 hover:border-accent">
      <span className="block text-sm text-muted">{label}</span>
      <span
        data-testid={testId}
        className={`block text-3xl font-semibold tabular-nums ${tone === "alert" ? "text-red-800" : ""}`}
      >
        {value}
      </span>
    </Link>
  );
}
