import Link from "next/link";
import type { ReactNode } from "react";
import type { EditorQueue } from "@/lib/queue/queries";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import { CommitmentTable } from "../commitments/commitment-table";
import { StatusBadge } from "../status-badge";
import { EmptyState } from "../ui/empty-state";
import { Section } from "../ui/section";

const day = (iso: string | null) =>
  iso ? formatPartialDate(parsePartialDate(iso) ?? { date: iso, precision: "day" }) : "never";

function Capped({ total, shown, children }: { total: number; shown: number; children: ReactNode }) {
  return (
    <div className="space-y-2">
      {children}
      {total > shown ? (
        <p className="text-sm text-muted">
          Showing {shown} of {total}.
        </p>
      ) : null}
    </div>
  );
}

function LinkList({
  items,
  empty,
}: {
  items: { key: string; href: string; label: string; extra?: ReactNode }[];
  empty: string;
}) {
  if (!items.length) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-line rounded border border-line bg-white">
      {items.map((i) => (
        <li key={i.key} className="flex flex-wrap items-center gap-2 px-3 py-2">
          <Link href={i.href} className="text-accent hover:underline">
            {i.label}
          </Link>
          {i.extra}
        </li>
      ))}
    </ul>
  );
}

export function EditorQueueView({ queue: q }: { queue: EditorQueue }) {
  const u = q.unsupported;
  return (
    <div className="space-y-10">
      <Section title={`Overdue (${q.overdue.total})`} id="overdue">
        <Capped total={q.overdue.total} shown={q.overdue.data.length}>
          <CommitmentTable commitments={q.overdue.data} empty="Nothing is overdue." />
        </Capped>
      </Section>
      <Section title={`No change for a year (${q.stale.total})`} id="stale">
        <p className="text-sm text-muted">
          Open commitments whose last status change took effect before {day(q.stale.since)}.
        </p>
        <Capped total={q.stale.total} shown={q.stale.rows.length}>
          <LinkList
            empty="Every open commitment moved within the year."
            items={q.stale.rows.map((c) => ({
              key: c.id,
              href: `/commitments/${c.id}#change-status`,
              label: c.title,
              extra: (
                <>
                  <StatusBadge status={c.status} />
                  <span className="text-sm text-muted">last change {day(c.lastChange)}</span>
                </>
              ),
            }))}
          />
        </Capped>
      </Section>
      <Section
        title={`Without evidence (${u.commitments.total + u.events.total + u.documents.total + u.changes.total})`}
        id="unsupported"
      >
        <p className="text-sm text-muted">Records that no quote from a source supports yet.</p>
        <LinkList
          empty="Every record has its quote."
          items={[
            ...u.commitments.rows.map((c) => ({
              key: `c-${c.id}`,
              href: `/commitments/${c.id}`,
              label: `Commitment: ${c.title}`,
            })),
            ...u.events.rows.map((e) => ({ key: `e-${e.id}`, href: `/events/${e.id}`, label: `Event: ${e.title}` })),
            ...u.documents.rows.map((d) => ({
              key: `d-${d.id}`,
              href: `/documents/${d.id}`,
              label: `Document: ${d.title}`,
            })),
            ...u.changes.rows.map((s) => ({
              key: `s-${s.id}`,
              href: `/commitments/${s.commitment.id}#change-${s.id}`,
              label: `Status change of ${s.commitment.title}`,
              extra: <StatusBadge status={s.toStatus} />,
            })),
          ]}
        />
      </Section>
    </div>
  );
}
